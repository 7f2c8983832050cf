//! The framing analysis through `build_corpus` on the constructed pages of
//! `tests/fixtures/framing/`: one AFP story republished by two sites with different cuts, a
//! background paragraph reused by two different stories, an independent article on the same
//! subject and an unrelated one that must not pair, and a Spanish EFE page.

mod common;

use framelens_core::framing::facts::{Fact, FactStatus};
use framelens_core::framing::shared::Alignment;
use framelens_core::framing::timeline::DateBasis;
use framelens_core::framing::CorpusFraming;
use framelens_core::model::Corpus;
use std::sync::OnceLock;

/// The fixture folder built with its own corpus.toml (urls, outlets, concept slots).
fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| common::build_folder_ok(&common::repo_root().join("tests/fixtures/framing")))
}

fn framing() -> &'static CorpusFraming {
    corpus().framing.as_ref().expect("framing analysed")
}

fn alignment(a: &str, b: &str) -> Option<&'static Alignment> {
    framing()
        .shared_text
        .alignments
        .iter()
        .find(|x| x.a == a && x.b == b)
}

/// The text of sentence `i` of article `id`.
fn sentence(id: &str, i: u32) -> String {
    let a = corpus().articles.iter().find(|a| a.id == id).unwrap();
    let s = &a.framing.as_ref().unwrap().sentences[i as usize];
    a.span_text(&s.span)
        .expect("a sentence points into its article")
        .to_string()
}

#[test]
fn a_wire_story_on_two_sites_aligns_verbatim_rewritten_and_cut() {
    let al = alignment("wire-site-a", "wire-site-b").expect("the two cuts of the AFP story pair");
    let verbatim: Vec<String> = al
        .verbatim
        .iter()
        .map(|p| sentence("wire-site-a", p.a))
        .collect();
    assert_eq!(verbatim.len(), 3, "{verbatim:#?}");
    assert!(
        verbatim[0].starts_with("President Claudia Sheinbaum told her morning press conference")
    );
    assert!(verbatim[2].starts_with("Mexico extradited 29 cartel figures"));
    // Site B cut "in a statement" from the lead and wrote "the US" for "the United States".
    let rewritten: Vec<(String, String)> = al
        .rewritten
        .iter()
        .map(|p| (sentence("wire-site-a", p.a), sentence("wire-site-b", p.b)))
        .collect();
    assert_eq!(rewritten.len(), 2);
    assert!(rewritten[0]
        .0
        .ends_with("the foreign ministry said in a statement."));
    assert!(rewritten[0].1.ends_with("the foreign ministry said."));
    assert!(rewritten[1].1.contains("in the US in 2023"));
    assert!(al
        .rewritten
        .iter()
        .all(|p| p.similarity >= 0.5 && p.similarity < 1.0));
    // What site B cut, and what only it has.
    let only_a: Vec<String> = al
        .only_a
        .iter()
        .map(|&i| sentence("wire-site-a", i))
        .collect();
    assert!(only_a
        .iter()
        .any(|s| s.starts_with("The ministry said the proposal")));
    assert!(only_a
        .iter()
        .any(|s| s.starts_with("Security analysts said")));
    assert_eq!(al.only_b.len(), 1);
    assert!(sentence("wire-site-b", al.only_b[0])
        .starts_with("The decision is likely to add to tensions"));
    assert!(al.similarity > 0.5, "{}", al.similarity);
}

#[test]
fn a_reused_background_paragraph_is_one_passage() {
    let al = alignment("background-a", "background-b")
        .expect("the shared background pairs the two stories");
    assert_eq!(al.verbatim.len(), 2);
    assert!(al.rewritten.is_empty());
    assert_eq!(
        al.passages.len(),
        1,
        "two consecutive sentences, one passage"
    );
    let p = &al.passages[0];
    assert_eq!((p.a_last - p.a_first, p.b_last - p.b_first), (1, 1));
    assert!(sentence("background-a", p.a_first)
        .starts_with("Washington designated six Mexican cartels"));
    assert!(al.similarity < 0.5, "the rest of the two stories differs");
}

#[test]
fn unrelated_articles_are_not_paired() {
    let st = &framing().shared_text;
    let paired: Vec<(&str, &str)> = st
        .pairs
        .iter()
        .map(|p| (p.a.as_str(), p.b.as_str()))
        .collect();
    assert_eq!(paired.len(), 2, "{paired:?}");
    for lonely in [
        "unrelated-same-topic",
        "unrelated-other-topic",
        "spanish-efe",
    ] {
        assert!(
            !paired.iter().any(|(a, b)| *a == lonely || *b == lonely),
            "{lonely} paired: {paired:?}"
        );
        let i = st.articles.iter().position(|a| a == lonely).unwrap();
        assert!(st.matrix[i]
            .iter()
            .enumerate()
            .all(|(j, v)| (j == i) == (*v > 0.0)));
    }
    // Near-linear: LSH proposed a handful of candidates, not all sentence pairs.
    let n = st.stats.sentences as u64;
    assert!(
        (st.stats.candidates as u64) < n * (n - 1) / 20,
        "{:?}",
        st.stats
    );
}

#[test]
fn facts_group_statements_and_name_who_left_them_out() {
    let f = &framing().facts;
    let col = |id: &str| f.articles.iter().position(|a| a == id).unwrap();
    let published = |id: &str| {
        corpus()
            .articles
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.published.clone())
    };
    let status = |x: &Fact, id: &str| x.status_in(col(id), published(id).as_deref());
    let overdoses = f
        .facts
        .iter()
        .find(|x| x.label.contains("70,000"))
        .expect("the overdose figure is a fact");
    assert_eq!(overdoses.articles, 2);
    assert_eq!(status(overdoses, "wire-site-a"), FactStatus::Included);
    assert_eq!(status(overdoses, "wire-site-b"), FactStatus::Included);
    assert_eq!(status(overdoses, "spanish-efe"), FactStatus::Omitted);
    assert_eq!(
        status(overdoses, "unrelated-other-topic"),
        FactStatus::Undated
    );
    let background = f
        .facts
        .iter()
        .find(|x| x.label.contains("designated"))
        .expect("the designation");
    assert_eq!(status(background, "background-a"), FactStatus::Included);
    assert_eq!(status(background, "background-b"), FactStatus::Included);
    assert_eq!(background.first_known.as_deref(), Some("2025-02-01"));
    // The independent article restates no sentence; a name alone ("President Claudia
    // Sheinbaum") never makes two sentences one fact.
    for x in &f.facts {
        if x.sentence_in(col("unrelated-same-topic")).is_some() {
            assert_eq!(x.articles, 1, "{}: {:?}", x.label, x.stated);
        }
    }
}

#[test]
fn naming_counts_per_outlet_across_languages() {
    let slot = framing()
        .naming
        .slots
        .iter()
        .find(|s| s.id == "cartels")
        .expect("the fixture's cartels slot");
    let count = |outlet: &str, term: &str| {
        slot.outlets
            .iter()
            .find(|o| o.outlet == outlet)
            .and_then(|o| o.terms.iter().find(|t| t.term == term))
            .map_or(0, |t| t.count)
    };
    assert_eq!(count("Border News", "foreign terrorist organisations"), 2);
    assert_eq!(count("EFE", "organizaciones terroristas"), 1);
    assert_eq!(
        count("EFE", "cartels"),
        1,
        "cárteles counts as the cartels term"
    );
    assert_eq!(count("Sports Example", "cartels"), 0);
}

#[test]
fn timeline_orders_articles_and_resolves_spanish_dates() {
    let t = &framing().timeline;
    let order: Vec<&str> = t.articles.iter().map(|a| a.article.as_str()).collect();
    assert_eq!(
        order,
        [
            "spanish-efe",
            "wire-site-a",
            "wire-site-b",
            "background-a",
            "background-b",
            "unrelated-same-topic"
        ]
    );
    assert_eq!(t.undated.len(), 1);
    assert_eq!(t.undated[0].label, "undated: no publication date printed");
    let efe: Vec<(&str, Option<&str>)> = t
        .events
        .iter()
        .filter(|e| e.article == "spanish-efe")
        .map(|e| (e.text.as_str(), e.date.as_deref()))
        .collect();
    assert_eq!(
        efe,
        [
            ("20 de febrero", Some("2025-02-20")),
            ("este martes", Some("2025-05-20"))
        ]
    );
    assert!(t
        .unresolved
        .iter()
        .all(|e| e.article == "unrelated-other-topic" && e.basis == DateBasis::UnresolvedUndated));
    // Events in time order, by the first day of each date's period.
    let first_day = |d: &str| match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    };
    let days: Vec<String> = t
        .events
        .iter()
        .filter_map(|e| e.date.as_deref())
        .map(first_day)
        .collect();
    assert_eq!(days.len(), t.events.len());
    assert_eq!(days.first().map(String::as_str), Some("2023-01-01"));
    assert!(
        days.windows(2).all(|w| w[0] <= w[1]),
        "events in time order: {days:?}"
    );
}
