//! Actors across the corpus: one entry per person or organisation however it is printed.
//!
//! * A person named in full ("Claudia Sheinbaum") is keyed by the folded full name; another full
//!   name with the same first name and a surname one misprint away ("Claudia Sheinabum") is
//!   the same person. Titles are kept as roles, never as part of the name.
//! * A short form ("Sheinbaum", "Ms Sheinbaum", "López Obrador") joins the person in the same
//!   article whose name ends with it (misprints allowed); failing that, the one person in the
//!   whole corpus whose name does. A short form that speaks or carries a title but matches
//!   nobody stays an actor of its own, surname only ("Kelly").
//! * Organisations are keyed by the gazetteer's name ("NBC" → NBC News, "Fox News Digital" →
//!   Fox News) or their folded name without "the".
//! * `[voices] aliases` in corpus.toml map printed names to a canonical one; `[[voices.groups]]`
//!   place actors in groups. An actor no group lists gets a *suggested* group from the groups'
//!   `hints` (matched against its roles, appositives and name) and is listed as unplaced.

use super::doc::{Doc, Mention};
use super::names::{first_name_gender, org_kind, same_surname, NameKind};
use super::text::fold;
use super::types::{ActorKind, Gender};
use super::VoicesConfig;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// An actor of the corpus, while it is being assembled.
#[derive(Debug, Clone)]
pub(crate) struct GActor {
    /// Stable id (a slug of the display name).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Gender the text shows.
    pub gender: Option<Gender>,
    /// Printed forms and how often.
    pub forms: BTreeMap<String, u32>,
    /// Roles and appositives, and how often.
    pub roles: BTreeMap<String, u32>,
    /// Whether a full name (two words or more) was printed anywhere.
    pub full_name: bool,
    /// Group from corpus.toml.
    pub group: Option<String>,
    /// Suggested group and why, for an unplaced actor.
    pub suggestion: Option<(String, String)>,
    /// Articles it is mentioned in (indices).
    pub articles: BTreeSet<usize>,
    votes: (u32, u32),
    the: bool,
}

/// All actors, and which actor each mention of each article names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Registry {
    /// The actors.
    pub actors: Vec<GActor>,
    /// Per article, per mention: the actor.
    pub of_mention: Vec<Vec<Option<usize>>>,
    /// Lookups over the actors while they are built (names do not change until `finish`), so
    /// matching a name costs a map lookup, not a pass over every actor of the corpus.
    index: Index,
}

/// Per actor, its name's folded words; by key, the actor; by the first letter of the last
/// word, the full-name persons (a surname misprint keeps its first letter, see `same_surname`).
#[derive(Debug, Clone, Default)]
struct Index {
    words: Vec<Vec<String>>,
    by_key: HashMap<String, usize>,
    by_initial: BTreeMap<char, Vec<usize>>,
}

fn words(name: &str) -> Vec<String> {
    name.split_whitespace().map(fold).collect()
}

impl Registry {
    fn find_person(&self, name: &str) -> Option<usize> {
        let w = words(name);
        let key = w.join(" ");
        self.by_key(&key).or_else(|| {
            self.full_persons_like(&w[w.len() - 1]).find(|&g| {
                let aw = &self.index.words[g];
                aw.len() == w.len()
                    && aw[..aw.len() - 1] == w[..w.len() - 1]
                    && same_surname(&aw[aw.len() - 1], &w[w.len() - 1])
            })
        })
    }

    /// The actor with this key.
    fn by_key(&self, key: &str) -> Option<usize> {
        self.index.by_key.get(key).copied()
    }

    /// Full-name persons whose last word could be `last` (same first letter), in index order.
    fn full_persons_like<'a>(&'a self, last: &str) -> impl Iterator<Item = usize> + 'a {
        let initial = last.chars().next();
        initial
            .and_then(|c| self.index.by_initial.get(&c))
            .into_iter()
            .flatten()
            .copied()
    }

    fn add(&mut self, key: String, name: &str, kind: ActorKind, full: bool) -> usize {
        if let Some(i) = self.by_key(&key) {
            return i;
        }
        let g = self.actors.len();
        let w = words(name);
        if kind == ActorKind::Person && full {
            if let Some(c) = w.last().and_then(|l| l.chars().next()) {
                self.index.by_initial.entry(c).or_default().push(g);
            }
        }
        self.index.words.push(w);
        self.index.by_key.insert(key.clone(), g);
        self.actors.push(GActor {
            id: String::new(),
            name: name.to_string(),
            kind,
            gender: None,
            forms: BTreeMap::new(),
            roles: BTreeMap::new(),
            full_name: full,
            group: None,
            suggestion: None,
            articles: BTreeSet::new(),
            votes: (0, 0),
            the: false,
        });
        self.actors.len() - 1
    }

    fn note(&mut self, g: usize, art: usize, m: &Mention) {
        let a = &mut self.actors[g];
        *a.forms.entry(m.name.clone()).or_default() += 1;
        for r in m.role.iter().chain(m.appositive.iter()) {
            *a.roles.entry(r.clone()).or_default() += 1;
        }
        match m.gender {
            Some(Gender::Female) => a.votes.0 += 1,
            Some(Gender::Male) => a.votes.1 += 1,
            None => {}
        }
        a.the |= m.had_the;
        a.articles.insert(art);
    }

    /// Persons whose name ends with the (folded) short form `short`, misprints allowed.
    fn ending_with<'a>(
        &self,
        cands: impl Iterator<Item = &'a usize>,
        short: &[String],
    ) -> Vec<usize> {
        let mut out: Vec<usize> = cands
            .copied()
            .filter(|&g| {
                let a = &self.actors[g];
                let w = &self.index.words[g];
                a.kind == ActorKind::Person
                    && a.full_name
                    && w.len() > short.len()
                    && w[w.len() - short.len()..]
                        .iter()
                        .zip(short)
                        .all(|(x, y)| same_surname(x, y))
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn alias_of(cfg: &VoicesConfig, name: &str) -> Option<String> {
    let f = fold(name);
    cfg.aliases.iter().find_map(|(canon, aliases)| {
        (fold(canon) == f || aliases.iter().any(|a| fold(a) == f)).then(|| canon.clone())
    })
}

fn org_key(m: &Mention) -> String {
    let name = m.canonical.clone().unwrap_or_else(|| m.name.clone());
    format!("o:{}", super::text::name_key(&name))
}

/// Builds the registry from every article's mentions.
pub(crate) fn build(docs: &mut [Doc], cfg: &VoicesConfig) -> Registry {
    let mut reg = Registry {
        actors: Vec::new(),
        of_mention: Vec::new(),
        index: Index::default(),
    };
    let mut pending: Vec<(usize, usize)> = Vec::new();
    for (art, doc) in docs.iter_mut().enumerate() {
        let mut of = vec![None; doc.mentions.len()];
        // Aliases first: a printed alias is its canonical name.
        for m in doc.mentions.iter_mut() {
            if let Some(canon) = alias_of(cfg, &m.name) {
                let w: Vec<&str> = canon.split_whitespace().collect();
                m.name = canon.clone();
                if let Some((kind, c)) = org_kind(&w) {
                    m.kind = kind;
                    m.canonical = c;
                } else if m.kind != NameKind::Org && m.kind != NameKind::Media {
                    m.kind = NameKind::Person;
                }
            }
        }
        // Full names and organisations; longer names first, so "García Harfuch" finds
        // "Omar García Harfuch".
        let persons = person_names(doc);
        // The actors this article has named so far (a set: the candidates for a short form).
        let mut here: BTreeSet<usize> = BTreeSet::new();
        let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(doc.mentions[i].name.split_whitespace().count()));
        for i in order {
            let m = &doc.mentions[i];
            let g = match m.kind {
                NameKind::Person | NameKind::Unknown if m.name.split_whitespace().count() > 1 => {
                    if m.kind == NameKind::Unknown && !short_form_used(&persons, m) {
                        continue;
                    }
                    if let Some(&g) = reg.ending_with(here.iter(), &words(&m.name)).first() {
                        reg.note(g, art, m);
                        of[i] = Some(g);
                        here.insert(g);
                        continue;
                    }
                    let g = match reg.find_person(&m.name) {
                        Some(g) => g,
                        None => reg.add(
                            format!("p:{}", words(&m.name).join(" ")),
                            &m.name,
                            ActorKind::Person,
                            true,
                        ),
                    };
                    Some(g)
                }
                NameKind::Media => Some(reg.add(
                    org_key(m),
                    m.canonical.as_deref().unwrap_or(&m.name),
                    ActorKind::Media,
                    true,
                )),
                NameKind::Org => Some(reg.add(org_key(m), &m.name, ActorKind::Organisation, true)),
                _ => None,
            };
            if let Some(g) = g {
                reg.note(g, art, m);
                of[i] = Some(g);
                here.insert(g);
            }
        }
        // Short forms: link to a full name of this article.
        for (i, m) in doc.mentions.iter().enumerate() {
            if of[i].is_some() || !matches!(m.kind, NameKind::Person | NameKind::Unknown) {
                continue;
            }
            let short = words(&m.name);
            let hits = reg.ending_with(here.iter(), &short);
            if let Some(&g) = hits.first() {
                reg.note(g, art, m);
                of[i] = Some(g);
            } else {
                pending.push((art, i));
            }
        }
        reg.of_mention.push(of);
    }
    // Short forms with no full name in their article: the corpus's one person of that name,
    // or (if it speaks or has a title) an actor of its own.
    // Speakers first, so an unknown short form elsewhere ("Steenburgen’s son") finds the
    // surname-only actor that speaks ("Steenburgen said").
    pending.sort_by_key(|&(art, i)| docs[art].mentions[i].kind != NameKind::Person);
    for (art, i) in pending {
        let m = &docs[art].mentions[i];
        let short = words(&m.name);
        let like: Vec<usize> = short
            .last()
            .map(|l| reg.full_persons_like(l).collect())
            .unwrap_or_default();
        let hits = reg.ending_with(like.iter(), &short);
        let key = format!("s:{}", short.join(" "));
        let surname_only = reg.by_key(&key);
        let g = match (hits.len(), m.kind, surname_only) {
            (1, _, _) => hits[0],
            (_, _, Some(g)) => g,
            (_, NameKind::Person, None) => reg.add(key, &m.name, ActorKind::Person, false),
            _ => continue,
        };
        reg.note(g, art, m);
        reg.of_mention[art][i] = Some(g);
    }
    finish(&mut reg, cfg);
    reg
}

/// The names (as folded words) of the people an article mentions, to tell whether an unknown
/// two-word name is re-used by its last word(s) ("Esper"): one set per article, so the check is
/// a lookup per suffix, not a pass over every mention.
fn person_names(doc: &Doc) -> HashSet<Vec<String>> {
    doc.mentions
        .iter()
        .filter(|o| o.kind == NameKind::Person)
        .map(|o| words(&o.name))
        .collect()
}

/// Whether a shorter name ending `m`'s is one of `persons`.
fn short_form_used(persons: &HashSet<Vec<String>>, m: &Mention) -> bool {
    let w = words(&m.name);
    (1..=w.len()).any(|k| persons.contains(&w[k..]))
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn finish(reg: &mut Registry, cfg: &VoicesConfig) {
    let mut used: BTreeSet<String> = BTreeSet::new();
    for a in reg.actors.iter_mut() {
        // Display name: the most printed full form (ties: longer, then alphabetical).
        if a.kind == ActorKind::Person && a.full_name {
            if let Some((n, _)) = a
                .forms
                .iter()
                .filter(|(f, _)| f.split_whitespace().count() > 1)
                .max_by(|x, y| {
                    x.1.cmp(y.1)
                        .then(x.0.len().cmp(&y.0.len()))
                        .then(y.0.cmp(x.0))
                })
            {
                a.name = n.clone();
            }
        }
        if a.kind == ActorKind::Organisation && a.the && !a.name.starts_with("The ") {
            a.name = format!("The {}", a.name);
        }
        a.gender = match a.votes {
            (f, m) if f > m => Some(Gender::Female),
            (f, m) if m > f => Some(Gender::Male),
            _ => a
                .name
                .split_whitespace()
                .next()
                .and_then(first_name_gender)
                .filter(|_| a.full_name),
        };
        let base = slug(&a.name);
        let mut id = if base.is_empty() {
            "actor".to_string()
        } else {
            base
        };
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{}-{n}", slug(&a.name));
            n += 1;
        }
        used.insert(id.clone());
        a.id = id;
        super::groups::place(a, cfg);
    }
}
