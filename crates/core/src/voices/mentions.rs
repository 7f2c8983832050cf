//! Names printed outside quotation marks: capitalised runs read into role + name by
//! [`super::names`], with the role words printed before them ("broadcaster", "His former
//! defense secretary,"), an appositive after them (", a top conservative group,"), and the
//! gender the text shows ("Sheinbaum said she…", "Steenburgen's son, … Charlie McDowell").

use super::doc::{Doc, Mention};
use super::lex::{self, has};
use super::names::{parse_chunk, NameKind};
use super::text::{fold, is_cap, strip_possessive};
use super::types::Gender;

pub(crate) const CONNECTORS: &[&str] = &[
    "of", "de", "del", "la", "las", "los", "van", "von", "da", "al", "bin", "el",
];

pub(crate) fn find_mentions(doc: &mut Doc, s: usize) {
    let n = doc.segs[s].toks.len();
    let cap_word = |doc: &Doc, t: usize| doc.is_word(s, t) && is_cap(doc.word(s, t));
    // A capitalised function word ("Are", "He", "In") is no part of a name, except the article
    // before an organisation ("The Heritage Foundation").
    let function = |doc: &Doc, t: usize| {
        let w = fold(doc.word(s, t));
        crate::text::words::is_function_word(&w)
            && !matches!(w.as_str(), "the" | "el" | "la" | "los" | "las")
    };
    let name_word = |doc: &Doc, t: usize| cap_word(doc, t) && !function(doc, t);
    let mut t = 0;
    while t < n {
        if !name_word(doc, t) {
            t += 1;
            continue;
        }
        let start = t;
        let mut end = t + 1;
        loop {
            let (_, poss) = strip_possessive(doc.word(s, end - 1));
            let title_next = end < n
                && cap_word(doc, end)
                && (has(lex::TITLE_WORDS, doc.word(s, end))
                    || has(lex::ROLE_QUALIFIERS, doc.word(s, end)));
            if poss && !title_next {
                break;
            }
            if end < n
                && name_word(doc, end)
                && !matches!(fold(doc.word(s, end)).as_str(), "the" | "el" | "la")
            {
                end += 1;
                continue;
            }
            let mut k = end;
            while k < n && doc.is_word(s, k) && CONNECTORS.contains(&doc.word(s, k)) {
                k += 1;
            }
            // "Rosaly Lopes of NASA": a person of an organisation, not one name.
            let of_org = k < n
                && doc.word(s, k - 1) == "of"
                && super::names::org_kind(&[doc.word(s, k)]).is_some();
            if k > end && k < n && name_word(doc, k) && !of_org {
                end = k + 1;
                continue;
            }
            break;
        }
        let words: Vec<&str> = (start..end).map(|i| doc.word(s, i)).collect();
        if let Some(p) = parse_chunk(&words) {
            let t0 = start
                + if p.role.is_some() {
                    p.skip
                } else {
                    p.name_from
                };
            let mut m = Mention {
                seg: s,
                t0,
                t1: end,
                name: p.name,
                kind: p.kind,
                role: p.role,
                gender: p.gender,
                canonical: p.canonical,
                had_the: p.had_the,
                possessive: p.possessive,
                appositive: None,
            };
            if m.role.is_none() && matches!(m.kind, NameKind::Person | NameKind::Unknown) {
                m.role = role_before(doc, s, t0);
                if m.role.is_some() && m.kind == NameKind::Unknown {
                    m.kind = NameKind::Person;
                }
            }
            m.appositive = appositive_after(doc, s, end);
            if m.kind == NameKind::Person || m.kind == NameKind::Unknown {
                m.gender = kin_before(doc, s, t0)
                    .or(m.gender)
                    .or(pronoun_after(doc, s, end));
            }
            let id = doc.mentions.len();
            for i in m.t0..m.t1 {
                doc.segs[s].tok_mention[i] = Some(id);
            }
            doc.mentions.push(m);
        }
        t = end;
    }
}

/// Lower-case role words right before a name ("broadcaster Sean Hannity", "His former defense
/// secretary, Mark Esper").
pub(crate) fn role_before(doc: &Doc, s: usize, t0: usize) -> Option<String> {
    let mut k = t0;
    if k > 0 && doc.is_punct(s, k - 1, ",") {
        k -= 1;
    }
    // "secretario de Seguridad": the chunk completes the office, it is not its holder.
    if k > 0 && doc.is_word(s, k - 1) && CONNECTORS.contains(&fold(doc.word(s, k - 1)).as_str()) {
        return None;
    }
    let end = k;
    let mut has_role = false;
    while k > 0 && doc.is_word(s, k - 1) && end - (k - 1) <= 5 {
        let w = doc.word(s, k - 1);
        let f = fold(strip_possessive(w).0);
        if !is_cap(w) && has(lex::ROLE_WORDS, &f) {
            has_role = true;
        } else if !(has(lex::ROLE_QUALIFIERS, &f) || has(lex::PLACES, &f)) || f == "the" {
            break;
        }
        k -= 1;
    }
    while k < end
        && ["el", "la", "los", "las", "the", "de", "del", "of"]
            .contains(&fold(doc.word(s, k)).as_str())
    {
        k += 1;
    }
    (has_role && k < end).then(|| {
        let seg = &doc.segs[s];
        seg.text[seg.toks[k].start..seg.toks[end - 1].end].to_string()
    })
}

/// "Steenburgen’s son, filmmaker Charlie McDowell", "the actress Mary Steenburgen": a
/// gendered noun just before a name shows the person's gender.
pub(crate) fn kin_before(doc: &Doc, s: usize, t0: usize) -> Option<Gender> {
    const MALE: &[&str] = &[
        "son",
        "father",
        "husband",
        "brother",
        "boyfriend",
        "nephew",
        "uncle",
        "grandson",
        "grandfather",
        "actor",
        "hijo",
        "padre",
        "esposo",
        "hermano",
        "sobrino",
        "tio",
    ];
    const FEMALE: &[&str] = &[
        "daughter",
        "mother",
        "wife",
        "sister",
        "girlfriend",
        "niece",
        "aunt",
        "granddaughter",
        "grandmother",
        "actress",
        "businesswoman",
        "hija",
        "madre",
        "esposa",
        "hermana",
        "sobrina",
        "tia",
        "actriz",
    ];
    for k in (t0.saturating_sub(5)..t0).rev() {
        if doc.is_punct(s, k, ",") {
            continue;
        }
        if !doc.is_word(s, k) || is_cap(doc.word(s, k)) {
            return None;
        }
        let w = fold(doc.word(s, k));
        if has(MALE, &w) {
            return Some(Gender::Male);
        }
        if has(FEMALE, &w) {
            return Some(Gender::Female);
        }
    }
    None
}

/// ", a top conservative group," → "top conservative group".
pub(crate) fn appositive_after(doc: &Doc, s: usize, end: usize) -> Option<String> {
    if !doc.is_punct(s, end, ",") || !doc.is_word(s, end + 1) {
        return None;
    }
    let det = fold(doc.word(s, end + 1));
    if !matches!(det.as_str(), "a" | "an" | "the" | "un" | "una") {
        return None;
    }
    let close =
        (end + 2..(end + 10).min(doc.segs[s].toks.len())).find(|&k| doc.is_punct(s, k, ","))?;
    (close > end + 2 && (end + 2..close).all(|k| doc.is_word(s, k))).then(|| {
        let seg = &doc.segs[s];
        seg.text[seg.toks[end + 2].start..seg.toks[close - 1].end].to_string()
    })
}

/// "Sheinbaum said she…", "Trump (adv) hinted he…": the gender the text shows.
pub(crate) fn pronoun_after(doc: &Doc, s: usize, end: usize) -> Option<Gender> {
    let mut k = end;
    while doc.is_word(s, k) && {
        let w = doc.word(s, k);
        has(lex::AUX_ADVERBS, w) || (w.ends_with("ly") && !is_cap(w))
    } {
        k += 1;
    }
    const NOT_VERBS: &[&str] = &[
        "and", "or", "nor", "but", "y", "o", "as", "than", "while", "when", "if", "because",
        "with", "to", "whom", "who", "and", "of", "in", "on", "at", "for",
    ];
    if !doc.is_word(s, k) || is_cap(doc.word(s, k)) || has(NOT_VERBS, doc.word(s, k)) {
        return None;
    }
    k += 1;
    if doc.is_word(s, k) && matches!(fold(doc.word(s, k)).as_str(), "that" | "que") {
        k += 1;
    }
    if !doc.is_word(s, k) {
        return None;
    }
    let w = fold(doc.word(s, k));
    if w == "she" {
        Some(Gender::Female)
    } else if w == "he" {
        Some(Gender::Male)
    } else {
        None
    }
}
