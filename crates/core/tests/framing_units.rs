//! Framing analysis, part by part, on sentences and headlines of the seed pages and on cases
//! the seeds lack (Spanish, passives, word salad). The whole pipeline on the seed corpus and
//! the constructed fixture pages is tested in `crates/cli/tests/framing_*.rs` and in
//! `framing_fixtures.rs` next to this file.

use framelens_core::framing::dates::{self, DatePrecision, Ymd};
use framelens_core::framing::frames::{self, FrameId, FrameId::*, SentenceFrame};
use framelens_core::framing::headline::{self, HeadlineAgency, SourceKind, Voice};
use framelens_core::framing::lexicon;
use framelens_core::model::{BlockKind, Paragraph};
use framelens_core::text;

fn score(sentence: &str) -> Vec<SentenceFrame> {
    let lex = lexicon::embedded()
        .as_ref()
        .expect("the shipped lexicon parses");
    frames::score_frames(
        lex,
        &text::tokenize(sentence),
        framelens_core::Span::headline(0, 0),
    )
}

fn frames_of(sentence: &str) -> Vec<FrameId> {
    score(sentence).iter().map(|f| f.frame).collect()
}

/// The words each cue of `frame` matched, as printed.
fn cue_words(sentence: &str, frame: FrameId) -> Vec<String> {
    score(sentence)
        .into_iter()
        .filter(|f| f.frame == frame)
        .flat_map(|f| f.cues)
        .map(|c| {
            text::slice_chars(sentence, c.span.start as usize, c.span.end as usize).to_string()
        })
        .collect()
}

#[test]
fn sovereignty_and_intervention_language_is_external_regulation() {
    let s = "\"The people of Mexico will not, under any circumstances, accept intervention, interference, or any other act from abroad,\" Sheinbaum said.";
    assert_eq!(frames_of(s), [ExternalRegulationAndReputation]);
    assert_eq!(
        cue_words(s, ExternalRegulationAndReputation),
        ["intervention", "interference", "from abroad"]
    );
    let esper = "Esper wrote that he replied that it would be illegal and an act of war.";
    assert_eq!(
        frames_of(esper),
        [
            LegalityConstitutionalityJurisprudence,
            ExternalRegulationAndReputation
        ],
        "a tie (1 and 1) is listed in codebook order"
    );
    assert_eq!(
        cue_words(esper, ExternalRegulationAndReputation),
        ["act of war"]
    );
    assert_eq!(
        cue_words(esper, LegalityConstitutionalityJurisprudence),
        ["illegal"]
    );
}

#[test]
fn security_language_is_security_and_defense_with_its_spans() {
    let s = "Trump designated six Mexican cartels as foreign terrorist organisations in February 2025, a move Mexico condemned as threatening its sovereignty and potentially justifying military intervention.";
    let f = score(s);
    assert_eq!(
        f.iter().map(|f| (f.frame, f.score)).collect::<Vec<_>>(),
        [
            (SecurityAndDefense, 3.5),
            (ExternalRegulationAndReputation, 2.5)
        ]
    );
    assert_eq!(
        cue_words(s, SecurityAndDefense),
        [
            "cartels",
            "foreign terrorist organisations",
            "military intervention"
        ]
    );
    assert_eq!(
        cue_words(s, ExternalRegulationAndReputation),
        ["sovereignty", "military intervention"],
        "one phrase may evoke two frames"
    );
    assert_eq!(
        frames_of("U.S. officials want American forces, either Special Operation troops or CIA officers, to accompany Mexican soldiers on raids on suspected fentanyl labs, the report said, citing multiple unnamed officials."),
        [SecurityAndDefense, CrimeAndPunishment]
    );
    assert_eq!(
        frames_of("So far, most of the strikes have targeted Venezuelan vessels."),
        [SecurityAndDefense]
    );
}

#[test]
fn health_crime_and_political_cues() {
    assert_eq!(
        frames_of("Overdoses from fentanyl and other synthetic opioids have caused more than 100,000 deaths in the US per year since 2021."),
        [HealthAndSafety]
    );
    assert_eq!(
        frames_of("Mexico extradited dozens of cartel leaders to the US in 2025 and reinforced border cooperation, but Sheinbaum has repeatedly voiced opposition to any military intervention from outside."),
        [ExternalRegulationAndReputation, CrimeAndPunishment, SecurityAndDefense, Political]
    );
    assert_eq!(
        frames_of("Since seizing Venezuela's president from Caracas, Trump has also made threats against other leftist governments in the region, including Cuba, Colombia and Mexico."),
        [Political],
        "threats as a pressure tactic are political"
    );
    assert_eq!(
        frames_of("Trump recently told Mexico it had to \"get their act together,\" following months of pressure over drugs and trade on the United States' southern neighbour."),
        [Political, Economic, ExternalRegulationAndReputation]
    );
    assert_eq!(
        frames_of("Sheinbaum's comments during her regular morning press conference came in response to questions about an NBC News report."),
        Vec::<FrameId>::new(),
        "\"press conference\" is blocked from reading as political pressure"
    );
}

#[test]
fn no_cue_means_no_frame_not_a_guess() {
    for s in [
        "Reuters could not immediately verify the New York Times report.",
        "A Mexican search for one reported survivor proved fruitless.",
        "Responding to a Wall Street Journal report Friday that detailed the offer, Sheinbaum confirmed “it’s true.”",
    ] {
        assert!(score(s).is_empty(), "{s}");
    }
    let none = frames::headline_frame(&[]);
    assert_eq!((none.frame, none.label.as_str()), (None, "no frame cue"));
}

#[test]
fn a_cue_repeated_in_a_sentence_counts_once() {
    let f = score("\"We are going to start now hitting land with regard to the cartels. The cartels are running Mexico,\" Trump said.");
    assert_eq!(f[0].frame, SecurityAndDefense);
    assert_eq!(
        f[0].score, 2.0,
        "hitting land 1 + cartels 1 (twice, counted once)"
    );
    assert_eq!(f[0].cues.len(), 3, "both mentions are still shown");
}

#[test]
fn spanish_cues() {
    let s = "La presidenta de México, Claudia Sheinbaum, rechazó este martes cualquier intervención militar de Estados Unidos en territorio mexicano y defendió la soberanía nacional.";
    assert_eq!(
        frames_of(s),
        [ExternalRegulationAndReputation, SecurityAndDefense]
    );
    assert_eq!(
        cue_words(s, ExternalRegulationAndReputation),
        ["intervención militar", "territorio mexicano", "soberanía"]
    );
    assert_eq!(
        frames_of("Las sobredosis de fentanilo son un problema de salud pública y el narcotráfico se combate con inteligencia."),
        [HealthAndSafety, CrimeAndPunishment]
    );
}

#[test]
fn body_primary_frame_and_shares() {
    let a = score("Ground strikes on cartels in Mexico would represent a substantial expansion of US military involvement in the region.");
    let b = score(
        "Overdoses from fentanyl and other synthetic opioids have caused more than 100,000 deaths.",
    );
    let c = score("A Mexican search for one reported survivor proved fruitless.");
    let d = score("Mexican cartels produce most of the fentanyl entering the US.");
    let (shares, none) = frames::shares(&[&a, &b, &c, &d]);
    assert_eq!(none, 1);
    let sec = shares
        .iter()
        .find(|s| s.frame == SecurityAndDefense)
        .unwrap();
    assert_eq!((sec.sentences, sec.share, sec.primary), (2, 0.5, 2));
    let p = frames::primary_frame(&shares);
    assert_eq!(p.frame, Some(SecurityAndDefense));
    assert_eq!(p.score, 2.0);
}

fn para(text: &str) -> Paragraph {
    Paragraph {
        text: text.into(),
        kind: BlockKind::Paragraph,
        line: 1,
    }
}

fn words(a: &HeadlineAgency) -> (Option<&str>, Option<&str>, Option<&str>, Voice) {
    (
        a.agent.as_ref().map(|p| p.text.as_str()),
        a.action.as_ref().map(|p| p.text.as_str()),
        a.patient.as_ref().map(|p| p.text.as_str()),
        a.voice,
    )
}

#[test]
fn headline_agency_of_the_five_seed_headlines() {
    let h1 = headline::parse(
        "US pressing Mexico to allow US forces to fight cartels, NYT reports",
        &[],
    );
    assert_eq!(
        words(&h1),
        (Some("US"), Some("pressing"), Some("Mexico"), Voice::Active)
    );
    assert_eq!(
        h1.complement.as_ref().unwrap().text,
        "to allow US forces to fight cartels"
    );
    let s = h1.source.as_ref().unwrap();
    assert_eq!(
        (s.who.text.as_str(), s.kind, s.outlet.as_deref()),
        ("NYT", SourceKind::Report, Some("The New York Times"))
    );
    assert!(!h1.negated);

    let h2 = headline::parse(
        "US troop deployment in Mexico 'not on the table,' President Claudia Sheinbaum tells Trump",
        &[],
    );
    assert_eq!(
        words(&h2),
        (
            None,
            Some("not on the table"),
            Some("US troop deployment in Mexico"),
            Voice::Verbless
        )
    );
    assert!(h2.negated);
    let s = h2.source.as_ref().unwrap();
    assert_eq!(s.who.text, "President Claudia Sheinbaum");
    assert_eq!(s.verb.as_ref().unwrap().text, "tells");
    assert_eq!(s.to.as_ref().unwrap().text, "Trump");
    assert_eq!(s.kind, SourceKind::Words);

    let h3 = headline::parse("US won't attack cartels on Mexican soil: Sheinbaum", &[]);
    assert_eq!(
        words(&h3),
        (
            Some("US"),
            Some("won't attack"),
            Some("cartels"),
            Voice::Active
        )
    );
    assert!(h3.negated);
    assert_eq!(h3.adjunct.as_ref().unwrap().text, "on Mexican soil");
    let s = h3.source.as_ref().unwrap();
    assert_eq!(
        (s.who.text.as_str(), s.kind, s.form.as_str()),
        ("Sheinbaum", SourceKind::Words, "colon_suffix")
    );

    let body = [para("Mexican President Claudia Sheinbaum publicly confirmed she rejected U.S. military assistance from President Donald Trump.")];
    let h4 = headline::parse(
        "Mexican president declines Trump's offer of US troops to help fight drug cartels",
        &body,
    );
    assert_eq!(
        words(&h4),
        (
            Some("Mexican president"),
            Some("declines"),
            Some("Trump's offer of US troops to help fight drug cartels"),
            Voice::Active
        )
    );
    assert_eq!(
        h4.agent_refers_to.as_ref().unwrap().name,
        "Claudia Sheinbaum"
    );
    assert!(h4.source.is_none());

    let h5 = headline::parse(
        "Mexico rejects unilateral US military action after report US is weighing strikes",
        &[],
    );
    assert_eq!(
        words(&h5),
        (
            Some("Mexico"),
            Some("rejects"),
            Some("unilateral US military action"),
            Voice::Active
        )
    );
    assert_eq!(
        h5.adjunct.as_ref().unwrap().text,
        "after report US is weighing strikes"
    );

    // Spans are char offsets into the headline.
    let h = "US won't attack cartels on Mexican soil: Sheinbaum";
    let p = h3.patient.as_ref().unwrap();
    assert_eq!(
        text::slice_chars(h, p.span.start as usize, p.span.end as usize),
        "cartels"
    );
}

#[test]
fn headline_agency_beyond_the_seeds() {
    let p = headline::parse(
        "Six cartels designated as terrorist organisations by US",
        &[],
    );
    assert_eq!(
        words(&p),
        (
            Some("US"),
            Some("designated"),
            Some("Six cartels"),
            Voice::Passive
        )
    );
    let q = headline::parse("Cartel leader extradited to US", &[]);
    assert_eq!(
        words(&q),
        (
            None,
            Some("extradited"),
            Some("Cartel leader"),
            Voice::Passive
        )
    );
    assert!(q.notes.iter().any(|n| n.contains("does not say who acts")));
    let es = headline::parse(
        "Sheinbaum rechaza intervención militar de EU, dice la cancillería",
        &[],
    );
    assert_eq!(words(&es).0, Some("Sheinbaum"));
    assert_eq!(words(&es).1, Some("rechaza"));
    let lead = headline::parse(
        "Sheinbaum tells Trump US troops are not welcome in Mexico",
        &[],
    );
    let s = lead.source.as_ref().unwrap();
    assert_eq!(
        (s.who.text.as_str(), s.to.as_ref().unwrap().text.as_str()),
        ("Sheinbaum", "Trump")
    );
    assert_eq!(words(&lead).0, Some("US troops"));
    for salad in [
        "Cartels, Mexico and the border in pictures",
        "Border crisis: what we know",
    ] {
        let u = headline::parse(salad, &[]);
        assert_eq!(u.voice, Voice::Unknown, "{salad}");
        assert!(
            u.agent.is_none() && u.action.is_none() && u.patient.is_none(),
            "{salad}"
        );
    }
}

#[test]
fn relative_dates_resolve_against_the_article_date() {
    let at = |s: &str, d: &str| -> Vec<(String, Option<String>)> {
        dates::find(s, Ymd::parse(d))
            .into_iter()
            .map(|f| (f.text, f.when.map(|w| w.label())))
            .collect()
    };
    assert_eq!(
        at(
            "U.S. President Donald Trump told Fox News last week that cartels were running Mexico",
            "2026-01-15"
        ),
        [("last week".to_string(), Some("2026-01-05".to_string()))]
    );
    assert_eq!(
        at("Washington's forces captured Venezuelan President Nicolas Maduro in a raid on January 3", "2026-01-15"),
        [("January 3".to_string(), Some("2026-01-03".to_string()))]
    );
    assert_eq!(
        at(
            "In February, the U.S. designated the Sinaloa Cartel",
            "2025-04-08"
        ),
        [("February".to_string(), Some("2025-02".to_string()))]
    );
    assert_eq!(
        at(
            "he offered in April to send troops; on 20 Feb talks began",
            "2025-11-04"
        ),
        [
            ("April".to_string(), Some("2025-04".to_string())),
            ("20 Feb".to_string(), Some("2025-02-20".to_string()))
        ]
    );
    let f = dates::find(
        "Sheinbaum said last Monday that the Americas do not belong",
        None,
    );
    assert_eq!(f.len(), 1);
    assert!(
        f[0].relative && f[0].when.is_none(),
        "undated article: left unresolved"
    );
    let w = dates::find(
        "whom he met in Washington in December",
        Ymd::parse("2026-01-15"),
    )[0]
    .when
    .unwrap();
    assert_eq!(
        (w.label(), w.precision),
        ("2025-12".to_string(), DatePrecision::Month)
    );
}

#[test]
fn sentences_split_with_char_offsets() {
    let p = "“We will continue exploring ways,” she wrote. “We will make America safe again.”";
    let s = text::split_sentences(p);
    assert_eq!(s.len(), 2);
    assert_eq!(
        text::slice_chars(p, s[1].start, s[1].end),
        "“We will make America safe again.”"
    );
    assert_eq!(
        s[1].start, 46,
        "char offsets, not bytes (curly quotes are 3 bytes each)"
    );
    assert_eq!(p.find("“We will make").unwrap(), 50);
}
