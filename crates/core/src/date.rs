//! Printed dates: "Thursday, 15 Jan 2026", "November 4, 2025", "Nov. 19, 2019 8:03 am ET",
//! "miércoles 3 de septiembre de 2025", "06 ene 2026 09:45 AM", "2025-04-08".
//!
//! Only dates with a year are recognised: a page date without a year cannot be placed, and a
//! guess is worse than null. All-numeric day/month orders (`08/04/2025`) are ambiguous across
//! locales and deliberately not read.

use regex::Regex;
use std::sync::OnceLock;

/// A calendar date found in a text, with the exact span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
    /// The matched text, verbatim.
    pub text: String,
    /// Byte offset of the match in the searched text.
    pub start: usize,
}

impl FoundDate {
    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Month number for an English or Spanish month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    // Every name is 3 to 10 ASCII letters: most words are ruled out before lower-casing.
    if !(3..=10).contains(&name.trim_end_matches('.').len()) {
        return None;
    }
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    const MONTHS: [(&str, &str, &str); 12] = [
        ("january", "enero", "jan|ene"),
        ("february", "febrero", "feb"),
        ("march", "marzo", "mar"),
        ("april", "abril", "apr|abr"),
        ("may", "mayo", "may"),
        ("june", "junio", "jun"),
        ("july", "julio", "jul"),
        ("august", "agosto", "aug|ago"),
        ("september", "septiembre", "sep|sept|set|setiembre"),
        ("october", "octubre", "oct"),
        ("november", "noviembre", "nov"),
        ("december", "diciembre", "dec|dic"),
    ];
    MONTHS
        .iter()
        .position(|(en, es, abbr)| n == *en || n == *es || abbr.split('|').any(|a| a == n))
        .map(|i| i as u32 + 1)
}

const MONTH_ALT: &str = "january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|ene|abr|ago|dic";

fn patterns() -> &'static [(Regex, [usize; 3])] {
    static P: OnceLock<Vec<(Regex, [usize; 3])>> = OnceLock::new();
    P.get_or_init(|| {
        let m = MONTH_ALT;
        // Capture-group order per pattern: [day, month, year].
        vec![
            // 15 Jan 2026 · 3 de septiembre de 2025 · 06 ene 2026
            (
                Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?({m})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b")).unwrap(),
                [1, 2, 3],
            ),
            // November 4, 2025 · Nov. 19, 2019
            (
                Regex::new(&format!(r"(?i)\b({m})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")).unwrap(),
                [2, 1, 3],
            ),
            // 2025-04-08 · 2025/04/08
            (Regex::new(r"\b(\d{4})[-/](\d{2})[-/](\d{2})(?:T|\b)").unwrap(), [3, 2, 1]),
        ]
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Every date with a year in `text`, in order of position.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::new();
    for (re, [d, mo, y]) in patterns() {
        for c in re.captures_iter(text) {
            let whole = c.get(0).expect("match has group 0");
            if out
                .iter()
                .any(|f| f.start <= whole.start() && whole.start() < f.start + f.text.len())
            {
                continue;
            }
            let day: u32 = c[*d].parse().unwrap_or(0);
            let year: i32 = c[*y].parse().unwrap_or(0);
            let month = c[*mo].parse::<u32>().ok().or_else(|| month_number(&c[*mo]));
            let Some(month) = month.filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            if !(1900..=2100).contains(&year) || day == 0 || day > days_in_month(year, month) {
                continue;
            }
            out.push(FoundDate {
                year,
                month,
                day,
                text: whole.as_str().to_string(),
                start: whole.start(),
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// Share of a line's characters that its dates (plus weekday names, times and bullets) cover:
/// near 1.0 for a date line, low for a sentence that mentions a date.
pub fn date_coverage(text: &str) -> f32 {
    let dates = find_dates(text);
    if dates.is_empty() {
        return 0.0;
    }
    static FILLER: OnceLock<Regex> = OnceLock::new();
    let filler = FILLER.get_or_init(|| {
        Regex::new(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|published|updated|posted|last updated|publicado|actualizado|on|at|el|a las|p|am|pm|a\.m|p\.m|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|hrs?|\d{1,2}:\d{2}(:\d{2})?)\b|[\s,.:|•·\-–—/()]+")
            .unwrap()
    });
    let mut rest = text.to_string();
    for d in dates.iter().rev() {
        rest.replace_range(d.start..d.start + d.text.len(), " ");
    }
    let rest = filler.replace_all(&rest, "");
    let total = text.chars().count().max(1) as f32;
    1.0 - rest.chars().count() as f32 / total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Vec<String> {
        find_dates(s).iter().map(FoundDate::iso).collect()
    }

    #[test]
    fn reads_the_formats_seen_on_news_pages() {
        assert_eq!(iso("• Thursday, 15 Jan 2026"), ["2026-01-15"]);
        assert_eq!(iso("November 4, 2025"), ["2025-11-04"]);
        assert_eq!(iso("Nov. 19, 2019 8:03 am ET"), ["2019-11-19"]);
        assert_eq!(
            iso("miércoles 3 de septiembre de 2025, p. 3"),
            ["2025-09-03"]
        );
        assert_eq!(iso("06 ene 2026 09:45 AM"), ["2026-01-06"]);
        assert_eq!(iso("5 Feb 2026, 12:00 AM"), ["2026-02-05"]);
        assert_eq!(iso("Published 2025-04-08"), ["2025-04-08"]);
        assert_eq!(iso("2025-11-05T10:00:00-06:00"), ["2025-11-05"]);
    }

    #[test]
    fn dates_without_a_year_or_impossible_dates_are_not_read() {
        assert!(iso("on 20 Feb the talks resumed").is_empty());
        assert!(iso("31 Feb 2025").is_empty());
        assert!(iso("08/04/2025").is_empty(), "day/month order is ambiguous");
    }

    #[test]
    fn coverage_tells_a_date_line_from_a_sentence() {
        assert!(date_coverage("• Tuesday, 08 Apr 2025") > 0.9);
        assert!(date_coverage("Chris Davies - Nov 19, 2019, 10:31 pm CST") < 0.8);
        assert!(
            date_coverage(
                "Mexico City, 6 December, 2025, as supporters gathered in the Zócalo to hear her"
            ) < 0.5
        );
        assert_eq!(date_coverage("no date here"), 0.0);
    }
}
