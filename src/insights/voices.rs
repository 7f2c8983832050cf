//! Who gets heard, per outlet: the per-article tallies of the JSON summed over the visible
//! articles, and the quotes behind each bar.

use std::collections::BTreeMap;

use framelens_model::voices::{Anonymous, FirstVoice, Indirect, Quote, Resolution, Share, Speaker};
use framelens_model::Article;

/// Key of quotes with no speaker, as the voices analysis writes it.
pub const UNRESOLVED: &str = "(unresolved)";
/// Key of unnamed sources.
pub const ANONYMOUS: &str = "(anonymous)";
/// Key of actors with no group.
pub const UNPLACED: &str = "(unplaced)";

/// How the bars are keyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// One bar per actor (key = actor id).
    Actor,
    /// One bar per group (key = group name).
    Group,
}

impl By {
    /// The letter used in the URL (`a` or `g`).
    pub fn tag(self) -> &'static str {
        match self {
            By::Actor => "a",
            By::Group => "g",
        }
    }
}

/// The voices of one outlet over its visible articles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutletVoices {
    /// The outlet.
    pub outlet: String,
    /// Visible analysed articles.
    pub articles: usize,
    /// Direct speech quotes.
    pub direct: u32,
    /// Scare quotes.
    pub scare: u32,
    /// Indirect reports.
    pub indirect: u32,
    /// Anonymous sources.
    pub anonymous: u32,
    /// Quoted words.
    pub words: u32,
    /// Per actor, most words first.
    pub by_actor: Vec<Share>,
    /// Per group, most words first.
    pub by_group: Vec<Share>,
    /// The first voice of each article (article index, voice).
    pub first: Vec<(usize, FirstVoice)>,
    /// Unnamed sources (article index, source).
    pub unnamed: Vec<(usize, Anonymous)>,
}

/// Sums shares with the same key; most words first, then most quotes and reports, then name.
pub fn merge<'a>(shares: impl IntoIterator<Item = &'a Share>) -> Vec<Share> {
    let mut by_key: BTreeMap<&str, Share> = BTreeMap::new();
    for s in shares {
        let e = by_key.entry(&s.key).or_insert_with(|| Share {
            key: s.key.clone(),
            name: s.name.clone(),
            quotes: 0,
            words: 0,
            indirect: 0,
        });
        e.quotes += s.quotes;
        e.words += s.words;
        e.indirect += s.indirect;
    }
    let mut out: Vec<Share> = by_key.into_values().collect();
    crate::sort::sort_by_key(&mut out, |s| {
        (
            -i64::from(s.words),
            -i64::from(s.quotes + s.indirect),
            s.name.clone(),
            s.key.clone(),
        )
    });
    out
}

/// One entry per outlet (in the order given) with at least one visible analysed article.
pub fn outlet_voices(
    articles: &[(usize, &str, &Article)],
    outlets: &[String],
) -> Vec<OutletVoices> {
    outlets
        .iter()
        .filter_map(|outlet| {
            let mine: Vec<(usize, &framelens_model::voices::ArticleVoices)> = articles
                .iter()
                .filter(|(_, o, _)| o == outlet)
                .filter_map(|(i, _, a)| a.voices.as_ref().map(|v| (*i, v)))
                .collect();
            if mine.is_empty() {
                return None;
            }
            let sum = |f: fn(&framelens_model::voices::Heard) -> u32| -> u32 {
                mine.iter().map(|(_, v)| f(&v.heard)).sum()
            };
            Some(OutletVoices {
                outlet: outlet.clone(),
                articles: mine.len(),
                direct: sum(|h| h.direct),
                scare: sum(|h| h.scare),
                indirect: sum(|h| h.indirect),
                anonymous: sum(|h| h.anonymous),
                words: sum(|h| h.words),
                by_actor: merge(mine.iter().flat_map(|(_, v)| &v.heard.by_actor)),
                by_group: merge(mine.iter().flat_map(|(_, v)| &v.heard.by_group)),
                first: mine
                    .iter()
                    .filter_map(|(i, v)| v.heard.first_voice.clone().map(|f| (*i, f)))
                    .collect(),
                unnamed: mine
                    .iter()
                    .flat_map(|(i, v)| v.anonymous.iter().map(|a| (*i, a.clone())))
                    .collect(),
            })
        })
        .collect()
}

/// The group of a speaker in its article (`None` when unresolved or unplaced).
fn speaker_group<'a>(article: &'a Article, speaker: &Speaker) -> Option<&'a str> {
    let actor = speaker.actor.as_deref()?;
    article
        .voices
        .as_ref()?
        .actors
        .iter()
        .find(|a| a.actor == actor)?
        .group
        .as_deref()
}

/// Whether a speaker belongs to the bar `key`: the actor (or group) itself; `(unresolved)` is
/// no speaker found, `(anonymous)` an unnamed source, `(unplaced)` an actor in no group.
fn speaks_for(article: &Article, speaker: &Speaker, by: By, key: &str) -> bool {
    let actor = speaker.actor.as_deref();
    match (by, key) {
        (_, UNRESOLVED) => speaker.resolution == Resolution::Unresolved,
        (_, ANONYMOUS) => speaker.resolution == Resolution::Anonymous,
        (By::Actor, _) => actor == Some(key),
        (By::Group, UNPLACED) => actor.is_some() && speaker_group(article, speaker).is_none(),
        (By::Group, _) => speaker_group(article, speaker) == Some(key),
    }
}

/// What a voice said in one outlet's articles: its direct quotes, its reported (indirect)
/// statements, and — for `(anonymous)` — the unnamed sources themselves.
#[derive(Debug, Default)]
pub struct VoiceItems<'a> {
    /// Direct quotes, with the article index.
    pub quotes: Vec<(usize, &'a Quote)>,
    /// Reported speech, with the article index.
    pub reports: Vec<(usize, &'a Indirect)>,
    /// Unnamed sources (only for the `(anonymous)` bar), with the article index.
    pub unnamed: Vec<(usize, &'a Anonymous)>,
}

/// Everything behind one bar, over `articles` (an outlet's visible articles).
pub fn items_for<'a>(articles: &[(usize, &'a Article)], by: By, key: &str) -> VoiceItems<'a> {
    let mut out = VoiceItems::default();
    for &(i, a) in articles {
        let Some(v) = a.voices.as_ref() else { continue };
        out.quotes.extend(
            v.quotes
                .iter()
                .filter(|q| speaks_for(a, &q.speaker, by, key))
                .map(|q| (i, q)),
        );
        out.reports.extend(
            v.indirect
                .iter()
                .filter(|r| speaks_for(a, &r.speaker, by, key))
                .map(|r| (i, r)),
        );
        if key == ANONYMOUS {
            out.unnamed.extend(v.anonymous.iter().map(|x| (i, x)));
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;

    fn share(key: &str, quotes: u32, words: u32, indirect: u32) -> Share {
        Share {
            key: key.into(),
            name: key.to_uppercase(),
            quotes,
            words,
            indirect,
        }
    }

    #[test]
    fn merging_sums_by_key_and_sorts_by_words() {
        let a = [share("x", 1, 5, 0), share("y", 2, 10, 1)];
        let b = [share("x", 2, 7, 2), share("z", 0, 0, 3)];
        let merged = merge(a.iter().chain(&b));
        let keys: Vec<(&str, u32, u32, u32)> = merged
            .iter()
            .map(|s| (s.key.as_str(), s.quotes, s.words, s.indirect))
            .collect();
        assert_eq!(keys, [("x", 3, 12, 2), ("y", 2, 10, 1), ("z", 0, 0, 3)]);
    }

    #[test]
    fn outlets_sum_their_visible_articles() {
        let corpus = analysed_corpus();
        let articles: Vec<(usize, &str, &Article)> = vec![
            (0, "Reuters", &corpus.articles[0]),
            (1, "Fox News", &corpus.articles[1]),
        ];
        let outlets = ["Fox News", "Reuters", "Nobody"].map(String::from);
        let voices = outlet_voices(&articles, &outlets);
        assert_eq!(voices.len(), 2);
        assert_eq!(voices[0].anonymous, 1);
        assert_eq!(voices[0].unnamed[0].1.description, "officials");
        assert_eq!(voices[1].direct, 1);
        assert_eq!(voices[1].by_actor[0].name, "Claudia Sheinbaum");
        assert_eq!(voices[1].first[0].1.name, "Claudia Sheinbaum");
    }

    #[test]
    fn a_bar_opens_its_quotes() {
        let corpus = analysed_corpus();
        let articles = [(0, &corpus.articles[0]), (1, &corpus.articles[1])];
        let texts = |by, key| -> Vec<String> {
            items_for(&articles, by, key)
                .quotes
                .iter()
                .map(|(_, q)| q.text.clone())
                .collect()
        };
        assert_eq!(
            texts(By::Actor, "claudia-sheinbaum"),
            ["That won’t happen."]
        );
        assert_eq!(
            texts(By::Group, "Mexican government"),
            ["That won’t happen."]
        );
        assert_eq!(texts(By::Actor, UNRESOLVED), ["no"]);
        assert!(texts(By::Group, UNPLACED).is_empty());
        assert!(texts(By::Actor, "nobody").is_empty());
        let anonymous = items_for(&articles, By::Group, ANONYMOUS);
        assert!(anonymous.quotes.is_empty());
        assert_eq!(anonymous.unnamed.len(), 1);
        assert_eq!(anonymous.unnamed[0].1.description, "officials");
        assert!(items_for(&articles, By::Actor, "claudia-sheinbaum")
            .unnamed
            .is_empty());
    }
}
