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
use super::doc::Doc;
use super::lex::{self, has};
use super::np::{np_right, subject_of, Np, NpKind};
use super::text::fold;
use super::types::{ActorKind, Gender, Resolution};

/// Role words that name the same office ("mandataria" for "presidenta").
const ROLE_SYNONYMS: &[&[&str]] = &[
    &[
        "president",
        "presidenta",
        "presidente",
        "mandataria",
        "mandatario",
    ],
    &[
        "minister",
        "ministra",
        "ministro",
        "secretary",
        "secretaria",
        "secretario",
        "canciller",
    ],
    &[
        "spokesperson",
        "spokeswoman",
        "spokesman",
        "vocero",
        "vocera",
        "portavoz",
    ],
    &["ambassador", "embajador", "embajadora"],
    &["governor", "gobernador", "gobernadora"],
    &["senator", "senador", "senadora"],
];

const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "us",
        &[
            "us",
            "u.s.",
            "usa",
            "u.s.a.",
            "american",
            "america",
            "estadounidense",
            "estadunidense",
            "norteamericano",
            "norteamericana",
        ],
    ),
    ("mx", &["mexico", "mexican", "mexicano", "mexicana"]),
    (
        "ve",
        &["venezuela", "venezuelan", "venezolano", "venezolana"],
    ),
    ("co", &["colombia", "colombian", "colombiano", "colombiana"]),
    ("cu", &["cuba", "cuban", "cubano", "cubana"]),
    ("ca", &["canada", "canadian"]),
    ("cn", &["china", "chinese"]),
];

/// The countries words name ("Mexico's", "US", "estadounidense").
fn countries<'w>(words: impl Iterator<Item = &'w str>) -> std::collections::BTreeSet<&'static str> {
    words
        .filter_map(|w| {
            let f = fold(super::text::strip_possessive(w).0);
            COUNTRIES
                .iter()
                .find(|(_, forms)| forms.contains(&f.as_str()))
                .map(|(c, _)| *c)
        })
        .collect()
}

fn same_role(a: &str, b: &str) -> bool {
    a == b
        || ROLE_SYNONYMS
            .iter()
            .any(|set| set.contains(&a) && set.contains(&b))
}

/// A report, memoir or other document and its author, where it is first invoked.
#[derive(Debug, Clone)]
pub(crate) struct DocRef {
    /// Segment.
    pub seg: usize,
    /// Token of the head noun or verb.
    pub t: usize,
    /// Author (actor index).
    pub owner: usize,
    /// "report", "memoir".
    pub head: String,
}

/// Who a phrase names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    /// An actor.
    Actor {
        /// Actor index in the registry.
        g: usize,
        /// How found.
        res: Resolution,
        /// The printed phrase (segment, token range).
        printed: (usize, usize, usize),
        /// The mention it leads back to, for pronouns and descriptions.
        via: Option<(usize, usize, usize)>,
        /// The document the words come from.
        document: Option<String>,
    },
    /// An unnamed source (segment, token range).
    Anon(usize, usize, usize),
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
type MakeWho<'f> =
    dyn Fn(usize, Resolution, Option<(usize, usize, usize)>, Option<String>) -> Who + 'f;

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

    fn kind(&self, g: usize) -> ActorKind {
        self.reg.actors[g].kind
    }

    /// Mentions (index, actor) before (seg, t), nearest first, within `back` segments.
    fn before(&self, seg: usize, t: usize, back: usize) -> Vec<(usize, usize)> {
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

    fn span_of(&self, m: usize) -> (usize, usize, usize) {
        let m = &self.doc.mentions[m];
        (m.seg, m.t0, m.t1)
    }

    /// Resolves a noun phrase.
    pub fn resolve(&self, np: &Np) -> Who {
        let printed = (np.seg, np.t0, np.t1);
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
                            Some((d.seg, d.t, d.t + 1)),
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

    /// "el funcionario", "the spokeswoman": a definite singular official refers back to the
    /// titled person just named, unless an unnamed one ("a senior official") came first.
    fn named_official(&self, np: &Np, head: &str, actor: &MakeWho) -> Who {
        const SINGULAR: &[&str] = &[
            "official",
            "funcionario",
            "funcionaria",
            "spokesperson",
            "spokeswoman",
            "spokesman",
            "vocero",
            "vocera",
            "portavoz",
        ];
        let definite = matches!(
            fold(self.doc.word(np.seg, np.t0)).as_str(),
            "the" | "el" | "la"
        );
        if !(definite && np.t1 == np.t0 + 2 && SINGULAR.contains(&head)) {
            return Who::Anon(np.seg, np.t0, np.t1);
        }
        let doc = self.doc;
        let unnamed_before = (np.seg.saturating_sub(1)..=np.seg).any(|s| {
            let end = if s == np.seg {
                np.t0
            } else {
                doc.segs[s].toks.len()
            };
            (0..end).any(|t| {
                doc.is_word(s, t)
                    && fold(doc.word(s, t)) == head
                    && (t.saturating_sub(3)..t).any(|k| {
                        doc.is_word(s, k)
                            && matches!(
                                fold(doc.word(s, k)).as_str(),
                                "a" | "an" | "un" | "una" | "one"
                            )
                    })
            })
        });
        let named = self.before(np.seg, np.t0, 1).into_iter().find(|&(_, g)| {
            let a = &self.reg.actors[g];
            a.kind == ActorKind::Person && !a.roles.is_empty()
        });
        match named {
            Some((m, g)) if !unnamed_before => {
                actor(g, Resolution::Description, Some(self.span_of(m)), None)
            }
            _ => Who::Anon(np.seg, np.t0, np.t1),
        }
    }

    fn describe(&self, np: &Np, head: &str, actor: &MakeWho) -> Who {
        let embedded = (np.t0..np.t1)
            .filter_map(|t| self.doc.segs[np.seg].tok_mention[t])
            .find_map(|m| self.actor_of(m));
        let before = self.before(np.seg, np.t0, usize::MAX);
        let via = |m| Some(self.span_of(m));
        if has(lex::DOC_HEADS, head) {
            // "a statement from the ministry", "a report by the group"
            let hi = self.doc.segs[np.seg].toks.len();
            let by = (self.doc.is_word(np.seg, np.t1)
                && matches!(
                    fold(self.doc.word(np.seg, np.t1)).as_str(),
                    "from" | "by" | "of" | "de" | "del"
                ))
            .then(|| np_right(self.doc, np.seg, np.t1 + 1, hi))
            .flatten()
            .map(|n| self.resolve(&n))
            .and_then(|w| w.actor());
            if let Some(g) = embedded.or(by) {
                return actor(g, Resolution::Document, None, Some(head.to_string()));
            }
            return match self.doc_before(np.seg, np.t0, usize::MAX) {
                Some(d) => actor(
                    d.owner,
                    Resolution::Document,
                    Some((d.seg, d.t, d.t + 1)),
                    Some(d.head.clone()),
                ),
                None => Who::Nobody,
            };
        }
        let pick = |ok: &dyn Fn(usize, usize) -> bool| {
            before
                .iter()
                .find(|&&(m, g)| ok(m, g))
                .map_or(Who::Nobody, |&(m, g)| {
                    actor(g, Resolution::Description, via(m), None)
                })
        };
        let named_so = |m: usize, g: usize| {
            let mention = &self.doc.mentions[m];
            fold(&self.reg.actors[g].name).contains(head)
                || mention
                    .appositive
                    .as_deref()
                    .is_some_and(|a| fold(a).split_whitespace().any(|w| w == head))
        };
        if has(lex::GROUP_HEADS, head) {
            let org = |g: usize| self.kind(g) == ActorKind::Organisation;
            let w = pick(&|m, g| org(g) && named_so(m, g));
            return if w == Who::Nobody {
                pick(&|_, g| org(g))
            } else {
                w
            };
        }
        if has(lex::MEDIA_HEADS, head) {
            if let Some(g) = embedded.filter(|&g| self.kind(g) == ActorKind::Media) {
                return actor(g, Resolution::Description, None, None);
            }
            return pick(&|_, g| self.kind(g) == ActorKind::Media);
        }
        if has(lex::GOV_HEADS, head) {
            if let Some(g) = embedded.filter(|&g| self.kind(g) == ActorKind::Organisation) {
                return actor(g, Resolution::Description, None, None);
            }
            return pick(&|m, g| self.kind(g) == ActorKind::Organisation && named_so(m, g));
        }
        if has(lex::ROLE_HEADS, head) {
            let det = fold(self.doc.word(np.seg, np.t0));
            if matches!(det.as_str(), "a" | "an" | "un" | "una") {
                return Who::Anon(np.seg, np.t0, np.t1);
            }
            // "The US president" is not Mexico's: a country in the description must not
            // contradict the countries in the person's roles.
            let wanted = countries((np.t0..np.t1).map(|t| self.doc.word(np.seg, t)));
            let titled = |g: usize| {
                let a = &self.reg.actors[g];
                let has_role = a
                    .roles
                    .keys()
                    .any(|r| fold(r).split_whitespace().any(|w| same_role(w, head)));
                let theirs = countries(a.roles.keys().flat_map(|r| r.split_whitespace()));
                let fits = wanted.is_empty() || theirs.is_empty() || !wanted.is_disjoint(&theirs);
                a.kind == ActorKind::Person && has_role && fits
            };
            let w = pick(&|_, g| titled(g));
            if w != Who::Nobody || self.doc.segs[np.seg].part != super::types::Part::Headline {
                return w;
            }
            // A headline names its speaker by role before the lead names them in full.
            return self
                .doc
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| self.doc.segs[m.seg].discourse && m.seg <= 3)
                .find_map(|(i, _)| self.actor_of(i).filter(|&g| titled(g)).map(|g| (i, g)))
                .map_or(Who::Nobody, |(m, g)| {
                    actor(g, Resolution::Description, via(m), None)
                });
        }
        Who::Nobody
    }

    fn doc_before(&self, seg: usize, t: usize, back: usize) -> Option<&DocRef> {
        let aside = !self.doc.segs[seg].discourse;
        self.docs
            .iter()
            .rev()
            .find(|d| (d.seg == seg && d.t < t) || (!aside && d.seg < seg && seg - d.seg <= back))
    }

    fn find_documents(&mut self) {
        let doc = self.doc;
        for s in (0..doc.segs.len()).filter(|&s| doc.segs[s].discourse) {
            for t in 0..doc.segs[s].toks.len() {
                if !doc.is_word(s, t) {
                    continue;
                }
                let w = fold(doc.word(s, t));
                let (lo, hi) = doc.sentence_of(s, t);
                let mut owner = None;
                let mut head: Option<String> = None;
                if has(lex::DOC_HEADS, &w) && !super::text::is_cap(doc.word(s, t)) {
                    // "an NBC News report", "Trump's memoir", "a report by the group"
                    owner = t
                        .checked_sub(1)
                        .and_then(|k| {
                            doc.segs[s].tok_mention[k].filter(|&m| doc.mentions[m].t1 == t)
                        })
                        .and_then(|m| self.actor_of(m));
                    if owner.is_none()
                        && doc.is_word(s, t + 1)
                        && matches!(doc.word(s, t + 1), "by" | "from")
                    {
                        owner = np_right(doc, s, t + 2, hi)
                            .map(|np| self.resolve(&np))
                            .and_then(|w| w.actor());
                    }
                } else if matches!(
                    w.as_str(),
                    "reported"
                        | "reports"
                        | "released"
                        | "published"
                        | "issued"
                        | "unveiled"
                        | "signed"
                ) {
                    let named = (t + 1..(t + 5).min(hi))
                        .find(|&k| doc.is_word(s, k) && has(lex::DOC_HEADS, doc.word(s, k)));
                    if let Some(k) = named {
                        head = Some(fold(doc.word(s, k)));
                    }
                    if w.starts_with("report") || named.is_some() {
                        owner = subject_of(doc, s, t, lo)
                            .map(|np| self.resolve(&np))
                            .and_then(|w| w.actor());
                    }
                }
                if let Some(owner) = owner {
                    let head = match head {
                        Some(h) => h,
                        None if has(lex::DOC_HEADS, &w) => w,
                        None => "report".into(),
                    };
                    self.docs.push(DocRef {
                        seg: s,
                        t,
                        owner,
                        head,
                    });
                }
            }
        }
    }

    fn find_interviewee(&self) -> Option<usize> {
        let doc = self.doc;
        let first_turn = doc.segs.iter().position(|s| s.turn.is_some())?;
        let mut found = std::collections::BTreeSet::new();
        for s in 0..first_turn {
            for &(lo, hi) in &doc.segs[s].sents {
                let cue = (lo..hi).any(|t| {
                    doc.is_word(s, t)
                        && matches!(
                            fold(doc.word(s, t)).as_str(),
                            "spoke"
                                | "sat"
                                | "caught"
                                | "talked"
                                | "conversation"
                                | "q&a"
                                | "interview"
                                | "interviewed"
                                | "entrevista"
                                | "entrevistado"
                                | "entrevistada"
                        )
                });
                if cue {
                    for m in doc
                        .mentions
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| m.seg == s && m.t0 >= lo && m.t1 <= hi)
                    {
                        if let Some(g) = self
                            .actor_of(m.0)
                            .filter(|&g| self.kind(g) == ActorKind::Person)
                        {
                            found.insert(g);
                        }
                    }
                }
            }
        }
        (found.len() == 1).then(|| *found.iter().next().unwrap_or(&0))
    }
}
