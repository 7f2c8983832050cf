//! Pages written to exercise the traps listed in shared/corpus/FORMATS.md that the five seed
//! pages do not show: Spanish wire copy, player and ad labels above the headline, image file
//! names, split photo credits, a related block that repeats this article's own headline, tag
//! blocks, and a body that is only a bulleted list.

mod common;

use framelens_core::config::CorpusConfig;
use framelens_core::corpus::{build_corpus, SourceDoc};
use framelens_core::model::{Article, BlockKind, CaptionKind, RemovalReason, SourceFormat};

fn parse(name: &str, text: &str) -> Article {
    let doc = SourceDoc {
        file: name.into(),
        sha256: framelens_core::corpus::sha256_hex(text.as_bytes()),
        format: SourceFormat::Text,
        text: text.into(),
        html: None,
        warnings: vec![],
    };
    let (corpus, _) = build_corpus(vec![doc], &CorpusConfig::default());
    corpus.articles.into_iter().next().unwrap()
}

fn reason_of(a: &Article, text: &str) -> Option<RemovalReason> {
    a.removed.iter().find(|r| r.text == text).map(|r| r.reason)
}

#[test]
fn spanish_efe_copy() {
    let a = parse("efe_es.txt", &common::fixture("pages/efe_es.txt"));
    assert_eq!(
        a.headline,
        "Sheinbaum descarta intervención militar de Estados Unidos contra los cárteles"
    );
    assert_eq!(
        a.dek.as_ref().map(|d| d.value.as_str()),
        Some("La presidenta afirmó que la cooperación en seguridad seguirá \"con respeto a la soberanía\".")
    );
    assert_eq!(
        a.published.as_deref(),
        Some("2026-01-06"),
        "06 ene 2026 09:45 AM"
    );
    assert_eq!(a.wire.as_ref().map(|w| w.name.as_str()), Some("EFE"));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.value.as_str()),
        Some("CIUDAD DE MÉXICO")
    );
    assert!(a.body[0]
        .text
        .starts_with("CIUDAD DE MÉXICO (EFE).- La presidenta"));
    assert!(a.body.iter().any(|p| p.text.contains("sin subordinación")));
    assert!(
        a.body.iter().all(|p| !p.text.contains("Síguenos")),
        "prompt between paragraphs is cut"
    );
    assert_eq!(
        reason_of(
            &a,
            "Síguenos en WhatsApp para recibir las noticias más importantes"
        ),
        Some(RemovalReason::Prompt)
    );
    assert_eq!(
        reason_of(&a, "Publicidad"),
        Some(RemovalReason::Advertising)
    );
    assert_eq!(reason_of(&a, "0:00 / 0:00"), Some(RemovalReason::Metadata));
    assert!(a
        .captions
        .iter()
        .any(|c| c.kind == CaptionKind::ImageFile && c.text == "sheinbaum-palacio-nacional.jpeg"));
    assert!(a
        .captions
        .iter()
        .any(|c| c.kind == CaptionKind::Credit && c.text == "Foto: Cuartoscuro"));
    // The related block's first entry is this article's own headline: cut as a duplicate, and
    // its date is not taken as the publication date of anything.
    assert!(a.body.iter().all(|p| !p.text.contains("Trump insiste")));
    assert!(
        a.body.iter().all(|p| !p.text.contains("30.000 homicidios")),
        "text after a related block is not body"
    );
    assert_eq!(reason_of(&a, "TEMAS"), Some(RemovalReason::RelatedList));
    assert!(!a.truncated);
}

#[test]
fn a_body_that_is_only_a_bulleted_list() {
    let a = parse("bullets_en.txt", &common::fixture("pages/bullets_en.txt"));
    assert_eq!(
        a.headline,
        "Key takeaways: what Mexico's president said about US strikes"
    );
    assert_eq!(a.byline, ["Jane Doe", "John Roe"]);
    assert_eq!(a.published.as_deref(), Some("2025-11-19"));
    let items: Vec<&str> = a
        .body
        .iter()
        .filter(|p| p.kind == BlockKind::ListItem)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(items.len(), 4, "{items:?}");
    assert!(
        a.body.iter().all(|p| !p.text.contains("40% off")),
        "the shopping teaser is cut"
    );
    assert!(a.captions.iter().any(|c| c.text == "PHOTO: REUTERS"));
    assert_eq!(
        a.wire, None,
        "PHOTO: REUTERS is a photo credit, not wire copy"
    );
    assert!(a.body.iter().all(|p| !p.text.contains("'won't happen'")));
}

#[test]
fn a_background_paragraph_reused_by_two_pages_of_a_site_stays_in_both() {
    let background = "Trump designated six Mexican cartels as foreign terrorist organisations in February 2025, a move Mexico condemned as threatening its sovereignty.";
    let page = |lead: &str| {
        format!(
            "Menu\n{lead} headline about the cartel question today\nFollow us on our channel for breaking news alerts and key updates!\n\
             {lead} said on Tuesday that the talks with Washington would continue despite the pressure from the administration.\n\
             {background}\nOfficials did not respond to requests for comment on the report, which cited several unnamed officials.\n\
             Follow us on our channel for breaking news alerts and key updates!\n"
        )
    };
    let doc = |name: &str, text: String| SourceDoc {
        file: name.into(),
        sha256: framelens_core::corpus::sha256_hex(text.as_bytes()),
        format: SourceFormat::Text,
        text,
        html: None,
        warnings: vec![],
    };
    let mut cfg = CorpusConfig::default();
    for f in ["a.txt", "b.txt"] {
        cfg.files.insert(
            f.into(),
            framelens_core::config::FileConfig {
                site: Some("example.com".into()),
                ..Default::default()
            },
        );
    }
    let (corpus, _) = build_corpus(
        vec![
            doc("a.txt", page("Mexico's president")),
            doc("b.txt", page("The foreign minister")),
        ],
        &cfg,
    );
    for a in &corpus.articles {
        assert!(
            a.body.iter().any(|p| p.text == background),
            "{}: reused background paragraph kept",
            a.source_file
        );
        assert!(
            a.removed
                .iter()
                .any(|r| r.reason == RemovalReason::SiteTemplate
                    || r.reason == RemovalReason::Prompt),
            "the recurring prompt is still cut"
        );
    }
}
