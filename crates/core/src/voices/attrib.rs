//! Who said each quotation. The rules, tried in order (the first that finds someone wins):
//!
//! 1. **Interview lines** — `Q:` is the interviewer; `A:` and unattributed dash answers the
//!    article's one interviewee; `Name:` the name.
//! 2. **Right after** the quotation: `"…," Sheinbaum told reporters` / `"…," said the group` /
//!    `"…," according to X` (a quotation ending a sentence takes only a short tag: `"…." she said.`).
//! 3. **Right before**: `Trump … asked, "…"`, `Sheinbaum confirmed "…"`, `X said: "…"`, `X: "…"`.
//! 4. **A speech noun owned by a name**: `Trump's assertion of Washington's "dominance"`.
//! 5. **The sentence's frame**: the leftmost speech verb before the quotation whose subject
//!    resolves (`Sheinbaum said … that … "not on the table"`; `Mark Esper, wrote in his memoir
//!    that Trump asked … "shoot missiles…"` → Esper, whose memoir the words are printed in).
//! 6. **A headline's colon**: `"…": Sheinbaum`.
//!
//! Then utterances are joined: a quotation with no cue of its own right after an attributed
//! quotation and its tag (`"…," she wrote. "…"`) is the same utterance's second span; a
//! paragraph that is only an unattributed quotation, after a paragraph whose last quotation
//! was attributed with no one else named after it, continues that speaker (news convention).

use super::dialogue::Turn;
use super::doc::Doc;
use super::lex::{self, has};
use super::np::{is_verb, np_left, np_right, subject_of, Np, NpKind};
use super::resolve::{Ctx, Who};
use super::text::{fold, is_cap, Tk};
use super::types::{Part, Resolution};

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

/// One utterance and its attribution.
#[derive(Debug, Clone)]
pub(crate) struct Utterance {
    /// Raw quotation indices (more than one when split by its tag).
    pub quotes: Vec<usize>,
    /// Speaker.
    pub who: Who,
    /// Attribution phrase.
    pub cue: Option<CueAt>,
    /// Whether the cue sits right beside the quotation (then it is speech, not a scare quote).
    pub adjacent: bool,
    /// Past the tag after the quotation, for joining a following span.
    pub tag_end: Option<usize>,
}

const MEDIUMS: &[&str] = &[
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
const DOCUMENTS: &[&str] = &[
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
const TELL: &[&str] = &["told", "tells", "tell", "telling"];
/// Verbs that name a thing in someone's words: "what she called '…'".
const NAMING: &[&str] = &[
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

fn verb_at(doc: &Doc, s: usize, t: usize) -> Option<(usize, usize)> {
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

fn skip_adverbs(doc: &Doc, s: usize, mut k: usize) -> usize {
    while doc.is_word(s, k) && {
        let w = doc.word(s, k);
        has(lex::AUX_ADVERBS, w) || (w.ends_with("ly") && !is_cap(w) && w.len() > 4)
    } {
        k += 1;
    }
    k
}

fn found(ctx: &Ctx, np: Option<Np>) -> Option<Who> {
    np.map(|np| ctx.resolve(&np)).filter(|w| *w != Who::Nobody)
}

fn after(ctx: &Ctx, s: usize, tq: usize, ends: bool) -> Option<(Who, CueAt, usize)> {
    let doc = ctx.doc;
    let n = doc.segs[s].toks.len();
    let mut j = tq + 1;
    while j < n
        && j - tq <= 2
        && doc.segs[s].toks[j].k == Tk::Punct
        && [",", "—", "–"].contains(&doc.word(s, j))
    {
        j += 1;
    }
    if j >= n || !doc.is_word(s, j) {
        return None;
    }
    // A quotation that ends its sentence takes only a short tag ("…." she said.).
    let short_tag = |end: usize| {
        !ends || (end..(end + 5).min(n + 1)).any(|k| k == n || doc.is_punct(s, k, "."))
    };
    if let Some(v) = verb_at(doc, s, j) {
        let np = np_right(doc, s, v.1, n);
        let end = np.as_ref().map_or(v.1, |np| np.t1);
        if let Some(who) = found(ctx, np).filter(|_| short_tag(end)) {
            let cue = cue_at(doc, s, v);
            return Some((who, cue.clone(), end.max(cue.p1)));
        }
    }
    if let Some(np) = np_right(doc, s, j, n) {
        let k = skip_adverbs(doc, s, np.t1);
        if let Some(v) = verb_at(doc, s, k) {
            let cue = cue_at(doc, s, v);
            if let Some(who) = found(ctx, Some(np)).filter(|_| short_tag(cue.p1)) {
                let end = cue.p1;
                return Some((who, cue, end));
            }
        }
    }
    // A longer subject before the tag verb: "…," Goddard planetary scientist Avi Mandell
    // said; "…," Mayer, Disney's chairman of …, said; "…" impeachment, Trump said. Only for a
    // quotation that opens its sentence: inside a sentence the frame before it speaks.
    let (lo, _) = doc.sentence_of(s, tq);
    if (lo..tq).any(|k| doc.is_word(s, k)) {
        return None;
    }
    let stop = |k: usize| {
        matches!(doc.segs[s].toks[k].k, Tk::Quote(_))
            || [".", ";", "?", "!"].contains(&doc.word(s, k))
            || matches!(
                fold(doc.word(s, k)).as_str(),
                "but" | "while" | "whereas" | "although" | "though" | "pero"
            )
    };
    let v = (j + 1..(j + 30).min(n))
        .take_while(|&k| !stop(k))
        .find(|&k| verb_at(doc, s, k).is_some_and(|v| v.1 == k + 1))?;
    let who = found(ctx, subject_of(doc, s, v, j))?;
    let cue = cue_at(doc, s, (v, v + 1));
    let end = cue.p1;
    short_tag(end).then_some((who, cue, end))
}

fn before(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
    let doc = ctx.doc;
    let mut i = tq.checked_sub(1)?;
    let colon = doc.is_punct(s, i, ":");
    if doc.is_punct(s, i, ",") || colon {
        i = i.checked_sub(1)?;
    }
    let (lo, _) = doc.sentence_of(s, i);
    // "X said: "…"", "asked, "…"", "told reporters: "…""
    let verb = (i.saturating_sub(3)..=i).rev().find(|&k| {
        k >= lo
            && (k == i && verb_at(doc, s, k).is_some_and(|v| v.1 == i + 1)
                || (k < i
                    && TELL.contains(&fold(doc.word(s, k)).as_str())
                    && (k + 1..=i).all(|x| doc.is_word(s, x))))
    });
    // "what she called '…'", "described the mood as "…""
    let naming = verb.is_none().then(|| {
        (i.saturating_sub(6)..=i).rev().find(|&k| {
            k >= lo
                && is_verb(doc, s, k, NAMING)
                && (k == i || (doc.is_word(s, i) && fold(doc.word(s, i)) == "as"))
        })
    });
    if let Some(v) = verb.or(naming.flatten()) {
        let who = found(ctx, subject_of(doc, s, v, lo))?;
        return Some((who, cue_at(doc, s, (v, v + 1))));
    }
    // "Sheinbaum: "…"", "Mexico's foreign minister: '…'" (the name is all there is before
    // the colon); "Steenburgen has found one drawback …: "…"" (the sentence's subject).
    if colon {
        let whole = np_left(doc, s, i, lo).filter(|np| np.t0 == lo);
        let subject = || {
            let np = super::np::sentence_subject(doc, s, lo, i)?;
            let m = match np.kind {
                NpKind::Mention(m) => m,
                _ => return None,
            };
            (doc.mentions[m].kind != super::names::NameKind::Place).then_some(np)
        };
        let who = found(ctx, whole.or_else(subject))?;
        return Some((
            who,
            CueAt {
                seg: s,
                v0: i + 1,
                v1: i + 2,
                p1: i + 2,
                document: None,
            },
        ));
    }
    None
}

fn nominal(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
    let doc = ctx.doc;
    // "Trump's 'invasion' talk"
    if let Some(m) = tq.checked_sub(1).and_then(|k| doc.segs[s].tok_mention[k]) {
        let noun = doc.is_word(s, tq + 1) && has(lex::SPEECH_NOUNS, doc.word(s, tq + 1));
        if doc.mentions[m].possessive && doc.mentions[m].t1 == tq && noun {
            let np = Np {
                seg: s,
                t0: doc.mentions[m].t0,
                t1: tq,
                kind: NpKind::Mention(m),
            };
            let who = found(ctx, Some(np))?;
            let cue = CueAt {
                seg: s,
                v0: tq + 1,
                v1: tq + 2,
                p1: tq + 2,
                document: None,
            };
            return Some((who, cue));
        }
    }
    for k in (tq.saturating_sub(5)..tq).rev() {
        if !(doc.is_word(s, k) && !is_cap(doc.word(s, k)) && has(lex::SPEECH_NOUNS, doc.word(s, k)))
            || k == 0
        {
            continue;
        }
        let m = doc.segs[s].tok_mention[k - 1]
            .filter(|&m| doc.mentions[m].possessive && doc.mentions[m].t1 == k)?;
        let np = Np {
            seg: s,
            t0: doc.mentions[m].t0,
            t1: k,
            kind: NpKind::Mention(m),
        };
        let who = found(ctx, Some(np))?;
        return Some((
            who,
            CueAt {
                seg: s,
                v0: k,
                v1: k + 1,
                p1: k + 1,
                document: None,
            },
        ));
    }
    None
}

fn frame(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
    let doc = ctx.doc;
    let (lo, _) = doc.sentence_of(s, tq);
    for k in lo..tq {
        let relative = k > 0
            && doc.is_word(s, k - 1)
            && matches!(
                fold(doc.word(s, k - 1)).as_str(),
                "who" | "which" | "that" | "que"
            );
        if is_verb(doc, s, k, lex::FRAME_VERBS) && !relative {
            if let Some(who) = found(ctx, subject_of(doc, s, k, lo)) {
                return Some((who, cue_at(doc, s, (k, k + 1))));
            }
        } else if let Some(v) =
            verb_at(doc, s, k).filter(|v| v.1 == k + 2 || fold(doc.word(s, k)) == "segun")
        {
            if let Some(who) = found(ctx, np_right(doc, s, v.1, tq)) {
                return Some((who, cue_at(doc, s, v)));
            }
        }
    }
    None
}

pub(crate) fn headline_colon(ctx: &Ctx, s: usize) -> Option<(Who, CueAt)> {
    let doc = ctx.doc;
    if doc.segs[s].part != Part::Headline {
        return None;
    }
    let n = doc.segs[s].toks.len();
    let c = (0..n).rev().find(|&k| doc.is_punct(s, k, ":"))?;
    let np = np_right(doc, s, c + 1, n)?;
    let mut who = found(ctx, Some(np))?;
    if let Who::Actor { res, .. } = &mut who {
        *res = Resolution::Headline;
    }
    Some((
        who,
        CueAt {
            seg: s,
            v0: c,
            v1: c + 1,
            p1: c + 1,
            document: None,
        },
    ))
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

fn dialogue(ctx: &Ctx, q: usize, s: usize, tq: usize) -> Option<(Who, Option<CueAt>)> {
    let doc = ctx.doc;
    let turn = doc.segs[s].turn.clone()?;
    let interviewee = || match ctx.interviewee {
        Some(g) => Who::Actor {
            g,
            res: Resolution::Interview,
            printed: (s, 0, 0),
            via: None,
            document: None,
        },
        None => Who::Nobody,
    };
    Some(match turn {
        Turn::Question => (Who::Interviewer, None),
        Turn::Answer => (interviewee(), None),
        Turn::Named(_) => {
            let np = doc.segs[s]
                .tok_mention
                .first()
                .copied()
                .flatten()
                .map(|m| Np {
                    seg: s,
                    t0: 0,
                    t1: doc.mentions[m].t1,
                    kind: NpKind::Mention(m),
                });
            let mut who = found(ctx, np).unwrap_or(Who::Nobody);
            if let Who::Actor { res, .. } = &mut who {
                *res = Resolution::Label;
            }
            (who, None)
        }
        Turn::Dash => {
            let last = doc.quotes[q].pieces.len() - 1;
            let first_piece = &doc.quotes[q].pieces[0];
            if let Some((who, cue, _)) = (0..=last).find_map(|k| {
                doc.piece_tok(doc.pid(q, k))
                    .and_then(|(_, t)| after(ctx, s, t, false))
            }) {
                return Some((who, Some(cue)));
            }
            let text = &doc.segs[s].text[first_piece.inner.0..first_piece.inner.1];
            let _ = tq;
            if text.starts_with('¿') || text.trim_end().ends_with('?') {
                (Who::Interviewer, None)
            } else {
                (interviewee(), None)
            }
        }
    })
}

/// Attributes every quotation of the article, joining split utterances.
pub(crate) fn attribute(ctx: &Ctx) -> Vec<Utterance> {
    let doc = ctx.doc;
    let mut out: Vec<Utterance> = Vec::new();
    for q in 0..doc.quotes.len() {
        let last = doc.quotes[q].pieces.len() - 1;
        let (Some((s0, t0)), Some((s1, t1))) = (
            doc.piece_tok(doc.pid(q, 0)),
            doc.piece_tok(doc.pid(q, last)),
        ) else {
            continue;
        };
        let p = &doc.quotes[q].pieces[last];
        let ends = doc.segs[s1].text[p.inner.0..p.inner.1].ends_with(['.', '?', '!']);
        let mut u = Utterance {
            quotes: vec![q],
            who: Who::Nobody,
            cue: None,
            adjacent: true,
            tag_end: None,
        };
        if let Some((who, cue)) = dialogue(ctx, q, s0, t0) {
            u.who = who;
            u.cue = cue;
        } else if let Some((who, cue, end)) = after(ctx, s1, t1, ends) {
            (u.who, u.cue, u.tag_end) = (who, Some(cue), Some(end));
        } else if let Some((who, cue)) = before(ctx, s0, t0).or_else(|| headline_colon(ctx, s0)) {
            // "what she called '…'" names a thing: the words may be a term.
            u.adjacent = !is_verb(doc, s0, cue.v0, NAMING);
            (u.who, u.cue) = (who, Some(cue));
        } else if let Some((who, cue)) = nominal(ctx, s0, t0).or_else(|| frame(ctx, s0, t0)) {
            (u.who, u.cue, u.adjacent) = (who, Some(cue), false);
        } else {
            u.adjacent = false;
        }
        // "wrote in his memoir": the words are printed in the speaker's document.
        if let (Who::Actor { document, .. }, Some(c)) = (&mut u.who, &u.cue) {
            if document.is_none() {
                document.clone_from(&c.document);
            }
        }
        // Join "…," she wrote. "…" into one utterance.
        if let Some(prev) = out.last_mut() {
            let pq = *prev.quotes.last().unwrap_or(&0);
            let plast = doc.quotes[pq].pieces.len() - 1;
            let same = doc
                .piece_tok(doc.pid(pq, plast))
                .is_some_and(|(ps, _)| ps == s0);
            // Between the tag and this quotation only the tag's own words ("…," Sheinbaum
            // told her daily briefing on Tuesday. "…"): no other quotation or speech verb.
            let plain = |k: usize| {
                doc.segs[s0].toks[k].k != Tk::Word
                    && !matches!(doc.segs[s0].toks[k].k, Tk::Quote(_))
                    || doc.is_word(s0, k)
                        && !is_verb(doc, s0, k, lex::CUE_VERBS)
                        && !is_verb(doc, s0, k, lex::FRAME_VERBS)
            };
            let joins = same
                && prev.tag_end.is_some_and(|e| e <= t0 && (e..t0).all(plain))
                && (u.who == Who::Nobody
                    || u.who.actor() == prev.who.actor() && prev.who.actor().is_some());
            if joins && doc.segs[s0].turn.is_none() {
                prev.quotes.push(q);
                prev.tag_end = u.tag_end;
                continue;
            }
        }
        out.push(u);
    }
    continuations(ctx, &mut out);
    out
}

fn continuations(ctx: &Ctx, out: &mut [Utterance]) {
    let doc = ctx.doc;
    for i in 1..out.len() {
        if out[i].who != Who::Nobody || out[i].quotes.len() != 1 {
            continue;
        }
        let q = out[i].quotes[0];
        let Some((s, t)) = doc.piece_tok(doc.pid(q, 0)) else {
            continue;
        };
        let (ps, _) = doc
            .piece_tok(doc.pid(*out[i - 1].quotes.last().unwrap_or(&0), 0))
            .unwrap_or((usize::MAX, 0));
        let seg = &doc.segs[s];
        let quote_only = t == 0 && seg.toks.iter().skip(1).all(|k| k.k == Tk::Punct);
        let prev_ok = ps + 1 == s && seg.part == Part::Body && doc.segs[ps].part == Part::Body;
        let Who::Actor { g, printed, .. } = out[i - 1].who.clone() else {
            continue;
        };
        let others_after = doc.mentions.iter().enumerate().any(|(m, mm)| {
            mm.seg == ps && mm.t0 > printed.2 && ctx.actor_of(m).is_some_and(|x| x != g)
        });
        let text = &seg.text[doc.quotes[q].pieces[0].inner.0..doc.quotes[q].pieces[0].inner.1];
        if quote_only && prev_ok && !others_after && !is_scare(text) {
            out[i].who = Who::Actor {
                g,
                res: Resolution::Continuation,
                printed,
                via: None,
                document: None,
            };
            out[i].adjacent = true;
        }
    }
}
