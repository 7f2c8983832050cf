//! The page decodes `corpus.json` with serde-lite (core's feature `lite`), the build writes it
//! with serde: both derive from the same `#[serde(...)]` attributes, and serde-lite ignores
//! the ones it does not know (such as `rename_all`). These tests hold the two readings equal
//! on every corpus the project ships, so a contract change that only one side understands
//! fails here rather than in a reader's browser.

mod common;

use framelens_core::model::Corpus;
use serde_lite::{Deserialize, Intermediate};

/// Builds `dir` with the real binary; returns serde's and serde-lite's decodings of the asset.
fn both_readings(dir: &str) -> (Corpus, Corpus) {
    let (output, json) = common::build(&common::repo_root().join(dir));
    assert!(
        output.status.success(),
        "{dir}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = json.expect("asset written");
    let by_serde: Corpus = serde_json::from_str(&json).expect("serde reads the asset");
    let tree: Intermediate = serde_json::from_str(&json).expect("JSON");
    let by_lite = Corpus::deserialize(&tree).unwrap_or_else(|e| panic!("{dir}: serde-lite: {e}"));
    (by_serde, by_lite)
}

#[test]
fn seed_corpus_reads_the_same() {
    let (serde, lite) = both_readings("corpus");
    // Not vacuous: the seeds carry every analysis, so every type of the contract is exercised.
    assert_eq!(serde.articles.len(), 5);
    assert!(serde.voices.is_some() && serde.framing.is_some());
    assert!(serde
        .articles
        .iter()
        .all(|a| a.voices.is_some() && a.framing.is_some()));
    assert_eq!(serde, lite);
}

#[test]
fn second_and_hostile_corpora_read_the_same() {
    for dir in ["tests/fixtures/e2e/second", "tests/fixtures/e2e/hostile"] {
        let (serde, lite) = both_readings(dir);
        assert!(!serde.articles.is_empty(), "{dir}");
        assert_eq!(serde, lite, "{dir}");
    }
}

#[test]
fn omitted_optional_fields_and_enum_names_decode() {
    // The build omits absent optional values; enum variants are written in snake_case.
    let (serde, _) = both_readings("corpus");
    let mut value = serde_json::to_value(&serde).unwrap();
    let article = &mut value["articles"][0];
    article.as_object_mut().unwrap().remove("dek");
    article["body"][0]["kind"] = "list_item".into();
    let tree: Intermediate = serde_json::from_value(value.clone()).unwrap();
    let lite = Corpus::deserialize(&tree).expect("decodes");
    let by_serde: Corpus = serde_json::from_value(value).unwrap();
    assert_eq!(lite.articles[0].dek, None);
    assert_eq!(lite, by_serde);
}

#[test]
fn a_wrong_value_is_named_not_dropped() {
    let (serde, _) = both_readings("corpus");
    let mut value = serde_json::to_value(&serde).unwrap();
    value["articles"][0]["body"][0]["kind"] = "not_a_kind".into();
    let tree: Intermediate = serde_json::from_value(value).unwrap();
    let err = Corpus::deserialize(&tree).unwrap_err().to_string();
    assert!(err.contains("articles") && err.contains("kind"), "{err}");
}
