//! Dates the articles mention, and the articles and events on a time axis.

use serde::{Deserialize, Serialize};

/// A date mentioned in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct DateMention {
    /// Sentence index (0 = headline).
    pub sentence: u32,
    /// The date words.
    pub span: crate::Span,
    /// The date words as printed ("on Monday", "February 2025").
    pub text: String,
    /// Whether placing it needs the article's date.
    pub relative: bool,
    /// `YYYY-MM-DD` (day; for a week, its Monday), `YYYY-MM` or `YYYY`; null if unresolved.
    pub date: Option<String>,
    /// Precision of `date`.
    pub precision: Option<DatePrecision>,
    /// How it was placed.
    pub basis: DateBasis,
}

/// How a date mention was placed on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum DateBasis {
    /// The text gives the year ("February 2025", "in 2020").
    #[serde(rename = "printed")]
    Printed,
    /// Resolved against the article's publication date ("on Monday", "in February").
    #[serde(rename = "relative")]
    Relative,
    /// Relative, and the article has no publication date: left unresolved.
    #[serde(rename = "unresolved_undated")]
    UnresolvedUndated,
}

/// An article on the time axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct TimelineArticle {
    /// Article id.
    pub article: String,
    /// Outlet name.
    pub outlet: String,
    /// Publication date, or null.
    pub published: Option<String>,
    /// "published YYYY-MM-DD" or "undated: no publication date printed".
    pub label: String,
}

/// A dated event mentioned by an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct TimelineEvent {
    /// The date (see [`DateMention::date`]); null when unresolved.
    pub date: Option<String>,
    /// Its precision.
    pub precision: Option<DatePrecision>,
    /// Article id.
    pub article: String,
    /// Sentence index in that article.
    pub sentence: u32,
    /// Where the date words are.
    pub span: crate::Span,
    /// The date words.
    pub text: String,
    /// How it was placed.
    pub basis: DateBasis,
}

/// Articles and events in time order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Timeline {
    /// Dated articles, oldest first (ties by corpus order).
    pub articles: Vec<TimelineArticle>,
    /// Undated articles, in corpus order.
    pub undated: Vec<TimelineArticle>,
    /// Resolved events, earliest first (by first day, coarser precision first, then corpus order).
    pub events: Vec<TimelineEvent>,
    /// Date words that could not be placed (relative dates in undated articles), in corpus order.
    pub unresolved: Vec<TimelineEvent>,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum DatePrecision {
    /// A day: `date` is `YYYY-MM-DD`.
    #[serde(rename = "day")]
    Day,
    /// A week: `date` is its Monday, `YYYY-MM-DD`.
    #[serde(rename = "week")]
    Week,
    /// A month: `date` is `YYYY-MM`.
    #[serde(rename = "month")]
    Month,
    /// A year: `date` is `YYYY`.
    #[serde(rename = "year")]
    Year,
}
