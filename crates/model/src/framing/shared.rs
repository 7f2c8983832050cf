//! Shared text between articles: similarity, shared sentences and aligned passages.

use serde::{Deserialize, Serialize};

/// Two sentences matched across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SentencePair {
    /// Sentence index in article `a`.
    pub a: u32,
    /// Sentence index in article `b`.
    pub b: u32,
    /// Content-word Jaccard (1 for verbatim).
    pub similarity: f64,
}

/// A run of consecutive shared sentences, in order in both articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Passage {
    /// First sentence in `a`.
    pub a_first: u32,
    /// Last sentence in `a`.
    pub a_last: u32,
    /// First sentence in `b`.
    pub b_first: u32,
    /// Last sentence in `b`.
    pub b_last: u32,
}

/// How two articles line up, sentence by sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Alignment {
    /// First article id (earlier in corpus order).
    pub a: String,
    /// Second article id.
    pub b: String,
    /// Their similarity (as in the matrix).
    pub similarity: f64,
    /// Sentences shared word for word.
    pub verbatim: Vec<SentencePair>,
    /// Sentences shared with rewording or cuts.
    pub rewritten: Vec<SentencePair>,
    /// Body sentences of `a` with no counterpart in `b`.
    pub only_a: Vec<u32>,
    /// Body sentences of `b` with no counterpart in `a`.
    pub only_b: Vec<u32>,
    /// Runs of consecutive shared sentences (a reused paragraph, a wire passage).
    pub passages: Vec<Passage>,
}

/// Similarity of an article pair that shares text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticlePair {
    /// First article id.
    pub a: String,
    /// Second article id.
    pub b: String,
    /// Share of the two bodies' words in shared sentences (rewritten ones weighted by similarity).
    pub similarity: f64,
    /// Verbatim sentence pairs.
    pub verbatim: u32,
    /// Rewritten sentence pairs.
    pub rewritten: u32,
}

/// The method's parameters and its work on this corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SharedTextStats {
    /// Body sentences compared.
    pub sentences: u32,
    /// Candidate sentence pairs the LSH proposed (verified exactly).
    pub candidates: u32,
    /// Pairs that passed verification.
    pub matched: u32,
    /// Signature length, bands, rows.
    pub minhash: [u32; 3],
}

/// Shared text across the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SharedText {
    /// Article ids, in matrix order.
    pub articles: Vec<String>,
    /// Symmetric similarity matrix (1 on the diagonal); empty above 100 articles.
    pub matrix: Vec<Vec<f64>>,
    /// Pairs sharing at least one sentence, most similar first.
    pub pairs: Vec<ArticlePair>,
    /// Alignments for exactly those pairs. A pair not listed shares nothing: every body
    /// sentence of each is "only in" its own article.
    pub alignments: Vec<Alignment>,
    /// Parameters and counts.
    pub stats: SharedTextStats,
}
