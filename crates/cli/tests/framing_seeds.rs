//! The framing analysis on the five seed pages, through the real build with the shipped
//! corpus.toml: frames of chosen sentences, headline and primary frames, headline agency,
//! naming counts, facts and who left them out, the timeline, and no false shared text.

mod common;

use framelens_core::framing::facts::{Fact, FactStatus};
use framelens_core::framing::frames::FrameId::{self, *};
use framelens_core::framing::headline::Voice;
use framelens_core::framing::timeline::DateBasis;
use framelens_core::framing::{ArticleFraming, CorpusFraming};
use framelens_core::model::{Article, Part};

use common::seed_corpus as corpus;

fn framing() -> &'static CorpusFraming {
    corpus().framing.as_ref().expect("corpus framing")
}

use common::seed_article as article;

fn af(prefix: &str) -> &'static ArticleFraming {
    article(prefix).framing.as_ref().expect("article framing")
}

/// The text of a sentence, cut from its paragraph by its char offsets.
fn sentence_text(a: &Article, i: usize) -> String {
    let s = &a.framing.as_ref().unwrap().sentences[i];
    a.span_text(&s.span).expect("in the article").to_string()
}

/// Frames of the sentence of article `prefix` that starts with `start`.
fn frames(prefix: &str, start: &str) -> Vec<FrameId> {
    let a = article(prefix);
    let f = a.framing.as_ref().unwrap();
    let i = (0..f.sentences.len())
        .find(|&i| sentence_text(a, i).starts_with(start))
        .unwrap_or_else(|| panic!("no sentence starting {start:?}"));
    f.sentences[i].frames.iter().map(|x| x.frame).collect()
}

#[test]
fn every_article_is_analysed_with_the_codebook_legend() {
    assert_eq!(framing().frames.len(), 15);
    assert_eq!(framing().frames[7].label, "Security and defense");
    for a in &corpus().articles {
        let f = a.framing.as_ref().expect("framing for every article");
        assert!(
            f.sentences[0].span.part == Part::Headline,
            "sentence 0 is the headline"
        );
        assert_eq!(f.body_sentences as usize, f.sentences.len() - 1);
        for s in &f.sentences {
            for fr in &s.frames {
                for c in &fr.cues {
                    assert!(s.span.contains(&c.span), "cue inside its sentence");
                }
            }
        }
    }
    assert!(corpus()
        .warnings
        .iter()
        .all(|w| !w.file.contains("lexicon")));
}

#[test]
fn sentences_get_their_frames_in_the_real_articles() {
    assert_eq!(
        frames("004_", "\"The people of Mexico will not"),
        [ExternalRegulationAndReputation]
    );
    assert_eq!(
        frames("004_", "Esper wrote that he replied"),
        [
            LegalityConstitutionalityJurisprudence,
            ExternalRegulationAndReputation
        ]
    );
    assert_eq!(frames("001_", "Overdoses from fentanyl"), [HealthAndSafety]);
    assert_eq!(
        frames("001_", "Since seizing Venezuela's president"),
        [Political]
    );
    assert_eq!(
        frames("000_", "The United States is intensifying pressure"),
        [SecurityAndDefense, CrimeAndPunishment, Political],
        "the Reuters dateline is not part of the first sentence"
    );
    assert_eq!(
        frames("000_", "Reuters could not immediately verify"),
        Vec::<FrameId>::new()
    );
    assert_eq!(
        frames("002_", "A Mexican search for one reported survivor"),
        Vec::<FrameId>::new()
    );
    assert_eq!(
        frames("003_", "It argued that Mexican cartels"),
        [
            CrimeAndPunishment,
            SecurityAndDefense,
            LegalityConstitutionalityJurisprudence,
            ExternalRegulationAndReputation
        ]
    );
}

#[test]
fn headline_frame_apart_from_the_body_primary_frame() {
    for p in ["000_", "001_", "002_", "003_", "004_"] {
        let f = af(p);
        assert_eq!(f.headline_frame.frame, Some(SecurityAndDefense), "{p}");
        assert_eq!(f.primary_frame.frame, Some(SecurityAndDefense), "{p}");
    }
    // The Reuters April story's headline also evokes sovereignty language ("unilateral").
    let h = &af("004_").sentences[0].frames;
    assert_eq!(
        h.iter().map(|f| f.frame).collect::<Vec<_>>(),
        [SecurityAndDefense, ExternalRegulationAndReputation]
    );
    // Shares: 12 of Euronews's 16 body sentences evoke Security; none lacks a cue.
    let e = af("001_");
    let sec = e
        .frame_shares
        .iter()
        .find(|s| s.frame == SecurityAndDefense)
        .unwrap();
    assert_eq!(
        (e.body_sentences, sec.sentences, sec.share, e.no_frame_cue),
        (16, 12, 0.75, 0)
    );
    let ext = e
        .frame_shares
        .iter()
        .find(|s| s.frame == ExternalRegulationAndReputation)
        .unwrap();
    assert_eq!(ext.sentences, 6);
}

#[test]
fn headline_agency_through_the_build() {
    let h = |p: &str| &af(p).headline;
    let t =
        |x: &Option<framelens_core::framing::headline::Phrase>| x.as_ref().map(|p| p.text.clone());
    assert_eq!(t(&h("000_").agent).as_deref(), Some("US"));
    assert_eq!(
        h("000_").source.as_ref().unwrap().outlet.as_deref(),
        Some("The New York Times")
    );
    assert_eq!(h("001_").voice, Voice::Verbless);
    assert_eq!(
        h("001_").source.as_ref().unwrap().to.as_ref().unwrap().text,
        "Trump"
    );
    assert_eq!(t(&h("002_").action).as_deref(), Some("won't attack"));
    assert_eq!(h("002_").source.as_ref().unwrap().who.text, "Sheinbaum");
    let fox = h("003_");
    assert_eq!(t(&fox.agent).as_deref(), Some("Mexican president"));
    assert_eq!(
        fox.agent_refers_to.as_ref().unwrap().name,
        "Claudia Sheinbaum"
    );
    assert_eq!(
        t(&fox.patient).as_deref(),
        Some("Trump's offer of US troops to help fight drug cartels")
    );
    assert_eq!(t(&h("004_").action).as_deref(), Some("rejects"));
    // The Fox headline names the US move as help: the naming slot says so, in the headline.
    assert!(fox
        .notes
        .iter()
        .any(|n| n == "names the US action as \"offer of US troops to help\""));
    assert!(af("003_").naming.iter().any(|n| n.sentence == 0
        && n.slot == "us_action"
        && n.term == "offer of US troops to help"));
}

fn count(slot: &str, outlet: &str, term: &str) -> u32 {
    let s = framing()
        .naming
        .slots
        .iter()
        .find(|s| s.id == slot)
        .expect("slot");
    s.outlets
        .iter()
        .find(|o| o.outlet == outlet)
        .expect("outlet")
        .terms
        .iter()
        .find(|t| t.term == term)
        .map_or(0, |t| t.count)
}

#[test]
fn naming_counts_per_outlet() {
    let slots: Vec<&str> = framing()
        .naming
        .slots
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(slots, ["us_action", "cartels", "mexico_answer"]);
    // The US action
    assert_eq!(
        count("us_action", "Fox News", "offer of US troops to help"),
        1
    );
    assert_eq!(count("us_action", "Fox News", "military assistance"), 1);
    assert_eq!(
        count("us_action", "Reuters", "unilateral military action"),
        2
    );
    assert_eq!(count("us_action", "Reuters", "drone strikes"), 1);
    assert_eq!(count("us_action", "Euronews", "troop deployment"), 3);
    assert_eq!(
        count("us_action", "Euronews", "ground strikes"),
        3,
        "ground strikes, land attacks, hitting land"
    );
    assert_eq!(
        count("us_action", "TRT World", "mission on Mexican soil"),
        1
    );
    assert_eq!(
        count("us_action", "Reuters", "pressing"),
        1,
        "not the \"press\" of \"press conference\""
    );
    // The cartels
    assert_eq!(
        count("cartels", "Euronews", "foreign terrorist organisations"),
        1
    );
    assert_eq!(count("cartels", "Euronews", "criminal organisations"), 1);
    assert_eq!(
        count("cartels", "Reuters", "global terrorist organizations"),
        1
    );
    assert_eq!(
        count("cartels", "TRT World", "terrorist organisations"),
        1,
        "\"terrorist\" organisations, quotes and all"
    );
    assert_eq!(
        count(
            "cartels",
            "Fox News",
            "transnational criminal organizations"
        ),
        1
    );
    // Mexico's answer
    assert_eq!(count("mexico_answer", "Euronews", "not on the table"), 2);
    assert_eq!(count("mexico_answer", "TRT World", "won't happen"), 1);
    assert_eq!(count("mexico_answer", "TRT World", "downplayed"), 1);
    assert_eq!(count("mexico_answer", "Fox News", "declines"), 1);
    assert_eq!(count("mexico_answer", "Fox News", "never accept"), 1);
    assert_eq!(count("mexico_answer", "Reuters", "categorically reject"), 1);
    assert_eq!(
        count("mexico_answer", "Reuters", "declines"),
        1,
        "\"declined offers\" in the January story"
    );
    // Each hit points at its words.
    let a = article("002_");
    let hit = a
        .framing
        .as_ref()
        .unwrap()
        .naming
        .iter()
        .find(|n| n.term == "won't happen")
        .unwrap();
    assert_eq!(a.span_text(&hit.span), Some("won't happen"));
    // Phrases no slot covers are offered to the maintainer.
    let unplaced: Vec<&str> = framing()
        .naming
        .unplaced
        .iter()
        .map(|u| u.phrase.as_str())
        .collect();
    assert!(unplaced.contains(&"mexican soil"), "{unplaced:?}");
    assert!(
        !unplaced.iter().any(|p| p.contains("cartels")),
        "slot terms are placed: {unplaced:?}"
    );
}

fn fact(label_part: &str) -> &'static Fact {
    framing()
        .facts
        .facts
        .iter()
        .find(|f| f.label.contains(label_part))
        .unwrap_or_else(|| panic!("no fact labelled with {label_part:?}"))
}

fn status(f: &Fact, prefix: &str) -> FactStatus {
    let id = &article(prefix).id;
    let col = framing()
        .facts
        .articles
        .iter()
        .position(|a| a == id)
        .unwrap();
    f.status_in(col, article(prefix).published.as_deref())
}

#[test]
fn facts_and_who_left_them_out() {
    use FactStatus::*;
    let row = |f: &Fact| ["000_", "001_", "002_", "003_", "004_"].map(|p| status(f, p));
    // The terrorist designation of cartels in February 2025: Euronews, TRT World and the April
    // Reuters story state it; the January Reuters story leaves it out; Fox is undated.
    let designation = fact("designated");
    assert_eq!(
        row(designation),
        [Omitted, Included, Included, Undated, Included]
    );
    assert_eq!(designation.first_known.as_deref(), Some("2025-02-01"));
    // The Maduro capture (3 January 2026): stories from 2025 predate it.
    let maduro = fact("Maduro");
    assert_eq!(
        row(maduro),
        [Included, Included, Predates, Undated, Predates]
    );
    assert_eq!(maduro.first_known.as_deref(), Some("2026-01-03"));
    // The boat-strike death toll: only TRT World; the April story predates it.
    let toll = fact("65 people");
    assert_eq!(row(toll), [Omitted, Undated, Included, Undated, Predates]);
    // The Esper memoir: only the April Reuters story.
    let esper = fact("Esper");
    assert_eq!(row(esper), [Omitted, Undated, Omitted, Undated, Included]);
    // Fentanyl overdose deaths: only Euronews.
    let deaths = fact("100,000 deaths");
    assert_eq!(row(deaths), [Omitted, Included, Omitted, Undated, Omitted]);
    // Where: paragraph of each statement.
    let col = framing()
        .facts
        .articles
        .iter()
        .position(|a| *a == article("004_").id)
        .unwrap();
    let at = designation.sentence_in(col).unwrap() as usize;
    let stated = &article("004_").framing.as_ref().unwrap().sentences[at].span;
    assert_eq!((stated.part, stated.paragraph), (Part::Body, 8));
    // Per article, the facts it states; the rest is derived, not stored.
    assert!(af("004_").facts.included.contains(&designation.id));
    assert!(!af("000_").facts.included.contains(&designation.id));
    assert!(af("000_").facts.included.contains(&maduro.id));
    for f in &framing().facts.facts {
        assert_eq!(f.articles as usize, f.stated.len(), "{}", f.label);
        assert!(f.stated.windows(2).all(|w| w[0].article < w[1].article));
    }
    // Two NBC reports seven months apart are not one fact.
    assert!(!framing()
        .facts
        .facts
        .iter()
        .any(|f| f.label.contains("NBC")));
}

#[test]
fn timeline_orders_articles_and_events() {
    let t = &framing().timeline;
    let order: Vec<&str> = t.articles.iter().map(|a| &a.article[..3]).collect();
    assert_eq!(order, ["004", "002", "000"]);
    let undated: Vec<&str> = t.undated.iter().map(|a| &a.article[..3]).collect();
    assert_eq!(undated, ["001", "003"]);
    assert!(t.undated.iter().all(|a| a.label.starts_with("undated")));
    let ev: Vec<(&str, &str, &str)> = t
        .events
        .iter()
        .map(|e| (e.date.as_deref().unwrap(), &e.article[..3], e.text.as_str()))
        .collect();
    let pos = |date: &str, art: &str, text: &str| {
        ev.iter()
            .position(|e| *e == (date, art, text))
            .unwrap_or_else(|| panic!("no event {date} {art} {text:?} in {ev:?}"))
    };
    let esper = pos("2020", "004", "2020");
    let designation = pos("2025-02", "004", "February");
    let sheinbaum_april = pos("2025-04-08", "004", "on Tuesday");
    let offer = pos("2025-04", "002", "April");
    let nbc_monday = pos("2025-11-03", "002", "on Monday");
    let maduro = pos("2026-01-03", "000", "January 3");
    let fox_interview = pos("2026-01-05", "000", "last week");
    let nyt = pos("2026-01-15", "000", "on Thursday");
    assert!(esper < designation && designation < offer && offer < sheinbaum_april);
    assert!(
        sheinbaum_april < nbc_monday
            && nbc_monday < maduro
            && maduro < fox_interview
            && fox_interview < nyt
    );
    // Euronews has no date: its relative dates stay unresolved, and say so.
    let unresolved: Vec<&str> = t
        .unresolved
        .iter()
        .filter(|e| e.article.starts_with("001"))
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        unresolved,
        [
            "on Monday",
            "last week",
            "December",
            "last year",
            "last Monday"
        ]
    );
    assert!(t
        .unresolved
        .iter()
        .all(|e| e.basis == DateBasis::UnresolvedUndated));
    // …but a date printed with its year is placed all the same.
    assert!(ev.contains(&("2025-02", "001", "February 2025")));
}

#[test]
fn the_seeds_share_no_text_and_none_is_paired() {
    let st = &framing().shared_text;
    assert!(st.pairs.is_empty(), "{:?}", st.pairs);
    assert!(st.alignments.is_empty());
    assert_eq!(st.matrix.len(), 5);
    for (i, row) in st.matrix.iter().enumerate() {
        for (j, v) in row.iter().enumerate() {
            assert_eq!(*v, if i == j { 1.0 } else { 0.0 });
        }
    }
}

#[test]
fn the_framing_json_stays_small() {
    let mut size = serde_json::to_string(framing()).unwrap().len();
    for a in &corpus().articles {
        size += serde_json::to_string(a.framing.as_ref().unwrap())
            .unwrap()
            .len();
    }
    assert!(size < 90_000, "framing JSON is {size} bytes compact");
}

/// Issue 12: every fact that two or more outlets state reads as a claim without opening a
/// cell: its text is one of its own statements, a full sentence that stands on its own.
#[test]
fn facts_two_outlets_state_read_as_claims() {
    let c = corpus();
    let facts = &framing().facts;
    let mut checked = 0;
    for f in &facts.facts {
        let outlets: std::collections::BTreeSet<&str> = f
            .stated
            .iter()
            .map(|s| c.articles[s.article as usize].outlet_label())
            .collect();
        if outlets.len() < 2 {
            continue;
        }
        checked += 1;
        let from = f.text_from.expect("the label's source is given");
        assert!(
            f.stated.contains(&from),
            "{}: its text is one of its statements",
            f.id
        );
        let a = &c.articles[from.article as usize];
        assert_eq!(sentence_text(a, from.sentence as usize), f.text, "{}", f.id);
        assert!(
            from.sentence > 0,
            "{}: a body sentence, not a headline: {}",
            f.id,
            f.text
        );
        let text = f.text.trim_start_matches(['"', '“', '‘']);
        assert!(text.starts_with(char::is_uppercase), "{}: {}", f.id, f.text);
        assert!(
            f.text
                .trim_end_matches(['"', '”', '’'])
                .ends_with(['.', '!', '?']),
            "{}: a full sentence: {}",
            f.id,
            f.text
        );
        assert!(
            f.text.split_whitespace().count() >= 8,
            "{}: {}",
            f.id,
            f.text
        );
        let first = text.split_whitespace().next().unwrap().to_lowercase();
        assert!(
            !["he", "she", "it", "they", "this", "that", "but", "and"].contains(&first.as_str()),
            "{}: stands on its own: {}",
            f.id,
            f.text
        );
    }
    assert!(
        checked >= 3,
        "the seeds have facts stated by several outlets ({checked})"
    );
}
