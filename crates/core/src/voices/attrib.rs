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

use super::cue::*;
use super::dialogue::Turn;
use super::doc::TokRange;
use super::lex;
use super::np::{is_verb, Np, NpKind};
use super::resolve::{Ctx, Who};
use super::tags::*;
use super::text::Tk;
use super::types::{Part, Resolution};

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

fn dialogue(ctx: &Ctx, q: usize, s: usize, tq: usize) -> Option<(Who, Option<CueAt>)> {
    let doc = ctx.doc;
    let turn = doc.segs[s].turn.clone()?;
    let interviewee = || match ctx.interviewee {
        Some(g) => Who::Actor {
            g,
            res: Resolution::Interview,
            printed: TokRange {
                seg: s,
                t0: 0,
                t1: 0,
            },
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
                doc.segs[s0].toks[k].kind != Tk::Word
                    && !matches!(doc.segs[s0].toks[k].kind, Tk::Quote(_))
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
        let quote_only = t == 0 && seg.toks.iter().skip(1).all(|k| k.kind == Tk::Punct);
        let prev_ok = ps + 1 == s && seg.part == Part::Body && doc.segs[ps].part == Part::Body;
        let Who::Actor { g, printed, .. } = out[i - 1].who.clone() else {
            continue;
        };
        let others_after = doc.mentions.iter().enumerate().any(|(m, mm)| {
            mm.seg == ps && mm.t0 > printed.t1 && ctx.actor_of(m).is_some_and(|x| x != g)
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
