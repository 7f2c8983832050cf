//! Facts stated across articles, and which articles state them.

use serde::{Deserialize, Serialize};

/// Whether an article states a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum FactStatus {
    /// States it (see `sentence`).
    #[serde(rename = "included")]
    Included,
    /// Leaves it out though published after it was known.
    #[serde(rename = "omitted")]
    Omitted,
    /// Published before the fact's first date: not an omission.
    #[serde(rename = "predates")]
    Predates,
    /// Leaves it out, but has no date, so it may predate the fact.
    #[serde(rename = "undated")]
    Undated,
}

/// One cell of the facts × articles matrix (cells are in the order of [`Facts::articles`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FactCell {
    /// Included, omitted, predates or undated.
    pub status: FactStatus,
    /// The sentence stating it (index in the article's `framing.sentences`, whose `span` says
    /// where it is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<u32>,
}

/// A fact stated by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Fact {
    /// "F1", "F2"… in order of how many articles state it.
    pub id: String,
    /// Its key words, in the order of its first statement ("designated · six · cartels · February 2025").
    pub label: String,
    /// Its first statement, in full.
    pub text: String,
    /// The numbers, dates and rare names it is anchored on.
    pub anchors: Vec<String>,
    /// Earliest date known for it: its earliest resolved date, else the earliest publication stating it.
    pub first_known: Option<String>,
    /// How many articles state it.
    pub articles: u32,
    /// One cell per article, in the order of [`Facts::articles`].
    pub coverage: Vec<FactCell>,
}

/// Facts × articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Facts {
    /// Article ids, in the order of every fact's `coverage`.
    pub articles: Vec<String>,
    /// The facts.
    pub facts: Vec<Fact>,
}

/// One article's row of the matrix, by status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleFacts {
    /// Facts it states.
    pub included: Vec<String>,
    /// Facts it leaves out.
    pub omitted: Vec<String>,
    /// Facts first known after it was published.
    pub predates: Vec<String>,
    /// Facts it leaves out while undated.
    pub undated: Vec<String>,
}
