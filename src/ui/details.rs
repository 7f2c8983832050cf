//! Fetching the articles' detail from the shards, when the loaded data is an index (the
//! overview's build reads the index alone; see `framelens_model::shards`). A component asks
//! for the articles it shows ([`need`]); the shards holding them are fetched once each, and
//! everything reading [`Ctx::details`] updates when they arrive.

use leptos::prelude::*;

use super::Ctx;
use crate::load::{fetch_failure, fetch_text, parse_shard};

/// Fetches the shards holding `articles` that are neither loaded nor being fetched.
pub fn need(ctx: &Ctx, articles: impl IntoIterator<Item = usize>) {
    if ctx.data.has_text() {
        return;
    }
    let index = &ctx.data.corpus;
    let missing = ctx.details.with_untracked(|d| d.missing(index, articles));
    if missing.is_empty() {
        return;
    }
    ctx.details
        .update(|d| d.pending.extend(missing.iter().copied()));
    for shard in missing {
        let r = index.shards[shard].clone();
        let expected: Vec<String> = index.articles[r.first as usize..(r.first + r.count) as usize]
            .iter()
            .map(|a| a.id.clone())
            .collect();
        let details = ctx.details;
        leptos::task::spawn_local(async move {
            let result = async {
                let text = fetch_text(&r.file).await.map_err(fetch_failure)?;
                let shard = parse_shard(&text)?;
                let ids: Vec<&str> = shard.articles.iter().map(|a| a.id.as_str()).collect();
                if ids != expected {
                    return Err("it does not hold the articles the index lists for it".to_owned());
                }
                Ok(shard.articles)
            }
            .await;
            details.update(|d| match result {
                Ok(articles) => d.insert(shard, articles),
                Err(e) => d.fail(shard, format!("{}: {e}", r.file)),
            });
        });
    }
}

/// A text search needs every article's text: fetched the first time the query has words.
pub fn search_when_asked(ctx: &Ctx) {
    if ctx.data.has_text() {
        return;
    }
    let ctx = ctx.clone();
    Effect::new(move |_| {
        if ctx.nav.state.with(|s| !s.q.trim().is_empty()) {
            need(&ctx, 0..ctx.data.corpus.articles.len());
        }
    });
}
