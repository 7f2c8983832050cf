//! The sharded asset: an index the page starts from, and shards with each article's detail.
//!
//! `framelens build DIR -o corpus.json` writes `corpus.json` as the **index**: the whole
//! [`Corpus`] with every article cut down to its [`Article::index_entry`] (metadata, frame
//! shares, headline agency, the actors it names: what the overview, the filters and the
//! per-outlet aggregates need), plus [`Corpus::shards`], the list of shard files. Each shard
//! ([`Shard`]) holds the complete articles of a run of the index's articles, under today's
//! field names, in a folder beside the index (`corpus.shards/<hash>.json`, named by a hash of
//! its bytes so a redeploy never mixes old and new files). A view that needs the text fetches
//! the shards and [`Corpus::merge_shard`] puts the complete articles back in place (the last
//! shard holds no article but `framing.shared_text` and `framing.facts` in full, which only the
//! compare and facts views read); with every
//! shard merged the corpus equals the single-file export (`framelens build --single-file`),
//! which the CLI's tests check.
//!
//! Why articles (not fields) are the unit: the merged corpus is exactly today's complete
//! document, so every view and every researcher's script reads one shape, and no struct of the
//! contract exists twice.

use serde::{Deserialize, Serialize};

use crate::{Article, Corpus};

/// One shard listed by the index: which articles it completes and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ShardRef {
    /// Its path relative to the index file's folder (`corpus.shards/0123abcd….json`).
    pub file: String,
    /// The index of its first article in `Corpus::articles`.
    pub first: u32,
    /// How many articles it holds (a contiguous run from `first`).
    pub count: u32,
    /// Its size in bytes, for a progress indicator.
    pub bytes: u64,
}

/// A shard file: the complete articles of one run of the index's articles, or (in the last
/// shard, which holds no article) the corpus's shared text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Shard {
    /// The format version, as the index's.
    pub schema_version: u32,
    /// The complete articles, in index order.
    pub articles: Vec<Article>,
    /// `framing.shared_text` in full (pairs, alignments, matrix): only the compare view reads
    /// it, and it grows with the pairs of articles sharing text, so the index keeps its stats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_text: Option<crate::framing::shared::SharedText>,
    /// `framing.facts` in full: only the facts view reads the facts (a quarter of the index
    /// at 466 articles); the index keeps the article list, each article its `included` ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<crate::framing::facts::Facts>,
}

impl Article {
    /// What the index keeps of this article: everything but its text (body, captions, removed
    /// lines) and what points into that text (quotes and reported speech, actor mentions, the
    /// framing's body sentences, dates and naming hits). Headline, dek, metadata, frame shares,
    /// the headline's sentence and agency, the actors named and who is heard stay.
    pub fn index_entry(&self) -> Article {
        let mut a = self.clone();
        a.body = Vec::new();
        a.captions = Vec::new();
        a.removed = Vec::new();
        if let Some(v) = a.voices.as_mut() {
            v.quotes = Vec::new();
            v.aside_quotes = Vec::new();
            v.indirect = Vec::new();
            v.anonymous = Vec::new();
            v.relayed = Vec::new();
            for actor in &mut v.actors {
                actor.mentions = Vec::new();
            }
        }
        if let Some(f) = a.framing.as_mut() {
            // The headline's sentence stays: with the frame shares it tells which frames the
            // article evokes (the page's frame filter) before the text is loaded.
            f.sentences.retain(|s| s.span.part == crate::Part::Headline);
            f.dates = Vec::new();
            f.naming = Vec::new();
        }
        a
    }
}

impl Corpus {
    /// Whether every article is complete: a single-file corpus, or an index whose shards
    /// have all been merged.
    pub fn is_complete(&self) -> bool {
        self.shards.is_empty()
    }

    /// Splits a complete corpus into an index and its shards of at most `per_shard` articles.
    /// The shards' `file` and `bytes` are left blank: the caller (the CLI) names each file by
    /// a hash of its bytes and fills both once it has serialised them.
    pub fn into_index(mut self, per_shard: usize) -> (Corpus, Vec<Shard>) {
        let per_shard = per_shard.max(1);
        let mut shards = Vec::new();
        let mut refs = Vec::new();
        for (k, run) in self.articles.chunks(per_shard).enumerate() {
            refs.push(ShardRef {
                file: String::new(),
                first: (k * per_shard) as u32,
                count: run.len() as u32,
                bytes: 0,
            });
            shards.push(Shard {
                schema_version: self.schema_version,
                articles: run.to_vec(),
                shared_text: None,
                facts: None,
            });
        }
        if let Some(f) = self.framing.as_mut() {
            let full = f.shared_text.clone();
            f.shared_text.matrix = Vec::new();
            f.shared_text.pairs = Vec::new();
            f.shared_text.alignments = Vec::new();
            let facts = std::mem::take(&mut f.facts.facts);
            refs.push(ShardRef {
                file: String::new(),
                first: self.articles.len() as u32,
                count: 0,
                bytes: 0,
            });
            shards.push(Shard {
                schema_version: self.schema_version,
                articles: Vec::new(),
                shared_text: Some(full),
                facts: Some(crate::framing::facts::Facts {
                    articles: f.facts.articles.clone(),
                    facts,
                }),
            });
        }
        self.articles = self.articles.iter().map(Article::index_entry).collect();
        self.shards = refs;
        (self, shards)
    }

    /// Puts the complete articles of shard `which` (its position in [`Corpus::shards`]) in
    /// place. Once every shard is merged, [`Corpus::shards`] is emptied and the corpus equals
    /// the single-file export. Fails, naming the shard, when it does not match the index.
    pub fn merge_shard(&mut self, which: usize, shard: Shard) -> Result<(), String> {
        let r = self
            .shards
            .get(which)
            .ok_or_else(|| format!("no shard {which} in the index"))?;
        let file = r.file.clone();
        let (first, count) = (r.first as usize, r.count as usize);
        if shard.schema_version != self.schema_version {
            return Err(format!(
                "{file} uses format version {}, the index {}",
                shard.schema_version, self.schema_version
            ));
        }
        let slots = self
            .articles
            .get_mut(first..first + count)
            .ok_or_else(|| format!("{file} points past the index's articles"))?;
        if shard.articles.len() != count
            || slots.iter().zip(&shard.articles).any(|(a, b)| a.id != b.id)
        {
            return Err(format!(
                "{file} does not hold the articles the index lists for it"
            ));
        }
        for (slot, article) in slots.iter_mut().zip(shard.articles) {
            *slot = article;
        }
        if shard.shared_text.is_some() || shard.facts.is_some() {
            let framing = self
                .framing
                .as_mut()
                .ok_or_else(|| format!("{file} holds framing for an index without framing"))?;
            if let Some(shared) = shard.shared_text {
                framing.shared_text = shared;
            }
            if let Some(facts) = shard.facts {
                framing.facts = facts;
            }
        }
        Ok(())
    }

    /// Marks the corpus complete once every shard was merged with [`Corpus::merge_shard`].
    pub fn finish_merge(&mut self) {
        self.shards = Vec::new();
    }
}
