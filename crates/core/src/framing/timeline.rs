//! The timeline: articles by publication date (undated ones apart, labelled so) and the dated
//! events they mention, relative dates resolved against the article's date (see [`super::dates`]).

use super::dates::{self, Ymd};
use super::{ArticleFraming, Doc};
use crate::model::Corpus;
pub use framelens_model::framing::timeline::*;

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
                span: s.span(s.start + f.start, s.start + f.end),
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
                span: m.span,
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
