//! The attribution rules 2–6 of [`super::attrib`]: a tag right after the quotation, a cue
//! right before it, a speech noun owned by a name, the sentence's frame, a headline's colon.

use super::cue::*;
use super::lex::{self, has};
use super::np::{is_verb, np_left, np_right, subject_of, Np, NpKind};
use super::resolve::{Ctx, Who};
use super::text::{fold, is_cap, Tk};
use super::types::{Part, Resolution};

pub(crate) fn found(ctx: &Ctx, np: Option<Np>) -> Option<Who> {
    np.map(|np| ctx.resolve(&np)).filter(|w| *w != Who::Nobody)
}

pub(crate) fn after(ctx: &Ctx, s: usize, tq: usize, ends: bool) -> Option<(Who, CueAt, usize)> {
    let doc = ctx.doc;
    let n = doc.segs[s].toks.len();
    let mut j = tq + 1;
    while j < n
        && j - tq <= 2
        && doc.segs[s].toks[j].kind == Tk::Punct
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
        matches!(doc.segs[s].toks[k].kind, Tk::Quote(_))
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

pub(crate) fn before(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
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

pub(crate) fn nominal(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
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

pub(crate) fn frame(ctx: &Ctx, s: usize, tq: usize) -> Option<(Who, CueAt)> {
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
