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

pub use calendar::{DatePrecision, When, Ymd};

use crate::date::month_number;
use crate::text::char_at;
use regex::Regex;
use std::sync::OnceLock;

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

const MONTHS_EN: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTHS_ES: &str = "(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
const MONTHS_FULL_EN: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";

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

#[derive(Clone, Copy)]
enum Rule {
    MonthYear,
    MonthDay,
    DayMonth,
    MonthAlone,
    Weekday,
    Deictic,
    Year,
}

fn rules() -> &'static [(Regex, Rule)] {
    static R: OnceLock<Vec<(Regex, Rule)>> = OnceLock::new();
    R.get_or_init(|| {
        let m = format!("(?:{MONTHS_EN}|{MONTHS_ES})");
        // ASCII word boundaries keep the regex engine on its fast DFA for accented text
        // (no month or weekday name starts or ends with an accented letter).
        let re = |s: String| Regex::new(&s.replace(r"\b", r"(?-u:\b)")).expect("date rule compiles");
        vec![
            (re(format!(r"\b(?P<m>{m})\.?,?\s+(?:(?i:de|del)\s+)?(?P<y>(?:19|20)\d\d)\b")), Rule::MonthYear),
            (re(format!(r"\b(?P<m>{MONTHS_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b")), Rule::MonthDay),
            (re(format!(r"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?i:de)\s+)?(?P<m>{m})\b")), Rule::DayMonth),
            (re(format!(r"(?i:\b(?P<q>in|since|until|by|from|during|early|late|mid|last|next|this|en|desde|hasta|durante|el pasado|el próximo|el proximo|a principios de|a finales de|a mediados de))[\s-]+(?P<m>{MONTHS_FULL_EN}|{MONTHS_ES})\b")), Rule::MonthAlone),
            (re(format!(r"(?:\b(?P<q>(?i:on|last|this|next|past|el pasado|el próximo|el proximo|este|el))\s+)?\b(?P<w>{WEEKDAYS})\b")), Rule::Weekday),
            (re(r"(?i)\b(?P<x>today|yesterday|tomorrow|tonight|hoy|ayer|(?:this|last|next|past) (?:week|month|year)|(?:la semana|el mes|el año|el ano) pasad[oa]|(?:la|el) próxim[oa] (?:semana|mes|año)|(?:esta|este) (?:semana|mes|año))\b".into()), Rule::Deictic),
            (re(r"(?i:\b(?:in|since|until|by|during|from|before|after|of|early|late|mid|en|desde|hasta|durante|de|del))[\s-]+(?P<y>(?:19|20)\d\d)\b".into()), Rule::Year),
        ]
    })
}

fn add_months(y: i32, m: u32, k: i32) -> (i32, u32) {
    let t = y * 12 + m as i32 - 1 + k;
    (t.div_euclid(12), t.rem_euclid(12) as u32 + 1)
}

fn day(first: Ymd) -> Option<When> {
    Some(When {
        first,
        precision: DatePrecision::Day,
    })
}

fn weekday_index(w: &str) -> i64 {
    let w = crate::text::fold(w);
    let names = [
        ["monday", "lunes"],
        ["tuesday", "martes"],
        ["wednesday", "miercoles"],
        ["thursday", "jueves"],
        ["friday", "viernes"],
        ["saturday", "sabado"],
        ["sunday", "domingo"],
    ];
    names
        .iter()
        .position(|n| n.contains(&w.as_str()))
        .unwrap_or(0) as i64
}

/// Every date expression in `text`, resolved against `article` (the publication date) where
/// relative. Sorted by position; overlapping matches keep the more specific rule.
pub fn find(text: &str, article: Option<Ymd>) -> Vec<FoundWhen> {
    let mut out: Vec<FoundWhen> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let overlaps =
        |taken: &[(usize, usize)], s: usize, e: usize| taken.iter().any(|(a, b)| s < *b && *a < e);
    let push = |out: &mut Vec<FoundWhen>,
                taken: &mut Vec<(usize, usize)>,
                s: usize,
                e: usize,
                relative: bool,
                when: Option<When>| {
        taken.push((s, e));
        out.push(FoundWhen {
            start: char_at(text, s),
            end: char_at(text, e),
            text: text[s..e].to_string(),
            relative,
            when,
        });
    };
    let has_year = text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    let printed = if has_year {
        crate::date::find_dates(text)
    } else {
        Vec::new()
    };
    for f in printed {
        let e = f.start + f.text.len();
        let first = Ymd {
            y: f.year,
            m: f.month,
            d: f.day,
        };
        push(&mut out, &mut taken, f.start, e, false, day(first));
    }
    // Run a rule only where its words occur (the regexes are large; most sentences have no date).
    let words: Vec<String> = crate::text::tokenize(text)
        .into_iter()
        .map(|t| t.norm)
        .collect();
    let month = words.iter().any(|w| month_number(w).is_some());
    let weekday = words.iter().any(|w| WEEKDAY_WORDS.contains(&w.as_str()));
    let deictic = words.iter().any(|w| DEICTIC_WORDS.contains(&w.as_str()));
    let year = words
        .iter()
        .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    for (re, rule) in rules() {
        let needed = match rule {
            Rule::MonthYear | Rule::MonthDay | Rule::DayMonth | Rule::MonthAlone => month,
            Rule::Weekday => weekday,
            Rule::Deictic => deictic,
            Rule::Year => year,
        };
        if !needed {
            continue;
        }
        // Find spans with the fast engine, then capture groups within each short span.
        for m in re.find_iter(text) {
            let Some(c) = re.captures(&text[m.start()..m.end()]) else {
                continue;
            };
            let base = m.start();
            let (s, e) = (m.start(), m.end());
            if overlaps(&taken, s, e) {
                continue;
            }
            let month = c.name("m").and_then(|m| month_number(m.as_str()));
            let q = c
                .name("q")
                .map(|q| crate::text::fold(q.as_str()))
                .unwrap_or_default();
            let (relative, when) = match rule {
                Rule::MonthYear => {
                    let y: i32 = c["y"].parse().unwrap_or(0);
                    let Some(m) = month else { continue };
                    (
                        false,
                        Some(When {
                            first: Ymd { y, m, d: 1 },
                            precision: DatePrecision::Month,
                        }),
                    )
                }
                Rule::MonthDay | Rule::DayMonth => {
                    let d: u32 = c["d"].parse().unwrap_or(0);
                    let Some(m) = month else { continue };
                    if !(1..=31).contains(&d) {
                        continue;
                    }
                    let when = article.and_then(|a| {
                        let mut first = Ymd { y: a.y, m, d };
                        if first.days() > a.days() + 30 {
                            first.y -= 1;
                        }
                        (Ymd::from_days(first.days()) == first)
                            .then_some(first)
                            .and_then(day)
                    });
                    (true, when)
                }
                Rule::MonthAlone => {
                    let Some(m) = month else { continue };
                    let when = article.map(|a| {
                        let y = if q == "next" || q.starts_with("el pro") {
                            if m > a.m {
                                a.y
                            } else {
                                a.y + 1
                            }
                        } else if q == "last" || q == "el pasado" {
                            if m < a.m {
                                a.y
                            } else {
                                a.y - 1
                            }
                        } else if m <= a.m {
                            a.y
                        } else {
                            a.y - 1
                        };
                        When {
                            first: Ymd { y, m, d: 1 },
                            precision: DatePrecision::Month,
                        }
                    });
                    (true, when)
                }
                Rule::Weekday => {
                    let w = weekday_index(&c["w"]);
                    let when = article.and_then(|a| {
                        let ad = a.days();
                        let back = (a.weekday() - w).rem_euclid(7);
                        let t = match q.as_str() {
                            "next" | "el proximo" => ad + 7 - (a.weekday() - w).rem_euclid(7),
                            "last" | "past" | "el pasado" => ad - a.weekday() - 7 + w,
                            _ => ad - back,
                        };
                        day(Ymd::from_days(t))
                    });
                    (true, when)
                }
                Rule::Deictic => {
                    let x = crate::text::fold(&c["x"]);
                    let when = article.map(|a| {
                        let monday = a.days() - a.weekday();
                        let (wk, mo, yr) = (
                            DatePrecision::Week,
                            DatePrecision::Month,
                            DatePrecision::Year,
                        );
                        let shift = if x.starts_with("last")
                            || x.starts_with("past")
                            || x.ends_with("pasado")
                            || x.ends_with("pasada")
                        {
                            -1
                        } else if x.starts_with("next") || x.contains("proxim") {
                            1
                        } else {
                            0
                        };
                        if x.contains("week") || x.contains("semana") {
                            When {
                                first: Ymd::from_days(monday + 7 * shift),
                                precision: wk,
                            }
                        } else if x.contains("month") || x.contains("mes") {
                            let (y, m) = add_months(a.y, a.m, shift as i32);
                            When {
                                first: Ymd { y, m, d: 1 },
                                precision: mo,
                            }
                        } else if x.contains("year") || x.contains("ano") {
                            When {
                                first: Ymd {
                                    y: a.y + shift as i32,
                                    m: 1,
                                    d: 1,
                                },
                                precision: yr,
                            }
                        } else {
                            let k = match x.as_str() {
                                "yesterday" | "ayer" => -1,
                                "tomorrow" => 1,
                                _ => 0,
                            };
                            When {
                                first: Ymd::from_days(a.days() + k),
                                precision: DatePrecision::Day,
                            }
                        }
                    });
                    (true, when)
                }
                Rule::Year => {
                    let y: i32 = c["y"].parse().unwrap_or(0);
                    (
                        false,
                        Some(When {
                            first: Ymd { y, m: 1, d: 1 },
                            precision: DatePrecision::Year,
                        }),
                    )
                }
            };
            // Report the date words, not a bare preposition before them ("in" of "in February").
            let keep_q = matches!(
                q.as_str(),
                "last" | "next" | "this" | "el pasado" | "el proximo"
            );
            let s2 = match rule {
                Rule::MonthAlone if !keep_q => c.name("m").map_or(s, |m| base + m.start()),
                Rule::Year => c.name("y").map_or(s, |y| base + y.start()),
                _ => s,
            };
            push(&mut out, &mut taken, s2, e, relative, when);
        }
    }
    out.sort_by_key(|f| f.start);
    out
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
