//! Voices without quotation marks: indirect speech ("Sheinbaum said she ruled out…"),
//! anonymous sources ("citing multiple unnamed officials", "a senior Pentagon official said")
//! and the reports of other outlets an article relays ("the New York Times reported").
//!
//! Only headline and body count. Indirect speech is a frame verb whose subject resolves to an
//! actor, in a sentence where that actor has no direct speech quote (that sentence is already
//! a direct voice); one item per actor per sentence. Unnamed sources are phrases headed by
//! officials, sources, people, aides… brought in by "citing", "cited", "according to", or as a
//! speech verb's subject; the report that relays them is the nearest frame in the same sentence
//! whose subject resolves ("the New York Times reported …, citing U.S. officials").

use super::cue::{cue_at, CueAt};
use super::doc::{Doc, TokRange};
use super::lex::{self, has};
use super::np::{extend_qualifier, is_verb, np_right, subject_of};
use super::resolve::{Ctx, Who};
use super::text::{fold, Tk};
use super::types::ActorKind;
use std::collections::BTreeSet;

/// An indirect report.
pub(crate) struct IndirectAt {
    /// Speaker.
    pub who: Who,
    /// Reporting verb.
    pub cue: CueAt,
    /// The sentence.
    pub sent: TokRange,
}

/// An unnamed source.
pub(crate) struct AnonAt {
    /// The description.
    pub span: TokRange,
    /// "citing", "said"…
    pub cue: String,
    /// The sentence.
    pub sent: TokRange,
    /// The actor whose report relays it.
    pub relayed_by: Option<usize>,
}

/// A relayed report: the outlet and every place it is invoked.
pub(crate) struct RelayAt {
    /// Actor index.
    pub g: usize,
    /// The mentions with their verb or noun.
    pub spans: Vec<TokRange>,
}

/// The sentences of the headline and body, in reading order.
fn discourse<'a>(ctx: &Ctx<'a>) -> impl Iterator<Item = TokRange> + 'a {
    let doc: &'a Doc = ctx.doc;
    (0..doc.segs.len())
        .filter(move |&s| doc.segs[s].discourse)
        .flat_map(move |s| {
            doc.segs[s]
                .sents
                .iter()
                .map(move |&(t0, t1)| TokRange { seg: s, t0, t1 })
        })
}

/// Indirect speech, skipping sentences where the same actor is quoted directly.
pub(crate) fn indirect(ctx: &Ctx, quoted: &BTreeSet<(usize, usize, usize)>) -> Vec<IndirectAt> {
    let doc = ctx.doc;
    let mut out: Vec<IndirectAt> = Vec::new();
    for sent in discourse(ctx) {
        let TokRange {
            seg: s,
            t0: lo,
            t1: hi,
        } = sent;
        let mut seen = BTreeSet::new();
        for t in lo..hi {
            if !(is_verb(doc, s, t, lex::FRAME_VERBS)
                || is_verb(doc, s, t, lex::INDIRECT_ONLY_VERBS))
            {
                continue;
            }
            let Some(np) = subject_of(doc, s, t, lo) else {
                continue;
            };
            let who = ctx.resolve(&np);
            let Some(g) = who.actor() else { continue };
            if quoted.contains(&(s, lo, g)) || !seen.insert(g) {
                continue;
            }
            out.push(IndirectAt {
                who,
                cue: cue_at(doc, s, (t, t + 1)),
                sent,
            });
        }
    }
    out
}

/// Unnamed sources, with the report relaying each.
pub(crate) fn anonymous(ctx: &Ctx) -> Vec<AnonAt> {
    let doc = ctx.doc;
    let mut out: Vec<AnonAt> = Vec::new();
    for sent in discourse(ctx) {
        let TokRange {
            seg: s,
            t0: lo,
            t1: hi,
        } = sent;
        let mut found: Vec<(TokRange, String)> = Vec::new();
        for t in lo..hi {
            let citing = is_verb(doc, s, t, lex::CITING_VERBS);
            let according = doc.is_word(s, t)
                && fold(doc.word(s, t)) == "according"
                && doc.is_word(s, t + 1)
                && doc.word(s, t + 1) == "to";
            if citing || according {
                let start = t + 1 + usize::from(according);
                let mut j = start;
                while j < hi && j - start < 12 {
                    let tok = doc.segs[s].toks[j];
                    if matches!(tok.kind, Tk::Quote(_)) || [".", ";"].contains(&doc.word(s, j)) {
                        break;
                    }
                    let named = doc.segs[s].tok_mention[j]
                        .and_then(|m| ctx.actor_of(m))
                        .is_some_and(|g| ctx.reg.actors[g].kind != ActorKind::Organisation);
                    if named {
                        break;
                    }
                    if doc.is_word(s, j) && has(lex::ANON_HEADS, doc.word(s, j)) {
                        let t1 = extend_qualifier(doc, s, j + 1, hi);
                        let cue = if according {
                            "according to".to_string()
                        } else {
                            doc.word(s, t).to_string()
                        };
                        let span = TokRange {
                            seg: s,
                            t0: start,
                            t1,
                        };
                        found.push((span, cue));
                        break;
                    }
                    j += 1;
                }
            }
            let relative = t > lo
                && doc.is_word(s, t - 1)
                && matches!(
                    fold(doc.word(s, t - 1)).as_str(),
                    "who" | "which" | "that" | "que"
                );
            if !relative
                && (is_verb(doc, s, t, lex::CUE_VERBS) || is_verb(doc, s, t, lex::FRAME_VERBS))
            {
                let subject = subject_of(doc, s, t, lo).map(|np| ctx.resolve(&np));
                if let Some(Who::Anon(span)) = subject {
                    found.push((span, doc.word(s, t).to_string()));
                }
                // "…," said a senior official.
                if t > lo && doc.segs[s].toks[t - 1].kind != Tk::Word {
                    if let Some(Who::Anon(span)) =
                        np_right(doc, s, t + 1, hi).map(|np| ctx.resolve(&np))
                    {
                        found.push((span, doc.word(s, t).to_string()));
                    }
                }
            }
        }
        for (span, cue) in found {
            if out.iter().any(|o| o.span == span) {
                continue;
            }
            let relayed_by = relay_for(ctx, s, lo, hi, span.t0);
            out.push(AnonAt {
                span,
                cue,
                sent,
                relayed_by,
            });
        }
    }
    out
}

/// The nearest frame of the sentence (before the source, else after) whose subject is an actor.
fn relay_for(ctx: &Ctx, s: usize, lo: usize, hi: usize, at: usize) -> Option<usize> {
    let doc = ctx.doc;
    let frames: Vec<(usize, usize)> = (lo..hi)
        .filter(|&t| is_verb(doc, s, t, lex::FRAME_VERBS) || is_verb(doc, s, t, lex::CITING_VERBS))
        .filter_map(|t| {
            let who = ctx.resolve(&subject_of(doc, s, t, lo)?);
            who.actor().map(|g| (t, g))
        })
        .collect();
    frames
        .iter()
        .rev()
        .find(|(t, _)| *t < at)
        .or_else(|| frames.iter().find(|(t, _)| *t > at))
        .map(|&(_, g)| g)
}

/// Reports of news organisations the article relays: "X reported", "an X report", "X's
/// report", "a report by X", "according to X", "X said".
pub(crate) fn relays(ctx: &Ctx) -> Vec<RelayAt> {
    let doc = ctx.doc;
    let mut out: Vec<RelayAt> = Vec::new();
    for (i, m) in doc.mentions.iter().enumerate() {
        let Some(g) = ctx.actor_of(i) else { continue };
        if ctx.reg.actors[g].kind != ActorKind::Media || !doc.segs[m.seg].discourse {
            continue;
        }
        let s = m.seg;
        let (lo, _) = doc.sentence_of(s, m.t0);
        let mut k = m.t1;
        while doc.is_word(s, k) && has(lex::AUX_ADVERBS, doc.word(s, k))
            || (doc.is_word(s, k) && doc.word(s, k).ends_with("ly"))
        {
            k += 1;
        }
        let noun = doc.is_word(s, m.t1) && has(lex::DOC_HEADS, doc.word(s, m.t1));
        let verb = (is_verb(doc, s, k, lex::FRAME_VERBS) || is_verb(doc, s, k, lex::CITING_VERBS))
            && subject_of(doc, s, k, lo).is_some_and(|np| np.t1 == m.t1);
        let by = m.t0 >= 2
            && doc.is_word(s, m.t0 - 1)
            && ((matches!(doc.word(s, m.t0 - 1), "by" | "from")
                && has(lex::DOC_HEADS, doc.word(s, m.t0 - 2)))
                || (doc.word(s, m.t0 - 1) == "to" && fold(doc.word(s, m.t0 - 2)) == "according"));
        let (a, b) = if noun || verb {
            (m.t0, if noun { m.t1 + 1 } else { k + 1 })
        } else {
            (m.t0.saturating_sub(2), m.t1)
        };
        if !(noun || verb || by) {
            continue;
        }
        let span = TokRange {
            seg: s,
            t0: a,
            t1: b,
        };
        match out.iter_mut().find(|r| r.g == g) {
            Some(r) => r.spans.push(span),
            None => out.push(RelayAt {
                g,
                spans: vec![span],
            }),
        }
    }
    out
}
