//! Who wrote, edited and contributed: bylines, foot-of-story credits and datelines.

use crate::lexicon;
use crate::model::CreditRole;
use regex::Regex;
use std::sync::OnceLock;

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid built-in regex"))
}

/// Name particles allowed in lower case inside a person's name.
const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "van", "von", "da", "di", "du", "bin", "al", "y", "le", "el",
    "der", "ten",
];

/// Whether `s` is shaped like a person's name: 2–5 capitalised words (particles allowed), no
/// digits, not a known organisation or section label.
pub fn is_person_name(s: &str) -> bool {
    let s = s.trim();
    let toks: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&toks.len()) || lexicon::org_by_name(s).is_some() {
        return false;
    }
    // Job titles printed after a byline ("Local Democracy Reporter", "Staff Writer").
    const ROLE_WORDS: &[&str] = &[
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "staff",
        "desk",
        "contributor",
        "columnist",
        "producer",
        "analyst",
        "corresponsal",
        "redactor",
        "redactora",
        "redacción",
        "enviado",
        "enviada",
        "periodista",
        "reportero",
        "reportera",
        "team",
        "newsroom",
    ];
    if toks
        .iter()
        .any(|t| ROLE_WORDS.contains(&t.to_lowercase().as_str()))
    {
        return false;
    }
    if lexicon::NAV_LABELS.contains(&s.to_lowercase().as_str()) {
        return false;
    }
    let caps = toks
        .iter()
        .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
        .count();
    toks.iter().all(|t| {
        let first = t.chars().next().unwrap_or(' ');
        let ok_chars = t
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        ok_chars
            && (first.is_uppercase() || PARTICLES.contains(&t.to_lowercase().as_str()))
            && !(t.chars().count() > 2 && t.chars().all(char::is_uppercase) && t.len() > 4)
    }) && caps >= 2
        && !toks.iter().any(|t| {
            crate::text::words::is_function_word(t)
                && !PARTICLES.contains(&t.to_lowercase().as_str())
        })
}

/// Splits "A, B and C in Mexico City and D in Washington" into names, dropping places.
pub fn split_names(list: &str) -> Vec<String> {
    static IN_PLACE: OnceLock<Regex> = OnceLock::new();
    let in_place = re(
        &IN_PLACE,
        r"\s+(?:in|en|from|desde)\s+[\p{Lu}][\p{L} .'-]*$",
    );
    list.split([',', ';', '&'])
        .flat_map(|p| p.split(" and ").flat_map(|q| q.split(" y ")))
        .map(|p| {
            in_place
                .replace(p.trim(), "")
                .trim()
                .trim_end_matches('.')
                .trim()
                .to_string()
        })
        .map(|p| {
            p.trim_start_matches("the ")
                .trim_start_matches("The ")
                .to_string()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Credits parsed from one foot-of-story line.
pub fn parse_credit_line(text: &str) -> Vec<(String, CreditRole)> {
    static ROLE: OnceLock<Regex> = OnceLock::new();
    static CONTRIB: OnceLock<Regex> = OnceLock::new();
    let role_re = re(
        &ROLE,
        r"(?i)^(additional reporting|reporting|writing|editing|compiled|reported|edited|written)\s+(?:by|from)\s+(.+)$",
    );
    let contrib_re = re(
        &CONTRIB,
        r"(?i)^(.+?)\s+contributed(?:\s+reporting)?\s+to\s+(?:this|the)\s+(?:report|story|article)\.?$",
    );
    let inner = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches([')', '.'])
        .trim();
    let mut out = Vec::new();
    if let Some(c) = contrib_re.captures(inner) {
        for name in split_names(&c[1]) {
            let name = possessive_person(&name).map(|(_, p)| p).unwrap_or(name);
            out.push((name, CreditRole::Contributor));
        }
        return out;
    }
    for part in inner.split(';') {
        if let Some(c) = role_re.captures(part.trim()) {
            let role = match c[1].to_lowercase().as_str() {
                "additional reporting" => CreditRole::AdditionalReporting,
                "reporting" | "reported" => CreditRole::Reporting,
                "writing" | "written" | "compiled" => CreditRole::Writing,
                _ => CreditRole::Editing,
            };
            out.extend(split_names(&c[2]).into_iter().map(|n| (n, role)));
        }
    }
    out
}

/// "Fox News Digital’s Adam Shaw" → (organisation, person).
pub fn possessive_person(s: &str) -> Option<(String, String)> {
    static POSS: OnceLock<Regex> = OnceLock::new();
    let r = re(&POSS, r"^(.+?)['’]s\s+(.+)$");
    let c = r.captures(s.trim())?;
    let person = c[2].trim().to_string();
    is_person_name(&person).then(|| (c[1].trim().to_string(), person))
}

/// A "By …" / "Por …" byline; returns the names.
pub fn by_line(text: &str) -> Option<Vec<String>> {
    static BY: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &BY,
        r"^(?:By|BY|by|Por|POR|Written by|Words by|Story by)\s*:?\s+(.+)$",
    );
    let c = r.captures(text.trim())?;
    // Drop a trailing date or agency: "By Jane Roe, Reuters | Nov 4, 2025".
    let names_part = c[1].split(['|', '•', '·', '—', '–']).next().unwrap_or("");
    let names: Vec<String> = split_names(names_part)
        .into_iter()
        .filter(|n| lexicon::org_by_name(n).is_none() && is_person_name(n))
        .collect();
    (!names.is_empty()).then_some(names)
}

/// "Chris Davies - Nov 19, 2019" or a bare "Gavin Blackburn": a name-only line, or a name
/// followed by a separator and a date.
pub fn name_line(text: &str) -> Option<String> {
    let head = text
        .split([' ', '|', '•', '·'])
        .collect::<Vec<_>>()
        .join(" ");
    let candidate = head
        .split(" - ")
        .next()
        .unwrap_or("")
        .split(" | ")
        .next()
        .unwrap_or("")
        .trim();
    let rest_is_date =
        candidate.len() == text.trim().len() || !crate::date::find_dates(text).is_empty();
    (is_person_name(candidate) && rest_is_date).then(|| candidate.to_string())
}

/// A dateline opening a paragraph: "MEXICO CITY (Reuters) -", "Jan 15 (Reuters) -",
/// "CIUDAD DE MÉXICO (EFE).-", "WASHINGTON —". Returns (matched text, place, agency).
pub fn dateline(text: &str) -> Option<(String, Option<String>, Option<String>)> {
    static WITH_AGENCY: OnceLock<Regex> = OnceLock::new();
    static PLACE_ONLY: OnceLock<Regex> = OnceLock::new();
    let with_agency = re(
        &WITH_AGENCY,
        r"^((?:[\p{Lu}][\p{Lu}\p{M} .,'’-]*?)?\s*(?:,\s*[\p{L}. ]+?)?(?:\s*[A-Z][a-z]{2,3}\.? \d{1,2})?)\s*\((Reuters|REUTERS|AP|AFP|EFE|Bloomberg|Xinhua|dpa|ANSA|UPI|Anadolu|Europa Press|Notimex)\)\s*(?:\.-|[-–—:.])\s*",
    );
    if let Some(c) = with_agency.captures(text) {
        let place = c[1].trim().trim_end_matches(',').trim();
        let place = (!place.is_empty()
            && place
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
        .then(|| place.to_string());
        let agency = lexicon::org_by_name(&c[2])
            .map(|o| o.name.to_string())
            .unwrap_or_else(|| c[2].to_string());
        return Some((c[0].trim_end().to_string(), place, Some(agency)));
    }
    let place_only = re(
        &PLACE_ONLY,
        r"^([\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}?)\s*(?:,\s*[\p{L}. ]+?)?\s*(?:—|–|\.-| - )\s*\p{Lu}",
    );
    let c = place_only.captures(text)?;
    let place = c[1].trim().to_string();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3).then(|| {
        let end = c.get(0).map(|m| m.end()).unwrap_or(0).saturating_sub(1);
        (text[..end].trim_end().to_string(), Some(place), None)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuters_signoff_separates_reporters_from_editors() {
        let c = parse_credit_line(
            "(Reporting by Raul Cortes, Ana Isabel Martinez and Laura Gottesdiener in Mexico City and Idrees Ali in Washington; Editing by Kylie Madry and Rosalba O'Brien)",
        );
        let reporters: Vec<_> = c
            .iter()
            .filter(|(_, r)| *r == CreditRole::Reporting)
            .map(|(n, _)| n.as_str())
            .collect();
        let editors: Vec<_> = c
            .iter()
            .filter(|(_, r)| *r == CreditRole::Editing)
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(
            reporters,
            [
                "Raul Cortes",
                "Ana Isabel Martinez",
                "Laura Gottesdiener",
                "Idrees Ali"
            ]
        );
        assert_eq!(editors, ["Kylie Madry", "Rosalba O'Brien"]);
    }

    #[test]
    fn contributors_are_not_reporters() {
        let c = parse_credit_line(
            "Fox News Digital’s Adam Shaw and the Associated Press contributed to this report.",
        );
        assert_eq!(
            c,
            vec![
                ("Adam Shaw".to_string(), CreditRole::Contributor),
                ("Associated Press".to_string(), CreditRole::Contributor)
            ]
        );
    }

    #[test]
    fn datelines() {
        let (_, place, agency) =
            dateline("MEXICO CITY (Reuters) -Mexican President Claudia Sheinbaum said").unwrap();
        assert_eq!(
            (place.as_deref(), agency.as_deref()),
            (Some("MEXICO CITY"), Some("Reuters"))
        );
        let (m, place, agency) =
            dateline("Jan 15 (Reuters) - The United States is intensifying").unwrap();
        assert_eq!(
            (m.as_str(), place, agency.as_deref()),
            ("Jan 15 (Reuters) -", None, Some("Reuters"))
        );
        let (_, place, agency) =
            dateline("CIUDAD DE MÉXICO (EFE).- La presidenta de México").unwrap();
        assert_eq!(
            (place.as_deref(), agency.as_deref()),
            (Some("CIUDAD DE MÉXICO"), Some("EFE"))
        );
        let (_, place, agency) = dateline("WASHINGTON — The Pentagon said").unwrap();
        assert_eq!((place.as_deref(), agency), (Some("WASHINGTON"), None));
        assert!(dateline("Mexico's President Claudia Sheinbaum said on Monday").is_none());
        assert!(dateline("U.S. officials want American forces").is_none());
    }

    #[test]
    fn names_and_bylines() {
        assert!(is_person_name("Gavin Blackburn"));
        assert!(!is_person_name("Local Democracy Reporter"));
        assert_eq!(
            by_line("By Harriet Quayle, Local Democracy Reporter"),
            Some(vec!["Harriet Quayle".into()])
        );
        assert!(is_person_name("Rosalba O'Brien"));
        assert!(!is_person_name("Euronews"));
        assert!(!is_person_name("Start reading"));
        assert!(!is_person_name("Fox News"));
        assert!(!is_person_name("Next In World"));
        assert_eq!(
            by_line("By Dave Graham and Diego Oré, Reuters"),
            Some(vec!["Dave Graham".into(), "Diego Oré".into()])
        );
        assert_eq!(
            name_line("Chris Davies - Nov 19, 2019, 10:31 pm CST"),
            Some("Chris Davies".into())
        );
        assert_eq!(name_line("Gavin Blackburn"), Some("Gavin Blackburn".into()));
    }
}
