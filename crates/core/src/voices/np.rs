//! Noun phrases around speech verbs: who is the subject of "said", who follows an inverted
//! "said", what "the report" or "four unnamed officials" spans.
//!
//! The grammar is shallow and deliberate: a speaker is a name chunk, a pronoun, or a
//! description ending in a known head noun (group, report, official…); between it and its verb
//! only adverbs and auxiliaries may stand ("Trump **reportedly** asked"); a comma-delimited
//! relative clause or appositive may intervene ("The report, which cited…, said";
//! "His former defense secretary, Mark Esper, wrote"); a verb after "and" takes the sentence's
//! subject ("Trump … called Sheinbaum and asked").

use super::doc::{Doc, TokRange};
use super::lex::{self, has};
pub(crate) use super::subject::{sentence_subject, subject_of};
use super::text::{fold, is_cap};

/// What a noun phrase is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A name (index into `Doc::mentions`).
    Mention(usize),
    /// he, she, it, they.
    Pronoun(String),
    /// who, which: stands for the phrase before its comma.
    Relative,
    /// A description ending in a head noun ("the group", "the NBC News report").
    Desc(String),
    /// An unnamed source ("four unnamed current or former US officials").
    Anon(String),
}

/// A noun phrase: segment, token range, kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Np {
    /// Segment.
    pub seg: usize,
    /// First token.
    pub t0: usize,
    /// Past the last token.
    pub t1: usize,
    /// Kind.
    pub kind: NpKind,
}

impl Np {
    /// Where the phrase is printed.
    pub fn range(&self) -> TokRange {
        TokRange {
            seg: self.seg,
            t0: self.t0,
            t1: self.t1,
        }
    }
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "some", "several", "multiple", "many", "his",
    "her", "its", "their", "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dos", "tres",
    "cuatro", "cinco", "seis", "varios", "varias", "algunos", "otros", "other",
];

const BREAKERS: &[&str] = &[
    "that", "but", "which", "who", "when", "while", "after", "before", "as", "if", "to", "with",
    "for", "by", "from", "in", "on", "at", "of", "whom", "than", "because", "and", "or", "que",
    "y", "en", "de", "con", "por", "para", "not", "no",
];

const QUALIFIER_STARTS: &[&str] = &[
    "familiar",
    "with",
    "close",
    "briefed",
    "knowledgeable",
    "who",
];

fn head_kind(doc: &Doc, s: usize, t: usize) -> Option<bool> {
    let w = fold(doc.word(s, t));
    if w == "tank" && !(t > 0 && fold(doc.word(s, t - 1)) == "think") {
        return None;
    }
    if has(lex::ANON_HEADS, &w) {
        return Some(true);
    }
    [
        lex::DOC_HEADS,
        lex::GROUP_HEADS,
        lex::MEDIA_HEADS,
        lex::GOV_HEADS,
        lex::ROLE_HEADS,
    ]
    .iter()
    .any(|l| has(l, &w))
    .then_some(false)
}

/// A personal pronoun that can stand for a speaker ("él" with its accent: "el" is an article).
fn is_pronoun(word: &str) -> bool {
    let w = word.to_lowercase();
    ["he", "she", "it", "they", "él", "ella", "ellos", "ellas"].contains(&w.as_str())
}

/// Whether token `t` is a lower-case word from `list`.
pub(crate) fn is_verb(doc: &Doc, s: usize, t: usize, list: &[&str]) -> bool {
    doc.is_word(s, t) && !is_cap(doc.word(s, t)) && has(list, doc.word(s, t))
}

fn desc(doc: &Doc, s: usize, t0: usize, head: usize, t1: usize, anon: bool) -> Np {
    let h = doc.word(s, head).to_string();
    let kind = if anon {
        NpKind::Anon(h)
    } else {
        NpKind::Desc(h)
    };
    Np {
        seg: s,
        t0,
        t1,
        kind,
    }
}

/// Walks left from a head noun over its modifiers to its determiner.
fn walk_left(doc: &Doc, s: usize, head: usize, lo: usize, anon: bool) -> usize {
    let mut k = head;
    while k > lo && head - k < 8 && doc.is_word(s, k - 1) {
        let w = fold(doc.word(s, k - 1));
        if has(DETERMINERS, &w) {
            return k - 1;
        }
        let joins = anon && matches!(w.as_str(), "or" | "and");
        if (has(BREAKERS, &w) && !joins) || is_verb(doc, s, k - 1, lex::CUE_VERBS) {
            break;
        }
        k -= 1;
    }
    k
}

/// The noun phrase ending at token `end` (inclusive), not reaching left of `lo`.
pub(crate) fn np_left(doc: &Doc, s: usize, end: usize, lo: usize) -> Option<Np> {
    if !doc.is_word(s, end) {
        return None;
    }
    if let Some(m) = doc.segs[s].tok_mention[end] {
        let mention = &doc.mentions[m];
        if mention.t1 == end + 1 && !mention.possessive {
            // "A spokesperson for the National Security Council": an unnamed source of it.
            if let Some(np) = anon_of(doc, s, mention.t0, end, lo) {
                return Some(np);
            }
            return Some(Np {
                seg: s,
                t0: mention.t0.max(lo),
                t1: end + 1,
                kind: NpKind::Mention(m),
            });
        }
    }
    let w = fold(doc.word(s, end));
    if is_pronoun(doc.word(s, end)) {
        return Some(Np {
            seg: s,
            t0: end,
            t1: end + 1,
            kind: NpKind::Pronoun(w),
        });
    }
    if ["who", "which", "quien", "quienes"].contains(&w.as_str()) {
        return Some(Np {
            seg: s,
            t0: end,
            t1: end + 1,
            kind: NpKind::Relative,
        });
    }
    if let Some(anon) = head_kind(doc, s, end) {
        let t0 = walk_left(doc, s, end, lo, anon);
        return Some(desc(doc, s, t0, end, end + 1, anon));
    }
    // "people familiar with the matter", "officials with knowledge of the plans"
    let from = end.saturating_sub(8).max(lo);
    for h in (from..end).rev() {
        if doc.is_word(s, h)
            && head_kind(doc, s, h) == Some(true)
            && doc.is_word(s, h + 1)
            && has(QUALIFIER_STARTS, doc.word(s, h + 1))
            && (h + 1..=end).all(|k| doc.is_word(s, k))
        {
            let t0 = walk_left(doc, s, h, lo, true);
            return Some(desc(doc, s, t0, h, end + 1, true));
        }
    }
    None
}

/// "an official at", "a spokesperson for (the)", "sources close to" before a name.
fn anon_of(doc: &Doc, s: usize, t0: usize, end: usize, lo: usize) -> Option<Np> {
    let mut k = t0;
    if k > lo
        && doc.is_word(s, k - 1)
        && matches!(fold(doc.word(s, k - 1)).as_str(), "the" | "el" | "la")
    {
        k -= 1;
    }
    let prep = k.checked_sub(1).filter(|&p| p >= lo)?;
    let p = fold(doc.word(s, prep));
    let mut h = prep.checked_sub(1)?;
    if p == "to" && h > lo && fold(doc.word(s, h)) == "close" {
        h -= 1;
    } else if !matches!(
        p.as_str(),
        "for" | "of" | "at" | "from" | "in" | "de" | "del"
    ) {
        return None;
    }
    if h < lo || !doc.is_word(s, h) || head_kind(doc, s, h) != Some(true) {
        return None;
    }
    let t0 = walk_left(doc, s, h, lo, true);
    Some(desc(doc, s, t0, h, end + 1, true))
}

/// Extends an anonymous phrase over its qualifier ("… with knowledge of the matter").
pub(crate) fn extend_qualifier(doc: &Doc, s: usize, t1: usize, hi: usize) -> usize {
    if !(doc.is_word(s, t1) && has(QUALIFIER_STARTS, doc.word(s, t1))) {
        return t1;
    }
    let mut k = t1;
    while k < hi && doc.is_word(s, k) && !is_verb(doc, s, k, lex::CUE_VERBS) {
        k += 1;
    }
    k
}

/// The noun phrase starting at token `t`, not reaching `hi` ("said **the group**").
pub(crate) fn np_right(doc: &Doc, s: usize, t: usize, hi: usize) -> Option<Np> {
    if t >= hi || !doc.is_word(s, t) {
        return None;
    }
    let mut modifier = false;
    if let Some(m) = doc.segs[s].tok_mention[t] {
        let mention = &doc.mentions[m];
        // "Mexico's foreign minister", "U.S. officials": the name qualifies a noun.
        modifier = mention.possessive
            || (mention.kind == super::names::NameKind::Place
                && doc.is_word(s, mention.t1)
                && !is_cap(doc.word(s, mention.t1)));
        if mention.t0 == t && !modifier {
            // "White House spokeswoman Karoline Leavitt": the person, not the body.
            if let Some(p) = titled_person_after(doc, s, mention.t1, hi) {
                return Some(p);
            }
            return Some(Np {
                seg: s,
                t0: t,
                t1: mention.t1.min(hi),
                kind: NpKind::Mention(m),
            });
        }
    }
    let w = fold(doc.word(s, t));
    if is_pronoun(doc.word(s, t)) {
        return Some(Np {
            seg: s,
            t0: t,
            t1: t + 1,
            kind: NpKind::Pronoun(w),
        });
    }
    if is_cap(doc.word(s, t)) && !has(DETERMINERS, &w) && !modifier {
        return None;
    }
    let mut k = t;
    while k < hi && k - t < 9 && doc.is_word(s, k) {
        // "the Heritage Foundation": the name is the phrase, unless a noun follows it
        // ("the NBC News report").
        if let Some(m) = doc.segs[s].tok_mention[k] {
            let mention = &doc.mentions[m];
            let noun_after = doc.is_word(s, mention.t1) && !is_cap(doc.word(s, mention.t1));
            let name = !matches!(mention.kind, super::names::NameKind::Place);
            if mention.t0 == k && name && !mention.possessive && !noun_after {
                return Some(Np {
                    seg: s,
                    t0: t,
                    t1: mention.t1.min(hi),
                    kind: NpKind::Mention(m),
                });
            }
        }
        if let Some(anon) = head_kind(doc, s, k) {
            // "the broadcaster Sean Hannity", "la presidenta Claudia Sheinbaum"
            if let Some(m) = doc.segs[s].tok_mention.get(k + 1).copied().flatten() {
                if doc.mentions[m].t0 == k + 1 {
                    let t1 = doc.mentions[m].t1.min(hi);
                    return Some(Np {
                        seg: s,
                        t0: t,
                        t1,
                        kind: NpKind::Mention(m),
                    });
                }
            }
            let t1 = if anon {
                extend_qualifier(doc, s, k + 1, hi)
            } else {
                k + 1
            };
            return Some(desc(doc, s, t, k, t1, anon));
        }
        let f = fold(doc.word(s, k));
        if k > t && has(BREAKERS, &f) && !matches!(f.as_str(), "or" | "and") {
            return None;
        }
        k += 1;
    }
    None
}

/// A person named right after role words ("… spokeswoman Karoline Leavitt").
fn titled_person_after(doc: &Doc, s: usize, mut k: usize, hi: usize) -> Option<Np> {
    let from = k;
    while k < hi && doc.is_word(s, k) && !is_cap(doc.word(s, k)) && k - from < 4 {
        let f = fold(doc.word(s, k));
        if !(has(lex::ROLE_WORDS, &f) || has(lex::ROLE_QUALIFIERS, &f)) {
            return None;
        }
        k += 1;
    }
    let m = doc.segs[s].tok_mention.get(k).copied().flatten()?;
    let mention = &doc.mentions[m];
    (k > from && mention.t0 <= k && mention.kind == super::names::NameKind::Person).then(|| Np {
        seg: s,
        t0: mention.t0,
        t1: mention.t1.min(hi),
        kind: NpKind::Mention(m),
    })
}
