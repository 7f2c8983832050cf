//! Component tests in a real browser: `cargo test --target wasm32-unknown-unknown -p framelens`
//! (runs through `wasm-bindgen-test-runner` with chromedriver). Views are mounted with an
//! in-memory URL state ([`Nav::memory`]), clicked, and checked on the DOM.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use framelens_model::Corpus;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

use crate::app::{App, LoadFailed};
use crate::fixtures::{analysed_corpus, sample_corpus};
use crate::load::LoadError;
use crate::state::data::Data;
use crate::ui::nav::Nav;
use crate::ui::shell::Explorer;

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
fn matching(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The text of every element matching `selector` under `root`, in document order.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    matching(root, selector)
        .iter()
        .map(|element| element.text_content().unwrap_or_default())
        .collect()
}

/// The first element matching `selector`, which must exist.
fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<HtmlElement>()
}

/// Mounts the explorer on `corpus` at URL query `query`; returns the root, the query signal
/// and the mount handle (keep it alive while testing).
fn mount_explorer(corpus: Corpus, query: &str) -> (HtmlElement, RwSignal<String>, impl Sized) {
    let root = container();
    let slot: Rc<RefCell<Option<RwSignal<String>>>> = Rc::default();
    let (q, s) = (query.to_owned(), slot.clone());
    let handle = mount_to(root.clone(), move || {
        let (nav, signal) = Nav::memory(&q);
        *s.borrow_mut() = Some(signal);
        provide_context(nav);
        view! { <Explorer data=Arc::new(Data::new(corpus)) /> }
    });
    let signal = slot.borrow().expect("the mount ran");
    (root, signal, handle)
}

/// Lets the reactive system and the browser catch up.
async fn settle() {
    leptos::task::tick().await;
    sleep(20).await;
    leptos::task::tick().await;
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
async fn the_outlet_filter_narrows_every_list_and_the_url() {
    let (root, query, _mounted) = mount_explorer(sample_corpus(), "view=headlines");
    settle().await;
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 5 of 5 articles"]
    );
    assert_eq!(matching(&root, "[data-testid=article-card]").len(), 5);
    let reuters = one(&root, "[data-testid=outlet-filter] [data-outlet='Reuters']");
    assert_eq!(
        reuters.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    reuters.click();
    settle().await;
    assert_eq!(query.get_untracked(), "view=headlines&outlet=Reuters");
    assert_eq!(
        reuters.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 2 of 5 articles"]
    );
    let outlets: Vec<String> = matching(&root, "[data-testid=article-card]")
        .iter()
        .filter_map(|c| c.get_attribute("data-outlet"))
        .collect();
    assert_eq!(outlets, ["Reuters", "Reuters"]);

    // A second outlet adds to the selection; "All outlets" clears it.
    one(
        &root,
        "[data-testid=outlet-filter] [data-outlet='Euronews']",
    )
    .click();
    settle().await;
    assert_eq!(
        query.get_untracked(),
        "view=headlines&outlet=Euronews,Reuters"
    );
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 3 of 5 articles"]
    );
    one(&root, "[data-testid=outlet-filter] .chip.all").click();
    settle().await;
    assert_eq!(query.get_untracked(), "view=headlines");
    assert_eq!(matching(&root, "[data-testid=article-card]").len(), 5);
}

#[wasm_bindgen_test]
async fn the_filter_follows_the_url_back_and_forth() {
    let (root, query, _mounted) = mount_explorer(sample_corpus(), "outlet=Euronews");
    settle().await;
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 1 of 5 articles"]
    );
    query.set("outlet=The%20Independent,Reuters".into());
    settle().await;
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 3 of 5 articles"]
    );
    query.set(String::new());
    settle().await;
    assert_eq!(
        texts(&root, "[data-testid=showing]"),
        ["Showing 5 of 5 articles"]
    );
}

#[wasm_bindgen_test]
async fn the_removed_toggle_shows_what_the_parser_cut() {
    let mut corpus = sample_corpus();
    corpus.articles[0].removed = serde_json::from_value(serde_json::json!([
        { "text": "Sign up for our newsletter", "reason": "prompt", "line": 3 },
        { "text": "Related: another story", "reason": "related_link", "line": 7 },
    ]))
    .unwrap();
    let (root, query, _mounted) = mount_explorer(corpus, "view=article&article=000");
    settle().await;
    let lines = one(&root, "[data-testid=removed-lines]");
    assert!(lines.hidden(), "removed lines start hidden");
    let toggle = one(&root, "[data-testid=toggle-removed]");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    toggle.click();
    settle().await;
    assert!(!lines.hidden());
    assert_eq!(query.get_untracked(), "view=article&article=000&removed=1");
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        texts(&lines, ".reason"),
        ["share / subscribe / app prompt", "inline “Related” link"]
    );
    assert_eq!(
        texts(&lines, ".removed-text"),
        ["Sign up for our newsletter", "Related: another story"]
    );

    toggle.click();
    settle().await;
    assert!(lines.hidden());
    assert_eq!(query.get_untracked(), "view=article&article=000");
}

#[wasm_bindgen_test]
async fn quotes_are_highlighted_with_their_speakers_and_cues_with_their_frames() {
    let (root, _query, _mounted) = mount_explorer(analysed_corpus(), "view=article&article=a0");
    settle().await;
    let body = one(&root, "[data-testid=article-body]");
    assert_eq!(
        texts(&body, "[data-testid=quote]"),
        ["That won’t happen.", "no"]
    );
    let speakers: Vec<String> = matching(&body, "[data-testid=quote]")
        .iter()
        .filter_map(|q| q.get_attribute("data-speaker"))
        .collect();
    assert_eq!(speakers, ["Claudia Sheinbaum", "unresolved"]);
    let first = one(&body, "[data-testid=quote]");
    assert_eq!(
        first.get_attribute("tabindex").as_deref(),
        Some("0"),
        "quotes take keyboard focus"
    );
    assert_eq!(
        first.get_attribute("data-tip").as_deref(),
        Some("Speaker: Claudia Sheinbaum · cue “said”")
    );
    let cue = one(&body, "[data-testid=frame-cue]");
    assert_eq!(cue.text_content().as_deref(), Some("troops"));
    assert_eq!(
        cue.get_attribute("data-frame").as_deref(),
        Some("Security and defense")
    );
    // The paragraph reads as printed: highlighting adds no text.
    assert_eq!(
        body.text_content().unwrap_or_default(),
        "Claudia Sheinbaum said: “That won’t happen.” Others said “no”.The troops are ready, the White House said."
    );
}

/// The legend's checkboxes switch a highlight layer off and on through the URL (`plain=`), so
/// a shared link shows the body as its sender saw it.
#[wasm_bindgen_test]
async fn highlight_toggles_live_in_the_url() {
    let (root, query, _mounted) = mount_explorer(analysed_corpus(), "view=article&article=a0");
    settle().await;
    let boxes = matching(&root, ".legend-toggle input");
    assert_eq!(boxes.len(), 2, "one toggle for quotes, one for cues");
    // The layers are switched on the whole article: the headline's marks follow the body's.
    let body = one(&root, "[data-testid=article-view]");
    assert!(!matching(&body, "h2 [data-testid=quote], h2 [data-testid=frame-cue], [data-testid=article-body] [data-testid=quote]").is_empty());
    assert!(!body.class_list().contains("plain-quotes"));
    boxes[0].unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert!(
        query.get_untracked().contains("plain=quotes"),
        "{}",
        query.get_untracked()
    );
    assert!(body.class_list().contains("plain-quotes"));
    assert!(!body.class_list().contains("plain-cues"));
    boxes[1].unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert!(query.get_untracked().contains("plain=quotes,cues"));
    assert!(body.class_list().contains("plain-cues"));
    // The URL drives the checkboxes too: clearing it switches both layers back on.
    query.set("view=article&article=a0".to_owned());
    settle().await;
    assert!(!body.class_list().contains("plain-quotes"));
    let checked: Vec<bool> = matching(&root, ".legend-toggle input")
        .iter()
        .map(|b| {
            b.unchecked_ref::<leptos::web_sys::HtmlInputElement>()
                .checked()
        })
        .collect();
    assert_eq!(checked, [true, true]);
}

#[wasm_bindgen_test]
async fn a_heatmap_cell_opens_its_sentences() {
    let (root, query, _mounted) = mount_explorer(analysed_corpus(), "view=frames");
    settle().await;
    assert!(root
        .query_selector("[data-testid=frame-sentences]")
        .unwrap()
        .is_none());
    let cell = one(
        &root,
        "[data-testid=heatmap-cell][data-outlet='Fox News'][data-frame='Security and defense']",
    );
    assert_eq!(cell.get_attribute("role").as_deref(), Some("button"));
    // An SVG element has no click(): dispatch a bubbling click as a pointer would.
    let init = leptos::web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click =
        leptos::web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    cell.dispatch_event(&click).unwrap();
    settle().await;
    assert_eq!(
        query.get_untracked(),
        "view=frames&open=Fox%20News%7Csecurity_and_defense"
    );
    let panel = one(&root, "[data-testid=frame-sentences]");
    assert_eq!(
        texts(&panel, ".sentence"),
        ["Troops could cross the border, officials said."]
    );
    assert_eq!(
        texts(&panel, "[data-testid=frame-cue]"),
        ["Troops", "border"]
    );
    assert_eq!(cell.get_attribute("aria-pressed").as_deref(), Some("true"));

    // Escape closes it again.
    let init = leptos::web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    let escape =
        leptos::web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .unwrap();
    window().dispatch_event(&escape).unwrap();
    settle().await;
    assert_eq!(query.get_untracked(), "view=frames");
    assert!(root
        .query_selector("[data-testid=frame-sentences]")
        .unwrap()
        .is_none());
    assert_eq!(cell.get_attribute("aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn views_without_analyses_say_so() {
    let (root, _query, _mounted) = mount_explorer(sample_corpus(), "view=voices");
    settle().await;
    assert_eq!(
        texts(&root, ".notice-title"),
        ["Voices not analysed in this corpus."]
    );
}

#[wasm_bindgen_test]
async fn the_method_view_lists_the_skipped_pages_with_their_reasons() {
    let mut corpus = sample_corpus();
    corpus.skipped = vec![framelens_model::Skipped {
        file: "menu.txt".into(),
        reason: "no recognisable article body".into(),
    }];
    let (root, _query, _mounted) = mount_explorer(corpus, "view=method");
    settle().await;
    assert_eq!(
        texts(&root, "[data-testid=skipped] li"),
        ["menu.txt — no recognisable article body"]
    );
    // A corpus with nothing skipped shows no such list.
    let (root, _query, _mounted) = mount_explorer(sample_corpus(), "view=method");
    settle().await;
    assert!(root
        .query_selector("[data-testid=skipped]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn corpus_strings_are_text_not_html() {
    let mut corpus = sample_corpus();
    corpus.articles[1].headline = "<img src=x onerror=alert(1)> <b>bold</b>".into();
    let (root, _query, _mounted) = mount_explorer(corpus, "view=headlines");
    settle().await;
    assert!(texts(&root, ".big-headline")
        .iter()
        .any(|h| h == "<img src=x onerror=alert(1)> <b>bold</b>"));
    assert!(root
        .query_selector(".big-headline img, .big-headline b")
        .unwrap()
        .is_none());
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
        texts(&root, "[data-testid=load-error] h1"),
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
    assert_eq!(matching(&root, "[data-testid=nav] [data-view]").len(), 9);
}

/// The browser's own decoding path (`JSON.parse`, the walk into serde-lite's tree, the
/// contract's types) reads exactly what serde wrote: floats, integers, nulls, omitted fields.
#[wasm_bindgen_test]
fn the_browser_decoder_reads_what_the_build_writes() {
    use crate::load::parse_corpus_js;
    let corpus = analysed_corpus();
    assert!(corpus.framing.is_some() && corpus.voices.is_some());
    let json = serde_json::to_string(&corpus).unwrap();
    assert_eq!(parse_corpus_js(&json), Ok(corpus.clone()));

    let mut newer = corpus;
    newer.schema_version = framelens_model::SCHEMA_VERSION + 1;
    let json = serde_json::to_string(&newer).unwrap();
    assert_eq!(
        parse_corpus_js(&json),
        Err(LoadError::Schema {
            found: framelens_model::SCHEMA_VERSION + 1
        })
    );
    assert!(matches!(
        parse_corpus_js("<!doctype html><title>404</title>"),
        Err(LoadError::Decode(_))
    ));
    // Version 1 (before the one span type) is refused, not misread.
    assert_eq!(
        parse_corpus_js(r#"{"schema_version": 1, "story": 3}"#),
        Err(LoadError::Schema { found: 1 })
    );
    let wrong = format!(
        r#"{{"schema_version": {}, "story": 3}}"#,
        framelens_model::SCHEMA_VERSION
    );
    let Err(LoadError::Decode(why)) = parse_corpus_js(&wrong) else {
        panic!("a wrong field type is a decode error");
    };
    assert!(why.contains("story"), "{why}");

    // A hostile file nested 20,000 deep is refused with a reason, as serde_json refuses it,
    // instead of overflowing the WASM stack (tests/fixtures/fuzz/asset/ holds the same shape).
    let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    let Err(LoadError::Decode(why)) = parse_corpus_js(&deep) else {
        panic!("a file nested 20,000 deep is a decode error");
    };
    assert!(why.contains("nested deeper than 128"), "{why}");
}

/// The full build's decoder (serde_json in WASM into the same tree) reads an index and its
/// shards as the build writes them, and merges them into the complete corpus.
#[wasm_bindgen_test]
fn the_full_build_reads_an_index_and_its_shards() {
    use crate::load::{merge_shards, parse_index};
    let corpus = analysed_corpus();
    let json = serde_json::to_string(&corpus).unwrap();
    assert_eq!(parse_index(&json), Ok(corpus.clone()));
    let (index, shards) = corpus.clone().into_index(1);
    let index = parse_index(&serde_json::to_string(&index).unwrap()).unwrap();
    let texts = shards
        .iter()
        .map(|s| Ok(serde_json::to_string(s).unwrap()))
        .collect();
    assert_eq!(merge_shards(index.clone(), texts), Ok(corpus));
    let broken = vec![Ok("{}".to_owned()), Err("404".to_owned())];
    assert!(matches!(
        merge_shards(index, broken),
        Err(LoadError::Shard { .. })
    ));
}
