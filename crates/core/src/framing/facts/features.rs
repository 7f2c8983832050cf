//! Clauses and their features: content words (names apart), numbers and dates.

use super::super::dates::{self, DatePrecision, Ymd};
use super::super::Doc;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Term,
    Name,
    Number,
    Date,
}

#[derive(Debug)]
pub(super) struct Feat {
    pub(super) kind: Kind,
    /// Char span in the paragraph, for labels.
    pub(super) at: (usize, usize),
}

/// A clause of a sentence: the unit facts are matched on, so a sentence stating two facts
/// ("In addition to designating cartels…, he offered in April…") can count for both.
pub(super) struct Item {
    pub(super) doc: usize,
    pub(super) sent: usize,
    pub(super) feats: BTreeMap<String, Feat>,
    pub(super) firsts: Vec<Ymd>,
    pub(super) quantity: bool,
    pub(super) dated: bool,
}

pub(super) const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("fifty", "50"),
    ("hundred", "100"),
    ("dozen", "12+"),
    ("dozens", "12+"),
    ("hundreds", "100+"),
    ("thousands", "1000+"),
    ("twice", "2x"),
    ("dos", "2"),
    ("tres", "3"),
    ("cuatro", "4"),
    ("cinco", "5"),
    ("seis", "6"),
    ("siete", "7"),
    ("ocho", "8"),
    ("nueve", "9"),
    ("diez", "10"),
    ("docenas", "12+"),
    ("cientos", "100+"),
    ("miles", "1000+"),
];

/// Newsroom formulas (requests for comment, sourcing) that state no fact of the story: a
/// clause containing one is not matched.
#[rustfmt::skip]
pub(super) const FORMULAS: &[&str] = &[
    "did not immediately respond", "could not immediately", "declined to comment",
    "request for comment", "no immediate comment", "not immediately available",
    "did not respond to", "contributed to this report", "citing", "cited", "according to",
    "with knowledge of", "the report said", "no respondio", "declino comentar",
    "segun fuentes", "citando",
];

/// Minimum tokens of a clause; shorter ones join the next ("In February, …").
pub(super) const MIN_CLAUSE: usize = 4;

/// Splits a sentence at `, ; : —` into clauses of at least [`MIN_CLAUSE`] words.
pub(super) fn clauses(s: &crate::framing::Sent) -> Vec<(usize, usize)> {
    let cs: Vec<char> = s.text.chars().collect();
    let mut cuts = vec![0];
    for i in 0..cs.len() {
        if matches!(cs[i], ',' | ';' | ':' | '—' | '–')
            && cs.get(i + 1).is_some_and(|c| c.is_whitespace())
        {
            cuts.push(i + 1);
        }
    }
    cuts.push(cs.len());
    let count = |a: usize, b: usize| {
        s.toks
            .iter()
            .filter(|t| t.start >= s.start + a && t.end <= s.start + b)
            .count()
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for w in cuts.windows(2) {
        if count(from, w[1]) >= MIN_CLAUSE {
            out.push((s.start + from, s.start + w[1]));
            from = w[1];
        }
    }
    match out.last_mut() {
        Some(last) if from < cs.len() => last.1 = s.start + cs.len(),
        None => out.push((s.start, s.start + cs.len())),
        _ => {}
    }
    out
}

pub(super) fn features(
    d: &Doc,
    si: usize,
    range: (usize, usize),
    all_dates: &[dates::FoundWhen],
    names: &BTreeSet<String>,
) -> Item {
    let s = &d.sents[si];
    let inside = |a: usize, b: usize| a >= range.0 && b <= range.1;
    let mut feats = BTreeMap::new();
    let mut firsts = Vec::new();
    let mut dated = false;
    let found: Vec<&dates::FoundWhen> = all_dates
        .iter()
        .filter(|f| inside(s.start + f.start, s.start + f.end))
        .collect();
    let in_date = |t: &crate::text::Token| {
        found
            .iter()
            .any(|f| s.start + f.start < t.end && t.start < s.start + f.end)
    };
    for f in &found {
        let Some(w) = f.when else { continue };
        let key = match w.precision {
            DatePrecision::Year => format!("y:{}", w.first.y),
            _ => format!("d:{}", w.month_key().unwrap_or_default()),
        };
        dated |= matches!(w.precision, DatePrecision::Month | DatePrecision::Year) || !f.relative;
        firsts.push(w.first);
        feats.insert(
            key,
            Feat {
                kind: Kind::Date,
                at: (s.start + f.start, s.start + f.end),
            },
        );
    }
    let mut quantity = false;
    for t in s.toks.iter().filter(|t| inside(t.start, t.end)) {
        if in_date(t) || crate::text::is_stopword(&t.norm) {
            continue;
        }
        let at = (t.start, t.end);
        if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == t.norm) {
            quantity = true;
            feats.insert(
                format!("n:{n}"),
                Feat {
                    kind: Kind::Number,
                    at,
                },
            );
        } else if t.is_number() {
            quantity = true;
            feats.insert(
                format!("n:{}", t.norm),
                Feat {
                    kind: Kind::Number,
                    at,
                },
            );
        } else if t.norm.chars().count() > 2 {
            let kind = if t.cap && names.contains(&t.stem) {
                Kind::Name
            } else {
                Kind::Term
            };
            feats
                .entry(format!("t:{}", synonym(&t.stem)))
                .or_insert(Feat { kind, at });
        }
    }
    Item {
        doc: 0,
        sent: si,
        feats,
        firsts,
        quantity,
        dated,
    }
}

/// Words news copy uses interchangeably for one act, as one feature.
pub(super) fn synonym(stem: &str) -> &str {
    match stem {
        "declin" | "rebuff" | "refus" | "reject" | "rechaz" | "rechazo" => "reject",
        "offer" | "ofrec" | "ofrecimiento" => "offer",
        "captur" | "seiz" | "captura" => "captur",
        other => other,
    }
}
