//! Component tests in a real browser: `cargo test --target wasm32-unknown-unknown -p framelens`
//! (runs through `wasm-bindgen-test-runner` with chromedriver).

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use crate::app::{App, LoadFailed};
use crate::fixtures::{sample_articles, sample_corpus};
use crate::load::LoadError;
use crate::outlets::group_by_outlet;
use crate::views::{ArticlesByOutlet, CorpusView};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` attached to the body, for one test to mount into.
fn container() -> HtmlElement {
    let div = document()
        .create_element("div")
        .expect("create a div")
        .unchecked_into::<HtmlElement>();
    document()
        .body()
        .expect("a body")
        .append_child(&div)
        .expect("attach the div");
    div
}

/// Every element under `root` matching `selector`, in document order.
///
/// Like `querySelectorAll`, written as a walk so it needs no extra `web-sys` features.
fn matching(root: &Element, selector: &str) -> Vec<Element> {
    let mut found = Vec::new();
    let mut child = root.first_element_child();
    while let Some(element) = child {
        if element.matches(selector).expect("a valid selector") {
            found.push(element.clone());
        }
        found.extend(matching(&element, selector));
        child = element.next_element_sibling();
    }
    found
}

/// The text of every element matching `selector` under `root`, in document order.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    matching(root, selector)
        .iter()
        .map(|element| element.text_content().unwrap_or_default())
        .collect()
}

/// Mounts the outlet list of the sample articles; keep the handle alive while testing.
fn mount_sample_list() -> (HtmlElement, impl Sized) {
    let root = container();
    let groups = group_by_outlet(&sample_articles());
    let handle = mount_to(
        root.clone(),
        move || view! { <ArticlesByOutlet groups=groups /> },
    );
    (root, handle)
}

/// Waits `ms` milliseconds without blocking the browser's event loop.
async fn sleep(ms: u64) {
    struct Sleep {
        done: Rc<Cell<bool>>,
        waker: Rc<RefCell<Option<Waker>>>,
    }
    impl Future for Sleep {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.done.get() {
                Poll::Ready(())
            } else {
                *self.waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
    let sleep = Sleep {
        done: Rc::default(),
        waker: Rc::default(),
    };
    let (done, waker) = (sleep.done.clone(), sleep.waker.clone());
    set_timeout(
        move || {
            done.set(true);
            if let Some(waker) = waker.borrow_mut().take() {
                waker.wake();
            }
        },
        Duration::from_millis(ms),
    );
    sleep.await
}

#[wasm_bindgen_test]
fn lists_articles_grouped_by_outlet() {
    let (root, _mounted) = mount_sample_list();

    assert_eq!(
        texts(&root, ".outlet-list > li h3"),
        ["Euronews", "Reuters", "The Independent", "Unknown outlet"]
    );
    assert_eq!(
        texts(&root, ".outlet .count"),
        ["1 article", "2 articles", "1 article", "1 article"]
    );
    // Oldest first inside an outlet.
    let reuters = root
        .query_selector(".outlet-list > li:nth-child(2)")
        .unwrap()
        .expect("a second outlet");
    assert_eq!(
        texts(&reuters, ".headline"),
        [
            "Mexico rejects unilateral US military action after report US is weighing strikes",
            "US pressing Mexico to allow US forces to fight cartels, NYT reports",
        ]
    );
    assert_eq!(
        texts(&reuters, "time[datetime='2025-04-08']"),
        ["8 April 2025"]
    );
    assert_eq!(texts(&reuters, ".byline"), ["By Diego Oré and Dave Graham"]);
    assert_eq!(texts(&root, ".wire"), ["Wire: Reuters"; 3]);
}

#[wasm_bindgen_test]
fn unknown_outlet_and_missing_date_are_spelled_out() {
    let (root, _mounted) = mount_sample_list();

    let unknown = root
        .query_selector(".outlet.unknown")
        .unwrap()
        .expect("an unknown-outlet section");
    assert_eq!(texts(&unknown, "h3"), ["Unknown outlet"]);
    assert_eq!(texts(&unknown, ".date"), ["undated"]);
    assert_eq!(texts(&root, ".undated"), ["undated"]);
    assert!(texts(&unknown, ".byline").is_empty());
}

#[wasm_bindgen_test]
fn corpus_strings_are_text_not_html() {
    let (root, _mounted) = mount_sample_list();

    assert!(texts(&root, ".headline")
        .iter()
        .any(|h| h == "US won't attack cartels on Mexican soil: <b>Sheinbaum</b> & co"));
    assert!(root.query_selector(".headline b").unwrap().is_none());
}

#[wasm_bindgen_test]
fn corpus_view_shows_story_and_summary() {
    let root = container();
    let _mounted = mount_to(
        root.clone(),
        || view! { <CorpusView corpus=sample_corpus() /> },
    );

    assert_eq!(
        texts(&root, "h1"),
        ["US military action against Mexican cartels"]
    );
    assert_eq!(
        texts(&root, ".question"),
        ["Question: Would the US send troops into Mexico, and what did Mexico say?"]
    );
    assert_eq!(
        texts(&root, ".summary"),
        ["5 articles from 3 outlets, 1 with no outlet identified"]
    );
    assert_eq!(texts(&root, "h2"), ["Articles by outlet"]);
    assert_eq!(
        document().title(),
        "US military action against Mexican cartels — Framelens"
    );
}

#[wasm_bindgen_test]
fn empty_corpus_says_so() {
    let root = container();
    let _mounted = mount_to(
        root.clone(),
        || view! { <ArticlesByOutlet groups=Vec::new() /> },
    );
    assert_eq!(texts(&root, ".empty"), ["This corpus has no articles yet."]);
    assert!(root.query_selector("ul").unwrap().is_none());
}

#[wasm_bindgen_test]
fn load_error_is_an_alert_with_the_reason() {
    let root = container();
    let error = LoadError::Http {
        status: 404,
        status_text: "Not Found".into(),
    };
    let _mounted = mount_to(root.clone(), move || view! { <LoadFailed error=error /> });

    assert_eq!(
        texts(&root, "[role=alert] h1"),
        ["The corpus could not be loaded"]
    );
    assert_eq!(
        texts(&root, ".error-detail"),
        ["The server answered 404 Not Found for corpus.json."]
    );
}

/// The whole app against the test server, which has no `corpus.json`: loading, then the error.
#[wasm_bindgen_test]
async fn app_shows_loading_then_the_fetch_error() {
    let root = container();
    let _mounted = mount_to(root.clone(), App);

    // Suspense shows its fallback once the executor has run; the fetch takes longer.
    leptos::task::tick().await;
    assert_eq!(texts(&root, "[role=status]"), ["Loading the corpus…"]);
    for _ in 0..100 {
        if !texts(&root, "[role=alert]").is_empty() {
            break;
        }
        sleep(50).await;
    }
    assert_eq!(
        texts(&root, "[role=alert] h1"),
        ["The corpus could not be loaded"]
    );
    assert!(texts(&root, ".error-detail")[0].contains("corpus.json"));
    assert!(texts(&root, "[role=status]").is_empty());
    assert_eq!(texts(&root, ".brand"), ["Framelens"]);
}
