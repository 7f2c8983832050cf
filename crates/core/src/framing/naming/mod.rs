//! Naming choices: the words each outlet picks for the same thing.
//!
//! `corpus.toml` defines *concept slots* (`[[framing.slots]]`: the US action, the cartels,
//! Mexico's answer…), each with its variant terms. Terms match like lexicon cues (whole
//! words; case, accents and inflection ignored; `*` ends a prefix); `a | b` lists spellings
//! counted as one term. Within a slot the longest term wins where two overlap, and a term
//! is not counted on the words of a lexicon blocker ("pressing" not in "press conference"). Counts are
//! per outlet, over headline and body, with the sentences. Frequent noun phrases that no
//! slot covers are listed so a maintainer can extend the slots.

pub use framelens_model::framing::naming::*;
mod unplaced;

use super::lexicon::{compile_words, matches_at, CueWord};
use super::{ArticleFraming, Doc};
use crate::model::{Diagnostic, Severity};
use std::collections::{BTreeMap, BTreeSet};

/// A slot compiled for matching.
#[derive(Debug, Clone)]
pub struct Slot {
    /// The config it came from.
    pub config: SlotConfig,
    /// Per term: its display form and its compiled spellings.
    pub terms: Vec<(String, Vec<Vec<CueWord>>)>,
}

/// Compiles the slots, reporting bad ones (they are skipped, not fatal).
pub fn compile(cfg: &super::FramingConfig, diags: &mut Vec<Diagnostic>) -> Vec<Slot> {
    let mut warn = |m: String| {
        diags.push(Diagnostic {
            severity: Severity::Warning,
            file: "corpus.toml".into(),
            line: None,
            message: m,
        })
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for s in &cfg.slots {
        if s.id.trim().is_empty() || !seen.insert(s.id.clone()) {
            warn(format!(
                "[[framing.slots]] id `{}` is empty or repeated; slot skipped",
                s.id
            ));
            continue;
        }
        let mut terms = Vec::new();
        for t in &s.terms {
            let mut spellings = Vec::new();
            for sp in t.split('|').map(str::trim).filter(|x| !x.is_empty()) {
                match compile_words(sp) {
                    Ok(w) => spellings.push(w),
                    Err(e) => warn(format!("[[framing.slots]] `{}` term `{t}`: {e}", s.id)),
                }
            }
            if !spellings.is_empty() {
                let display = t.split('|').next().unwrap_or(t).trim().to_string();
                terms.push((display, spellings));
            }
        }
        if terms.is_empty() {
            warn(format!(
                "[[framing.slots]] `{}` has no usable terms; slot skipped",
                s.id
            ));
            continue;
        }
        out.push(Slot {
            config: s.clone(),
            terms,
        });
    }
    out
}

/// Every slot term in an article, in text order.
pub fn find_hits(slots: &[Slot], d: &Doc) -> Vec<NamingHit> {
    let (lex, _) = super::frames::lexicon_or_empty();
    let mut out = Vec::new();
    for (si, s) in d.sents.iter().enumerate() {
        // The lexicon's blockers ("press conference") keep a term ("pressing") off their words.
        let blocked: Vec<(usize, usize)> = lex
            .find(&s.toks)
            .into_iter()
            .filter(|m| lex.cues[m.cue].frame.is_none())
            .map(|m| (m.first, m.last))
            .collect();
        for slot in slots {
            let mut found: Vec<(usize, usize, &str)> = Vec::new();
            for (display, spellings) in &slot.terms {
                for w in spellings {
                    for at in 0..s.toks.len() {
                        if matches_at(w, &s.toks, at) {
                            found.push((at, at + w.len(), display));
                        }
                    }
                }
            }
            found.sort_by_key(|(a, b, t)| (std::cmp::Reverse(b - a), *a, *t));
            let mut kept: Vec<(usize, usize, &str)> = Vec::new();
            for f in found {
                let inside_blocker = blocked
                    .iter()
                    .any(|b| b.0 < f.1 && f.0 < b.1 && f.1 - f.0 <= b.1 - b.0);
                if !inside_blocker && !kept.iter().any(|k| k.0 < f.1 && f.0 < k.1) {
                    kept.push(f);
                }
            }
            for (f, l, term) in kept {
                let (start, end) = (s.toks[f].start, s.toks[l - 1].end);
                out.push(NamingHit {
                    slot: slot.config.id.clone(),
                    term: term.to_string(),
                    sentence: si as u32,
                    span: s.span(start, end),
                });
            }
        }
    }
    out.sort_by_key(|h| (h.sentence, h.span.start, h.slot.clone()));
    out
}

/// Most unplaced phrases listed.
pub const MAX_UNPLACED: usize = 40;

/// Counts per slot and outlet, and the unplaced phrases.
pub fn aggregate(slots: &[Slot], docs: &[Doc], per: &[ArticleFraming]) -> Naming {
    let outlets: BTreeSet<&str> = docs.iter().map(|d| d.outlet.as_str()).collect();
    let mut out = Naming::default();
    for slot in slots {
        let mut outlet_terms = Vec::new();
        for &o in &outlets {
            let mut counts: BTreeMap<&str, Vec<SentenceRef>> = BTreeMap::new();
            for (d, f) in docs.iter().zip(per).filter(|(d, _)| d.outlet == o) {
                for h in f.naming.iter().filter(|h| h.slot == slot.config.id) {
                    counts
                        .entry(h.term.as_str())
                        .or_default()
                        .push(SentenceRef {
                            article: d.id.clone(),
                            sentence: h.sentence,
                        });
                }
            }
            let mut terms: Vec<TermCount> = counts
                .into_iter()
                .map(|(t, s)| TermCount {
                    term: t.to_string(),
                    count: s.len() as u32,
                    articles: s
                        .iter()
                        .map(|r| r.article.clone())
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect(),
                })
                .collect();
            terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
            outlet_terms.push(OutletTerms {
                outlet: o.to_string(),
                total: terms.iter().map(|t| t.count).sum(),
                terms,
            });
        }
        out.slots.push(SlotNaming {
            id: slot.config.id.clone(),
            label: slot.config.label.clone(),
            description: slot.config.description.clone(),
            terms: slot.terms.iter().map(|(d, _)| d.clone()).collect(),
            outlets: outlet_terms,
        });
    }
    out.unplaced = unplaced::unplaced(docs, per);
    out
}
