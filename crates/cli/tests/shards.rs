//! A large corpus (or `--sharded`) is written as an index with shards beside it
//! (framelens_model::shards): the index plus every shard merged back is exactly the single-file
//! corpus; shard files are named by their bytes; a rebuild removes the shards it no longer uses
//! and nothing else; a small corpus is one file by default.

mod common;

use common::{build, build_raw, repo_root};
use framelens_core::model::shards::Shard;
use framelens_core::model::Corpus;
use std::path::Path;

/// Builds `dir` into `out/corpus.json` (a folder) with `extra` arguments; returns the decoded
/// file.
fn build_into(dir: &Path, out: &Path, extra: &[&str]) -> Corpus {
    let index = out.join("corpus.json");
    let mut args = vec![
        "build",
        dir.to_str().unwrap(),
        "-o",
        index.to_str().unwrap(),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    let output = common::framelens(&args);
    assert!(output.status.success(), "{}", common::stderr(&output));
    serde_json::from_str(&std::fs::read_to_string(index).unwrap()).expect("the output decodes")
}

/// Builds `dir` sharded into `out` (a folder); returns the decoded index.
fn build_sharded(dir: &Path, out: &Path) -> Corpus {
    build_into(dir, out, &["--sharded"])
}

fn merged(mut index: Corpus, out: &Path) -> Corpus {
    for (k, r) in index.shards.clone().iter().enumerate() {
        let shard: Shard =
            serde_json::from_str(&std::fs::read_to_string(out.join(&r.file)).unwrap())
                .expect("a shard decodes");
        index
            .merge_shard(k, shard)
            .expect("the shard matches the index");
    }
    index.finish_merge();
    index
}

#[test]
fn index_and_shards_merge_into_the_single_file_corpus() {
    for corpus in [
        "corpus",
        "tests/fixtures/e2e/second",
        "tests/fixtures/framing",
    ] {
        let dir = repo_root().join(corpus);
        let out = tempfile::tempdir().unwrap();
        let index = build_sharded(&dir, out.path());
        assert!(!index.shards.is_empty(), "{corpus}: no shards listed");
        assert!(
            index.articles.iter().all(|a| a.body.is_empty()),
            "{corpus}: the index carries article text"
        );
        // Every article is in exactly one shard, in order.
        let mut next = 0;
        for r in &index.shards {
            assert_eq!(r.first, next, "{corpus}: shards must follow each other");
            next += r.count;
            let bytes = std::fs::read(out.path().join(&r.file)).unwrap();
            assert_eq!(r.bytes, bytes.len() as u64);
            let name = Path::new(&r.file).file_stem().unwrap().to_string_lossy();
            assert_eq!(
                name,
                framelens_core::corpus::sha256_hex(&bytes)[..16],
                "{corpus}: a shard is named by its bytes"
            );
        }
        assert_eq!(next as usize, index.articles.len());
        let (_, single) = build(&dir);
        let single: Corpus = serde_json::from_str(&single.unwrap()).unwrap();
        assert!(single.shards.is_empty());
        assert!(
            merged(index, out.path()) == single,
            "{corpus}: index + shards differ from the single file"
        );
    }
}

#[test]
fn a_rebuild_removes_stale_shards_and_nothing_else() {
    let out = tempfile::tempdir().unwrap();
    let folder = out.path().join("corpus.shards");
    std::fs::create_dir_all(&folder).unwrap();
    let stale = folder.join("0123456789abcdef.json");
    let mine = folder.join("notes.json");
    std::fs::write(&stale, "{}").unwrap();
    std::fs::write(&mine, "{}").unwrap();
    let index = build_sharded(&repo_root().join("corpus"), out.path());
    assert!(!stale.exists(), "a shard of an earlier build was left");
    assert!(mine.exists(), "a file that is not a shard was removed");
    for r in &index.shards {
        assert!(out.path().join(&r.file).exists());
    }
}

#[test]
fn a_shard_for_other_articles_is_refused_with_its_name() {
    let out = tempfile::tempdir().unwrap();
    let mut index = build_sharded(&repo_root().join("tests/fixtures/e2e/second"), out.path());
    let r = index.shards[0].clone();
    let mut shard: Shard =
        serde_json::from_str(&std::fs::read_to_string(out.path().join(&r.file)).unwrap()).unwrap();
    shard.articles.reverse();
    let err = index.merge_shard(0, shard).unwrap_err();
    assert!(err.contains(&r.file), "{err}");
}

#[test]
fn a_small_corpus_is_one_file_by_default_with_an_empty_shard_folder() {
    let (output, json) = build_raw(&repo_root().join("corpus"), &[]);
    assert!(output.status.success());
    let seeds: Corpus = serde_json::from_str(&json.unwrap()).unwrap();
    assert!(
        seeds.shards.is_empty(),
        "the seeds are small: one complete file"
    );
    assert!(seeds.articles.iter().all(|a| !a.body.is_empty()));
    // A page build of a one-file corpus into an empty folder still writes what index.html
    // copies (the shard folder and both schemas).
    let fresh = tempfile::tempdir().unwrap();
    build_into(&repo_root().join("corpus"), fresh.path(), &[]);
    for name in [
        "corpus.shards",
        "corpus.schema.json",
        "corpus.shard.schema.json",
    ] {
        assert!(
            fresh.path().join(name).exists(),
            "{name} missing after a one-file build"
        );
    }
    // Shards of an earlier sharded build into the same place are removed.
    let out = tempfile::tempdir().unwrap();
    build_sharded(&repo_root().join("corpus"), out.path());
    build_into(&repo_root().join("corpus"), out.path(), &[]);
    let folder = out.path().join("corpus.shards");
    assert!(folder.is_dir(), "the page's copy step finds the folder");

    assert_eq!(
        std::fs::read_dir(folder).unwrap().count(),
        0,
        "stale shards left"
    );
}
