//! Turning one article's attributions into its `voices` JSON: spans in char offsets, quotes,
//! indirect speech, anonymous sources, relayed reports and actors.

use super::attrib::Utterance;
use super::cue::{is_scare, CueAt};
use super::doc::TokRange;
use super::groups::suggest_for_text;
use super::lex;
use super::reported::{AnonAt, IndirectAt, RelayAt};
use super::resolve::{Ctx, Who};
use super::text::{char_pos, fold, word_count};
use super::types::{
    Anonymous, ArticleActor, Cue, Indirect, Quote, QuoteKind, Relay, Resolution, Span, Speaker,
};
use super::VoicesConfig;
use std::collections::{BTreeMap, BTreeSet};

/// A span from a byte range of segment `s`.
pub(crate) fn span(ctx: &Ctx, s: usize, a: usize, b: usize) -> Span {
    let seg = &ctx.doc.segs[s];
    Span {
        part: seg.part,
        paragraph: seg.index,
        start: char_pos(&seg.text, a),
        end: char_pos(&seg.text, b),
    }
}

/// The words of a byte range of segment `s`: what [`span`] of the same range points at.
fn words(ctx: &Ctx, s: usize, a: usize, b: usize) -> String {
    ctx.doc.segs[s].text[a..b].to_string()
}

/// The words of a token range, if the range is not empty (see [`tok_span`]).
fn range_words(ctx: &Ctx, r: TokRange) -> Option<String> {
    let toks = &ctx.doc.segs[r.seg].toks;
    (r.t0 < r.t1 && r.t1 <= toks.len())
        .then(|| words(ctx, r.seg, toks[r.t0].start, toks[r.t1 - 1].end))
}

/// A span from a token range of segment `s`.
pub(crate) fn tok_span(ctx: &Ctx, s: usize, t0: usize, t1: usize) -> Option<Span> {
    let toks = &ctx.doc.segs[s].toks;
    (t0 < t1 && t1 <= toks.len()).then(|| span(ctx, s, toks[t0].start, toks[t1 - 1].end))
}

/// The span of a token range, if the range is not empty.
fn range_span(ctx: &Ctx, r: TokRange) -> Option<Span> {
    tok_span(ctx, r.seg, r.t0, r.t1)
}

/// The speaker of an attribution.
pub(crate) fn speaker(ctx: &Ctx, who: &Who) -> Speaker {
    match who {
        Who::Actor {
            g,
            res,
            printed,
            via,
            document,
        } => {
            let a = &ctx.reg.actors[*g];
            let p = range_span(ctx, *printed);
            let v = via.and_then(|v| range_span(ctx, v));
            Speaker {
                name: Some(a.name.clone()),
                actor: Some(a.id.clone()),
                resolution: *res,
                printed: range_words(ctx, *printed),
                evidence: p.into_iter().chain(v).collect(),
                document: document.clone(),
            }
        }
        Who::Anon(at) => {
            let p = range_span(ctx, *at);
            Speaker {
                name: range_words(ctx, *at),
                actor: None,
                resolution: Resolution::Anonymous,
                printed: range_words(ctx, *at),
                evidence: p.into_iter().collect(),
                document: None,
            }
        }
        Who::Interviewer => Speaker {
            resolution: Resolution::Interviewer,
            ..Speaker::unresolved()
        },
        Who::Nobody => Speaker::unresolved(),
    }
}

fn cue(ctx: &Ctx, c: &CueAt) -> Option<Cue> {
    let verb = TokRange {
        seg: c.seg,
        t0: c.v0,
        t1: c.v1,
    };
    let phrase = TokRange {
        t1: c.p1.max(c.v1),
        ..verb
    };
    Some(Cue {
        verb: range_words(ctx, verb)?,
        phrase: range_words(ctx, phrase)?,
        span: range_span(ctx, phrase)?,
    })
}

/// The article's quotes: (headline and body, dek and captions), with each utterance's
/// position in `quotes` for the first list.
pub(crate) fn quotes(ctx: &Ctx, utts: &[Utterance]) -> (Vec<Quote>, Vec<Quote>, Vec<Option<u32>>) {
    let doc = ctx.doc;
    let (mut body, mut aside, mut index) = (Vec::new(), Vec::new(), Vec::new());
    for u in utts {
        let pieces: Vec<_> = u
            .quotes
            .iter()
            .flat_map(|&q| doc.quotes[q].pieces.iter())
            .collect();
        let spans: Vec<Span> = pieces
            .iter()
            .map(|p| span(ctx, p.seg, p.inner.0, p.inner.1))
            .collect();
        let text = pieces
            .iter()
            .map(|p| words(ctx, p.seg, p.inner.0, p.inner.1))
            .collect::<Vec<_>>()
            .join(" … ");
        let raw = &doc.quotes[u.quotes[0]];
        let kind = if !u.adjacent && spans.len() == 1 && is_scare(&text) {
            QuoteKind::Scare
        } else {
            QuoteKind::Speech
        };
        let quote = Quote {
            words: word_count(&text),
            text,
            spans,
            kind,
            mark: raw.mark,
            speaker: speaker(ctx, &u.who),
            cue: u.cue.as_ref().and_then(|c| cue(ctx, c)),
            closed: u.quotes.iter().all(|&q| doc.quotes[q].closed),
            duplicate_of: None,
        };
        if doc.segs[pieces[0].seg].discourse {
            index.push(Some(body.len() as u32));
            body.push(quote);
        } else {
            index.push(None);
            aside.push(quote);
        }
    }
    for q in aside.iter_mut() {
        let key = fold(&q.text);
        let key = key.trim_matches(|c: char| !c.is_alphanumeric());
        q.duplicate_of = body
            .iter()
            .position(|b| fold(&b.text).trim_matches(|c: char| !c.is_alphanumeric()) == key)
            .map(|i| i as u32);
    }
    (body, aside, index)
}

/// Indirect speech, with the scare quotes inside each sentence given to the same speaker.
pub(crate) fn indirect(ctx: &Ctx, items: &[IndirectAt], quotes: &[Quote]) -> Vec<Indirect> {
    items
        .iter()
        .filter_map(|i| {
            let sentence = range_span(ctx, i.sent)?;
            let sp = speaker(ctx, &i.who);
            let scare_quotes = quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| {
                    q.kind == QuoteKind::Scare
                        && q.speaker.actor == sp.actor
                        && q.spans[0].part == sentence.part
                        && q.spans[0].paragraph == sentence.paragraph
                        && q.spans[0].start >= sentence.start
                        && q.spans[0].end <= sentence.end
                })
                .map(|(k, _)| k as u32)
                .collect();
            Some(Indirect {
                speaker: sp,
                cue: cue(ctx, &i.cue)?,
                sentence,
                scare_quotes,
            })
        })
        .collect()
}

/// Anonymous sources.
pub(crate) fn anonymous(ctx: &Ctx, items: &[AnonAt], cfg: &VoicesConfig) -> Vec<Anonymous> {
    items
        .iter()
        .filter_map(|a| {
            let span = range_span(ctx, a.span)?;
            let sentence = range_span(ctx, a.sent)?;
            let description = range_words(ctx, a.span)?;
            let number = description.split_whitespace().find_map(|w| {
                let w = fold(w);
                lex::NUMBER_WORDS
                    .iter()
                    .find(|(n, _)| *n == w)
                    .map(|(_, v)| *v)
                    .or_else(|| w.parse().ok())
            });
            let relay = a.relayed_by.map(|g| &ctx.reg.actors[g]);
            Some(Anonymous {
                suggested_group: suggest_for_text(cfg, &description).map(|(g, _)| g.to_string()),
                description,
                number,
                cue: a.cue.clone(),
                relayed_by: relay.map(|r| r.name.clone()),
                relayed_by_actor: relay.map(|r| r.id.clone()),
                span,
                sentence,
            })
        })
        .collect()
}

/// Relayed reports; `own` holds the folded names of the article's outlet and wire.
pub(crate) fn relays(
    ctx: &Ctx,
    items: &[RelayAt],
    anon: &[Anonymous],
    own: &[String],
) -> Vec<Relay> {
    let mut out: Vec<Relay> = items
        .iter()
        .map(|r| {
            let a = &ctx.reg.actors[r.g];
            Relay {
                source: a.name.clone(),
                actor: a.id.clone(),
                own_outlet: own.contains(&fold(&a.name)),
                anonymous: anon
                    .iter()
                    .filter(|x| x.relayed_by_actor.as_deref() == Some(a.id.as_str()))
                    .count() as u32,
                evidence: r
                    .spans
                    .iter()
                    .filter_map(|&at| range_span(ctx, at))
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| a.source.cmp(&b.source));
    out
}

/// The article's actors, in order of first mention.
pub(crate) fn actors(ctx: &Ctx) -> Vec<ArticleActor> {
    let mut by: BTreeMap<usize, (usize, ArticleActor, BTreeSet<String>, BTreeSet<String>)> =
        BTreeMap::new();
    let mut order = 0;
    for (i, m) in ctx.doc.mentions.iter().enumerate() {
        let Some(g) = ctx.actor_of(i) else { continue };
        let Some(sp) = tok_span(ctx, m.seg, m.t0, m.t1) else {
            continue;
        };
        let a = &ctx.reg.actors[g];
        let e = by.entry(g).or_insert_with(|| {
            order += 1;
            let actor = ArticleActor {
                actor: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                forms: Vec::new(),
                roles: Vec::new(),
                group: a.group.clone(),
                mentions: Vec::new(),
            };
            (order, actor, BTreeSet::new(), BTreeSet::new())
        });
        e.1.mentions.push(sp);
        e.2.insert(m.name.clone());
        e.3.extend(m.role.iter().chain(m.appositive.iter()).cloned());
    }
    let mut out: Vec<(usize, ArticleActor)> = by
        .into_values()
        .map(|(o, mut a, forms, roles)| {
            a.forms = forms.into_iter().collect();
            a.roles = roles.into_iter().collect();
            (o, a)
        })
        .collect();
    out.sort_by_key(|(o, _)| *o);
    out.into_iter().map(|(_, a)| a).collect()
}
