//! # Voices: who is quoted, who speaks unquoted, who stays anonymous, and who gets heard
//!
//! For every article the build finds each direct quotation (headline and body; dek and captions
//! apart), its speaker and cue, the unquoted reported speech, the unnamed sources and the other
//! outlets' reports it relays; across the corpus it merges the actors however they are printed,
//! places them in the groups of `corpus.toml`, and tallies who gets heard per article and outlet.
//!
//! The pipeline, one module per step:
//!
//! 1. `marks` pairs quote marks per paragraph (with caps and warnings for unbalanced marks),
//!    `dialogue` reads interview labels and Spanish dash dialogue;
//! 2. `doc` tokenises each text (a quotation is one token) and splits sentences;
//!    `mentions` finds name chunks, read by `names` into role + name + kind, and
//!    `bodies` lower-case government bodies; `promote` makes names in speaker position
//!    actors;
//! 3. `actors` merges the names of all articles into actors, [`groups`] places them;
//! 4. `attrib` attributes each quotation (the rules are listed there; `tags` holds them,
//!    `cue` the verb phrases and the scare test), using `np` and `subject` for noun
//!    phrases, `resolve` for pronouns, `describe` for descriptions and `documents` for
//!    reports and interviews; `reported` finds indirect speech, anonymous sources and relayed
//!    reports;
//! 5. `output` writes spans in char offsets, [`stats`] tallies who gets heard per article and
//!    `summary` per outlet and actor; [`eval`] scores all this against a hand annotation.
//!
//! Everything is deterministic: collections are `Vec`s in reading order or sorted, maps are
//! `BTreeMap`s. Offsets in [`Span`] are Unicode scalar (char) offsets — see [`types`].
//!
//! Limits (measured figures in `docs/method/voices.md`): the grammar is shallow — a speaker is
//! found next to its verb, not across clauses it cannot see; a pronoun goes to the subject of
//! the nearest sentence naming a fitting person, which two people of unknown gender can fool;
//! quotes inside
//! quotes are left inside; a name no rule recognises as a person or organisation and that never
//! speaks is not an actor.

mod actors;
mod attrib;
mod bodies;
mod cue;
mod describe;
mod dialogue;
mod doc;
mod documents;
pub mod eval;
pub mod groups;
mod marks;
mod mentions;
mod names;
mod np;
mod output;
mod promote;
mod reported;
mod resolve;
pub mod stats;
mod subject;
mod summary;
mod tags;
mod text;

/// The shared word lists, under the name the voices rules have always used for them.
use crate::text::words as lex;
pub use framelens_model::voices as types;
pub use framelens_model::voices::*;

use crate::config::CorpusConfig;
use crate::model::{Corpus, Diagnostic, Severity};
use std::collections::BTreeSet;

/// Runs the voices analysis over the parsed corpus, filling `Article.voices` and `Corpus.voices`.
/// Problems a maintainer should see go into `diags` (warnings name the file).
pub fn analyse(corpus: &mut Corpus, cfg: &CorpusConfig, diags: &mut Vec<Diagnostic>) {
    let mut docs: Vec<doc::Doc> = crate::par::map(&corpus.articles, doc::build);
    for d in docs.iter_mut() {
        promote::speakers(d);
    }
    let reg = actors::build(&mut docs, &cfg.voices);
    let dir: stats::Directory = reg
        .actors
        .iter()
        .map(|a| (a.id.clone(), (a.name.clone(), a.group.clone())))
        .collect();
    // Each article on its own (every core with the `parallel` feature), then in order.
    let articles = &corpus.articles;
    let analysed = crate::par::map_indexed(&docs, |i, d| {
        let ctx = resolve::Ctx::new(d, &reg, i);
        let article = &articles[i];
        let own: Vec<String> = [&article.outlet, &article.wire]
            .into_iter()
            .flatten()
            .map(|a| text::fold(&a.name))
            .collect();
        let (mut v, ambiguous) = analyse_article(&ctx, &cfg.voices, &own);
        v.heard = stats::heard(&v, &dir);
        (v, ambiguous)
    });
    for ((article, d), (v, ambiguous)) in corpus.articles.iter_mut().zip(&docs).zip(analysed) {
        for w in capped(d.warnings.iter().chain(&ambiguous)) {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                file: article.source_file.clone(),
                line: None,
                message: w.clone(),
            });
            article.warnings.push(w);
        }
        article.voices = Some(v);
    }
    corpus.voices = Some(summary::summarise(corpus, &reg, &cfg.voices));
}

/// Most voices warnings one article reports: a page of 100,000 stray quotation marks would
/// otherwise bury the build summary and the JSON under one warning per mark.
const MAX_WARNINGS: usize = 20;

/// The first [`MAX_WARNINGS`] warnings, then one saying how many more there were.
fn capped<'a>(warnings: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut more = 0usize;
    for w in warnings {
        if out.len() < MAX_WARNINGS {
            out.push(w.clone());
        } else {
            more += 1;
        }
    }
    if more > 0 {
        out.push(format!(
            "and {more} more quotation warnings like these (only the first {MAX_WARNINGS} are listed)"
        ));
    }
    out
}

fn analyse_article(
    ctx: &resolve::Ctx,
    cfg: &VoicesConfig,
    own: &[String],
) -> (ArticleVoices, Vec<String>) {
    let utts = attrib::attribute(ctx);
    let (quotes, aside_quotes, index) = output::quotes(ctx, &utts);
    let warnings = ambiguous_pronouns(ctx, &utts);
    let mut quoted = BTreeSet::new();
    for (u, at) in utts.iter().zip(&index) {
        let speech = at.is_some_and(|k| quotes[k as usize].kind == QuoteKind::Speech);
        if let (true, Some(g)) = (speech, u.who.actor()) {
            for &q in &u.quotes {
                for p in &ctx.doc.quotes[q].pieces {
                    let t = ctx.doc.segs[p.seg]
                        .toks
                        .iter()
                        .position(|t| t.start == p.outer.0)
                        .unwrap_or(0);
                    quoted.insert((p.seg, ctx.doc.sentence_of(p.seg, t).0, g));
                }
            }
        }
    }
    let mut ind = reported::indirect(ctx, &quoted);
    if !utts
        .iter()
        .any(|u| ctx.doc.quotes[u.quotes[0]].pieces[0].seg == 0)
    {
        if let Some((who, cue)) = tags::headline_colon(ctx, 0) {
            let n = ctx.doc.segs[0].toks.len();
            ind.insert(
                0,
                reported::IndirectAt {
                    who,
                    cue,
                    sent: doc::TokRange {
                        seg: 0,
                        t0: 0,
                        t1: n,
                    },
                },
            );
        }
    }
    let anon = reported::anonymous(ctx);
    let anonymous = output::anonymous(ctx, &anon, cfg);
    let relayed = output::relays(ctx, &reported::relays(ctx), &anonymous, own);
    let v = ArticleVoices {
        indirect: output::indirect(ctx, &ind, &quotes),
        quotes,
        aside_quotes,
        anonymous,
        relayed,
        actors: output::actors(ctx),
        heard: Heard::default(),
    };
    (v, warnings)
}

/// A warning for each quote whose "he"/"she" fits two people named in one paragraph.
fn ambiguous_pronouns(ctx: &resolve::Ctx, utts: &[attrib::Utterance]) -> Vec<String> {
    let mut out = Vec::new();
    for u in utts {
        let resolve::Who::Actor {
            res: Resolution::Pronoun,
            printed: doc::TokRange { seg: s, t0, t1 },
            ..
        } = u.who
        else {
            continue;
        };
        let word = text::fold(ctx.doc.word(s, t0));
        let np = np::Np {
            seg: s,
            t0,
            t1,
            kind: np::NpKind::Pronoun(word.clone()),
        };
        if let Some((chosen, other)) = ctx.rival(&np) {
            let seg = &ctx.doc.segs[s];
            let place = match seg.part {
                Part::Headline => "the headline".to_string(),
                _ => format!("paragraph {}", seg.index + 1),
            };
            out.push(format!(
                "voices: in {place}, \"{word}\" could be {chosen} or {other}; the quote is given to {chosen}, named nearer"
            ));
        }
    }
    out
}
