//! Whose words or report a headline carries: `…: Sheinbaum`, `Sheinbaum: …`, `…, NYT reports`,
//! `…, Sheinbaum tells Trump`, `…, says Sheinbaum`, `Sheinbaum says …`.

use super::words::{is_verb, ROLE_HEADS};
use super::{phrase, trim_span, HeadlineSource, SourceKind};
use crate::lexicon::org_by_name;
use crate::text::{fold, tokenize, Token};
use regex::Regex;
use std::sync::OnceLock;

fn reporting_re() -> &'static (Regex, Regex, Regex) {
    static R: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        let v = "reports|reported|report|says|say|said|tells|told|warns|warn|claims|claim|confirms|insists|declares|announces|finds|find|shows|dice|dicen|afirma|asegura|advierte|reporta|informa|revela";
        (
            Regex::new(&format!(r"^(?P<s>[^,:]{{1,60}}?)\s+(?P<v>{v})(?:\s+(?P<to>[^,:]{{1,40}}))?$")).unwrap(),
            Regex::new(r"^(?P<v>says|said|tells|according to|dice|afirma|asegura|advierte|según|segun|reporta)\s+(?P<s>[^,:]{1,60})$").unwrap(),
            Regex::new(r"^(?P<s>[^,:]{1,50}?)\s+(?P<v>says|tells|warns|insists|dice|afirma|asegura|advierte)\s+(?P<rest>.+)$").unwrap(),
        )
    })
}

fn char_range(text: &str, base: usize, m: regex::Match) -> (usize, usize) {
    let s = base + text[..m.start()].chars().count();
    (s, s + m.as_str().chars().count())
}

fn source_kind(who: &str, verb: &str) -> (SourceKind, Option<String>) {
    let outlet = org_by_name(who).map(|o| o.name.to_string());
    let reportish = [
        "report",
        "reports",
        "officials",
        "sources",
        "media",
        "document",
        "informe",
        "fuentes",
    ]
    .iter()
    .any(|w| fold(who).split_whitespace().any(|x| x == *w));
    let kind = if outlet.is_some()
        || reportish
        || verb.starts_with("report")
        || verb.starts_with("según")
        || verb.starts_with("according")
    {
        SourceKind::Report
    } else {
        SourceKind::Words
    };
    (kind, outlet)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A name or a title: every word capitalised, a role noun ("Mexico's president") or a known outlet.
fn name_like(s: &str) -> bool {
    org_by_name(s).is_some()
        || (capitalised(s)
            && s.split_whitespace().all(|w| {
                capitalised(w)
                    || ROLE_HEADS.contains(&fold(w).trim_end_matches('s'))
                    || matches!(w, "of" | "de" | "del" | "la" | "el")
            }))
}

/// Finds the source; returns the clause's char range and the source.
pub(super) fn find_source(h: &str, cs: &[char]) -> (usize, usize, Option<HeadlineSource>) {
    let n = cs.len();
    let (suffix, inverted, lead) = reporting_re();
    let mk = |who: (usize, usize),
              verb: Option<(usize, usize)>,
              to: Option<(usize, usize)>,
              form: &str| {
        let who_p = phrase(cs, who.0, who.1);
        let verb_text = verb
            .map(|v| cs[v.0..v.1].iter().collect::<String>())
            .unwrap_or_default();
        let (kind, outlet) = source_kind(&who_p.text, &verb_text.to_lowercase());
        HeadlineSource {
            who: who_p,
            verb: verb.map(|v| phrase(cs, v.0, v.1)),
            to: to.map(|t| phrase(cs, t.0, t.1)),
            kind,
            outlet,
            form: form.into(),
        }
    };
    // `…: Source` and `Source: …`
    if let Some(ci) = cs.iter().rposition(|&c| c == ':') {
        let right: String = cs[ci + 1..].iter().collect();
        let left: String = cs[..ci].iter().collect();
        let r = right.trim();
        if !r.is_empty()
            && words(r) <= 5
            && name_like(r)
            && !tokenize(r).iter().any(|t| is_verb(t, true))
        {
            let rs = ci + 1 + (right.chars().count() - right.trim_start().chars().count());
            let (a, b) = trim_span(cs, rs, n);
            return (0, ci, Some(mk((a, b), None, None, "colon_suffix")));
        }
        let l = left.trim();
        if words(l) <= 4 && name_like(l) && words(r) >= 3 {
            return (
                ci + 1,
                n,
                Some(mk(trim_span(cs, 0, ci), None, None, "colon_prefix")),
            );
        }
    }
    // `…, NYT reports` · `…, Sheinbaum tells Trump` · `…, says Sheinbaum`
    if let Some(ci) = cs.iter().rposition(|&c| c == ',') {
        let mut ts = ci + 1;
        while ts < n && (cs[ts].is_whitespace() || matches!(cs[ts], '\'' | '’' | '"' | '”')) {
            ts += 1;
        }
        let tail: String = cs[ts..].iter().collect();
        if let Some(c) = suffix.captures(&tail) {
            let s = c.name("s").expect("group s");
            let v = c.name("v").expect("group v");
            let to = c.name("to");
            let tells = matches!(v.as_str(), "tells" | "told");
            let reportish = [
                "report", "official", "source", "analyst", "expert", "poll", "study", "data",
                "fuentes", "informe",
            ]
            .iter()
            .any(|w| s.as_str().to_lowercase().contains(w));
            if words(s.as_str()) <= 6
                && (capitalised(s.as_str()) || reportish)
                && (to.is_none() || tells)
            {
                let src = mk(
                    char_range(&tail, ts, s),
                    Some(char_range(&tail, ts, v)),
                    to.map(|t| char_range(&tail, ts, t)),
                    "comma_suffix",
                );
                return (0, ci, Some(src));
            }
        }
        if let Some(c) = inverted.captures(&tail) {
            let s = c.name("s").expect("group s");
            if words(s.as_str()) <= 6 && capitalised(s.as_str()) {
                let v = c.name("v").expect("group v");
                return (
                    0,
                    ci,
                    Some(mk(
                        char_range(&tail, ts, s),
                        Some(char_range(&tail, ts, v)),
                        None,
                        "comma_suffix",
                    )),
                );
            }
        }
    }
    // `Sheinbaum says …` · `Sheinbaum tells Trump …`
    if let Some(c) = lead.captures(h) {
        let s = c.name("s").expect("group s");
        let v = c.name("v").expect("group v");
        let rest = c.name("rest").expect("group rest");
        if words(s.as_str()) <= 5 && capitalised(s.as_str()) {
            let (rs, re) = char_range(h, 0, rest);
            let mut clause_start = rs;
            let mut to = None;
            if matches!(v.as_str(), "tells") {
                let rt = tokenize(rest.as_str());
                let mut k = rt.iter().take(3).take_while(|t| t.cap).count();
                // "tells Trump US troops …": an acronym after a name starts the clause.
                let acronym = |t: &Token| {
                    t.end - t.start <= 4
                        && cs[rs + t.start..rs + t.end]
                            .iter()
                            .filter(|c| c.is_alphabetic())
                            .all(|c| c.is_uppercase())
                };
                if k >= 2 && acronym(&rt[k - 1]) && !acronym(&rt[0]) {
                    k -= 1;
                }
                if k == 0 {
                    return (0, n, None);
                }
                to = Some((rs + rt[0].start, rs + rt[k - 1].end));
                clause_start = rs + rt[k - 1].end;
            }
            let rest_chars: String = cs[clause_start..re].iter().collect();
            let lead_ws = rest_chars.len() - rest_chars.trim_start().len();
            let mut cstart = clause_start + rest_chars[..lead_ws].chars().count();
            for w in ["that ", "que "] {
                let here: String = cs[cstart..re].iter().take(w.len()).collect();
                if here.to_lowercase() == w {
                    cstart += w.len();
                }
            }
            return (
                cstart,
                re,
                Some(mk(
                    char_range(h, 0, s),
                    Some(char_range(h, 0, v)),
                    to,
                    "lead_verb",
                )),
            );
        }
    }
    (0, n, None)
}
