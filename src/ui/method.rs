//! Method: how each analysis works and its limits, the cue lexicon, the full method notes,
//! the build's diagnostics, the JSON schema, and downloads (the JSON asset, and CSVs generated
//! here from it).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_ctx;
use crate::insights::csv::{articles_csv, paragraphs_csv};
use crate::insights::lexicon::{parse, LexiconCue};
use crate::load::{self, CORPUS_URL};

/// Files Trunk copies next to the page (see `index.html`).
const SCHEMA_URL: &str = "corpus.schema.json";
const METHOD_URL: &str = "METHOD.md";
const VOICES_URL: &str = "voices.md";
const LEXICON_URL: &str = "frames.tsv";

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

/// Fetches a text file next to the page. Revalidated: these files keep their names across
/// deploys (readers link to them), so a kept copy could be stale.
async fn fetch_text(url: &str) -> Result<String, String> {
    load::fetch_text(url, load::Cache::Revalidate)
        .await
        .map_err(|e| format!("{url}: {}", load::fetch_failure(e)))
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
            <Lexicon />
            <Document url=METHOD_URL label="Read the full method note (METHOD.md)" />
            <Document url=VOICES_URL label="Read the voices method note (voices.md)" />
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
                    <a class="button" href=SCHEMA_URL target="_blank" rel="external noopener">"Its JSON Schema"</a>
                    " field by field, generated from the Rust types"
                </li>
                <li>
                    <button type="button" class="button" on:click=move |_| {
                        download("framelens-articles.csv", "text/csv;charset=utf-8", &articles_csv(&a.corpus, &a.insights));
                    }>"Articles (CSV)"</button>
                    " one row per article, with its frames and quote count"
                </li>
                <li>
                    <button type="button" class="button" on:click=move |_| {
                        download("framelens-paragraphs.csv", "text/csv;charset=utf-8", &paragraphs_csv(&b.corpus));
                    }>"Paragraphs (CSV)"</button>
                    " one row per body paragraph"
                </li>
                <li>
                    <a class="button" href=METHOD_URL target="_blank" rel="external noopener">"METHOD.md"</a>
                    " "
                    <a class="button" href=LEXICON_URL target="_blank" rel="external noopener">"frames.tsv"</a>
                    " the method note and the cue lexicon as files"
                </li>
            </ul>
        </section>
    }
}

/// How each analysis works and its limits: (title, how, limits).
const NOTES: [(&str, &str, &str); 9] = [
    (
        "From a page to an article",
        "Each page is read line by line. Line features (length, sentence punctuation, density of function words, capitals) and families of phrases seen across news sites (share and subscribe prompts, paywalls, related-story lists, captions, credit lines) classify every line; lines repeated on several pages of one site are template text. The body is the longest run of prose; the headline is the title-shaped line that best announces it. Every line left out is listed with the reason (an article's \u{201c}What the parser removed\u{201d}).",
        "Tuned for news in English and Spanish. A page with no run of prose has no body. Dates are only those printed for the article, never guessed, so some articles are undated.",
    ),
    (
        "Provenance: site, outlet, wire",
        "Three layers, each with its evidence: the site the page was copied from (its address or corpus.toml), the outlet whose article it is (a name printed in the page, a built-in list of outlets, or corpus.toml), and the wire agency whose copy it is (datelines such as \u{201c}(Reuters) -\u{201d} and source lines, never photo credits). An article is flagged incomplete on a paywall prompt, a surname never introduced, or a body cut mid-sentence.",
        "An outlet that no printed line, address or list names is reported as unknown, not guessed. Truncation that leaves no trace in the text cannot be detected.",
    ),
    (
        "Quotes and speakers",
        "Quote marks are paired per paragraph (straight, curly, guillemets, and single quotes only when they pair); a quote split by its attribution is one utterance in two spans. The speaker is read next to the cue verb (\u{201c}X said\u{201d}, \u{201c}said X\u{201d}, \u{201c}according to X\u{201d}); a pronoun goes to the nearest fitting person before it, a surname to the full name used earlier. No speaker found means \u{201c}unresolved\u{201d}, never a guess. A quoted term with no verb is a scare quote.",
        "The grammar is shallow: a speaker is found next to its verb, not across arbitrary clauses; a pronoun can pick the wrong person when the text never shows gender; nested quotes are attributed to the outer speaker.",
    ),
    (
        "Actors, groups, unnamed sources",
        "People and organisations are merged across the corpus however they are printed (\u{201c}Smith\u{201d}, \u{201c}Jane Smith\u{201d}, \u{201c}Foreign Minister Jane Smith\u{201d}), titles kept as roles, and placed in the groups of corpus.toml. Unnamed sources (\u{201c}officials\u{201d}, \u{201c}people familiar with the matter\u{201d}) are their own kind of voice, with the outlet whose report relays them. Who gets heard is counted in quoted words, quotes and indirect reports.",
        "A capitalised name that is never titled, speaking or re-used is not an actor; bodies printed differently stay apart until an alias joins them.",
    ),
    (
        "Frames",
        "Every headline and body sentence is matched against a cue lexicon for the 15 frames of the Policy Frames Codebook (Boydstun et al. 2014). A frame's score in a sentence is the sum of the weights of its distinct cues; it is evoked at 1.0. The headline frame is read from the headline alone; the body's primary frame is the one most of its sentences evoke; shares are sentences evoking a frame over all body sentences (a sentence can evoke several).",
        "Cues are words, not meaning: negation, irony and attribution are not read. The lexicon ships tuned to the story it was written for; a new story may need new cues (lexicon/frames.tsv is editable). Sentences with no cue say \u{201c}no frame cue\u{201d}.",
    ),
    (
        "Naming choices",
        "corpus.toml defines concept slots (the things the story keeps naming) with their variant terms; each outlet's uses are counted with their sentences. Within a slot the longest term wins where two overlap. Frequent phrases no slot covers are listed so a maintainer can extend the slots.",
        "Terms are counted wherever they appear, whoever speaks: the sentence list lets a reader check each count.",
    ),
    (
        "Headline agency",
        "A small rule-based grammar of headline English and Spanish finds whose words or report the headline carries (\u{201c}…: Name\u{201d}, \u{201c}…, Outlet reports\u{201d}), its verb and voice, who acts and on whom; a role such as \u{201c}the president\u{201d} is resolved to the name the body gives it.",
        "Common headline shapes only; anything else is recorded as unknown rather than guessed.",
    ),
    (
        "Shared text",
        "Body sentences become sets of word pairs; MinHash signatures and locality-sensitive hashing propose candidate pairs across articles without comparing every pair; each candidate is verified exactly as verbatim or rewritten. Similarity of two articles is the share of their words in matched sentences.",
        "A paraphrase with few words in common is missed on purpose (a false match is worse than a miss); headlines and very short sentences are not compared.",
    ),
    (
        "Facts and the timeline",
        "Clauses stating the same fact are grouped across articles, anchored on numbers, dates and rare names; a fact is shown as the clearest of its statements (a sentence that stands on its own, reports rather than quotes, and carries the key words), the key words beside it; each article includes a fact, leaves it out, predates it, or is undated. Dates the articles mention are resolved against their publication date (\u{201c}on Monday\u{201d}, \u{201c}last week\u{201d}).",
        "A fact worded only with story-wide words is missed, and the article then shows as omitting it; \u{201c}omitted\u{201d} means not in this page's text, and a truncated page omits more. Relative dates in undated articles stay unresolved.",
    ),
];

/// How each analysis works and its limits.
#[component]
fn MethodNotes() -> impl IntoView {
    let notes = NOTES
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
            <h3 id="how-heading">"How it works, and where it falls short"</h3>
            <div class="notes">{notes}</div>
        </section>
    }
}

/// A text file next to the page, fetched and shown as text when asked for.
#[component]
fn Document(url: &'static str, label: &'static str) -> impl IntoView {
    let open = RwSignal::new(false);
    let text: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() && text.with_untracked(Option::is_none) {
            leptos::task::spawn_local(async move { text.set(Some(fetch_text(url).await)) });
        }
    };
    view! {
        <section class="sub">
            <button type="button" class="link-button" aria-expanded=move || open.get().to_string() on:click=toggle>
                {label}
            </button>
            {move || match text.get() {
                Some(Ok(t)) if open.get() => Some(view! { <pre class="doc">{t}</pre> }.into_any()),
                Some(Err(e)) if open.get() => Some(view! { <p class="muted">{format!("Not available: {e}")}</p> }.into_any()),
                _ => None,
            }}
        </section>
    }
}

/// The cue lexicon, fetched when asked for, as a table.
#[component]
fn Lexicon() -> impl IntoView {
    let ctx = use_ctx();
    let info = ctx
        .data
        .corpus
        .framing
        .as_ref()
        .and_then(|f| f.lexicon.clone());
    let frames = ctx.data.insights.frames.clone();
    let open = RwSignal::new(false);
    let cues: RwSignal<Option<Result<Vec<LexiconCue>, String>>> = RwSignal::new(None);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() && cues.with_untracked(Option::is_none) {
            leptos::task::spawn_local(async move {
                cues.set(Some(fetch_text(LEXICON_URL).await.map(|t| parse(&t))))
            });
        }
    };
    let summary = info.map(|i| {
        format!(
            "{} cues ({}); a frame is evoked in a sentence when its cues weigh at least {}.",
            i.cues, i.file, i.min_score
        )
    });
    let label = move |id: &str| {
        frames.iter().find(|(f, _)| f.id() == id).map_or_else(
            || {
                if id == "none" {
                    "blocker".to_owned()
                } else {
                    id.to_owned()
                }
            },
            |(_, l)| l.clone(),
        )
    };
    let table = move |list: Vec<LexiconCue>| {
        let rows = list
            .into_iter()
            .map(|c| {
                view! {
                    <tr>
                        <td>{c.cue}</td>
                        <td>{label(&c.frame)}</td>
                        <td>{c.weight}</td>
                        <td>{c.lang}</td>
                        <td class="muted">{c.note}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll lexicon">
                <table class="data-table">
                    <thead><tr><th scope="col">"Cue"</th><th scope="col">"Frame"</th><th scope="col">"Weight"</th><th scope="col">"Language"</th><th scope="col">"Note"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="sub" aria-labelledby="lexicon-heading">
            <h3 id="lexicon-heading">"The cue lexicon"</h3>
            {match summary {
                Some(s) => view! { <p>{s}</p> }.into_any(),
                None => view! { <p class="muted">"Frames were not analysed in this corpus."</p> }.into_any(),
            }}
            <button type="button" class="link-button" aria-expanded=move || open.get().to_string() on:click=toggle>
                {move || if open.get() { "Hide the cues" } else { "Show every cue with its frame and weight" }}
            </button>
            {move || match cues.get() {
                Some(Ok(list)) if open.get() => Some(table(list).into_any()),
                Some(Err(e)) if open.get() => Some(view! { <p class="muted">{format!("Not available: {e}")}</p> }.into_any()),
                _ => None,
            }}
        </section>
    }
}

/// The build's corpus-level warnings, and the pages it skipped with their reasons.
#[component]
fn Diagnostics() -> impl IntoView {
    let corpus = &use_ctx().data.corpus;
    let warnings = corpus.warnings.clone();
    let skipped = corpus.skipped.clone();
    view! {
        <section class="sub" aria-labelledby="diag-heading">
            <h3 id="diag-heading">"Build diagnostics"</h3>
            {(!skipped.is_empty()).then(|| view! {
                <p>"Left out: pages the build could not read as articles."</p>
                <ul class="diagnostics" data-testid="skipped">
                    {skipped.into_iter().map(|s| view! { <li><code>{s.file}</code>" — "{s.reason}</li> }).collect_view()}
                </ul>
            })}
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
