//! Sample corpus data shared by the native and browser tests.

use framelens_model::{Article, Corpus, SCHEMA_VERSION};
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

/// A span of article text, as the voices analysis writes it.
fn span(part: &str, paragraph: u32, text: &str, start: u32) -> serde_json::Value {
    let end = start + text.chars().count() as u32;
    json!({ "part": part, "paragraph": paragraph, "start": start, "end": end })
}

/// Cues of one frame: `(start, end, cue)`.
type Cues<'a> = &'a [(u32, u32, &'a str)];

/// A span of the headline (`paragraph` None) or of a body paragraph.
fn at(paragraph: Option<u32>, start: u32, end: u32) -> serde_json::Value {
    match paragraph {
        None => json!({ "part": "headline", "paragraph": 0, "start": start, "end": end }),
        Some(p) => json!({ "part": "body", "paragraph": p, "start": start, "end": end }),
    }
}

/// A sentence with its frames (`(frame id, cues)`).
fn sentence(paragraph: Option<u32>, end: u32, frames: &[(&str, Cues<'_>)]) -> serde_json::Value {
    let frames: Vec<serde_json::Value> = frames
        .iter()
        .map(|(frame, cues)| {
            let cues: Vec<serde_json::Value> = cues
                .iter()
                .map(|(s, e, c)| json!({ "span": at(paragraph, *s, *e), "cue": c, "weight": 1.0 }))
                .collect();
            json!({ "frame": frame, "score": cues.len() as f64, "cues": cues })
        })
        .collect();
    json!({ "span": at(paragraph, 0, end), "frames": frames })
}

/// A frame choice ("no frame cue" when `frame` is `None`).
fn choice(frame: Option<(&str, &str)>) -> serde_json::Value {
    match frame {
        Some((id, label)) => json!({ "frame": id, "label": label, "score": 2.0 }),
        None => json!({ "frame": null, "label": "no frame cue", "score": 0.0 }),
    }
}

/// Framing results for an article: sentences, headline frame, agency, naming hits.
fn framing(
    sentences: Vec<serde_json::Value>,
    headline: Option<(&str, &str)>,
    agency: serde_json::Value,
    naming: serde_json::Value,
) -> serde_json::Value {
    let body = sentences.len().saturating_sub(1) as u32;
    // Frame shares as the analysis writes them: per frame, the body sentences evoking it.
    let mut shares: Vec<(String, u32)> = Vec::new();
    for s in sentences.iter().skip(1) {
        for f in s["frames"].as_array().into_iter().flatten() {
            let id = f["frame"].as_str().unwrap_or_default().to_owned();
            match shares.iter_mut().find(|(x, _)| *x == id) {
                Some((_, n)) => *n += 1,
                None => shares.push((id, 1)),
            }
        }
    }
    let shares: Vec<serde_json::Value> = shares
        .iter()
        .map(|(id, n)| {
            let share = f64::from(*n) / f64::from(body.max(1));
            json!({ "frame": id, "sentences": n, "share": share, "primary": 0, "weight": 1.0 })
        })
        .collect();
    json!({
        "sentences": sentences,
        "headline_frame": choice(headline),
        "primary_frame": choice(None),
        "body_sentences": body,
        "frame_shares": shares,
        "no_frame_cue": 0,
        "headline": agency,
        "naming": naming,
        "dates": [],
        "facts": { "included": [] },
    })
}

/// Two analysed articles (Reuters, Fox News) with quotes, cues, agency, naming and facts,
/// and the corpus-level voices and framing around them.
pub fn analysed_corpus() -> Corpus {
    let p0 = "Claudia Sheinbaum said: “That won’t happen.” Others said “no”.";
    let p1 = "The troops are ready, the White House said.";
    let q1 = "That won’t happen.";
    let q1_start = p0.chars().position(|c| c == '“').unwrap() as u32 + 1;
    let q2_start = p0.chars().count() as u32 - 4;
    let mut a0 = article(
        "a0",
        Some("Reuters"),
        Some("2025-04-08"),
        "Mexico rejects US strikes",
    );
    a0.body = serde_json::from_value(json!([
        { "text": p0, "line": 10 },
        { "text": p1, "line": 11 },
    ]))
    .expect("a body");
    a0.voices = serde_json::from_value(json!({
        "quotes": [
            {
                "text": q1, "spans": [span("body", 0, q1, q1_start)], "kind": "speech",
                "mark": "curly", "words": 3, "closed": true,
                "speaker": { "name": "Claudia Sheinbaum", "actor": "claudia-sheinbaum", "resolution": "named" },
                "cue": { "verb": "said", "phrase": "said", "span": span("body", 0, "said", 18) },
            },
            {
                "text": "no", "spans": [span("body", 0, "no", q2_start)], "kind": "scare",
                "mark": "curly", "words": 1, "closed": true,
                "speaker": { "name": null, "actor": null, "resolution": "unresolved" },
            },
        ],
        "actors": [{
            "actor": "claudia-sheinbaum", "name": "Claudia Sheinbaum", "kind": "person",
            "forms": ["Claudia Sheinbaum"], "roles": [], "group": "Mexican government",
            "mentions": [span("body", 0, "Claudia Sheinbaum", 0)],
        }],
        "heard": {
            "direct": 1, "scare": 1, "indirect": 0, "anonymous": 0, "unresolved": 1, "words": 4,
            "by_actor": [
                { "key": "claudia-sheinbaum", "name": "Claudia Sheinbaum", "quotes": 1, "words": 3, "indirect": 0 },
                { "key": "(unresolved)", "name": "(unresolved)", "quotes": 1, "words": 1, "indirect": 0 },
            ],
            "by_group": [
                { "key": "Mexican government", "name": "Mexican government", "quotes": 1, "words": 3, "indirect": 0 },
            ],
            "first_voice": {
                "kind": "direct", "name": "Claudia Sheinbaum", "actor": "claudia-sheinbaum",
                "group": "Mexican government", "evidence": span("body", 0, q1, q1_start),
            },
            "relayed": [],
        },
    }))
    .expect("voices");
    a0.framing = serde_json::from_value(framing(
        vec![
            sentence(None, 25, &[("security_and_defense", &[(18, 25, "strike*")]), ("political", &[(0, 6, "mexico")])]),
            sentence(Some(0), 62, &[]),
            sentence(Some(1), 43, &[("security_and_defense", &[(4, 10, "troop*")])]),
        ],
        Some(("security_and_defense", "Security and defense")),
        json!({
            "agent": { "text": "Mexico", "span": at(None, 0, 6) },
            "action": { "text": "rejects", "span": at(None, 7, 14) },
            "patient": { "text": "US strikes", "span": at(None, 15, 25) },
            "voice": "active", "negated": false, "notes": [],
        }),
        json!([{ "slot": "us_action", "term": "strikes", "sentence": 0, "span": at(None, 18, 25) }]),
    ))
    .expect("framing");

    let p2 = "Troops could cross the border, officials said.";
    let mut a1 = article("a1", Some("Fox News"), None, "Trump offers troops");
    a1.body = serde_json::from_value(json!([{ "text": p2, "line": 4 }])).expect("a body");
    a1.voices = serde_json::from_value(json!({
        "quotes": [],
        "anonymous": [{
            "description": "officials", "cue": "said",
            "span": span("body", 0, "officials", 31), "sentence": span("body", 0, p2, 0),
        }],
        "heard": {
            "direct": 0, "scare": 0, "indirect": 0, "anonymous": 1, "unresolved": 0, "words": 0,
            "by_actor": [], "by_group": [], "relayed": [],
        },
    }))
    .expect("voices");
    a1.framing = serde_json::from_value(framing(
        vec![
            sentence(None, 19, &[("security_and_defense", &[(13, 19, "troop*")])]),
            sentence(
                Some(0),
                46,
                &[(
                    "security_and_defense",
                    &[(0, 6, "troop*"), (23, 29, "border")],
                )],
            ),
        ],
        None,
        json!({ "voice": "unknown", "negated": false, "notes": [] }),
        json!([{ "slot": "us_action", "term": "troops", "sentence": 0, "span": at(None, 13, 19) }]),
    ))
    .expect("framing");

    let frames: Vec<serde_json::Value> = [
        ("economic", "Economic"),
        ("security_and_defense", "Security and defense"),
        ("political", "Political"),
    ]
    .iter()
    .enumerate()
    .map(|(n, (id, label))| json!({ "id": id, "number": n + 1, "label": label }))
    .collect();
    serde_json::from_value(json!({
        "schema_version": SCHEMA_VERSION,
        "story": { "title": "Analysed story", "question": "Who framed what?" },
        "articles": [a0, a1],
        "voices": {
            "actors": [{
                "id": "claudia-sheinbaum", "name": "Claudia Sheinbaum", "kind": "person",
                "forms": ["Claudia Sheinbaum"], "roles": ["President"], "full_name": true,
                "group": "Mexican government", "articles": ["a0"], "quotes": 1, "words": 3, "indirect": 0, "rank": 1,
            }],
            "groups": [], "outlets": [], "unplaced": [],
        },
        "framing": {
            "frames": frames,
            "lexicon": { "file": "crates/core/lexicon/frames.tsv", "cues": 3, "min_score": 1.0 },
            "outlets": [],
            "naming": {
                "slots": [{
                    "id": "us_action", "label": "The US action", "description": null,
                    "terms": ["strikes", "troops"], "outlets": [],
                }],
                "unplaced": [],
            },
            "shared_text": {
                "articles": ["a0", "a1"], "matrix": [[1.0, 0.2], [0.2, 1.0]], "pairs": [],
                "alignments": [{
                    "a": "a0", "b": "a1", "similarity": 0.2,
                    "verbatim": [], "rewritten": [{ "a": 2, "b": 1, "similarity": 0.6 }],
                    "only_a": [0, 1], "only_b": [0], "passages": [],
                }],
                "stats": { "sentences": 5, "candidates": 1, "matched": 1, "minhash": [60, 20, 3] },
            },
            "facts": {
                "articles": ["a0", "a1"],
                "facts": [{
                    "id": "F1", "label": "troops", "text": p1, "anchors": [], "articles": 1,
                    "stated": [{ "article": 0, "sentence": 2 }],
                }],
            },
            "timeline": { "articles": [], "undated": [], "events": [], "unresolved": [] },
        },
    }))
    .expect("an analysed corpus")
}
