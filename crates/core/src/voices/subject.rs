//! The subject of a speech verb: through adverbs ("Trump **reportedly** asked"), a comma
//! chain of appositives or a relative clause ("The report, which cited …, said"; "Dylan Nelson,
//! a fellow at …, said"), an appositive name ("His former defense secretary, Mark Esper,
//! wrote"), a participle ("…, saying"), or a coordination ("… called Sheinbaum and asked").

use super::doc::Doc;
use super::lex::{self, has};
use super::np::{is_verb, np_left, np_right, Np, NpKind};
use super::text::{fold, is_cap};

pub(crate) fn skip_adverbs_left(doc: &Doc, s: usize, mut i: usize, lo: usize) -> Option<usize> {
    loop {
        if !doc.is_word(s, i) {
            return Some(i);
        }
        let w = doc.word(s, i);
        let adverb = has(lex::AUX_ADVERBS, w) || (w.ends_with("ly") && !is_cap(w) && w.len() > 4);
        if !adverb {
            return Some(i);
        }
        if i <= lo {
            return None;
        }
        i -= 1;
    }
}

/// The subject of the verb at token `v`, within the sentence starting at `lo`.
pub(crate) fn subject_of(doc: &Doc, s: usize, v: usize, lo: usize) -> Option<Np> {
    if v <= lo {
        return None;
    }
    let i = skip_adverbs_left(doc, s, v - 1, lo)?;
    if doc.is_punct(s, i, ",") {
        // "…, saying …", "…, the report said, citing …": the subject of the nearest
        // speech verb before, else the sentence's.
        if doc.word(s, v).ends_with("ing") {
            let frame = (lo..i)
                .rev()
                .find(|&k| is_verb(doc, s, k, lex::FRAME_VERBS));
            return match frame {
                Some(k) => subject_of(doc, s, k, lo),
                None => sentence_subject(doc, s, lo, i),
            };
        }
        // "X, which cited …, said" / "Trump, speaking aboard …, said" /
        // "His former defense secretary, Mark Esper, wrote"
        let j = (lo..i).rev().find(|&j| doc.is_punct(s, j, ","))?;
        if let Some(np) = np_left(doc, s, i - 1, j + 1) {
            if np.t0 == j + 1 && matches!(np.kind, NpKind::Mention(_)) {
                return Some(np);
            }
        }
        // The phrase that opens the comma chain: "Dylan Nelson, a fellow at … in Munich,
        // Germany, and co-author of the study, said".
        let first = (lo..i).find(|&k| doc.is_punct(s, k, ","))?;
        if let Some(np) = sentence_subject(doc, s, lo, first).filter(|np| np.t1 == first) {
            return Some(np);
        }
        if j > lo {
            return np_left(doc, s, j - 1, lo).filter(|np| np.kind != NpKind::Relative);
        }
        return None;
    }
    let w = fold(doc.word(s, i));
    if doc.is_word(s, i) && matches!(w.as_str(), "and" | "but" | "y" | "pero") {
        return sentence_subject(doc, s, lo, i);
    }
    let np = np_left(doc, s, i, lo)?;
    if np.kind == NpKind::Relative {
        // "Trump, who said …": the phrase before the comma.
        if np.t0 > lo + 1 && doc.is_punct(s, np.t0 - 1, ",") {
            return np_left(doc, s, np.t0 - 2, lo).filter(|n| n.kind != NpKind::Relative);
        }
        return None;
    }
    Some(np)
}

/// The sentence's opening noun phrase, after an opening adverb ("However, Kelly …").
pub(crate) fn sentence_subject(doc: &Doc, s: usize, lo: usize, before: usize) -> Option<Np> {
    let mut k = lo;
    let openers = [
        "however",
        "but",
        "and",
        "so",
        "also",
        "then",
        "meanwhile",
        "still",
        "yet",
        "pero",
    ];
    if doc.is_word(s, k) && openers.contains(&fold(doc.word(s, k)).as_str()) {
        k += 1;
        if doc.is_punct(s, k, ",") {
            k += 1;
        }
    }
    np_right(doc, s, k, before).filter(|np| np.t1 <= before)
}
