//! The one way the contract points into an article's text.
//!
//! A [`Span`] names a text of the article — the headline, the dek, body paragraph N or caption
//! N — and a stretch of it in **Unicode scalar (char) offsets** from that text's start, `end`
//! exclusive: Rust `char` indices, Python `str` indices; not bytes, not UTF-16 units. Quotes,
//! speakers, mentions, sentences, frame cues, naming hits and date mentions all use it, so a
//! reader (or a script) finds the words behind any claim the same way:
//! `text_of(part, paragraph)[start..end]` in chars (see `Article::span_text`).

use serde::{Deserialize, Serialize};

/// Which text of the article a span is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum Part {
    /// `headline`.
    #[serde(rename = "headline")]
    Headline,
    /// `dek.value`.
    #[serde(rename = "dek")]
    Dek,
    /// `body[paragraph].text`.
    #[serde(rename = "body")]
    Body,
    /// `captions[paragraph].text`.
    #[serde(rename = "caption")]
    Caption,
}

/// A stretch of one text of an article: the evidence an item rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Span {
    /// Which text.
    pub part: Part,
    /// Index into `body` or `captions`; 0 for the headline and the dek.
    pub paragraph: u32,
    /// First char (Unicode scalar value) offset, inclusive.
    pub start: u32,
    /// Char offset, exclusive.
    pub end: u32,
}

impl Span {
    /// A span of the headline.
    pub fn headline(start: u32, end: u32) -> Span {
        Span {
            part: Part::Headline,
            paragraph: 0,
            start,
            end,
        }
    }

    /// A span of body paragraph `paragraph`.
    pub fn body(paragraph: u32, start: u32, end: u32) -> Span {
        Span {
            part: Part::Body,
            paragraph,
            start,
            end,
        }
    }

    /// The same text, other offsets.
    pub fn with(self, start: u32, end: u32) -> Span {
        Span { start, end, ..self }
    }

    /// Whether `other` lies inside this span (same text, offsets within).
    pub fn contains(&self, other: &Span) -> bool {
        self.part == other.part
            && self.paragraph == other.paragraph
            && self.start <= other.start
            && other.end <= self.end
    }
}
