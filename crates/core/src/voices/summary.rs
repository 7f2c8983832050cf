//! The corpus-level voices: actors with their totals, groups, outlets with their summed
//! tallies and each article's first voices, and the actors left to place in corpus.toml.

use super::actors;
use super::stats;
use super::types::{Actor, ArticleFirst, GroupVoices, Heard, OutletVoices, Unplaced};
use super::{CorpusVoices, VoicesConfig};
use crate::model::Corpus;
use std::collections::BTreeMap;

pub(crate) fn summarise(
    corpus: &Corpus,
    reg: &actors::Registry,
    cfg: &VoicesConfig,
) -> CorpusVoices {
    let heard: Vec<(&str, &Heard)> = corpus
        .articles
        .iter()
        .filter_map(|a| a.voices.as_ref().map(|v| (a.id.as_str(), &v.heard)))
        .collect();
    let total = stats::sum(heard.iter().map(|h| h.1));
    let share = |key: &str| total.by_actor.iter().find(|s| s.key == key);
    let mut actors: Vec<Actor> = reg
        .actors
        .iter()
        .map(|a| {
            let s = share(&a.id);
            let ranked = |m: &BTreeMap<String, u32>| {
                let mut v: Vec<(&String, &u32)> = m.iter().collect();
                v.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
                v.into_iter().map(|(k, _)| k.clone()).collect()
            };
            Actor {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                gender: a.gender,
                forms: ranked(&a.forms),
                roles: ranked(&a.roles),
                full_name: a.full_name,
                group: a.group.clone(),
                suggested_group: a.suggestion.as_ref().map(|s| s.0.clone()),
                suggestion_reason: a.suggestion.as_ref().map(|s| s.1.clone()),
                articles: a
                    .articles
                    .iter()
                    .map(|&i| corpus.articles[i].id.clone())
                    .collect(),
                quotes: s.map_or(0, |s| s.quotes),
                words: s.map_or(0, |s| s.words),
                indirect: s.map_or(0, |s| s.indirect),
                rank: 0,
            }
        })
        .collect();
    rank(&mut actors);
    actors.sort_by(|a, b| a.id.cmp(&b.id));
    let names: Vec<String> = cfg
        .groups
        .iter()
        .map(|g| g.name.clone())
        .chain([stats::UNPLACED.to_string()])
        .collect();
    let groups = names
        .into_iter()
        .map(|name| {
            let s = total.by_group.iter().find(|s| s.key == name);
            let members = actors
                .iter()
                .filter(|a| a.group.as_deref().unwrap_or(stats::UNPLACED) == name)
                .map(|a| a.id.clone())
                .collect();
            GroupVoices {
                members,
                quotes: s.map_or(0, |s| s.quotes),
                words: s.map_or(0, |s| s.words),
                indirect: s.map_or(0, |s| s.indirect),
                name,
            }
        })
        .collect();
    let mut outlets: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        let name = a.outlet_label().to_string();
        outlets.entry(name).or_default().push(i);
    }
    let outlets = outlets
        .into_iter()
        .map(|(outlet, idx)| {
            let arts: Vec<&crate::model::Article> =
                idx.iter().map(|&i| &corpus.articles[i]).collect();
            OutletVoices {
                outlet,
                articles: arts.iter().map(|a| a.id.clone()).collect(),
                heard: stats::sum(
                    arts.iter()
                        .filter_map(|a| a.voices.as_ref().map(|v| &v.heard)),
                ),
                first_voices: arts
                    .iter()
                    .map(|a| ArticleFirst {
                        article: a.id.clone(),
                        first_voice: a.voices.as_ref().and_then(|v| v.heard.first_voice.clone()),
                        first_quoted: a.voices.as_ref().and_then(|v| v.heard.first_quoted.clone()),
                    })
                    .collect(),
            }
        })
        .collect();
    let unplaced = actors
        .iter()
        .filter(|a| a.group.is_none())
        .map(|a| Unplaced {
            actor: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            suggested_group: a.suggested_group.clone(),
            reason: a.suggestion_reason.clone(),
        })
        .collect();
    CorpusVoices {
        actors,
        groups,
        outlets,
        unplaced,
    }
}

/// How much an actor is heard: quoted words weigh four times a quote or an indirect report, so
/// a long quotation outweighs a passing one and a quoted voice outweighs a reported one.
fn heard_weight(a: &Actor) -> u64 {
    u64::from(a.words) * 4 + u64::from(a.quotes) + u64::from(a.indirect)
}

/// Fills `rank`: 1 for the most heard actor; ties by name, then id.
fn rank(actors: &mut [Actor]) {
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&actors[x], &actors[y]);
        heard_weight(b)
            .cmp(&heard_weight(a))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    for (r, i) in order.into_iter().enumerate() {
        actors[i].rank = r as u32 + 1;
    }
}
