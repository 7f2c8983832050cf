//! The articles' detail (text, sentences, quotes) when the loaded data is an index: which
//! shard holds an article, which shards are loaded, and the search text of the loaded ones.
//! Plain Rust, tested natively; `ui::details` fetches the shards.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use framelens_model::{Article, Corpus};

use super::data::search_text;

/// The shards loaded so far, and those being fetched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Details {
    /// Loaded shards (their position in the index's `shards`): complete articles, and each
    /// article's search text.
    loaded: BTreeMap<usize, Loaded>,
    /// Shards being fetched.
    pub pending: BTreeSet<usize>,
    /// Why a shard could not be loaded (the first failure).
    pub failed: Option<String>,
}

/// One loaded shard.
#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    articles: Arc<Vec<Article>>,
    texts: Arc<Vec<String>>,
}

/// The shard (its position in `index.shards`) holding article `i`.
pub fn shard_of(index: &Corpus, i: usize) -> Option<usize> {
    index
        .shards
        .iter()
        .position(|r| (r.first as usize..(r.first + r.count) as usize).contains(&i))
}

impl Details {
    /// Stores a fetched shard's complete articles.
    pub fn insert(&mut self, shard: usize, articles: Vec<Article>) {
        self.pending.remove(&shard);
        let texts = articles.iter().map(search_text).collect();
        self.loaded.insert(
            shard,
            Loaded {
                articles: Arc::new(articles),
                texts: Arc::new(texts),
            },
        );
    }

    /// Notes a shard that could not be loaded.
    pub fn fail(&mut self, shard: usize, reason: String) {
        self.pending.remove(&shard);
        self.failed.get_or_insert(reason);
    }

    /// The shards of `articles` neither loaded nor being fetched.
    pub fn missing(&self, index: &Corpus, articles: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut out: Vec<usize> = articles
            .into_iter()
            .filter_map(|i| shard_of(index, i))
            .filter(|s| !self.loaded.contains_key(s) && !self.pending.contains(s))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether some shard is being fetched.
    pub fn is_loading(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The complete article `i` of the index, once its shard is loaded.
    pub fn article(&self, index: &Corpus, i: usize) -> Option<&Article> {
        let s = shard_of(index, i)?;
        let first = index.shards[s].first as usize;
        self.loaded.get(&s)?.articles.get(i - first)
    }

    /// The search text of every article (`None` for those not loaded yet).
    pub fn texts(&self, index: &Corpus) -> Vec<Option<&str>> {
        let mut out = vec![None; index.articles.len()];
        for (s, loaded) in &self.loaded {
            let first = index.shards[*s].first as usize;
            for (k, text) in loaded.texts.iter().enumerate() {
                if let Some(slot) = out.get_mut(first + k) {
                    *slot = Some(text.as_str());
                }
            }
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;

    #[test]
    fn shards_are_found_loaded_and_read_by_article() {
        let full = analysed_corpus();
        let (index, shards) = full.clone().into_index(1);
        assert_eq!(shard_of(&index, 1), Some(1));
        let mut d = Details::default();
        assert_eq!(d.missing(&index, [0, 1, 1]), [0, 1]);
        d.pending.insert(0);
        assert_eq!(d.missing(&index, [0, 1]), [1]);
        assert!(d.is_loading());
        d.insert(0, shards[0].articles.clone());
        assert!(!d.is_loading());
        assert_eq!(d.article(&index, 0), Some(&full.articles[0]));
        assert_eq!(d.article(&index, 1), None);
        let texts = d.texts(&index);
        assert!(texts[0].is_some() && texts[1].is_none());
        d.fail(1, "404".into());
        assert_eq!(d.failed.as_deref(), Some("404"));
        assert!(
            d.missing(&index, [1]) == [1],
            "a failed shard may be asked for again"
        );
    }
}
