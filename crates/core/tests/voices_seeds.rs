//! Voices on the five seed pages: the accuracy figures against the hand annotation in
//! tests/fixtures/voices/seed_gold.json, and the cases the issue names one by one.

mod common;

use framelens_core::model::{Article, Corpus};
use framelens_core::voices::eval::{score, Gold};
use framelens_core::voices::{Quote, QuoteKind, Resolution};
use std::sync::OnceLock;

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| common::build_folder_ok(&common::repo_root().join("corpus")))
}

fn article(prefix: &str) -> &'static Article {
    corpus()
        .articles
        .iter()
        .find(|a| a.source_file.starts_with(prefix))
        .unwrap()
}

fn quote(prefix: &str, words: &str) -> &'static Quote {
    let v = article(prefix).voices.as_ref().unwrap();
    v.quotes
        .iter()
        .find(|q| q.text.contains(words))
        .unwrap_or_else(|| panic!("{prefix}: no quote with {words:?}"))
}

fn speaker(q: &Quote) -> Option<&str> {
    q.speaker.name.as_deref()
}

#[test]
fn accuracy_against_the_hand_annotation() {
    let gold: Gold = serde_json::from_str(
        &std::fs::read_to_string(common::repo_root().join("tests/fixtures/voices/seed_gold.json"))
            .unwrap(),
    )
    .unwrap();
    let s = score(corpus(), &gold);
    println!(
        "voices on the seeds: quote content P {:.3} R {:.3} F1 {:.3} ({} of {} spans, {} predicted); \
         speaker accuracy {:.3} ({} of {} utterances); kind {} of {} found; captions {} of {}",
        s.precision, s.recall, s.f1, s.matched_spans, s.gold_spans, s.predicted_spans,
        s.speaker_accuracy, s.speakers_correct, s.utterances, s.kinds_correct, s.found,
        s.captions.1, s.captions.0
    );
    for e in &s.errors {
        println!("  {e}");
    }
    assert!(s.f1 >= 0.95, "quote content F1 {:.3} < 0.95", s.f1);
    assert!(
        s.speaker_accuracy >= 0.90,
        "speaker accuracy {:.3} < 0.90",
        s.speaker_accuracy
    );
}

#[test]
fn surname_never_introduced_and_pronoun_after_it() {
    // 003: "However, Kelly said …" — Kelly is never named in full.
    let q = quote("003_", "the drugs and violence");
    assert_eq!(speaker(q), Some("Kelly"));
    assert_eq!(q.cue.as_ref().map(|c| c.verb.as_str()), Some("said"));
    // "“We will continue…,” she wrote. “We will make America safe again.”": one utterance in
    // two spans, "she" → Kelly.
    let q = quote("003_", "We will continue exploring");
    assert_eq!(speaker(q), Some("Kelly"));
    assert_eq!(q.speaker.resolution, Resolution::Pronoun);
    assert_eq!(q.spans.len(), 2);
    let a = article("003_");
    assert_eq!(
        a.span_text(&q.spans[1]),
        Some("We will make America safe again.")
    );
    assert_eq!(q.cue.as_ref().map(|c| c.verb.as_str()), Some("wrote"));
}

#[test]
fn organisations_and_documents_speak() {
    let q = quote("003_", "In the appropriate context");
    assert_eq!(
        speaker(q),
        Some("The Heritage Foundation"),
        "\"the group wrote\""
    );
    assert_eq!(q.speaker.resolution, Resolution::Description);
    assert_eq!(q.speaker.printed.as_deref(), Some("the group"));
    let q = quote("003_", "last resort");
    assert_eq!(
        speaker(q),
        Some("The Heritage Foundation"),
        "\"the report noted\": the group's report"
    );
    assert_eq!(q.speaker.document.as_deref(), Some("report"));
    let q = quote("002_", "not imminent");
    assert_eq!(speaker(q), Some("NBC News"));
    let q = quote("004_", "shoot missiles into Mexico");
    assert_eq!(speaker(q), Some("Mark Esper"));
    assert_eq!(q.speaker.document.as_deref(), Some("memoir"));
    assert_eq!(
        q.cue.as_ref().map(|c| c.phrase.as_str()),
        Some("wrote in his memoir")
    );
}

#[test]
fn named_speakers_headline_quotes_and_cues() {
    let q = quote("002_", "That won't happen");
    assert_eq!(speaker(q), Some("Claudia Sheinbaum"));
    assert_eq!(q.speaker.resolution, Resolution::Surname);
    assert_eq!(
        q.cue.as_ref().map(|c| c.phrase.as_str()),
        Some("told reporters")
    );
    let h = &article("001_").voices.as_ref().unwrap().quotes[0];
    assert_eq!(h.spans[0].part, framelens_core::voices::Part::Headline);
    assert_eq!(h.text, "not on the table,");
    assert_eq!(speaker(h), Some("Claudia Sheinbaum"));
    let q = quote("003_", "How can we help");
    assert_eq!(
        speaker(q),
        Some("Donald Trump"),
        "\"Trump … called Sheinbaum and asked\""
    );
    let q = quote("003_", "never accept");
    assert_eq!(
        (speaker(q), q.speaker.resolution),
        (Some("Claudia Sheinbaum"), Resolution::Pronoun)
    );
}

#[test]
fn scare_quotes_and_words_inside_reported_speech() {
    let q = quote("000_", "good conversation");
    assert_eq!(q.kind, QuoteKind::Scare);
    let q = quote("002_", "terrorist");
    assert_eq!(
        (q.kind, speaker(q)),
        (QuoteKind::Scare, None),
        "nobody says it: unresolved"
    );
    for words in ["terrific person", "get their act together"] {
        assert_eq!(
            speaker(quote("001_", words)),
            Some("Donald Trump"),
            "{words}"
        );
    }
    assert_eq!(quote("001_", "terrific person").kind, QuoteKind::Scare);
    assert_eq!(
        quote("001_", "get their act together").kind,
        QuoteKind::Speech
    );
    assert_eq!(
        speaker(quote("001_", "dominance")),
        Some("Donald Trump"),
        "Trump's assertion of …"
    );
    assert_eq!(
        speaker(quote("001_", "do not belong")),
        Some("Claudia Sheinbaum")
    );
}

#[test]
fn offsets_are_char_offsets_into_the_paragraph() {
    // A quote's text is exactly the words its spans point at, counted in chars (the seeds
    // have accented names and curly marks, so a byte or UTF-16 offset would cut elsewhere).
    for a in &corpus().articles {
        let v = a.voices.as_ref().unwrap();
        for q in v.quotes.iter().chain(&v.aside_quotes) {
            let cut: Vec<String> = q
                .spans
                .iter()
                .map(|s| {
                    let text = a.text_of(s.part, s.paragraph).expect("span's text exists");
                    text.chars()
                        .skip(s.start as usize)
                        .take((s.end - s.start) as usize)
                        .collect()
                })
                .collect();
            assert_eq!(cut.join(" … "), q.text, "{}", a.id);
        }
    }
}
