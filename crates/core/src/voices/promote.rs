//! Names in speaker position become actors: an unknown capitalised word that is the subject of
//! a speech verb ("However, **Kelly** said"), follows an inverted one ("said **Kelly**"), an
//! "according to", or labels an interview line is a person; a place that speaks ("**Mexico**
//! said") is the body speaking for it.

use super::doc::Doc;
use super::lex;
use super::names::NameKind;
use super::np::{is_verb, np_right, subject_of, NpKind};
use super::text::Tk;

/// Verbs plain enough that a country before them speaks as a body ("Mexico said").
const PLAIN: &[&str] = &["said", "says", "told", "tells", "dijo", "afirmo", "wrote"];

fn promote(doc: &mut Doc, m: usize, verb: &str) {
    let plain = PLAIN.contains(&super::text::fold(verb).as_str());
    let mention = &mut doc.mentions[m];
    mention.kind = match mention.kind {
        NameKind::Unknown => NameKind::Person,
        NameKind::Place if !mention.possessive && plain => NameKind::Org,
        k => k,
    };
}

/// Promotes every name in speaker position.
pub(crate) fn speakers(doc: &mut Doc) {
    let mut hits = Vec::new();
    for s in 0..doc.segs.len() {
        let n = doc.segs[s].toks.len();
        if doc.segs[s].turn.is_some() {
            if let Some(m) = doc.segs[s].tok_mention.first().copied().flatten() {
                hits.push((m, String::new()));
            }
        }
        let quote_before = |t: usize| {
            (1..=2).any(|back| {
                t >= back
                    && matches!(doc.segs[s].toks[t - back].kind, Tk::Quote(_))
                    && (back == 1 || doc.segs[s].toks[t - 1].kind == Tk::Punct)
            })
        };
        for t in 0..n {
            // Frame verbs make their subject a speaker anywhere; tag verbs ("continued",
            // "replied") only right after a quotation.
            let frame = [lex::FRAME_VERBS, lex::CITING_VERBS]
                .iter()
                .any(|l| is_verb(doc, s, t, l));
            let tag = is_verb(doc, s, t, lex::CUE_VERBS);
            let according = doc.is_word(s, t)
                && doc.word(s, t).eq_ignore_ascii_case("according")
                && doc.is_word(s, t + 1)
                && doc.word(s, t + 1) == "to";
            let (lo, hi) = doc.sentence_of(s, t);
            if frame || tag {
                if let Some(np) = subject_of(doc, s, t, lo) {
                    if let NpKind::Mention(m) = np.kind {
                        if frame || quote_before(np.t0) {
                            hits.push((m, doc.word(s, t).to_string()));
                        }
                    }
                }
                if quote_before(t) {
                    if let Some(NpKind::Mention(m)) = np_right(doc, s, t + 1, hi).map(|np| np.kind)
                    {
                        hits.push((m, doc.word(s, t).to_string()));
                    }
                }
            }
            if according {
                if let Some(NpKind::Mention(m)) = np_right(doc, s, t + 2, hi).map(|np| np.kind) {
                    hits.push((m, doc.word(s, t).to_string()));
                }
            }
        }
    }
    for (m, verb) in hits {
        promote(doc, m, &verb);
    }
}
