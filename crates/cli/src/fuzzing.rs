//! The fuzz targets' bodies (fuzz/fuzz_targets/), here so that the inputs that once found a bug,
//! kept in `tests/fixtures/fuzz/<target>/`, run through exactly the same code on stable
//! (crates/cli/tests/fuzz_regressions.rs) as under libFuzzer on nightly (scripts/fuzz.sh).
//!
//! Each function takes the fuzzer's raw bytes and runs one untrusted-input path to its end;
//! errors are expected results (a page with no body, a malformed file), only a panic, a hang or
//! unbounded memory is a bug.

use framelens_core::config::CorpusConfig;
use framelens_core::model::SourceFormat;
use framelens_model::shards::Shard;
use framelens_model::{Corpus, SCHEMA_VERSION};
use serde_lite::{Deserialize, Intermediate};

use crate::{config, read};

/// A fuzz target: its name (as `cargo fuzz` and the regression folders name it) and its body.
pub type Target = (&'static str, fn(&[u8]));

/// The fuzz targets.
pub const TARGETS: [Target; 5] = [
    ("text_page", text_page),
    ("html_page", html_page),
    ("corpus_toml", corpus_toml),
    ("analyses", analyses),
    ("asset", asset),
];

fn story() -> CorpusConfig {
    config::parse_config("[story]\ntitle = \"T\"\nquestion = \"Q?\"\n")
        .expect("the fixed config parses")
}

/// A text dump (a browser's "select all, copy"), as `framelens build` reads a `.txt` page:
/// decoding, then the page parser (lines, body window, headline, metadata).
pub fn text_page(bytes: &[u8]) {
    if let Ok(doc) = read::doc_from_bytes("page.txt", SourceFormat::Text, bytes.to_vec()) {
        let _ = framelens_core::corpus::parse_corpus(vec![doc], &story());
    }
}

/// A saved HTML page, as `framelens build` reads a `.html` page: decoding, the nesting bound,
/// main-content extraction, then the page parser over the extracted text.
pub fn html_page(bytes: &[u8]) {
    if let Ok(doc) = read::doc_from_bytes("page.html", SourceFormat::Html, bytes.to_vec()) {
        let _ = framelens_core::corpus::parse_corpus(vec![doc], &story());
    }
}

/// `corpus.toml`: TOML syntax and the checks on its values (UTF-8 text only, as the CLI
/// refuses a corpus.toml that is not).
pub fn corpus_toml(bytes: &[u8]) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = config::parse_config(text);
    }
}

/// The voices and framing analyses of one page (after parsing): quotes, speakers, actors,
/// frames, naming, dates, facts, shared text.
pub fn analyses(bytes: &[u8]) {
    if let Ok(doc) = read::doc_from_bytes("page.txt", SourceFormat::Text, bytes.to_vec()) {
        let _ = framelens_core::corpus::build_corpus(vec![doc], &story());
    }
}

fn tree(text: &[u8]) -> Option<Intermediate> {
    serde_json::from_slice::<Intermediate>(text).ok()
}

/// The page's decoding of the JSON asset, as its build with every view does it (src/load.rs):
/// JSON text → serde-lite tree → the contract's types (feature `lite`), then each shard decoded
/// and merged into the index. Input: the index, then the shards, separated by NUL bytes.
pub fn asset(bytes: &[u8]) {
    let mut parts = bytes.split(|&b| b == 0);
    let Some(index) = parts.next().and_then(tree) else {
        return;
    };
    let version = index
        .as_map()
        .and_then(|m| m.get("schema_version"))
        .and_then(Intermediate::as_number)
        .map(f64::from);
    if version.is_some_and(|v| v != f64::from(SCHEMA_VERSION)) {
        return;
    }
    let Ok(mut corpus) = Corpus::deserialize(&index) else {
        return;
    };
    for (k, part) in parts.enumerate() {
        let Some(t) = tree(part) else { return };
        let Ok(shard) = Shard::deserialize(&t) else {
            return;
        };
        if corpus.merge_shard(k, shard).is_err() {
            return;
        }
    }
    corpus.finish_merge();
}
