//! # Framelens core
//!
//! Framelens compares how different outlets framed the same news story. This crate is its
//! pure core: the JSON data contract ([`model`]) and the rules that turn a raw news page into
//! a clean, attributed article ([`parse`], assembled per corpus by [`corpus`]). It does no file
//! or network I/O and builds for native targets and `wasm32-unknown-unknown`; the CLI
//! (`crates/cli`) reads files and writes the JSON, and the Leptos page reads that JSON through
//! the same types. No struct of the contract is defined twice.
//!
//! The contract's types derive serde (the CLI writes and tests read with it) and, behind the
//! `lite` feature, serde-lite's `Deserialize` (the page decodes with it: one plain function
//! per type over a parsed tree, where serde's visitors cost the page a third of its WASM).
//! Both read the same `#[serde(...)]` attributes; serde-lite ignores `rename_all`, so enum
//! variants carry their JSON names one by one, and `crates/cli/tests/page_decoding.rs` holds
//! the two readings equal on every shipped corpus.
//!
//! ## From a page to an article
//!
//! A page arrives as text copied from a browser (or as saved HTML, whose main content an
//! extraction crate turns into the same kind of text first). A browser turns every block
//! element into a line, so the unit of work is the line:
//!
//! 1. **Line features** ([`lines`]): word count, stopword density, sentence-final punctuation,
//!    capitalisation, a trailing ellipsis. Prose is long, punctuated and dense in function
//!    words; menus, labels and headline lists are not.
//! 2. **Line-local classes** ([`parse::classify`]): phrase families and typographic shapes
//!    seen across news sites — share/follow/app prompts, paywall prompts, related-story
//!    lead-ins and inline "Related…" links, ad labels, footers, date lines, photo captions
//!    (a trailing `REUTERS/Name`, `(AP Photo/…)`, `/ Reuters`, a doubled `caption (caption)`),
//!    credit lines (`(Reporting by …; Editing by …)`, `… contributed to this report`) and
//!    source lines (`SOURCE: AFP`).
//! 3. **Cross-document evidence** ([`corpus`]): a line that recurs on two or more pages of the
//!    same site is template text, whatever it looks like.
//! 4. **The body window** ([`parse::window`]): the maximum-sum run of lines, where prose
//!    scores its word count and furniture scores against it. A block of teaser headlines is
//!    a wall; a single inline link between paragraphs is not. This is Finn et al.'s
//!    body-text extraction, applied to lines.
//! 5. **Headline and dek**: the title-shaped line above the body that best announces the
//!    lead (content-word overlap), nearest to it; a dek is a sentence under the headline set
//!    apart from the lead by non-prose lines.
//! 6. **Roles**: every line becomes exactly one of headline, dek, body block (paragraph,
//!    subheading, list item), caption (caption, alt text, credit, image file), credit line,
//!    or `removed` with a reason. Nothing is dropped silently.
//! 7. **Metadata with evidence**: publication date (only a date line printed for this
//!    article, never a caption's or a teaser's; none → null), byline (reporters, apart from
//!    editors and contributors), dateline, and provenance in three layers — the **site** it was
//!    copied from (from `corpus.toml`), the **outlet** whose article it is, and the **wire**
//!    whose copy it is. Wires are read only from datelines and source lines, never from photo
//!    credits. Truncation is flagged from paywall prompts, a speaker referred to by surname who
//!    was never introduced, or a body that stops mid-sentence.
//!
//! Every inferred field carries [`model::Evidence`]: the verbatim text and its line.
//!
//! ## Determinism
//!
//! Articles are ordered by file name, ids derive from file names, every collection is a
//! `Vec` in source order and no hash-map order reaches the output, so the same input always
//! gives the same bytes.
//!
//! ## Limits
//!
//! The rules are tuned for news articles in English and Spanish. A page with no run of prose
//! has no body (the build reports it). Outlet names come from a built-in gazetteer
//! ([`lexicon::ORGS`]), the page's URL, or `corpus.toml`; an outlet none of them names is
//! reported as unknown rather than guessed.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod config;
pub mod corpus;
pub mod date;
pub mod framing;
pub mod lexicon;
pub mod lines;
pub mod model;
pub mod parse;
pub mod text;
pub mod voices;

pub use model::*;
