//! Naming choices: the terms each article and outlet uses for the concept slots of
//! `corpus.toml`, and the noun phrases no slot covers.

use serde::{Deserialize, Serialize};

/// `[[framing.slots]]` in corpus.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotConfig {
    /// Short stable id ("us_action").
    pub id: String,
    /// What the page calls it ("The US action").
    pub label: String,
    /// Optional longer explanation.
    #[serde(default)]
    pub description: Option<String>,
    /// The variant terms; `"a | b"` counts spellings a and b as one term (shown as a).
    pub terms: Vec<String>,
}

/// A slot term found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct NamingHit {
    /// Slot id.
    pub slot: String,
    /// The term (display form from corpus.toml).
    pub term: String,
    /// Sentence index (0 = headline).
    pub sentence: u32,
    /// The term's words.
    pub span: crate::Span,
}

/// A sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SentenceRef {
    /// Article id.
    pub article: String,
    /// Sentence index in that article's `framing.sentences` (0 = headline).
    pub sentence: u32,
}

/// How often an outlet used one term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct TermCount {
    /// The term.
    pub term: String,
    /// Occurrences.
    pub count: u32,
    /// Articles using it (ids); the sentences and spans are in each article's `framing.naming`.
    pub articles: Vec<String>,
}

/// One outlet's terms for one slot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct OutletTerms {
    /// Outlet name.
    pub outlet: String,
    /// Total occurrences of the slot's terms.
    pub total: u32,
    /// Terms used, most used first (unused terms left out).
    pub terms: Vec<TermCount>,
}

/// A concept slot and what each outlet called it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SlotNaming {
    /// Slot id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Description, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// All the slot's terms, in corpus.toml order.
    pub terms: Vec<String>,
    /// Every outlet of the corpus, by name (an outlet with no hit has `total` 0).
    pub outlets: Vec<OutletTerms>,
}

/// A frequent noun phrase no slot covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct UnplacedPhrase {
    /// The phrase (lower case).
    pub phrase: String,
    /// Occurrences.
    pub count: u32,
    /// Articles using it.
    pub articles: u32,
    /// Outlets using it, by name.
    pub outlets: Vec<String>,
    /// First occurrence.
    pub example: SentenceRef,
}

/// Naming choices across the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Naming {
    /// Per slot, per outlet.
    pub slots: Vec<SlotNaming>,
    /// Frequent noun phrases outside every slot, most widespread first (at most 40).
    pub unplaced: Vec<UnplacedPhrase>,
}
