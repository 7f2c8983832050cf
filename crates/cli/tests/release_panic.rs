//! A panic inside one page's HTML extraction, in the release build that users and the Pages
//! workflow run, skips that page with its reason instead of killing the process.
//!
//! The test binary itself is built with the test profile, which always unwinds; what matters is
//! the profile `cargo run --release -p framelens-cli` uses. So this builds that binary (cargo's
//! release lock is not the test profile's, so the nested build does not wait on the outer one)
//! and forces a panic inside the extractor with the CLI's one fault hook.

mod common;

use common::{corpus_with, repo_root, GOOD_PAGE};
use std::path::PathBuf;
use std::process::Command;

const MARKER: &str = "framelens-fault-marker-7f3a";

fn release_binary() -> PathBuf {
    let root = repo_root();
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--release",
            "--locked",
            "-p",
            "framelens-cli",
        ])
        .current_dir(&root)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "release build of the CLI failed");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    target.join("release").join("framelens")
}

#[test]
fn a_panic_in_html_extraction_is_an_error_naming_the_file_in_release() {
    let page = format!(
        "<html><head><title>Story</title></head><body><article><p>{MARKER} text of a page \
         long enough to be an article, with several words in it.</p></article></body></html>"
    );
    let dir = corpus_with(&[
        ("a.txt", GOOD_PAGE.as_bytes()),
        ("broken.html", page.as_bytes()),
    ]);
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("corpus.json");
    let output = Command::new(release_binary())
        .args([
            "build",
            dir.path().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .args(["--quiet"])
        .env("FRAMELENS_FAULT_EXTRACT_PANIC", MARKER)
        .output()
        .expect("the release binary runs");
    let err = String::from_utf8_lossy(&output.stderr);
    // An abort would end the process by a signal, with no exit code and no diagnostic.
    assert!(
        output.status.code().is_some(),
        "the process was killed: {err}"
    );
    assert!(
        err.contains("broken.html: skipped: ") && err.contains("extractor crashed"),
        "expected broken.html named with the reason:\n{err}"
    );
    // The page is skipped and the rest of the corpus written.
    assert!(output.status.success(), "{err}");
    let json = std::fs::read_to_string(&out).expect("the asset is written");
    let corpus: framelens_core::model::Corpus = serde_json::from_str(&json).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    assert_eq!(corpus.skipped[0].file, "broken.html");
}
