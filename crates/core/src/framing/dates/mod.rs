//! Dates mentioned in a sentence — printed ("February 2025", "January 3", "20 Feb",
//! "15 de enero de 2026") and relative ("on Monday", "last week", "in February", "el martes") —
//! resolved against the article's publication date where it has one.
//!
//! Conventions (news usage; documented in METHOD.md): a weekday ("on Tuesday", "Tuesday") is
//! the latest such day on or before the article's date; "last Monday" is the Monday of the
//! week before; a month without a year ("in February") is its latest occurrence not after the
//! article's month ("next" looks forward); a day and month without a year ("January 3") is in
//! the article's year unless that is more than 30 days after the article, then the year
//! before. Weeks start on Monday and are given by their Monday. Without an article date a
//! relative expression stays unresolved, and says so.

mod calendar;
mod rules;

pub use calendar::{DatePrecision, When, Ymd};

use crate::date::month_number;
use crate::text::char_at;
use rules::{qualifier, reported_start, resolve, rules, DateRule, Resolved, Rule};

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundWhen {
    /// First char (relative to the searched text).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The words as printed.
    pub text: String,
    /// Needs the article's date to be placed.
    pub relative: bool,
    /// The date, when it could be resolved.
    pub when: Option<When>,
}

#[rustfmt::skip]
const WEEKDAY_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunes",
    "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
];
#[rustfmt::skip]
const DEICTIC_WORDS: &[&str] = &[
    "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "hoy", "ayer",
    "semana", "mes", "ano",
];

/// Every date expression in `text`, resolved against `article` (the publication date) where
/// relative. Sorted by position; overlapping matches keep the more specific rule.
pub fn find(text: &str, article: Option<Ymd>) -> Vec<FoundWhen> {
    let mut found = Found::new(text);
    for (at, when) in printed_dates(text) {
        found.push(at, Resolved::absolute(when));
    }
    let cues = Cues::of(text);
    for rule in rules().iter().filter(|r| cues.allow(r.rule)) {
        scan_rule(rule, article, &mut found);
    }
    found.into_sorted()
}

/// A byte range of the searched text.
#[derive(Clone, Copy)]
struct ByteRange {
    /// First byte.
    start: usize,
    /// One past the last byte.
    end: usize,
}

impl ByteRange {
    /// Whether the two ranges share a byte.
    fn overlaps(self, other: ByteRange) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The expressions found so far in one text, and the byte ranges they claim.
struct Found<'t> {
    /// The searched text.
    text: &'t str,
    /// In the order found.
    out: Vec<FoundWhen>,
    /// The claimed ranges (a rule match overlapping one is dropped).
    taken: Vec<ByteRange>,
}

impl<'t> Found<'t> {
    /// Nothing found yet in `text`.
    fn new(text: &'t str) -> Self {
        Found {
            text,
            out: Vec::new(),
            taken: Vec::new(),
        }
    }

    /// Whether `at` overlaps an expression already found.
    fn is_taken(&self, at: ByteRange) -> bool {
        self.taken.iter().any(|t| at.overlaps(*t))
    }

    /// Records the expression printed at `at`, claiming its range.
    fn push(&mut self, at: ByteRange, r: Resolved) {
        self.taken.push(at);
        self.out.push(FoundWhen {
            start: char_at(self.text, at.start),
            end: char_at(self.text, at.end),
            text: self.text[at.start..at.end].to_string(),
            relative: r.relative,
            when: r.when,
        });
    }

    /// The expressions by position (ties in the order found).
    fn into_sorted(mut self) -> Vec<FoundWhen> {
        self.out.sort_by_key(|f| f.start);
        self.out
    }
}

/// Full dates printed with day, month and year ("January 3, 2026", "2026-01-03"), by the
/// shared date reader; skipped without four digits in a row (no year, no such date).
fn printed_dates(text: &str) -> Vec<(ByteRange, When)> {
    let has_year = text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    if !has_year {
        return Vec::new();
    }
    crate::date::find_dates(text)
        .into_iter()
        .map(|f| {
            let at = ByteRange {
                start: f.start,
                end: f.start + f.text.len(),
            };
            let first = Ymd {
                y: f.year,
                m: f.month,
                d: f.day,
            };
            let when = When {
                first,
                precision: DatePrecision::Day,
            };
            (at, when)
        })
        .collect()
}

/// Which kinds of date word a text has: a rule runs only where its words occur (the regexes
/// are large; most sentences have no date).
struct Cues {
    /// A month name.
    month: bool,
    /// A weekday name.
    weekday: bool,
    /// "today", "week", "ayer"…
    deictic: bool,
    /// Four digits.
    year: bool,
}

impl Cues {
    /// The cues of `text`'s words.
    fn of(text: &str) -> Cues {
        let words: Vec<String> = crate::text::tokenize(text)
            .into_iter()
            .map(|t| t.norm)
            .collect();
        Cues {
            month: words.iter().any(|w| month_number(w).is_some()),
            weekday: words.iter().any(|w| WEEKDAY_WORDS.contains(&w.as_str())),
            deictic: words.iter().any(|w| DEICTIC_WORDS.contains(&w.as_str())),
            year: words
                .iter()
                .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())),
        }
    }

    /// Whether `rule` can match.
    fn allow(&self, rule: Rule) -> bool {
        match rule {
            Rule::MonthYear | Rule::MonthDay | Rule::DayMonth | Rule::MonthAlone => self.month,
            Rule::Weekday => self.weekday,
            Rule::Deictic => self.deictic,
            Rule::Year => self.year,
        }
    }
}

/// Adds each match of `rule` that overlaps nothing found before and is a date, resolved
/// against `article`.
fn scan_rule(rule: &DateRule, article: Option<Ymd>, found: &mut Found) {
    let text = found.text;
    // Find spans with the fast engine, then capture groups within each short span.
    for m in rule.re.find_iter(text) {
        let Some(c) = rule.re.captures(&text[m.start()..m.end()]) else {
            continue;
        };
        let matched = ByteRange {
            start: m.start(),
            end: m.end(),
        };
        if found.is_taken(matched) {
            continue;
        }
        let q = qualifier(&c);
        let Some(resolved) = resolve(rule.rule, &c, &q, article) else {
            continue;
        };
        let reported = ByteRange {
            start: reported_start(rule.rule, &c, &q, matched.start),
            end: matched.end,
        };
        found.push(reported, resolved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(text: &str, at: &str) -> Vec<(String, Option<String>)> {
        find(text, Ymd::parse(at))
            .into_iter()
            .map(|f| (f.text, f.when.map(When::label)))
            .collect()
    }

    #[test]
    fn calendar_arithmetic() {
        let d = Ymd::parse("2026-01-15").unwrap();
        assert_eq!(Ymd::from_days(d.days()), d);
        assert_eq!(d.weekday(), 3, "15 Jan 2026 is a Thursday");
        assert_eq!(Ymd::parse("2025-04-08").unwrap().weekday(), 1, "a Tuesday");
        assert_eq!(
            Ymd::from_days(Ymd::parse("2024-02-28").unwrap().days() + 1).iso(),
            "2024-02-29"
        );
    }

    #[test]
    fn relative_dates_resolve_against_the_article() {
        let s = "Trump said last week, and on Monday, that in February the US acted; on January 3 it struck.";
        assert_eq!(
            res(s, "2026-01-15"),
            [
                ("last week".into(), Some("2026-01-05".into())),
                ("on Monday".into(), Some("2026-01-12".into())),
                ("February".into(), Some("2025-02".into())),
                ("January 3".into(), Some("2026-01-03".into())),
            ]
        );
        assert_eq!(
            res("said on Tuesday", "2025-04-08"),
            [("on Tuesday".into(), Some("2025-04-08".into()))]
        );
        assert_eq!(
            res("since 2021 and in February 2025", "2025-04-08"),
            [
                ("2021".into(), Some("2021".into())),
                ("February 2025".into(), Some("2025-02".into()))
            ]
        );
        assert_eq!(
            res("on 20 Feb", "2025-04-08"),
            [("20 Feb".into(), Some("2025-02-20".into()))]
        );
        assert_eq!(
            res(
                "el pasado lunes y la semana pasada, el 3 de enero",
                "2026-01-15"
            ),
            [
                ("el pasado lunes".into(), Some("2026-01-05".into())),
                ("la semana pasada".into(), Some("2026-01-05".into())),
                ("3 de enero".into(), Some("2026-01-03".into())),
            ]
        );
        assert_eq!(
            res("Dec. 20", "2026-01-10"),
            [("Dec. 20".into(), Some("2025-12-20".into()))]
        );
    }

    #[test]
    fn undated_articles_leave_relative_dates_unresolved() {
        assert_eq!(
            res("on Monday, in February 2025, last year", ""),
            [
                ("on Monday".into(), None),
                ("February 2025".into(), Some("2025-02".into())),
                ("last year".into(), None)
            ]
        );
    }

    #[test]
    fn modal_may_and_other_words_are_not_dates() {
        assert!(res("Trump may 2 times", "2025-04-08").is_empty());
        assert!(res("the 100,000 deaths", "2025-04-08").is_empty());
    }
}
