//! Government bodies printed in lower case: "Mexico's foreign ministry", "the Mexican
//! government", "the Trump administration", "el gobierno de México", "la cancillería
//! mexicana". Each becomes an organisation mention (named as printed, without its article),
//! so "the ministry said" can find it and the body can speak as itself.

use super::doc::{Doc, Mention};
use super::lex::{self, has};
use super::names::NameKind;
use super::text::{fold, is_cap};

const BODY_HEADS: &[&str] = &[
    "ministry",
    "department",
    "government",
    "administration",
    "embassy",
    "army",
    "navy",
    "military",
    "presidency",
    "cabinet",
    "gobierno",
    "cancilleria",
    "ejercito",
    "embajada",
    "secretaria",
    "marina",
    "presidencia",
    "fiscalia",
];

fn modifier_ok(doc: &Doc, m: usize, head: &str, adjacent: bool) -> bool {
    let kind = doc.mentions[m].kind;
    let leader = matches!(kind, NameKind::Person | NameKind::Unknown)
        && !doc.mentions[m].possessive
        && adjacent
        && matches!(head, "administration" | "government" | "gobierno");
    kind == NameKind::Place || leader
}

/// Adds an organisation mention for each government body printed in lower case.
pub(crate) fn find(doc: &mut Doc, s: usize) {
    let n = doc.segs[s].toks.len();
    for h in 0..n {
        if !doc.is_word(s, h) || is_cap(doc.word(s, h)) || !has(BODY_HEADS, doc.word(s, h)) {
            continue;
        }
        let head = fold(doc.word(s, h));
        // English: [Place|Person]['s] [adjective]{0,2} head
        let mut t0 = None;
        for k in (h.saturating_sub(3)..h).rev() {
            if let Some(m) = doc.segs[s].tok_mention[k] {
                let adjacent = k + 1 == h;
                if doc.mentions[m].t1 == k + 1 && modifier_ok(doc, m, &head, adjacent) {
                    t0 = Some(doc.mentions[m].t0);
                }
                break;
            }
            // Only adjectives between ("foreign", "interior"), no verbs or articles.
            let w = doc.word(s, k);
            let plain = doc.is_word(s, k)
                && !is_cap(w)
                && !crate::text::words::is_function_word(w)
                && !has(lex::CUE_VERBS, w);
            if !plain {
                break;
            }
        }
        let mut t1 = h + 1;
        // Spanish: head de|del Place, or head + demonym ("la cancillería mexicana")
        if t0.is_none() {
            let next = |k: usize| doc.is_word(s, k).then(|| fold(doc.word(s, k)));
            if matches!(next(h + 1).as_deref(), Some("de" | "del" | "of")) {
                if let Some(m) = doc.segs[s].tok_mention.get(h + 2).copied().flatten() {
                    if doc.mentions[m].t0 == h + 2 && doc.mentions[m].kind == NameKind::Place {
                        t0 = Some(h);
                        t1 = doc.mentions[m].t1;
                    }
                }
            } else if next(h + 1).is_some_and(|w| has(lex::PLACES, &w))
                && !is_cap(doc.word(s, h + 1))
            {
                t0 = Some(h);
                t1 = h + 2;
            }
        }
        let Some(t0) = t0 else { continue };
        let seg = &doc.segs[s];
        let name = seg.text[seg.toks[t0].start..seg.toks[t1 - 1].end].to_string();
        let id = doc.mentions.len();
        doc.mentions.push(Mention {
            seg: s,
            t0,
            t1,
            name,
            kind: NameKind::Org,
            role: None,
            gender: None,
            canonical: None,
            had_the: t0 > 0 && fold(doc.word(s, t0 - 1)) == "the",
            possessive: false,
            appositive: None,
        });
        for k in t0..t1 {
            doc.segs[s].tok_mention[k] = Some(id);
        }
    }
}
