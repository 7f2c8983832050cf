//! The rules for date expressions other than full printed dates, and how a match of each is
//! placed on the calendar against the article's publication date (the conventions are the
//! module docs of [`super`]).

use super::{DatePrecision, When, Ymd};
use crate::date::month_number;
use crate::text::fold;
use regex::{Captures, Regex};
use std::sync::OnceLock;

const MONTHS_EN: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const MONTHS_ES: &str = "(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
const MONTHS_FULL_EN: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";

/// The kinds of date expression, in the order they are tried (a more specific rule claims
/// its words first).
#[derive(Clone, Copy)]
pub(super) enum Rule {
    /// "February 2025", "enero de 2026".
    MonthYear,
    /// "January 3", "Dec. 20".
    MonthDay,
    /// "20 Feb", "3 de enero".
    DayMonth,
    /// "in February", "next March", "a finales de enero".
    MonthAlone,
    /// "on Monday", "last Tuesday", "el martes".
    Weekday,
    /// "today", "last week", "la semana pasada".
    Deictic,
    /// "since 2021", "en 2024".
    Year,
}

/// A rule and the regex that finds its expressions.
pub(super) struct DateRule {
    /// Which kind of expression.
    pub rule: Rule,
    /// Matches it; named groups: `m` month, `d` day, `y` year, `w` weekday, `q` the qualifier
    /// before it ("last", "in"), `x` a deictic expression.
    pub re: Regex,
}

/// The rules, most specific first.
pub(super) fn rules() -> &'static [DateRule] {
    static R: OnceLock<Vec<DateRule>> = OnceLock::new();
    R.get_or_init(|| {
        let m = format!("(?:{MONTHS_EN}|{MONTHS_ES})");
        // ASCII word boundaries keep the regex engine on its fast DFA for accented text
        // (no month or weekday name starts or ends with an accented letter).
        let re = |s: String| Regex::new(&s.replace(r"\b", r"(?-u:\b)")).expect("date rule compiles");
        let rule = |rule: Rule, re: Regex| DateRule { rule, re };
        vec![
            rule(Rule::MonthYear, re(format!(r"\b(?P<m>{m})\.?,?\s+(?:(?i:de|del)\s+)?(?P<y>(?:19|20)\d\d)\b"))),
            rule(Rule::MonthDay, re(format!(r"\b(?P<m>{MONTHS_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"))),
            rule(Rule::DayMonth, re(format!(r"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?i:de)\s+)?(?P<m>{m})\b"))),
            rule(Rule::MonthAlone, re(format!(r"(?i:\b(?P<q>in|since|until|by|from|during|early|late|mid|last|next|this|en|desde|hasta|durante|el pasado|el próximo|el proximo|a principios de|a finales de|a mediados de))[\s-]+(?P<m>{MONTHS_FULL_EN}|{MONTHS_ES})\b"))),
            rule(Rule::Weekday, re(format!(r"(?:\b(?P<q>(?i:on|last|this|next|past|el pasado|el próximo|el proximo|este|el))\s+)?\b(?P<w>{WEEKDAYS})\b"))),
            rule(Rule::Deictic, re(r"(?i)\b(?P<x>today|yesterday|tomorrow|tonight|hoy|ayer|(?:this|last|next|past) (?:week|month|year)|(?:la semana|el mes|el año|el ano) pasad[oa]|(?:la|el) próxim[oa] (?:semana|mes|año)|(?:esta|este) (?:semana|mes|año))\b".into())),
            rule(Rule::Year, re(r"(?i:\b(?:in|since|until|by|during|from|before|after|of|early|late|mid|en|desde|hasta|durante|de|del))[\s-]+(?P<y>(?:19|20)\d\d)\b".into())),
        ]
    })
}

/// What a match stands for once placed.
pub(super) struct Resolved {
    /// Needs the article's date to be placed.
    pub relative: bool,
    /// The date, when it could be placed.
    pub when: Option<When>,
}

impl Resolved {
    /// A date the words give in full.
    pub(super) fn absolute(when: When) -> Resolved {
        Resolved {
            relative: false,
            when: Some(when),
        }
    }

    /// A date placed against the article's date (`None` without one).
    fn relative(when: Option<When>) -> Resolved {
        Resolved {
            relative: true,
            when,
        }
    }
}

/// A day.
fn day(first: Ymd) -> Option<When> {
    Some(When {
        first,
        precision: DatePrecision::Day,
    })
}

/// A month.
fn month_of(y: i32, m: u32) -> When {
    When {
        first: Ymd { y, m, d: 1 },
        precision: DatePrecision::Month,
    }
}

/// The qualifier before a match ("last", "in", "el pasado"), folded; empty when none.
pub(super) fn qualifier(c: &Captures) -> String {
    c.name("q").map(|q| fold(q.as_str())).unwrap_or_default()
}

/// Places one match of `rule` (captures `c`, qualifier `q`) against `article`. `None` when the
/// words are no date after all (an unknown month, a day past 31).
pub(super) fn resolve(rule: Rule, c: &Captures, q: &str, article: Option<Ymd>) -> Option<Resolved> {
    let month = c.name("m").and_then(|m| month_number(m.as_str()));
    Some(match rule {
        Rule::MonthYear => {
            let y: i32 = c["y"].parse().unwrap_or(0);
            Resolved::absolute(month_of(y, month?))
        }
        Rule::MonthDay | Rule::DayMonth => {
            let d: u32 = c["d"].parse().unwrap_or(0);
            let m = month?;
            if !(1..=31).contains(&d) {
                return None;
            }
            Resolved::relative(article.and_then(|a| day_and_month(a, m, d)))
        }
        Rule::MonthAlone => {
            let m = month?;
            Resolved::relative(article.map(|a| month_alone(a, m, q)))
        }
        Rule::Weekday => {
            let w = weekday_index(&c["w"]);
            Resolved::relative(article.and_then(|a| weekday(a, w, q)))
        }
        Rule::Deictic => {
            let x = fold(&c["x"]);
            Resolved::relative(article.map(|a| deictic(a, &x)))
        }
        Rule::Year => {
            let y: i32 = c["y"].parse().unwrap_or(0);
            Resolved::absolute(When {
                first: Ymd { y, m: 1, d: 1 },
                precision: DatePrecision::Year,
            })
        }
    })
}

/// Where the reported words of a match start (a byte offset of the searched text; the match
/// starts at `base`): the date words, not a bare preposition before them ("in" of "in
/// February", "since" of "since 2021"); "last", "next", "this" stay.
pub(super) fn reported_start(rule: Rule, c: &Captures, q: &str, base: usize) -> usize {
    let keep_q = matches!(q, "last" | "next" | "this" | "el pasado" | "el proximo");
    match rule {
        Rule::MonthAlone if !keep_q => c.name("m").map_or(base, |m| base + m.start()),
        Rule::Year => c.name("y").map_or(base, |y| base + y.start()),
        _ => base,
    }
}

/// "January 3": in the article's year, unless that is more than 30 days after the article,
/// then the year before. `None` for a day the month does not have.
fn day_and_month(a: Ymd, m: u32, d: u32) -> Option<When> {
    let mut first = Ymd { y: a.y, m, d };
    if first.days() > a.days() + 30 {
        first.y -= 1;
    }
    (Ymd::from_days(first.days()) == first)
        .then_some(first)
        .and_then(day)
}

/// "in February": its latest occurrence not after the article's month; "next" looks forward,
/// "last" takes the one before the article's month.
fn month_alone(a: Ymd, m: u32, q: &str) -> When {
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
    month_of(y, m)
}

/// Weekday `w` (0 = Monday): the latest such day on or before the article's date; "next"
/// the one after it; "last" the one of the week before.
fn weekday(a: Ymd, w: i64, q: &str) -> Option<When> {
    let ad = a.days();
    let back = (a.weekday() - w).rem_euclid(7);
    let t = match q {
        "next" | "el proximo" => ad + 7 - (a.weekday() - w).rem_euclid(7),
        "last" | "past" | "el pasado" => ad - a.weekday() - 7 + w,
        _ => ad - back,
    };
    day(Ymd::from_days(t))
}

/// "today", "last week", "next month", "this year" (`x` folded): the day, week (given by its
/// Monday), month or year it names, counted from the article's date.
fn deictic(a: Ymd, x: &str) -> When {
    let monday = a.days() - a.weekday();
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
            precision: DatePrecision::Week,
        }
    } else if x.contains("month") || x.contains("mes") {
        let (y, m) = add_months(a.y, a.m, shift as i32);
        month_of(y, m)
    } else if x.contains("year") || x.contains("ano") {
        When {
            first: Ymd {
                y: a.y + shift as i32,
                m: 1,
                d: 1,
            },
            precision: DatePrecision::Year,
        }
    } else {
        let k = match x {
            "yesterday" | "ayer" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        When {
            first: Ymd::from_days(a.days() + k),
            precision: DatePrecision::Day,
        }
    }
}

/// Year and month `k` months after month `m` of year `y`.
fn add_months(y: i32, m: u32, k: i32) -> (i32, u32) {
    let t = y * 12 + m as i32 - 1 + k;
    (t.div_euclid(12), t.rem_euclid(12) as u32 + 1)
}

/// 0 = Monday … 6 = Sunday, for an English or Spanish weekday name (0 when unknown).
fn weekday_index(w: &str) -> i64 {
    let w = fold(w);
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
