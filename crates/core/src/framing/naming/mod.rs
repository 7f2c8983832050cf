//! Naming choices: the words each outlet picks for the same thing.
//!
//! `corpus.toml` defines *concept slots* (`[[framing.slots]]`: the US action, the cartels,
//! Mexico's answer…), each with its variant terms. Terms match like lexicon cues (whole
//! words; case, accents and inflection ignored; `*` ends a prefix); `a | b` lists spellings
//! counted as one term. Within a slot the longest term wins where two overlap, and a term
//! is not counted on the words of a lexicon blocker ("pressing" not in "press conference"). Counts are
//! per outlet, over headline and body, with the sentences. Frequent noun phrases that no
//! slot covers are listed so a maintainer can extend the slots.

mod unplaced;

use super::lexicon::{compile_words, matches_at, CueWord};
use super::{ArticleFraming, Doc};
use crate::model::{Diagnostic, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// `[[framing.slots]]` in corpus.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotConfig {
    /// Short stable id ("us_action").
    pub id: String,
    /// What the page calls it ("The US action").
    pub label: String,
    /// Optional longer explanation.
    #[serde(default)]
    pub description: Option<String>,
    /// The variant terms; `"a | b"` counts spellings a and b as one term (shown as a).
    pub terms: Vec<String>,
}

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

/// A slot term found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct NamingHit {
    /// Slot id.
    pub slot: String,
    /// The term (display form from corpus.toml).
    pub term: String,
    /// Sentence index (0 = headline).
    pub sentence: u32,
    /// Body paragraph; null for the headline.
    pub paragraph: Option<u32>,
    /// First char in the paragraph (or headline).
    pub start: u32,
    /// One past the last char.
    pub end: u32,
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
                    paragraph: s.paragraph,
                    start: start as u32,
                    end: end as u32,
                });
            }
        }
    }
    out.sort_by_key(|h| (h.sentence, h.start, h.slot.clone()));
    out
}

/// A sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SentenceRef {
    /// Article id.
    pub article: String,
    /// Sentence index in that article's `framing.sentences` (0 = headline).
    pub sentence: u32,
}

/// How often an outlet used one term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct TermCount {
    /// The term.
    pub term: String,
    /// Occurrences.
    pub count: u32,
    /// Articles using it (ids); the sentences and spans are in each article's `framing.naming`.
    pub articles: Vec<String>,
}

/// One outlet's terms for one slot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct OutletTerms {
    /// Outlet name.
    pub outlet: String,
    /// Total occurrences of the slot's terms.
    pub total: u32,
    /// Terms used, most used first (unused terms left out).
    pub terms: Vec<TermCount>,
}

/// A concept slot and what each outlet called it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SlotNaming {
    /// Slot id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Description, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// All the slot's terms, in corpus.toml order.
    pub terms: Vec<String>,
    /// Every outlet of the corpus, by name (an outlet with no hit has `total` 0).
    pub outlets: Vec<OutletTerms>,
}

/// A frequent noun phrase no slot covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct UnplacedPhrase {
    /// The phrase (lower case).
    pub phrase: String,
    /// Occurrences.
    pub count: u32,
    /// Articles using it.
    pub articles: u32,
    /// Outlets using it, by name.
    pub outlets: Vec<String>,
    /// First occurrence.
    pub example: SentenceRef,
}

/// Naming choices across the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Naming {
    /// Per slot, per outlet.
    pub slots: Vec<SlotNaming>,
    /// Frequent noun phrases outside every slot, most widespread first (at most 40).
    pub unplaced: Vec<UnplacedPhrase>,
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
