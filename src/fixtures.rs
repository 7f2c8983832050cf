//! Sample corpus data shared by the native and browser tests.

use framelens_core::{Article, Corpus, SCHEMA_VERSION};
use serde_json::json;

/// An attribution (as JSON) resting on collector configuration.
fn attribution(name: &str) -> serde_json::Value {
    json!({ "name": name, "evidence": { "text": name, "source": "config" } })
}

/// A minimal article: only what the page shows is set.
///
/// Built from JSON, like the page's real input, so optional fields added to the format later
/// take their defaults here too.
pub fn article(id: &str, outlet: Option<&str>, published: Option<&str>, headline: &str) -> Article {
    serde_json::from_value(json!({
        "id": id,
        "source_file": format!("{id}.txt"),
        "sha256": "0".repeat(64),
        "format": "text",
        "site": null,
        "outlet": outlet.map(attribution),
        "wire": null,
        "published": published,
        "headline": headline,
        "byline": [],
        "body": [],
        "captions": [],
        "removed": [],
        "truncated": false,
        "warnings": [],
    }))
    .expect("a valid article")
}

/// Five articles from three outlets plus one with no outlet, one of them undated, with
/// wires, bylines, and a headline that looks like HTML (it must render as text).
pub fn sample_articles() -> Vec<Article> {
    let with = |mut a: Article, wire: Option<&str>, byline: &[&str]| {
        a.wire = wire.map(|w| serde_json::from_value(attribution(w)).expect("an attribution"));
        a.byline = byline.iter().map(|s| (*s).to_owned()).collect();
        a
    };
    vec![
        with(
            article(
                "000",
                Some("Reuters"),
                Some("2026-01-15"),
                "US pressing Mexico to allow US forces to fight cartels, NYT reports",
            ),
            Some("Reuters"),
            &[],
        ),
        with(
            article(
                "001",
                Some("Euronews"),
                Some("2025-12-01"),
                "US troop deployment in Mexico 'not on the table,' Sheinbaum tells Trump",
            ),
            None,
            &["Gavin Blackburn"],
        ),
        with(
            article(
                "002",
                Some("The Independent"),
                Some("2025-11-04"),
                "US won't attack cartels on Mexican soil: <b>Sheinbaum</b> & co",
            ),
            Some("Reuters"),
            &[],
        ),
        article(
            "003",
            None,
            None,
            "Mexican president declines Trump's offer of US troops",
        ),
        with(
            article(
                "004",
                Some("Reuters"),
                Some("2025-04-08"),
                "Mexico rejects unilateral US military action after report US is weighing strikes",
            ),
            Some("Reuters"),
            &["Diego Oré", "Dave Graham"],
        ),
    ]
}

/// A whole corpus around [`sample_articles`], built from JSON like [`article`].
pub fn sample_corpus() -> Corpus {
    serde_json::from_value(json!({
        "schema_version": SCHEMA_VERSION,
        "story": {
            "title": "US military action against Mexican cartels",
            "question": "Would the US send troops into Mexico, and what did Mexico say?",
        },
        "articles": sample_articles(),
    }))
    .expect("a valid corpus")
}
