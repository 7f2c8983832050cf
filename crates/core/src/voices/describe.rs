//! Descriptions to actors: "the group" to the organisation so named or described, "the
//! president" / "la mandataria" to the person holding that office (a country in the
//! description must not contradict the person's), "the report" to its author, "el funcionario"
//! to the official just named.

use super::lex::{self, has};
use super::np::{np_right, Np};
use super::resolve::{Ctx, MakeWho, Who};
use super::text::fold;
use super::types::{ActorKind, Resolution};

/// Role words that name the same office ("mandataria" for "presidenta").
pub(crate) const ROLE_SYNONYMS: &[&[&str]] = &[
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

pub(crate) const COUNTRIES: &[(&str, &[&str])] = &[
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
pub(crate) fn countries<'w>(
    words: impl Iterator<Item = &'w str>,
) -> std::collections::BTreeSet<&'static str> {
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

pub(crate) fn same_role(a: &str, b: &str) -> bool {
    a == b
        || ROLE_SYNONYMS
            .iter()
            .any(|set| set.contains(&a) && set.contains(&b))
}

impl Ctx<'_> {
    /// "el funcionario", "the spokeswoman": a definite singular official refers back to the
    /// titled person just named, unless an unnamed one ("a senior official") came first.
    pub(crate) fn named_official(&self, np: &Np, head: &str, actor: &MakeWho) -> Who {
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
            return Who::Anon(np.range());
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
            _ => Who::Anon(np.range()),
        }
    }

    pub(crate) fn describe(&self, np: &Np, head: &str, actor: &MakeWho) -> Who {
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
                    Some(d.head_range()),
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
                return Who::Anon(np.range());
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
}
