//! Helpers shared by core's integration tests: the repository's one fixture tree
//! (`tests/fixtures/`), and corpora built from a folder and its real `corpus.toml`, read with
//! the same TOML crate and types as the CLI (text pages only: HTML extraction is the CLI's).
#![allow(dead_code)]

use framelens_core::config::CorpusConfig;
use framelens_core::corpus::{build_corpus, sha256_hex, SourceDoc};
use framelens_core::model::{Corpus, Diagnostic, Severity, SourceFormat};
use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file of the fixture tree, `tests/fixtures/<path>`.
pub fn fixture(path: &str) -> String {
    let p = repo_root().join("tests/fixtures").join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// One text page as the CLI hands it to core.
pub fn text_doc(name: &str, text: &str) -> SourceDoc {
    SourceDoc {
        file: name.into(),
        sha256: sha256_hex(text.as_bytes()),
        format: SourceFormat::Text,
        text: text.into(),
        html: None,
        warnings: Vec::new(),
    }
}

/// The `corpus.toml` of a folder.
pub fn load_config(dir: &Path) -> CorpusConfig {
    let text = std::fs::read_to_string(dir.join("corpus.toml")).expect("corpus.toml");
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}/corpus.toml: {e}", dir.display()))
}

/// Builds the pages a folder's `corpus.toml` lists under `[files]`, with that configuration.
pub fn build_folder(dir: &Path) -> (Corpus, Vec<Diagnostic>) {
    let cfg = load_config(dir);
    let docs = cfg
        .files
        .keys()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).expect("a listed page");
            text_doc(name, &text)
        })
        .collect();
    build_corpus(docs, &cfg)
}

/// [`build_folder`], failing on any error diagnostic.
pub fn build_folder_ok(dir: &Path) -> Corpus {
    let (corpus, diags) = build_folder(dir);
    assert!(
        diags.iter().all(|d| d.severity != Severity::Error),
        "{diags:?}"
    );
    corpus
}
