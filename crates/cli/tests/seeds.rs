//! The five seed pages, parsed by the real build (`framelens build corpus`) with the
//! shipped corpus.toml: what a reader sees for each must be right.

mod common;

use framelens_core::model::Article;

use common::seed_corpus as corpus;

use common::seed_article as article;

fn name(a: &Option<framelens_core::model::Attribution>) -> Option<&str> {
    a.as_ref().map(|x| x.name.as_str())
}

fn body_contains(a: &Article, needle: &str) -> bool {
    a.body.iter().any(|p| p.text.contains(needle))
}

fn first_last(a: &Article) -> (&str, &str) {
    (
        a.body.first().unwrap().text.as_str(),
        a.body.last().unwrap().text.as_str(),
    )
}

#[test]
fn reuters_on_thestar_2026() {
    let a = article("000_");
    assert_eq!(
        a.headline,
        "US pressing Mexico to allow US forces to fight cartels, NYT reports"
    );
    assert_eq!(a.published.as_deref(), Some("2026-01-15"));
    assert_eq!(name(&a.site), Some("thestar.com.my"));
    assert_eq!(name(&a.outlet), Some("Reuters"));
    assert_eq!(name(&a.wire), Some("Reuters"));
    assert_eq!(a.wire.as_ref().unwrap().evidence.text, "Jan 15 (Reuters) -");
    assert_eq!(a.byline, ["Ananya Palyekar"]);
    assert!(
        a.credits.iter().any(|c| c.name == "Aidan Lewis"),
        "editor is a credit, not a byline"
    );
    let (first, last) = first_last(a);
    assert!(first.starts_with("Jan 15 (Reuters) - The United States is intensifying pressure"));
    assert!(last.starts_with("Reuters could not immediately verify the New York Times report."));
    assert!(
        !body_contains(a, "REUTERS/Jose Luis Gonzalez"),
        "the photo caption is not body"
    );
    assert!(a
        .captions
        .iter()
        .any(|c| c.credit.as_deref() == Some("REUTERS/Jose Luis Gonzalez")));
    assert!(
        !body_contains(a, "Turkish Airlines"),
        "Next In World teasers are not body"
    );
    assert!(!body_contains(a, "WhatsApp"));
    assert!(!a.truncated);
}

#[test]
fn euronews_on_inkl() {
    let a = article("001_");
    assert_eq!(
        a.headline,
        "US troop deployment in Mexico 'not on the table,' President Claudia Sheinbaum tells Trump"
    );
    assert_eq!(
        a.published, None,
        "inkl prints no date: null, never guessed"
    );
    assert_eq!(name(&a.site), Some("inkl.com"));
    assert_eq!(name(&a.outlet), Some("Euronews"));
    assert_eq!(a.wire, None);
    assert_eq!(a.byline, ["Gavin Blackburn"]);
    let (first, last) = first_last(a);
    assert!(first.starts_with("Mexico's President Claudia Sheinbaum said on Monday"));
    assert!(last.starts_with("Mexican cartels produce most of the fentanyl"));
    assert!(a.body.iter().any(|p| p.text
        == "What would be the target of US anti-cartel operations?"
        && p.kind == framelens_core::model::BlockKind::Subheading));
    assert!(
        !body_contains(a, "Zócalo"),
        "the doubled caption is not body"
    );
    assert!(
        a.captions
            .iter()
            .any(|c| c.text.ends_with("6 December, 2025")),
        "doubled caption printed once"
    );
    assert!(a.truncated);
    assert_eq!(
        a.truncation_evidence[0].text,
        "Sign up to read this article"
    );
    assert!(!body_contains(a, "premium titles"));
}

#[test]
fn trt_world_afp_copy() {
    let a = article("002_");
    assert_eq!(
        a.headline,
        "US won't attack cartels on Mexican soil: Sheinbaum"
    );
    assert_eq!(a.dek.as_ref().unwrap().value, "Trump has accused Mexico of not doing enough to halt the flow of drugs into the United States.");
    assert_eq!(a.published.as_deref(), Some("2025-11-04"));
    assert_eq!(name(&a.outlet), Some("TRT World"));
    assert_eq!(name(&a.wire), Some("AFP"));
    assert_eq!(a.wire.as_ref().unwrap().evidence.text, "SOURCE:AFP");
    assert!(
        a.byline.is_empty(),
        "'By Tuncay Şahin' belongs to a teaser, not this article"
    );
    let (first, last) = first_last(a);
    assert!(first.starts_with("Mexican President Claudia Sheinbaum has downplayed"));
    assert_eq!(
        last,
        "A Mexican search for one reported survivor proved fruitless."
    );
    assert!(
        !body_contains(a, "RelatedTRT World"),
        "inline related links are cut"
    );
    assert!(!body_contains(a, "Captagon"));
    assert!(a
        .removed
        .iter()
        .any(|r| r.text.starts_with("RelatedTRT World - Mexico expels")
            && r.reason == framelens_core::model::RemovalReason::RelatedLink));
    assert!(
        a.captions
            .iter()
            .any(|c| c.credit.as_deref() == Some("Reuters")),
        "'/ Reuters' is a photo credit"
    );
    assert!(!a.truncated);
}

#[test]
fn fox_news_on_a_republisher() {
    let a = article("003_");
    assert_eq!(
        a.headline,
        "Mexican president declines Trump's offer of US troops to help fight drug cartels"
    );
    assert_eq!(a.published, None);
    assert_eq!(name(&a.site), Some("newsfinale.com"));
    assert_eq!(name(&a.outlet), Some("Fox News"));
    assert_eq!(
        a.wire, None,
        "AP contributed; a contribution and '(AP Images)' are not wire copy"
    );
    assert!(a.byline.is_empty());
    let contributors: Vec<&str> = a.credits.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(contributors, ["Adam Shaw", "Associated Press"]);
    let (first, last) = first_last(a);
    assert!(first.starts_with("Mexican President Claudia Sheinbaum publicly confirmed"));
    assert!(last.starts_with("The foundation claimed Mexico was unlikely"));
    assert!(!body_contains(a, "(AP Images)"));
    assert!(
        !body_contains(a, "Powerball") && !body_contains(a, "Camden County"),
        "teasers are not body"
    );
    assert!(a.truncated, "Kelly is quoted but never introduced");
    assert!(a.truncation_evidence.iter().any(|e| e.text == "Kelly said"));
}

#[test]
fn reuters_on_thestar_2025() {
    let a = article("004_");
    assert_eq!(
        a.headline,
        "Mexico rejects unilateral US military action after report US is weighing strikes"
    );
    assert_eq!(a.published.as_deref(), Some("2025-04-08"));
    assert_eq!(name(&a.outlet), Some("Reuters"));
    assert_eq!(name(&a.wire), Some("Reuters"));
    assert_eq!(a.dateline.as_ref().unwrap().value, "MEXICO CITY");
    assert_eq!(
        a.byline,
        [
            "Raul Cortes",
            "Ana Isabel Martinez",
            "Laura Gottesdiener",
            "Idrees Ali"
        ]
    );
    let editors: Vec<&str> = a
        .credits
        .iter()
        .filter(|c| c.role == framelens_core::model::CreditRole::Editing)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(editors, ["Kylie Madry", "Rosalba O'Brien"]);
    let (first, last) = first_last(a);
    assert!(first
        .starts_with("MEXICO CITY (Reuters) -Mexican President Claudia Sheinbaum said on Tuesday"));
    assert!(last.starts_with("Trump considered military action in Mexico during his first term."));
    assert!(!body_contains(a, "REUTERS/Henry Romero"));
    assert!(!body_contains(a, "Peru shamans"));
    assert!(!a.truncated);
}

#[test]
fn every_line_is_accounted_for() {
    // Each non-blank line of a page is the headline, the dek, a body block, a caption, or removed.
    for a in &corpus().articles {
        let text = std::fs::read_to_string(common::repo_root().join("corpus").join(&a.source_file))
            .unwrap();
        let mut placed: std::collections::BTreeSet<u32> = a.body.iter().map(|p| p.line).collect();
        placed.extend(a.captions.iter().map(|c| c.line));
        placed.extend(a.removed.iter().map(|r| r.line));
        placed.extend(a.headline_evidence.iter().filter_map(|e| e.line));
        placed.extend(a.dek.iter().filter_map(|d| d.evidence.line));
        for (i, line) in text.lines().enumerate() {
            if !line.trim().is_empty()
                && !line.chars().all(|c| c.is_whitespace() || c == '\u{feff}')
            {
                assert!(
                    placed.contains(&(i as u32 + 1)),
                    "{}:{} not accounted for: {line}",
                    a.source_file,
                    i + 1
                );
            }
        }
    }
}
