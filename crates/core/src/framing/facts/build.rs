//! Facts from the groups of linked clauses: labels, anchors, first date, and the articles
//! that state each.

use super::super::dates::Ymd;
use super::super::Doc;
use super::features::{Feat, Item, Kind};
use super::link::mean_link;
use super::statement::{clearest, Candidate};
use super::{Fact, Facts, Statement, GROUP, RARE_DF};
use crate::text::slice_chars;
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn build(
    docs: &[Doc],
    items: &[Item],
    groups: Vec<Vec<usize>>,
    links: &BTreeMap<(usize, usize), f64>,
    df: &BTreeMap<&str, usize>,
) -> Facts {
    // Facts across articles; a group's statements are its clauses (one per article).
    let mut facts: Vec<Vec<usize>> = Vec::new();
    let mut by_key: BTreeMap<BTreeSet<(usize, usize)>, usize> = BTreeMap::new();
    let mut in_fact: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut adjacent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(x, y) in links.keys() {
        adjacent.entry(x).or_default().push(y);
        adjacent.entry(y).or_default().push(x);
    }
    for mut g in groups.into_iter().filter(|g| g.len() >= 2) {
        // A clause already used by another fact may still state this one: the best-linked
        // clause of each article the group lacks joins it (never a second clause per article).
        let present: BTreeSet<usize> = g.iter().map(|&i| items[i].doc).collect();
        let linked: BTreeSet<usize> = g
            .iter()
            .flat_map(|i| adjacent.get(i).into_iter().flatten().copied())
            .filter(|&j| !present.contains(&items[j].doc))
            .collect();
        let mut best: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
        for j in linked {
            let m = mean_link(&[j], &g, links);
            let e = best.entry(items[j].doc).or_insert((m, j));
            if m > e.0 {
                *e = (m, j);
            }
        }
        g.extend(
            best.into_values()
                .filter(|(m, _)| *m >= GROUP)
                .map(|(_, j)| j),
        );
        g.sort_by_key(|&i| (items[i].doc, items[i].sent));
        for &i in &g {
            in_fact.insert((items[i].doc, items[i].sent));
        }
        // Clauses of the same sentences (a reused paragraph matches clause by clause) are one fact.
        let key = |g: &[usize]| {
            g.iter()
                .map(|&i| (items[i].doc, items[i].sent))
                .collect::<BTreeSet<_>>()
        };
        // Extending a fact with a group of the same sentences leaves its key as it was.
        match by_key.entry(key(&g)) {
            std::collections::btree_map::Entry::Occupied(e) => facts[*e.get()].extend(g),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(facts.len());
                facts.push(g);
            }
        }
    }
    for f in &mut facts {
        f.sort_by_key(|&i| (items[i].doc, items[i].sent, i));
    }
    // Facts one article alone states: its first clause with a quantity or a month/year date,
    // for sentences stating no shared fact.
    let mut seen = BTreeSet::new();
    for (i, it) in items.iter().enumerate() {
        let key = (it.doc, it.sent);
        if (it.quantity || it.dated) && !in_fact.contains(&key) && seen.insert(key) {
            facts.push(vec![i]);
        }
    }
    facts.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then((items[a[0]].doc, items[a[0]].sent).cmp(&(items[b[0]].doc, items[b[0]].sent)))
    });
    let mut out = Facts {
        articles: docs.iter().map(|d| d.id.clone()).collect(),
        facts: Vec::new(),
    };
    for (k, g) in facts.into_iter().enumerate() {
        out.facts.push(fact(k, docs, items, &g, df));
    }
    out
}

fn fact(k: usize, docs: &[Doc], items: &[Item], g: &[usize], df: &BTreeMap<&str, usize>) -> Fact {
    let r = &items[g[0]];
    let rs = &docs[r.doc].sents[r.sent];
    let rare = |key: &str| df.get(key).copied().unwrap_or(0);
    // A fact one article alone states is labelled from its whole sentence.
    let single = g.iter().all(|&i| items[i].doc == r.doc);
    let own: Vec<&Item> = if single {
        items
            .iter()
            .filter(|it| it.doc == r.doc && it.sent == r.sent)
            .collect()
    } else {
        g.iter()
            .map(|&i| &items[i])
            .filter(|it| it.doc == r.doc)
            .collect()
    };
    let others: Vec<&Item> = g
        .iter()
        .map(|&i| &items[i])
        .filter(|it| it.doc != r.doc)
        .collect();
    // Key words: numbers, dates and rare names — for a shared fact, those its statements share.
    let mut keys: Vec<(&String, &Feat)> = own
        .iter()
        .flat_map(|it| it.feats.iter())
        .filter(|(key, f)| {
            let anchor = matches!(f.kind, Kind::Number | Kind::Date);
            if !single {
                others.iter().any(|it| it.feats.contains_key(*key))
                    && (anchor || rare(key) <= 2 * RARE_DF)
            } else {
                anchor || (f.kind == Kind::Name && rare(key) <= RARE_DF)
            }
        })
        .collect();
    if single && keys.len() < 4 {
        let mut more: Vec<(&String, &Feat)> = own
            .iter()
            .flat_map(|it| it.feats.iter())
            .filter(|(key, f)| f.kind == Kind::Term && rare(key) <= 1)
            .collect();
        more.sort_by_key(|(_, f)| f.at);
        more.truncate(4 - keys.len());
        keys.extend(more);
    }
    keys.sort_by_key(|(key, f)| {
        (
            !matches!(f.kind, Kind::Number | Kind::Date),
            rare(key),
            f.at,
        )
    });
    keys.truncate(6);
    keys.sort_by_key(|(_, f)| f.at);
    // A number is shown with the word it counts ("65 people").
    let word = |f: &Feat| {
        let end = match f.kind {
            Kind::Number => rs
                .toks
                .iter()
                .find(|t| t.start >= f.at.1)
                .filter(|t| !t.gap && !crate::text::is_stopword(&t.norm))
                .map_or(f.at.1, |t| t.end),
            _ => f.at.1,
        };
        slice_chars(&rs.text, f.at.0 - rs.start, end - rs.start).to_string()
    };
    keys.dedup_by_key(|(_, f)| f.at);
    let mut shown: Vec<(usize, String, Kind)> = Vec::new();
    for (_, f) in &keys {
        let w = word(f);
        let end = f.at.0 + w.chars().count();
        if shown.last().is_some_and(|(e, _, _)| *e > f.at.0) {
            continue; // already inside the previous key ("six Mexican" then "Mexican")
        }
        shown.push((end, w, f.kind));
    }
    let label = shown
        .iter()
        .map(|(_, w, _)| w.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    let anchors = shown
        .iter()
        .filter(|(_, _, k)| *k != Kind::Term)
        .map(|(_, w, _)| w.clone())
        .collect();
    let mut first: Option<Ymd> = g
        .iter()
        .flat_map(|&i| items[i].firsts.iter().copied())
        .min();
    for &i in g {
        if let Some(p) = docs[items[i].doc].published {
            first = Some(first.map_or(p, |f| f.min(p)));
        }
    }
    // One statement per article (linking keeps one sentence per article per fact).
    let mut stated: Vec<Statement> = g
        .iter()
        .map(|&i| Statement {
            article: items[i].doc as u32,
            sentence: items[i].sent as u32,
        })
        .collect();
    stated.sort_by_key(|s| s.article);
    stated.dedup_by_key(|s| s.article);
    // The sentence a reader sees: the clearest of the statements (see `statement`).
    let key_words: BTreeSet<&String> = keys.iter().map(|(key, _)| *key).collect();
    let candidates: Vec<Candidate> = stated
        .iter()
        .map(|st| {
            let (d, s) = (st.article as usize, st.sentence as usize);
            let sent = &docs[d].sents[s];
            let carried: BTreeSet<&String> = g
                .iter()
                .map(|&i| &items[i])
                .filter(|it| it.doc == d && it.sent == s)
                .flat_map(|it| it.feats.keys())
                .filter(|key| key_words.contains(key))
                .collect();
            Candidate {
                text: &sent.text,
                toks: &sent.toks,
                headline: s == 0,
                keys: carried.len(),
            }
        })
        .collect();
    let best = clearest(&candidates);
    Fact {
        id: format!("F{}", k + 1),
        label,
        text: candidates[best].text.to_string(),
        text_from: Some(stated[best]),
        anchors,
        first_known: first.map(Ymd::iso),
        articles: stated.len() as u32,
        stated,
    }
}
