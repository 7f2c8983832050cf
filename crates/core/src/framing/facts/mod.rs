//! Fact coverage and omission: sentences across articles that state the same fact, and who
//! left each fact out.
//!
//! Each body sentence becomes a set of features: content-word stems (capitalised ones are
//! *names*), *numbers* ("65", "six" → 6, "100,000") and *dates* (resolved to the month, or the
//! year). A feature weighs its rarity, `ln(1 + N/df)` over the corpus's N body sentences.
//! Two sentences of different articles are linked when
//! - they share an **anchor**: a number, a date, or a rare name or word (in at most
//!   [`RARE_DF`] sentences);
//! - their weighted cosine similarity is at least [`LINK`];
//! - they do not conflict: if both give dates, one date is shared; if both give numbers, one
//!   number is shared (four officials ≠ six officials).
//!
//! Candidates come from an inverted index over rare features (near-linear). Links are grouped
//! by average linkage (mean similarity between groups at least [`GROUP`], missing links
//! counting 0), one sentence per article per fact, so a sentence stating two facts cannot
//! chain them together. A group across two or more articles is a fact; so is a sentence of
//! one article alone that carries a quantity or a month/year date. An article that does not
//! state a fact has `omitted` it — or `predates` it when published before the fact's first
//! date (its earliest resolved date or earliest reporting), or `undated` when it has no date.
//! Each fact is shown as the clearest sentence among its statements (`statement`), its key
//! words kept beside it as the evidence of the match. Only the statements are stored (`Fact::stated`); those three are derived where they are
//! shown (`Fact::status_in`), so the asset grows with what articles say, not with
//! facts × articles.

pub use framelens_model::framing::facts::*;
mod build;
mod features;
mod link;
mod statement;

use super::{ArticleFraming, Doc};

/// Minimum weighted cosine for a link.
pub const LINK: f64 = 0.22;
/// Minimum mean similarity for two groups to merge.
pub const GROUP: f64 = 0.15;
/// A word or name anchors a fact when it is in at most 60% of the articles and in at most
/// this many clauses (or twice its number of articles, if more).
pub const RARE_DF: usize = 4;
/// An anchor in more clauses than this proposes no candidates (they come from rarer ones).
pub const MAX_POSTING: usize = 64;

/// Cosine a link needs where the evidence is weaker (see [`analyse`]).
pub const STRICT: f64 = 0.4;
/// Articles published further apart than this need [`STRICT`] similarity or a shared date.
pub const FAR_DAYS: i64 = 45;

/// Groups the corpus's sentences into facts (see the module docs and
/// [`STRICT`] for the link rules).
pub fn analyse(docs: &[Doc], _per: &[ArticleFraming]) -> Facts {
    link::analyse(docs)
}

/// The facts each article states, in the order of `facts.articles`: one pass over the
/// statements (O(statements)).
pub fn article_rows(facts: &Facts) -> Vec<ArticleFacts> {
    let mut rows = vec![ArticleFacts::default(); facts.articles.len()];
    for f in &facts.facts {
        for s in &f.stated {
            rows[s.article as usize].included.push(f.id.clone());
        }
    }
    rows
}
