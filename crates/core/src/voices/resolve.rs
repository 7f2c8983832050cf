//! From a noun phrase to an actor: names through the registry, pronouns to the nearest fitting
//! actor before them, descriptions ("the group", "the president") to the actor they describe,
//! and documents ("the report", "It") to their author.
//!
//! A pronoun looks back at most three paragraphs (the headline counts as one) for a person of
//! a compatible gender — she/her: female or not shown; he/his: male or not shown — and takes
//! the subject of the nearest sentence naming one. "It" takes a body named earlier in its
//! sentence, else looks back two paragraphs for a report, then an organisation. Nothing
//! fitting → no speaker.

use super::actors::Registry;
use super::doc::{Doc, TokRange};
use super::documents::DocRef;
use super::lex::{self, has};
use super::np::{Np, NpKind};
use super::text::fold;
use super::types::{ActorKind, Gender, Resolution};
/// Who a phrase names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    /// An actor.
    Actor {
        /// Actor index in the registry.
        g: usize,
        /// How found.
        res: Resolution,
        /// The printed phrase.
        printed: TokRange,
        /// The mention it leads back to, for pronouns and descriptions.
        via: Option<TokRange>,
        /// The document the words come from.
        document: Option<String>,
    },
    /// An unnamed source: where its description is printed.
    Anon(TokRange),
    /// An interviewer's question.
    Interviewer,
    /// Nobody found.
    Nobody,
}

impl Who {
    /// The actor, if any.
    pub fn actor(&self) -> Option<usize> {
        match self {
            Who::Actor { g, .. } => Some(*g),
            _ => None,
        }
    }
}

/// Builds a [`Who::Actor`] from actor, resolution, lead-back mention and document.
pub(crate) type MakeWho<'f> =
    dyn Fn(usize, Resolution, Option<TokRange>, Option<String>) -> Who + 'f;

/// What resolution needs to know about one article.
pub(crate) struct Ctx<'a> {
    /// The article.
    pub doc: &'a Doc,
    /// All actors.
    pub reg: &'a Registry,
    /// The article's index.
    pub art: usize,
    /// Documents invoked, in reading order.
    pub docs: Vec<DocRef>,
    /// The one person the article interviews, if it says so.
    pub interviewee: Option<usize>,
}

impl<'a> Ctx<'a> {
    /// A context with the article's documents and interviewee found.
    pub fn new(doc: &'a Doc, reg: &'a Registry, art: usize) -> Self {
        let mut ctx = Ctx {
            doc,
            reg,
            art,
            docs: Vec::new(),
            interviewee: None,
        };
        ctx.find_documents();
        ctx.interviewee = ctx.find_interviewee();
        ctx
    }

    /// The actor a mention names.
    pub fn actor_of(&self, m: usize) -> Option<usize> {
        self.reg.of_mention[self.art][m]
    }

    pub(crate) fn kind(&self, g: usize) -> ActorKind {
        self.reg.actors[g].kind
    }

    /// Mentions (index, actor) before (seg, t), nearest first, within `back` segments.
    pub(crate) fn before(&self, seg: usize, t: usize, back: usize) -> Vec<(usize, usize)> {
        let aside = !self.doc.segs[seg].discourse;
        let mut found: Vec<(usize, usize)> = self
            .doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                (m.seg == seg && m.t1 <= t) || (!aside && m.seg < seg && seg - m.seg <= back)
            })
            .filter_map(|(i, _)| self.actor_of(i).map(|g| (i, g)))
            .collect();
        // Nearest first: later segment, then later token.
        found.sort_by_key(|&(i, _)| {
            let m = &self.doc.mentions[i];
            std::cmp::Reverse((m.seg, m.t1, m.t0))
        });
        found
    }

    /// Persons a he/she at `np` may stand for, nearest first.
    /// Within the nearest sentence naming a fitting person, its first person not printed as a
    /// possessive comes first — the sentence's subject, as a reader takes it ("Wild defenseman
    /// Ryan Suter, who joked about Parise's …" → "he" is Suter).
    fn people_for(&self, np: &Np, gender: Option<Gender>) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = self
            .before(np.seg, np.t0, 3)
            .into_iter()
            .filter(|&(_, g)| {
                let a = &self.reg.actors[g];
                a.kind == ActorKind::Person && (a.gender.is_none() || a.gender == gender)
            })
            .collect();
        let Some(&(m0, _)) = found.first() else {
            return found;
        };
        let m0 = &self.doc.mentions[m0];
        let sentence = (m0.seg, self.doc.sentence_of(m0.seg, m0.t0));
        let same = |m: usize| {
            let x = &self.doc.mentions[m];
            (x.seg, self.doc.sentence_of(x.seg, x.t0)) == sentence
        };
        let n = found.iter().take_while(|&&(m, _)| same(m)).count();
        found[..n].sort_by_key(|&(m, _)| {
            let x = &self.doc.mentions[m];
            (x.possessive, x.t0)
        });
        found
    }

    /// For a he/she resolved to a person: another person who fits as well, named in the
    /// same paragraph as the chosen one — the reader should know the choice was close.
    pub fn rival(&self, np: &Np) -> Option<(String, String)> {
        let NpKind::Pronoun(p) = &np.kind else {
            return None;
        };
        let gender = if has(lex::SHE, p) {
            Some(Gender::Female)
        } else if has(lex::HE, p) {
            Some(Gender::Male)
        } else {
            return None;
        };
        let found = self.people_for(np, gender);
        let &(m0, g0) = found.first()?;
        let seg = self.doc.mentions[m0].seg;
        let &(_, g1) = found
            .iter()
            .find(|&&(m, g)| g != g0 && self.doc.mentions[m].seg == seg)?;
        let name = |g: usize| self.reg.actors[g].name.clone();
        Some((name(g0), name(g1)))
    }

    /// Where mention `m` is printed.
    pub(crate) fn span_of(&self, m: usize) -> TokRange {
        let m = &self.doc.mentions[m];
        TokRange {
            seg: m.seg,
            t0: m.t0,
            t1: m.t1,
        }
    }

    /// Resolves a noun phrase.
    pub fn resolve(&self, np: &Np) -> Who {
        let printed = np.range();
        let actor = |g, res, via, document| Who::Actor {
            g,
            res,
            printed,
            via,
            document,
        };
        match &np.kind {
            NpKind::Mention(m) => {
                let Some(g) = self.actor_of(*m) else {
                    return Who::Nobody;
                };
                let a = &self.reg.actors[g];
                let m = &self.doc.mentions[*m];
                let full = a.kind != ActorKind::Person
                    || m.name.split_whitespace().count() > 1
                    || fold(&m.name) == fold(&a.name);
                actor(
                    g,
                    if full {
                        Resolution::Named
                    } else {
                        Resolution::Surname
                    },
                    None,
                    None,
                )
            }
            NpKind::Pronoun(p) => {
                let gender = if has(lex::SHE, p) {
                    Some(Gender::Female)
                } else if has(lex::HE, p) {
                    Some(Gender::Male)
                } else {
                    None
                };
                if gender.is_some() {
                    let hit = self.people_for(np, gender).into_iter().next();
                    return hit.map_or(Who::Nobody, |(m, g)| {
                        actor(g, Resolution::Pronoun, Some(self.span_of(m)), None)
                    });
                }
                let orgs = |back| {
                    self.before(np.seg, np.t0, back)
                        .into_iter()
                        .find(|&(_, g)| self.kind(g) != ActorKind::Person)
                };
                if has(lex::IT, p) {
                    // "The Trump administration said …, and it added": the sentence's body.
                    let (lo, _) = self.doc.sentence_of(np.seg, np.t0);
                    let here = self.before(np.seg, np.t0, 0).into_iter().find(|&(m, g)| {
                        self.kind(g) != ActorKind::Person && self.doc.mentions[m].t0 >= lo
                    });
                    if let Some((m, g)) = here {
                        return actor(g, Resolution::Pronoun, Some(self.span_of(m)), None);
                    }
                    if let Some(d) = self.doc_before(np.seg, np.t0, 2) {
                        return actor(
                            d.owner,
                            Resolution::Document,
                            Some(d.head_range()),
                            Some(d.head.clone()),
                        );
                    }
                    return orgs(2).map_or(Who::Nobody, |(m, g)| {
                        actor(g, Resolution::Pronoun, Some(self.span_of(m)), None)
                    });
                }
                orgs(1).map_or(Who::Nobody, |(m, g)| {
                    actor(g, Resolution::Pronoun, Some(self.span_of(m)), None)
                })
            }
            NpKind::Anon(head) => self.named_official(np, &fold(head), &actor),
            NpKind::Relative => Who::Nobody,
            NpKind::Desc(head) => self.describe(np, &fold(head), &actor),
        }
    }
}
