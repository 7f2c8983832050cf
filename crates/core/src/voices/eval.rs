//! Scoring the voices output against a hand annotation (`tests/fixtures/voices/seed_gold.json`
//! or any file of that shape), so accuracy is measured, not asserted.
//!
//! * **Quote content** — precision, recall and F1 over quoted spans (headline and body), a span
//!   matching when its part, paragraph and words agree (case, accents, curly vs straight marks
//!   and edge punctuation ignored). A split utterance is several spans.
//! * **Speaker accuracy** — over every annotated utterance: correct when the quote is found and
//!   its speaker has the annotated name (a leading "The" ignored), or both have none. A missed
//!   quote counts as wrong.
//! * **Kind accuracy** — speech vs scare, over the utterances found.
//! * Caption quotes are checked apart (they are never counted in the tallies).

use super::text::fold;
use super::types::{Part, Quote, QuoteKind};
use crate::model::{Article, Corpus};
use serde::Deserialize;
use std::collections::BTreeMap;

/// An annotation file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// What the annotation follows.
    #[serde(default)]
    pub about: String,
    /// Per source file, its quotations.
    pub articles: BTreeMap<String, Vec<GoldQuote>>,
}

/// One annotated utterance.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// Where.
    pub part: Part,
    /// Paragraph (or caption) index.
    pub paragraph: u32,
    /// Its spans' words.
    pub spans: Vec<String>,
    /// The speaker's name; null for none.
    pub speaker: Option<String>,
    /// Speech or scare.
    pub kind: QuoteKind,
}

/// The figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Annotated spans (headline and body).
    pub gold_spans: usize,
    /// Predicted spans.
    pub predicted_spans: usize,
    /// Spans in both.
    pub matched_spans: usize,
    /// Content precision.
    pub precision: f64,
    /// Content recall.
    pub recall: f64,
    /// Content F1.
    pub f1: f64,
    /// Annotated utterances.
    pub utterances: usize,
    /// Utterances found with the right speaker.
    pub speakers_correct: usize,
    /// `speakers_correct / utterances`.
    pub speaker_accuracy: f64,
    /// Utterances found with the right kind.
    pub kinds_correct: usize,
    /// Utterances found.
    pub found: usize,
    /// Caption quotes annotated, and found with the right speaker.
    pub captions: (usize, usize),
    /// One line per miss, for the test's output.
    pub errors: Vec<String>,
}

fn norm(s: &str) -> String {
    let f: String = fold(s).replace(['“', '”', '«', '»'], "\"");
    let t = f.trim_matches(|c: char| !c.is_alphanumeric());
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn name(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|n| {
        let n = fold(n);
        n.strip_prefix("the ").unwrap_or(&n).to_string()
    })
}

fn key(part: Part, paragraph: u32, text: &str) -> (Part, u32, String) {
    (part, paragraph, norm(text))
}

fn find<'a>(article: &Article, quotes: &'a [Quote], g: &GoldQuote) -> Option<&'a Quote> {
    let k = key(
        g.part,
        g.paragraph,
        g.spans.first().map_or("", |s| s.as_str()),
    );
    quotes.iter().find(|q| {
        q.spans
            .iter()
            .any(|s| key(s.part, s.paragraph, article.span_text(s).unwrap_or("")) == k)
    })
}

/// Scores a built corpus against an annotation.
pub fn score(corpus: &Corpus, gold: &Gold) -> Scores {
    let mut sc = Scores::default();
    for (file, items) in &gold.articles {
        let Some((article, v)) = corpus
            .articles
            .iter()
            .find(|a| &a.source_file == file)
            .and_then(|a| Some((a, a.voices.as_ref()?)))
        else {
            sc.errors.push(format!("{file}: not in the corpus"));
            continue;
        };
        let mut predicted: BTreeMap<(Part, u32, String), usize> = BTreeMap::new();
        for s in v.quotes.iter().flat_map(|q| &q.spans) {
            *predicted
                .entry(key(s.part, s.paragraph, article.span_text(s).unwrap_or("")))
                .or_default() += 1;
            sc.predicted_spans += 1;
        }
        let mut golds: BTreeMap<(Part, u32, String), usize> = BTreeMap::new();
        for g in items.iter().filter(|g| g.part != Part::Caption) {
            for s in &g.spans {
                *golds.entry(key(g.part, g.paragraph, s)).or_default() += 1;
                sc.gold_spans += 1;
            }
        }
        for (k, n) in &golds {
            let m = predicted.get(k).copied().unwrap_or(0).min(*n);
            sc.matched_spans += m;
            if m < *n {
                sc.errors
                    .push(format!("{file}: missed {:?} {} \"{}\"", k.0, k.1, k.2));
            }
        }
        for (k, n) in &predicted {
            if golds.get(k).copied().unwrap_or(0) < *n {
                sc.errors
                    .push(format!("{file}: extra {:?} {} \"{}\"", k.0, k.1, k.2));
            }
        }
        for g in items {
            let caption = g.part == Part::Caption;
            let found = find(
                article,
                if caption { &v.aside_quotes } else { &v.quotes },
                g,
            );
            let right = found.is_some_and(|q| name(&q.speaker.name) == name(&g.speaker));
            if caption {
                sc.captions.0 += 1;
                sc.captions.1 += usize::from(right);
                continue;
            }
            sc.utterances += 1;
            sc.speakers_correct += usize::from(right);
            if let Some(q) = found {
                sc.found += 1;
                sc.kinds_correct += usize::from(q.kind == g.kind);
                if !right {
                    sc.errors.push(format!(
                        "{file}: \"{}\" said by {:?}, expected {:?}",
                        q.text, q.speaker.name, g.speaker
                    ));
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    sc.precision = ratio(sc.matched_spans, sc.predicted_spans);
    sc.recall = ratio(sc.matched_spans, sc.gold_spans);
    sc.f1 = if sc.precision + sc.recall == 0.0 {
        0.0
    } else {
        2.0 * sc.precision * sc.recall / (sc.precision + sc.recall)
    };
    sc.speaker_accuracy = ratio(sc.speakers_correct, sc.utterances);
    sc
}
