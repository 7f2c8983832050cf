//! The timeline: articles by publication date (undated ones apart, labelled so) and the dated
//! events they mention, relative dates resolved against the article's date (see [`super::dates`]).

use super::dates::{self, DatePrecision, Ymd};
use super::{ArticleFraming, Doc};
use crate::model::Corpus;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A date mentioned in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct DateMention {
    /// Sentence index (0 = headline).
    pub sentence: u32,
    /// Body paragraph; null for the headline.
    pub paragraph: Option<u32>,
    /// First char of the date words in the paragraph (or headline).
    pub start: u32,
    /// One past the last char.
    pub end: u32,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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

/// Every date mentioned in an article's headline and body.
pub fn mentions(d: &Doc) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (si, s) in d.sents.iter().enumerate() {
        for f in dates::find(&s.text, d.published) {
            let basis = match (f.relative, d.published) {
                (false, _) => DateBasis::Printed,
                (true, Some(_)) => DateBasis::Relative,
                (true, None) => DateBasis::UnresolvedUndated,
            };
            out.push(DateMention {
                sentence: si as u32,
                paragraph: s.paragraph,
                start: (s.start + f.start) as u32,
                end: (s.start + f.end) as u32,
                text: f.text,
                relative: f.relative,
                date: f.when.map(|w| w.label()),
                precision: f.when.map(|w| w.precision),
                basis,
            });
        }
    }
    out
}

/// An article on the time axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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
    /// Body paragraph.
    pub paragraph: Option<u32>,
    /// The date words.
    pub text: String,
    /// How it was placed.
    pub basis: DateBasis,
}

/// Articles and events in time order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// Builds the timeline.
pub fn build(corpus: &Corpus, docs: &[Doc], per: &[ArticleFraming]) -> Timeline {
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    let mut events = Vec::new();
    let mut unresolved = Vec::new();
    for ((a, d), f) in corpus.articles.iter().zip(docs).zip(per) {
        let ta = TimelineArticle {
            article: a.id.clone(),
            outlet: d.outlet.clone(),
            published: d.published.map(Ymd::iso),
            label: match d.published {
                Some(p) => format!("published {}", p.iso()),
                None => "undated: no publication date printed".into(),
            },
        };
        match d.published {
            Some(p) => dated.push((p, ta)),
            None => undated.push(ta),
        }
        for m in &f.dates {
            let ev = TimelineEvent {
                date: m.date.clone(),
                precision: m.precision,
                article: a.id.clone(),
                sentence: m.sentence,
                paragraph: m.paragraph,
                text: m.text.clone(),
                basis: m.basis,
            };
            match ev.date.as_deref().map(first_day) {
                Some(first) => {
                    let key = (first, std::cmp::Reverse(ev.precision), events.len());
                    events.push((key, ev));
                }
                None => unresolved.push(ev),
            }
        }
    }
    dated.sort_by_key(|x| x.0);
    events.sort_by(|x, y| x.0.cmp(&y.0));
    Timeline {
        articles: dated.into_iter().map(|(_, a)| a).collect(),
        undated,
        events: events.into_iter().map(|(_, e)| e).collect(),
        unresolved,
    }
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` → the first day, `YYYY-MM-DD`.
fn first_day(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    }
}
