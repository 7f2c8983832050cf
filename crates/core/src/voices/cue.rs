//! Cue words: the verb of an attribution and the phrase around it ("told reporters", "wrote in
//! his memoir", "according to"), and the speech/scare test for a quotation's words.

use super::doc::Doc;
use super::lex::{self, has};
use super::np::{is_verb, np_right, NpKind};
use super::text::{fold, is_cap};

/// Where the attribution's verb phrase is: segment, verb tokens, phrase end, and a document
/// it names ("memoir").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CueAt {
    /// Segment.
    pub seg: usize,
    /// First verb token.
    pub v0: usize,
    /// Past the verb.
    pub v1: usize,
    /// Past the phrase ("told reporters").
    pub p1: usize,
    /// A document named by the phrase.
    pub document: Option<String>,
}

pub(crate) const MEDIUMS: &[&str] = &[
    "memoir",
    "statement",
    "interview",
    "post",
    "posts",
    "letter",
    "book",
    "media",
    "television",
    "conference",
    "briefing",
    "hearing",
    "report",
    "broadcast",
    "podcast",
    "video",
    "speech",
    "rally",
    "op-ed",
    "editorial",
    "testimony",
    "message",
    "email",
    "tweet",
    "column",
    "essay",
    "radio",
    "program",
    "programme",
    "show",
    "address",
    "entrevista",
    "conferencia",
    "carta",
    "libro",
    "comunicado",
    "redes",
    "mananera",
];
pub(crate) const DOCUMENTS: &[&str] = &[
    "memoir",
    "statement",
    "letter",
    "book",
    "report",
    "post",
    "op-ed",
    "editorial",
    "essay",
    "column",
    "testimony",
    "carta",
    "libro",
    "comunicado",
];
pub(crate) const TELL: &[&str] = &["told", "tells", "tell", "telling"];
/// Verbs that name a thing in someone's words: "what she called '…'".
pub(crate) const NAMING: &[&str] = &[
    "called",
    "calls",
    "dubbed",
    "dubs",
    "described",
    "describes",
    "labeled",
    "labelled",
    "branded",
    "termed",
    "llamo",
    "califico",
    "describio",
];

pub(crate) fn verb_at(doc: &Doc, s: usize, t: usize) -> Option<(usize, usize)> {
    if is_verb(doc, s, t, lex::CUE_VERBS) {
        let two = matches!(fold(doc.word(s, t)).as_str(), "pointed" | "went")
            && doc.is_word(s, t + 1)
            && matches!(doc.word(s, t + 1), "out" | "on");
        return match fold(doc.word(s, t)).as_str() {
            "pointed" | "went" if !two => None,
            _ => Some((t, t + 1 + usize::from(two))),
        };
    }
    let according = doc.is_word(s, t)
        && fold(doc.word(s, t)) == "according"
        && doc.is_word(s, t + 1)
        && doc.word(s, t + 1) == "to";
    let segun = doc.is_word(s, t) && fold(doc.word(s, t)) == "segun";
    if according {
        Some((t, t + 2))
    } else if segun {
        Some((t, t + 1))
    } else {
        None
    }
}

/// The cue phrase for a verb: "told reporters", "wrote in his memoir".
pub(crate) fn cue_at(doc: &Doc, s: usize, (v0, v1): (usize, usize)) -> CueAt {
    let n = doc.segs[s].toks.len();
    let mut cue = CueAt {
        seg: s,
        v0,
        v1,
        p1: v1,
        document: None,
    };
    if TELL.contains(&fold(doc.word(s, v0)).as_str()) && doc.is_word(s, v1) {
        let obj = np_right(doc, s, v1, n)
            .filter(|np| np.t1 - v1 <= 4 && matches!(np.kind, NpKind::Mention(_)));
        cue.p1 = obj.map_or(v1 + 1, |np| np.t1);
        return cue;
    }
    if doc.is_word(s, v1)
        && matches!(
            fold(doc.word(s, v1)).as_str(),
            "in" | "on" | "during" | "at" | "via" | "en"
        )
    {
        for k in v1 + 1..(v1 + 7).min(n) {
            if !doc.is_word(s, k) {
                break;
            }
            let w = fold(doc.word(s, k));
            if has(MEDIUMS, &w) {
                cue.p1 = k + 1;
                cue.document = has(DOCUMENTS, &w).then_some(w);
                break;
            }
        }
    }
    cue
}

pub(crate) fn skip_adverbs(doc: &Doc, s: usize, mut k: usize) -> usize {
    while doc.is_word(s, k) && {
        let w = doc.word(s, k);
        has(lex::AUX_ADVERBS, w) || (w.ends_with("ly") && !is_cap(w) && w.len() > 4)
    } {
        k += 1;
    }
    k
}

/// Whether a quotation's words are a term rather than speech.
pub(crate) fn is_scare(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')))
        .filter(|w| !w.is_empty())
        .collect();
    let n = words.len();
    let clause = words
        .iter()
        .any(|w| has(lex::CLAUSE_WORDS, w) || w.ends_with("n't"));
    let sentence = t.ends_with(['?', '!', '¿', '¡']) || (n >= 2 && t.ends_with('.'));
    (1..=4).contains(&n) && !sentence && !clause
}
