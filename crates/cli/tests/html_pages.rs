//! Saved HTML pages go through the extraction crate and then the same metadata rules.

mod common;

use common::{build, corpus_with, stderr};
use framelens_core::model::{Corpus, EvidenceSource};

const PAGE: &str = r#"<!doctype html><html lang="es"><head>
<meta charset="utf-8"><title>Sheinbaum rechaza intervención militar de EU - Diario Ejemplo</title>
<meta property="og:site_name" content="Diario Ejemplo">
<meta property="article:published_time" content="2025-11-05T10:00:00-06:00">
</head><body>
<nav><a href="/">Inicio</a> <a href="/mundo">Mundo</a> <a href="/deportes">Deportes</a></nav>
<article>
<h1>Sheinbaum rechaza intervención militar de EU</h1>
<p>CIUDAD DE MÉXICO (EFE).- La presidenta de México, Claudia Sheinbaum, rechazó este miércoles cualquier intervención militar de Estados Unidos en territorio mexicano.</p>
<figure><img src="a.jpg" alt="Sheinbaum"><figcaption>La presidenta Claudia Sheinbaum en Palacio Nacional. Foto: Cuartoscuro</figcaption></figure>
<p>"No va a suceder", dijo la mandataria durante su conferencia matutina, en respuesta a un reporte de la cadena NBC sobre posibles operaciones terrestres contra los cárteles.</p>
<p>La mandataria añadió que la cooperación en seguridad con Washington continúa con respeto a la soberanía de ambos países y sin subordinación.</p>
</article>
<aside><h2>Te puede interesar</h2><ul><li><a href="/x">Otra nota sobre deportes</a></li><li><a href="/y">Clima para mañana</a></li></ul></aside>
<footer>© 2025 Diario Ejemplo. Todos los derechos reservados.</footer>
</body></html>"#;

#[test]
fn a_saved_spanish_html_page_is_parsed_with_evidence() {
    let dir = corpus_with(&[("nota.html", PAGE.as_bytes())]);
    let (out, json) = build(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let corpus: Corpus = serde_json::from_str(&json.unwrap()).unwrap();
    let a = &corpus.articles[0];
    assert_eq!(a.headline, "Sheinbaum rechaza intervención militar de EU");
    assert_eq!(
        a.wire.as_ref().map(|w| w.name.as_str()),
        Some("EFE"),
        "dateline (EFE).- is wire copy"
    );
    assert_eq!(
        a.dateline.as_ref().map(|d| d.value.as_str()),
        Some("CIUDAD DE MÉXICO")
    );
    assert_eq!(a.published.as_deref(), Some("2025-11-05"));
    assert_eq!(
        a.published_evidence.as_ref().unwrap().source,
        EvidenceSource::HtmlMeta
    );
    let body = a.body_text();
    assert!(
        body.starts_with("CIUDAD DE MÉXICO (EFE).- La presidenta"),
        "{body}"
    );
    assert!(body.contains("sin subordinación."));
    assert!(
        !body.contains("Deportes")
            && !body.contains("Otra nota")
            && !body.contains("derechos reservados"),
        "{body}"
    );
    assert!(
        !body.contains("Foto: Cuartoscuro"),
        "the caption is apart: {body}"
    );
}

#[test]
fn html_without_markup_is_skipped_naming_the_file() {
    let dir = corpus_with(&[("broken.htm", b"just some words, no markup at all")]);
    let (out, _) = build(dir.path());
    // The only page is skipped, so no article is left: the build fails, naming it.
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("warning: broken.htm: skipped: HTML extraction failed"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("no article left"), "{}", stderr(&out));
}
