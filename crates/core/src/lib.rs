//! # Framelens core: the analysis
//!
//! Framelens compares how different outlets framed the same news story. This crate is its
//! pure analysis: it turns raw news pages into clean, attributed articles and finds who is
//! heard and how each outlet framed the story, always with the words each finding rests on. It
//! does no file or network I/O and builds for native targets and `wasm32-unknown-unknown`. The
//! types it fills are the data contract of `framelens-model` (re-exported as [`model`]); the
//! CLI (`crates/cli`) reads files and writes them as JSON, the Leptos page reads that JSON with
//! the same types, and neither analyses anything. `ARCHITECTURE.md` at the repository root has
//! the map of the crates.
//!
//! The crate in order of the data:
//!
//! | module | does |
//! | --- | --- |
//! | [`text`] | the one text layer: folding, offsets, words, sentences, the word lists |
//! | [`lines`], [`parse`] | one page → one [`model::Article`] (below) |
//! | [`corpus`] | pages → a corpus: cross-page evidence, ids, duplicates, then the analyses |
//! | [`voices`] | quotes, speakers, reported speech, unnamed sources, actors, who gets heard |
//! | [`framing`] | frames per sentence, headline agency, naming, shared text, facts, timeline |
//! | [`lexicon`], [`date`], [`config`] | phrase lists and the outlet gazetteer; printed dates; `corpus.toml` helpers |
//!
//! **The text layer** is shared by all of them, so a sentence, a folded word or a stopword is
//! the same thing in the parser, the voices and the framing: one sentence splitter with one
//! abbreviation list, one fold, one home for word lists ([`text::words`]). Offsets are chars
//! (Unicode scalar values) wherever they reach the contract; every pointer into an article's
//! text is one [`model::Span`] (which text, char offsets from its start).
//!
//! **Voices** ([`voices`]) pair quote marks per paragraph, read interview labels and Spanish
//! dialogue, find names and roles, merge them into actors across the corpus, attribute each
//! quotation to a speaker by rules over a shallow grammar (the cue verb next to it, a pronoun
//! back to the nearest fitting person, a description back to an actor, a document to its
//! author) and never guess: a quote with no speaker stays unresolved. The corpus summary ranks
//! the actors by how much they are heard, and groups outlets under
//! [`model::Article::outlet_label`], the one rule for an outlet's name.
//!
//! **Framing** ([`framing`]) scores each sentence's frames from the cue lexicon
//! (`crates/core/lexicon/frames.tsv`: Policy Frames Codebook frames, weighted cues), reads the headline's
//! agency with a small grammar, finds the concept-slot terms of `corpus.toml`, aligns shared
//! text between articles (MinHash/LSH candidates, verified exactly), groups statements of the
//! same fact across articles, and places the dates the articles mention on a timeline.
//! `METHOD.md` writes the method up with its measured limits.
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
pub mod par;
pub mod parse;
pub mod text;
pub mod voices;

pub use model::*;
