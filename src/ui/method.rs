//! Method: how each analysis works and its limits, the build's diagnostics, the JSON schema,
//! and downloads (the JSON asset, and CSVs generated here from it).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_ctx;
use crate::insights::csv::{articles_csv, paragraphs_csv};
use crate::load::CORPUS_URL;

/// The JSON Schema written next to the corpus.
const SCHEMA_URL: &str = "corpus.schema.json";

/// Offers `text` as a file download, through a Blob URL (nothing leaves the browser).
fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The method view.
#[component]
pub fn Method() -> impl IntoView {
    view! {
        <section class="block method" aria-labelledby="method-heading">
            <h2 id="method-heading">"Method"</h2>
            <p class="lede">
                "Everything on this page was computed by the build step from the pages in the corpus "
                "folder, and every label carries the words it rests on. This page only reads and draws "
                "the results; here is how they were made and where they fall short."
            </p>
            <Downloads />
            <MethodNotes />
            <Diagnostics />
        </section>
    }
}

/// Links to the JSON and its schema, and CSV downloads.
#[component]
fn Downloads() -> impl IntoView {
    let data = use_ctx().data;
    let (a, b) = (data.clone(), data.clone());
    view! {
        <section class="sub" aria-labelledby="downloads-heading">
            <h3 id="downloads-heading">"Data and downloads"</h3>
            <ul class="downloads" role="list">
                <li>
                    <a class="button" href=CORPUS_URL download="corpus.json">"The corpus (JSON)"</a>
                    " everything this page shows, with evidence"
                </li>
                <li>
                    <a class="button" href=SCHEMA_URL rel="external">"Its JSON Schema"</a>
                    " field by field, generated from the Rust types"
                </li>
                <li>
                    <button type="button" class="button" on:click=move |_| {
                        download("framelens-articles.csv", "text/csv;charset=utf-8", &articles_csv(&a.corpus, &a.insights));
                    }>"Articles (CSV)"</button>
                    " one row per article"
                </li>
                <li>
                    <button type="button" class="button" on:click=move |_| {
                        download("framelens-paragraphs.csv", "text/csv;charset=utf-8", &paragraphs_csv(&b.corpus));
                    }>"Paragraphs (CSV)"</button>
                    " one row per body paragraph"
                </li>
            </ul>
        </section>
    }
}

/// How each analysis works and its limits.
#[component]
fn MethodNotes() -> impl IntoView {
    let notes: [(&str, &str, &str); 3] = [
        (
            "From a page to an article",
            "Each page is read line by line. Line features (length, sentence punctuation, density of \
             function words, capitals) and families of phrases seen across news sites (share and \
             subscribe prompts, paywalls, related-story lists, captions, credit lines) classify every \
             line; lines repeated on several pages of one site are template text. The body is the \
             longest run of prose; the headline is the title-shaped line that best announces it. \
             Every line left out is listed with the reason (see an article's \u{201c}What the parser \
             removed\u{201d}).",
            "Tuned for news in English and Spanish. A page with no run of prose has no body. Dates \
             are only those printed for the article, never guessed, so some articles are undated.",
        ),
        (
            "Provenance: site, outlet, wire",
            "Three layers, each with its evidence: the site the page was copied from (its address or \
             corpus.toml), the outlet whose article it is (a name printed in the page, a built-in list \
             of outlets, or corpus.toml), and the wire agency whose copy it is (datelines such as \
             \u{201c}(Reuters) -\u{201d} and source lines, never photo credits).",
            "An outlet that no printed line, address or list names is reported as unknown, not \
             guessed.",
        ),
        (
            "Truncated articles",
            "An article is flagged as incomplete when the page shows a paywall or sign-up prompt, when \
             a person is referred to by surname but never introduced, or when the body stops \
             mid-sentence. What such an article leaves out may not be the outlet's choice.",
            "Truncation that leaves no trace in the text cannot be detected.",
        ),
    ];
    let notes = notes
        .into_iter()
        .map(|(title, how, limits)| {
            view! {
                <section class="note">
                    <h4>{title}</h4>
                    <p>{how}</p>
                    <p class="limits"><strong>"Limits: "</strong>{limits}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="sub" aria-labelledby="how-heading">
            <h3 id="how-heading">"How it works"</h3>
            {notes}
        </section>
    }
}

/// The build's corpus-level warnings.
#[component]
fn Diagnostics() -> impl IntoView {
    let warnings = use_ctx().data.corpus.warnings.clone();
    view! {
        <section class="sub" aria-labelledby="diag-heading">
            <h3 id="diag-heading">"Build diagnostics"</h3>
            {if warnings.is_empty() {
                view! { <p>"The build reported no warnings for this corpus."</p> }.into_any()
            } else {
                view! {
                    <ul class="diagnostics">
                        {warnings.into_iter().map(|w| view! { <li><code>{w.to_string()}</code></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
