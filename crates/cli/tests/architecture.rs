//! The crate boundaries ARCHITECTURE.md promises, checked on the real dependency graph:
//! the page depends on the contract crate alone, and the contract carries no analysis.

mod common;

use common::repo_root;
use std::process::Command;

/// The crates `cargo tree` lists for `args`, one name per line.
fn tree(args: &[&str]) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "--prefix",
            "none",
            "-e",
            "normal",
        ])
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

const ANALYSIS: [&str; 4] = ["framelens-core", "regex", "sha2", "schemars"];

#[test]
fn the_page_depends_on_the_model_not_on_the_analysis() {
    // Leptos itself pulls regex (leptos_config) and, at build time, sha2; pruned here so the
    // test speaks of this project's own choices.
    for target in [None, Some("wasm32-unknown-unknown")] {
        let mut args = vec![
            "-p",
            "framelens",
            "--prune",
            "leptos",
            "--prune",
            "leptos_router",
        ];
        if let Some(t) = target {
            args.extend(["--target", t]);
        }
        let deps = tree(&args);
        assert!(deps.iter().any(|d| d == "framelens-model"), "{deps:?}");
        for banned in ANALYSIS {
            assert!(
                !deps.iter().any(|d| d == banned),
                "the page ({target:?}) depends on {banned}"
            );
        }
    }
}

#[test]
fn the_model_is_plain_data() {
    let deps = tree(&["-p", "framelens-model", "--features", "lite"]);
    for banned in ANALYSIS {
        assert!(
            !deps.iter().any(|d| d == banned),
            "the model depends on {banned}"
        );
    }
    // The analysis depends on the model, never the reverse.
    let core = tree(&["-p", "framelens-core"]);
    assert!(core.iter().any(|d| d == "framelens-model"));
}
