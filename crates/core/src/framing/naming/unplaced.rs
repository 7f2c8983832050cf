//! Frequent noun phrases no concept slot covers, for a maintainer to extend the slots.

use super::{SentenceRef, UnplacedPhrase, MAX_UNPLACED};
use crate::framing::{ArticleFraming, Doc};
use crate::text::is_stopword;
use std::collections::{BTreeMap, BTreeSet};

/// Words that end a candidate noun phrase's run: adverbs, and verbs too common to be heads.
fn breaks_run(norm: &str) -> bool {
    const DATE_WORDS: &[&str] = &[
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "semana",
        "mes",
        "ano",
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
    ];
    DATE_WORDS.contains(&norm)
        || crate::date::month_number(norm).is_some()
        || norm.ends_with("ly")
        || matches!(
            norm,
            "added"
                | "asked"
                | "called"
                | "wrote"
                | "replied"
                | "noted"
                | "argued"
                | "claimed"
                | "reported"
                | "confirmed"
                | "proposed"
                | "made"
                | "want"
                | "wants"
                | "has"
                | "had"
                | "have"
                | "is"
                | "are"
                | "dijo"
                | "afirmo"
                | "senalo"
                | "aseguro"
        )
}

/// Two- and three-word runs of content words ending a run (English noun phrases are
/// head-final), not all capitalised (names), not overlapping a slot term; kept when used in
/// two or more articles or three or more times.
pub(super) fn unplaced(docs: &[Doc], per: &[ArticleFraming]) -> Vec<UnplacedPhrase> {
    struct Acc {
        surface: BTreeMap<String, u32>,
        count: u32,
        articles: BTreeSet<usize>,
        outlets: BTreeSet<String>,
        example: SentenceRef,
    }
    let mut acc: BTreeMap<String, Acc> = BTreeMap::new();
    for (di, (d, f)) in docs.iter().zip(per).enumerate() {
        for (si, s) in d.sents.iter().enumerate() {
            let placed = |t: &crate::text::Token| {
                f.naming.iter().any(|h| {
                    h.sentence == si as u32
                        && (h.span.start as usize) < t.end
                        && t.start < h.span.end as usize
                })
            };
            let ok = |t: &crate::text::Token| {
                !is_stopword(&t.norm)
                    && !t.is_number()
                    && t.norm.chars().count() > 2
                    && !breaks_run(&t.norm)
                    && !placed(t)
            };
            let mut i = 0;
            while i < s.toks.len() {
                if !ok(&s.toks[i]) {
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                while j < s.toks.len() && ok(&s.toks[j]) && !s.toks[j].gap {
                    j += 1;
                }
                // The run's head is inside a slot term ("six Mexican | cartels"): no phrase here.
                let head_placed = s.toks.get(j).is_some_and(|t| !t.gap && placed(t));
                for n in (2..=3usize).filter(|_| !head_placed) {
                    if j - i < n {
                        continue;
                    }
                    let w = &s.toks[j - n..j];
                    // Names, verbs ("Mexico warned") and participle heads ("overdoses linked") are not noun phrases.
                    if w.iter().all(|t| t.cap)
                        || w.iter().any(crate::framing::headline::is_news_verb)
                        || w[n - 1].norm.ends_with("ed")
                    {
                        continue;
                    }
                    let key = w
                        .iter()
                        .map(|t| t.stem.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let surface = w
                        .iter()
                        .map(|t| t.norm.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let e = acc.entry(key).or_insert_with(|| Acc {
                        surface: BTreeMap::new(),
                        count: 0,
                        articles: BTreeSet::new(),
                        outlets: BTreeSet::new(),
                        example: SentenceRef {
                            article: d.id.clone(),
                            sentence: si as u32,
                        },
                    });
                    *e.surface.entry(surface).or_default() += 1;
                    e.count += 1;
                    e.articles.insert(di);
                    e.outlets.insert(d.outlet.clone());
                }
                i = j;
            }
        }
    }
    let mut v: Vec<UnplacedPhrase> = acc
        .into_values()
        .filter(|a| a.articles.len() >= 2 || a.count >= 3)
        .map(|a| {
            let phrase = a
                .surface
                .iter()
                .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
                .map(|(s, _)| s.clone())
                .unwrap_or_default();
            UnplacedPhrase {
                phrase,
                count: a.count,
                articles: a.articles.len() as u32,
                outlets: a.outlets.into_iter().collect(),
                example: a.example,
            }
        })
        .collect();
    v.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.count.cmp(&a.count))
            .then(a.phrase.cmp(&b.phrase))
    });
    v.truncate(MAX_UNPLACED);
    v
}
