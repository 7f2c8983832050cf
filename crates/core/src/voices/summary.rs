//! The corpus-level voices: actors with their totals, groups, outlets with their summed
//! tallies and each article's first voices, and the actors left to place in corpus.toml.

use super::actors;
use super::stats;
use super::types::*;
use super::{CorpusVoices, VoicesConfig};
use crate::model::Corpus;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An actor of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Actor {
    /// Stable id (slug of the name).
    pub id: String,
    /// Display name: the full name printed most often.
    pub name: String,
    /// Person, media or organisation.
    pub kind: ActorKind,
    /// Gender the text shows (or a common first name carries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Forms printed across the corpus ("Sheinbaum", "Claudia Sheinbaum", "Sheinabum").
    pub forms: Vec<String>,
    /// Titles, roles and appositives printed with it, most frequent first.
    pub roles: Vec<String>,
    /// Whether a full name was printed (false: surname only, e.g. "Kelly").
    pub full_name: bool,
    /// Group from corpus.toml.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Group suggested by the groups' hints, when unplaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_group: Option<String>,
    /// Why that group is suggested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion_reason: Option<String>,
    /// Ids of the articles naming it.
    pub articles: Vec<String>,
    /// Direct quotes attributed to it (headline and body).
    pub quotes: u32,
    /// Words in them.
    pub words: u32,
    /// Indirect reports attributed to it.
    pub indirect: u32,
}

/// A group's totals across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct GroupVoices {
    /// Group name (from corpus.toml, or `(unplaced)`).
    pub name: String,
    /// Ids of its actors.
    pub members: Vec<String>,
    /// Direct quotes.
    pub quotes: u32,
    /// Words in them.
    pub words: u32,
    /// Indirect reports.
    pub indirect: u32,
}

/// The first voices of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleFirst {
    /// Article id.
    pub article: String,
    /// First voice of any kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_voice: Option<FirstVoice>,
    /// First directly quoted speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_quoted: Option<FirstVoice>,
}

/// Who gets heard in one outlet's articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct OutletVoices {
    /// Outlet name (`(unknown outlet)` when the parse found none).
    pub outlet: String,
    /// Its articles' ids.
    pub articles: Vec<String>,
    /// Summed tallies.
    pub heard: Heard,
    /// Each article's first voices.
    pub first_voices: Vec<ArticleFirst>,
}

/// An actor no corpus.toml group lists, for the maintainer to place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Unplaced {
    /// Actor id.
    pub actor: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Suggested group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_group: Option<String>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

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
            }
        })
        .collect();
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
        let name = a
            .outlet
            .as_ref()
            .map_or("(unknown outlet)".to_string(), |o| o.name.clone());
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
