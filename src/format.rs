//! Small text formatting helpers for corpus values: dates, bylines, counts.
//!
//! Everything here is plain Rust with no DOM access, so it is tested natively.

/// English month names, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How an article's `published` field is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    /// A valid `YYYY-MM-DD` date: the machine-readable form and a readable one ("4 November 2025").
    Date {
        /// The ISO date, for a `<time datetime>` attribute.
        iso: String,
        /// The date for people.
        text: String,
    },
    /// No date was printed.
    Undated,
    /// A value that is not a valid `YYYY-MM-DD` date, shown as given.
    Unrecognised(String),
}

impl Published {
    /// Reads the `published` field of an article.
    pub fn from_field(published: Option<&str>) -> Self {
        let Some(raw) = published.map(str::trim).filter(|s| !s.is_empty()) else {
            return Self::Undated;
        };
        match parse_iso_date(raw) {
            Some((year, month, day)) => Self::Date {
                iso: raw.to_owned(),
                text: format!("{day} {} {year}", MONTHS[usize::from(month) - 1]),
            },
            None => Self::Unrecognised(raw.to_owned()),
        }
    }

    /// Whether this is a valid date.
    pub fn is_date(&self) -> bool {
        matches!(self, Self::Date { .. })
    }

    /// The ISO date, when valid.
    pub fn iso(&self) -> Option<&str> {
        match self {
            Self::Date { iso, .. } => Some(iso),
            _ => None,
        }
    }

    /// The text shown to the reader: the readable date, the raw value, or "undated".
    pub fn label(&self) -> &str {
        match self {
            Self::Date { text, .. } => text,
            Self::Undated => "undated",
            Self::Unrecognised(raw) => raw,
        }
    }
}

/// Parses a strict `YYYY-MM-DD` date, checking the day exists in that month.
fn parse_iso_date(s: &str) -> Option<(u16, u8, u8)> {
    let bytes = s.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let year: u16 = s[0..4].parse().ok()?;
    let month: u8 = s[5..7].parse().ok()?;
    let day: u8 = s[8..10].parse().ok()?;
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then_some((year, month, day))
}

/// A dated period for people: "8 April 2025", "week of 27 October 2025", "February 2025",
/// "2020"; values that do not parse are shown as given.
pub fn period_label(date: &str, precision: Option<&str>) -> String {
    let month = |d: &str| {
        let full = format!("{}-01", d.get(..7).unwrap_or(d));
        match Published::from_field(Some(&full)) {
            Published::Date { text, .. } => text.split_once(' ').map(|x| x.1.to_owned()),
            _ => None,
        }
    };
    let day = || match Published::from_field(Some(date)) {
        Published::Date { text, .. } => Some(text),
        _ => None,
    };
    let label = match precision {
        Some("year") => date.get(..4).map(str::to_owned),
        Some("month") => month(date),
        Some("week") => day().map(|d| format!("week of {d}")),
        _ => day().or_else(|| month(date)),
    };
    label.unwrap_or_else(|| date.to_owned())
}

/// Joins reporter names into a byline: "By A", "By A and B", "By A, B and C".
///
/// Blank names are skipped; returns `None` when no name is left.
pub fn byline(names: &[String]) -> Option<String> {
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let joined = match names.as_slice() {
        [] => return None,
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("By {joined}"))
}

/// "1 article", "3 articles": a count with the right noun form.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// The document title for a story: "Story title — Framelens", or just "Framelens".
pub fn page_title(story_title: &str) -> String {
    match story_title.trim() {
        "" => "Framelens".to_owned(),
        title => format!("{title} — Framelens"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn formats_valid_dates_for_people() {
        assert_eq!(
            Published::from_field(Some("2025-11-04")),
            Published::Date {
                iso: "2025-11-04".into(),
                text: "4 November 2025".into()
            }
        );
        assert_eq!(
            Published::from_field(Some("2024-02-29")).label(),
            "29 February 2024"
        );
        assert_eq!(
            Published::from_field(Some("2026-01-15")).label(),
            "15 January 2026"
        );
    }

    #[test]
    fn missing_or_blank_dates_are_undated() {
        assert_eq!(Published::from_field(None), Published::Undated);
        assert_eq!(Published::from_field(Some("  ")), Published::Undated);
        assert_eq!(Published::Undated.label(), "undated");
    }

    #[test]
    fn invalid_dates_are_shown_as_given() {
        for raw in [
            "2025-02-29",
            "2025-13-01",
            "2025-04-31",
            "2025-00-10",
            "2025-1-01",
            "15 Jan 2026",
            "２０２５-01-01",
        ] {
            assert_eq!(
                Published::from_field(Some(raw)),
                Published::Unrecognised(raw.into()),
                "{raw}"
            );
        }
    }

    #[test]
    fn periods_read_by_precision() {
        assert_eq!(period_label("2025-04-08", Some("day")), "8 April 2025");
        assert_eq!(
            period_label("2025-10-27", Some("week")),
            "week of 27 October 2025"
        );
        assert_eq!(period_label("2025-02", Some("month")), "February 2025");
        assert_eq!(period_label("2020", Some("year")), "2020");
        assert_eq!(period_label("2025-02", None), "February 2025");
        assert_eq!(period_label("someday", None), "someday");
    }

    #[test]
    fn bylines_join_names_naturally() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(byline(&[]), None);
        assert_eq!(byline(&names(&["", "  "])), None);
        assert_eq!(byline(&names(&["Ana López"])).unwrap(), "By Ana López");
        assert_eq!(byline(&names(&["A", "B"])).unwrap(), "By A and B");
        assert_eq!(
            byline(&names(&["A", " ", "B", "C"])).unwrap(),
            "By A, B and C"
        );
    }

    #[test]
    fn page_titles_lead_with_the_story() {
        assert_eq!(page_title(" Cartels "), "Cartels — Framelens");
        assert_eq!(page_title(""), "Framelens");
    }

    #[test]
    fn counts_use_singular_only_for_one() {
        assert_eq!(count(0, "article", "articles"), "0 articles");
        assert_eq!(count(1, "article", "articles"), "1 article");
        assert_eq!(count(12, "outlet", "outlets"), "12 outlets");
    }
}
