//! Voices through the real build: the seed corpus with its corpus.toml groups, the JSON the
//! page reads, and the end-of-build line that lists actors to place.

mod common;

use common::{build, repo_root};
use framelens_core::model::Corpus;

use common::seed_corpus as corpus;

use common::seed_article as article;

#[test]
fn actors_are_one_across_the_corpus_and_placed_in_groups() {
    let v = corpus().voices.as_ref().expect("corpus voices");
    let she = v
        .actors
        .iter()
        .find(|a| a.id == "claudia-sheinbaum")
        .unwrap();
    assert_eq!(she.name, "Claudia Sheinbaum");
    assert_eq!(she.articles.len(), 5);
    assert!(she.forms.contains(&"Sheinbaum".into()));
    assert!(
        she.roles.contains(&"Mexican President".into())
            && she.roles.contains(&"Mexico's President".into())
    );
    assert_eq!(she.group.as_deref(), Some("Mexican government"));
    let nyt = v
        .actors
        .iter()
        .find(|a| a.name == "The New York Times")
        .unwrap();
    assert!(nyt.forms.contains(&"NYT".into()) && nyt.forms.contains(&"New York Times".into()));
    assert_eq!(nyt.group.as_deref(), Some("US media"));
    let kelly = v.actors.iter().find(|a| a.id == "kelly").unwrap();
    assert!(!kelly.full_name);
    assert_eq!(kelly.group, None);
    assert!(v.unplaced.iter().any(|u| u.actor == "kelly"));
    let mexico = v
        .groups
        .iter()
        .find(|g| g.name == "Mexican government")
        .unwrap();
    assert!(mexico.words > 0 && mexico.members.contains(&"claudia-sheinbaum".to_string()));
    // A body printed in lower case is an actor too, and "the U.S. military" is "US military".
    let military: Vec<_> = v
        .actors
        .iter()
        .filter(|a| a.name.contains("military"))
        .collect();
    assert_eq!(military.len(), 1, "{military:?}");
    assert_eq!(military[0].group.as_deref(), Some("US government"));
}

#[test]
fn anonymous_sources_and_relayed_reports() {
    let v = article("000_").voices.as_ref().unwrap();
    let anon: Vec<(&str, Option<&str>, Option<&str>)> = v
        .anonymous
        .iter()
        .map(|a| {
            (
                a.description.as_str(),
                a.relayed_by.as_deref(),
                a.suggested_group.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        anon,
        [
            (
                "U.S. officials",
                Some("The New York Times"),
                Some("US government")
            ),
            (
                "multiple unnamed officials",
                Some("The New York Times"),
                None
            ),
        ]
    );
    assert_eq!(v.relayed.len(), 1);
    assert_eq!(
        (v.relayed[0].source.as_str(), v.relayed[0].anonymous),
        ("The New York Times", 2)
    );
    let nbc = &article("002_").voices.as_ref().unwrap();
    assert_eq!(
        nbc.anonymous[0].description,
        "four unnamed current or former US officials"
    );
    assert_eq!(nbc.anonymous[0].number, Some(4));
    assert_eq!(nbc.anonymous[0].relayed_by.as_deref(), Some("NBC News"));
    let fox = &article("003_").voices.as_ref().unwrap().relayed;
    let own: Vec<(&str, bool)> = fox
        .iter()
        .map(|r| (r.source.as_str(), r.own_outlet))
        .collect();
    assert_eq!(
        own,
        [("Fox News", true), ("The Wall Street Journal", false)]
    );
}

#[test]
fn who_gets_heard_per_outlet() {
    let v = corpus().voices.as_ref().unwrap();
    let names: Vec<&str> = v.outlets.iter().map(|o| o.outlet.as_str()).collect();
    assert_eq!(names, ["Euronews", "Fox News", "Reuters", "TRT World"]);
    let reuters = v.outlets.iter().find(|o| o.outlet == "Reuters").unwrap();
    assert_eq!(reuters.articles.len(), 2);
    assert_eq!(reuters.first_voices.len(), 2);
    assert!(reuters
        .heard
        .relayed
        .contains(&"The New York Times".to_string()));
    let trt = &article("002_").voices.as_ref().unwrap().heard;
    let first = trt.first_quoted.as_ref().unwrap();
    assert_eq!(
        (first.name.as_str(), first.group.as_deref()),
        ("Claudia Sheinbaum", Some("Mexican government"))
    );
    assert_eq!(
        article("002_").span_text(&first.evidence),
        Some("That won't happen,")
    );
    let fox = &article("003_").voices.as_ref().unwrap().heard;
    assert_eq!(fox.by_actor[0].name, "Kelly", "most words quoted");
    assert!(fox
        .by_group
        .iter()
        .any(|g| g.key == "Think tanks" && g.quotes == 2));
}

#[test]
fn the_summary_lists_unplaced_actors_with_suggestions() {
    let (out, _) = build(&repo_root().join("corpus"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.lines().any(
            |l| l.starts_with("voices: 1 actor(s) in no corpus.toml") && l.ends_with(": Kelly")
        ),
        "{stderr}"
    );
    let dir = tempfile::tempdir().unwrap();
    let page = repo_root().join("tests/fixtures/voices/captions_en.txt");
    std::fs::copy(page, dir.path().join("captions_en.txt")).unwrap();
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[story]\ntitle = \"T\"\nquestion = \"Q?\"\n\n[voices]\n\n[[voices.groups]]\nname = \"US government\"\nmembers = [\"State Department\"]\nhints = [\"Secretary of State\"]\n",
    )
    .unwrap();
    let (out, json) = build(dir.path());
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Marco Rubio (suggested: US government)"),
        "{stderr}"
    );
    let c: Corpus = serde_json::from_str(&json.unwrap()).unwrap();
    let u = c
        .voices
        .unwrap()
        .unplaced
        .into_iter()
        .find(|u| u.name == "Marco Rubio")
        .unwrap();
    assert_eq!(
        u.reason.as_deref(),
        Some("role \"U.S. Secretary of State\" matches hint \"Secretary of State\"")
    );
}

#[test]
fn the_schema_describes_the_voices() {
    let schema = framelens_cli_schema();
    for name in [
        "ArticleVoices",
        "CorpusVoices",
        "Quote",
        "Speaker",
        "Anonymous",
        "Heard",
    ] {
        assert!(
            schema.contains(&format!("\"{name}\"")),
            "{name} missing from the schema"
        );
    }
}

fn framelens_cli_schema() -> String {
    let out = common::framelens(&["schema"]);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn actors_are_ranked_by_how_much_they_are_heard() {
    let actors = &corpus().voices.as_ref().unwrap().actors;
    let mut by_rank: Vec<_> = actors.iter().collect();
    by_rank.sort_by_key(|a| a.rank);
    let ranks: Vec<u32> = by_rank.iter().map(|a| a.rank).collect();
    assert_eq!(
        ranks,
        (1..=actors.len() as u32).collect::<Vec<_>>(),
        "ranks 1..n"
    );
    let weight = |a: &framelens_core::voices::Actor| a.words * 4 + a.quotes + a.indirect;
    assert!(
        by_rank.windows(2).all(|w| weight(w[0]) >= weight(w[1])),
        "most heard first"
    );
    assert_eq!(by_rank[0].name, "Claudia Sheinbaum");
}

#[test]
fn outlets_are_named_by_the_one_rule() {
    let v = corpus().voices.as_ref().unwrap();
    let f = corpus().framing.as_ref().unwrap();
    for a in &corpus().articles {
        let label = a.outlet_label();
        assert!(v
            .outlets
            .iter()
            .any(|o| o.outlet == label && o.articles.contains(&a.id)));
        assert!(f
            .outlets
            .iter()
            .any(|o| o.outlet == label && o.articles.contains(&a.id)));
    }
}
