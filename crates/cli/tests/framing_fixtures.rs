//! The framing analysis through the real binary on the constructed pages of
//! `tests/fixtures/framing/` (with their own corpus.toml and concept slots), and what a
//! maintainer sees when the `[framing]` table is wrong.

mod common;

use common::{build, corpus_with, repo_root, stderr, GOOD_PAGE};
use framelens_core::model::Corpus;

fn fixture_corpus() -> Corpus {
    let (out, json) = build(&repo_root().join("tests/fixtures/framing"));
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&json.expect("written")).expect("decodes")
}

#[test]
fn constructed_pages_pair_only_where_text_is_shared() {
    let c = fixture_corpus();
    let f = c.framing.as_ref().unwrap();
    let pairs: Vec<(&str, &str, u32, u32)> = f
        .shared_text
        .pairs
        .iter()
        .map(|p| (p.a.as_str(), p.b.as_str(), p.verbatim, p.rewritten))
        .collect();
    assert_eq!(
        pairs,
        [
            ("wire-site-a", "wire-site-b", 3, 2),
            ("background-a", "background-b", 2, 0)
        ]
    );
    assert_eq!(
        f.shared_text.alignments.len(),
        2,
        "alignments only for pairs sharing text"
    );
    // Naming from the fixture's own slots, in English and Spanish.
    let slot = f
        .naming
        .slots
        .iter()
        .find(|s| s.id == "mexico_answer")
        .unwrap();
    let efe = slot.outlets.iter().find(|o| o.outlet == "EFE").unwrap();
    assert_eq!(
        efe.terms
            .iter()
            .map(|t| (t.term.as_str(), t.count))
            .collect::<Vec<_>>(),
        [("rechaza", 1)]
    );
    let afp = slot.outlets.iter().find(|o| o.outlet == "AFP").unwrap();
    assert_eq!(
        afp.terms
            .iter()
            .find(|t| t.term == "never operate")
            .unwrap()
            .count,
        3
    );
    // The Spanish headline.
    let es = c.articles.iter().find(|a| a.id == "spanish-efe").unwrap();
    let h = &es.framing.as_ref().unwrap().headline;
    assert_eq!(h.agent.as_ref().unwrap().text, "Sheinbaum");
    assert_eq!(h.action.as_ref().unwrap().text, "rechaza");
    assert!(
        c.warnings.iter().all(|w| w.file != "corpus.toml"),
        "{:?}",
        c.warnings
    );
}

#[test]
fn a_bad_slot_term_is_a_warning_naming_corpus_toml() {
    let dir = corpus_with(&[("page.txt", GOOD_PAGE.as_bytes())]);
    let toml = dir.path().join("corpus.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str("\n[framing]\n[[framing.slots]]\nid = \"x\"\nlabel = \"X\"\nterms = [\"ex*tra\", \"military action\"]\n");
    std::fs::write(&toml, text).unwrap();
    let (out, json) = build(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("corpus.toml") && err.contains("ex*tra"),
        "{err}"
    );
    let c: Corpus = serde_json::from_str(&json.unwrap()).unwrap();
    let slot = &c.framing.unwrap().naming.slots[0];
    assert_eq!(slot.terms, ["military action"], "the good term is kept");
}

#[test]
fn an_unknown_framing_key_fails_the_build_naming_the_file() {
    let dir = corpus_with(&[("page.txt", GOOD_PAGE.as_bytes())]);
    let toml = dir.path().join("corpus.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str("\n[framing]\nslot = \"typo\"\n");
    std::fs::write(&toml, text).unwrap();
    let (out, _) = build(dir.path());
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("corpus.toml"), "{err}");
}
