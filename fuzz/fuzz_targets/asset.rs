//! The page's decoding of the JSON asset, as its build with every view does it (src/load.rs):
//! JSON text → serde-lite tree → the contract's types (feature `lite`), then each shard decoded
//! and merged into the index. Input: the index, then the shards, separated by NUL bytes.
#![no_main]
use framelens_model::shards::Shard;
use framelens_model::{Corpus, SCHEMA_VERSION};
use libfuzzer_sys::fuzz_target;
use serde_lite::{Deserialize, Intermediate};

fn tree(text: &[u8]) -> Option<Intermediate> {
    serde_json::from_slice::<Intermediate>(text).ok()
}

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.split(|&b| b == 0);
    let Some(index) = parts.next().and_then(tree) else { return };
    let version = index
        .as_map()
        .and_then(|m| m.get("schema_version"))
        .and_then(Intermediate::as_number)
        .map(f64::from);
    if version.is_some_and(|v| v != f64::from(SCHEMA_VERSION)) {
        return;
    }
    let Ok(mut corpus) = Corpus::deserialize(&index) else { return };
    for (k, part) in parts.enumerate() {
        let Some(t) = tree(part) else { return };
        let Ok(shard) = Shard::deserialize(&t) else { return };
        if corpus.merge_shard(k, shard).is_err() {
            return;
        }
    }
    corpus.finish_merge();
});
