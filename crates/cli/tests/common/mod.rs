//! Helpers shared by the CLI's integration tests: run the real binary on a folder.
#![allow(dead_code)]

use framelens_core::model::Corpus;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs `framelens ARGS…`.
pub fn framelens(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_framelens"))
        .args(args)
        .output()
        .expect("binary runs")
}

/// Builds a corpus folder into a temporary single JSON file (`--single-file`: the complete
/// document); returns the output and the JSON text (if written). The sharded layout has its
/// own tests (tests/shards.rs).
pub fn build(dir: &Path) -> (Output, Option<String>) {
    build_with(dir, &[])
}

/// [`build`] with extra arguments (`--strict`).
pub fn build_with(dir: &Path, extra: &[&str]) -> (Output, Option<String>) {
    let mut args = vec!["--single-file"];
    args.extend_from_slice(extra);
    build_raw(dir, &args)
}

/// Builds a corpus folder with exactly these extra arguments (no `--single-file` added).
pub fn build_raw(dir: &Path, extra: &[&str]) -> (Output, Option<String>) {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("corpus.json");
    let mut args = vec![
        "build",
        dir.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    let output = framelens(&args);
    let json = std::fs::read_to_string(&out).ok();
    (output, json)
}

/// Builds the shipped seed corpus and decodes it with core's types.
pub fn build_seed_corpus() -> Corpus {
    let (output, json) = build(&repo_root().join("corpus"));
    assert!(
        output.status.success(),
        "seed build failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(&json.expect("written")).expect("the asset decodes with core's types")
}

/// The seed corpus, built once per test binary and shared by its tests.
pub fn seed_corpus() -> &'static Corpus {
    static C: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    C.get_or_init(build_seed_corpus)
}

/// The seed article whose file name starts with `prefix` ("003_").
pub fn seed_article(prefix: &str) -> &'static framelens_core::model::Article {
    seed_corpus()
        .articles
        .iter()
        .find(|a| a.source_file.starts_with(prefix))
        .expect("seed page present")
}

/// A temporary corpus folder with a valid corpus.toml and the given files.
pub fn corpus_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[story]\ntitle = \"T\"\nquestion = \"Q?\"\n",
    )
    .unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// A small, valid article page.
pub const GOOD_PAGE: &str = "Menu\nWorld\nMexico rejects unilateral US military action after report\n\
By Jane Roe\nApril 8, 2025\n\
MEXICO CITY (Reuters) - Mexico's president said on Tuesday that her nation would reject any unilateral U.S. military action.\n\
The comments came in response to questions about a report that the administration is considering drone strikes.\n\
Officials did not immediately respond to a request for comment on the report, which cited six officials.\n";

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
