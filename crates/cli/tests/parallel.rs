//! The per-page and per-article work runs on every core (core's `parallel` feature); the asset
//! must be the same bytes whatever the number of threads.

mod common;

use common::repo_root;
use std::process::Command;

fn build_with_threads(dir: &std::path::Path, threads: &str) -> String {
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("corpus.json");
    let status = Command::new(env!("CARGO_BIN_EXE_framelens"))
        .args([
            "build",
            dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--quiet",
            // The complete document: the index and every shard in one file.
            "--single-file",
        ])
        .env("RAYON_NUM_THREADS", threads)
        .output()
        .expect("binary runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn one_thread_and_many_give_the_same_bytes() {
    for corpus in [
        "corpus",
        "tests/fixtures/framing",
        "tests/fixtures/e2e/second",
    ] {
        let dir = repo_root().join(corpus);
        let one = build_with_threads(&dir, "1");
        for threads in ["2", "7"] {
            assert!(
                one == build_with_threads(&dir, threads),
                "{corpus}: {threads} threads wrote other bytes than one"
            );
        }
    }
}
