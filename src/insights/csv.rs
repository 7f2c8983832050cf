//! CSV downloads generated in the browser from the loaded JSON: one row per article, and one
//! row per body paragraph. RFC 4180 quoting; cells that a spreadsheet would run as a formula
//! are prefixed with an apostrophe.

use framelens_model::{BlockKind, Corpus};

use super::Insights;
use crate::state::data::outlet_name;

/// One CSV cell, quoted when needed and defused when it starts like a formula.
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Rows to a CSV document (CRLF line ends, a UTF-8 byte-order mark for spreadsheets).
pub fn document(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{FEFF}");
    let line = |cells: Vec<String>| cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    out.push_str(&line(header.iter().map(|h| h.to_string()).collect()));
    out.push_str("\r\n");
    for row in rows {
        out.push_str(&line(row));
        out.push_str("\r\n");
    }
    out
}

/// One row per article: provenance, date, headline, byline, sizes, truncation, and the
/// analyses' per-article results where present.
pub fn articles_csv(corpus: &Corpus, insights: &Insights) -> String {
    let header = [
        "id",
        "outlet",
        "site",
        "wire",
        "published",
        "headline",
        "dek",
        "byline",
        "paragraphs",
        "words",
        "quotes",
        "headline_frame",
        "primary_frame",
        "truncated",
        "source_file",
        "sha256",
    ];
    let rows = corpus.articles.iter().enumerate().map(|(i, a)| {
        let name = |x: &Option<framelens_model::Attribution>| {
            x.as_ref().map(|x| x.name.clone()).unwrap_or_default()
        };
        let words: usize = a
            .body
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum();
        vec![
            a.id.clone(),
            outlet_name(a),
            name(&a.site),
            name(&a.wire),
            a.published.clone().unwrap_or_default(),
            a.headline.clone(),
            a.dek.as_ref().map(|d| d.value.clone()).unwrap_or_default(),
            a.byline.join("; "),
            a.body.len().to_string(),
            words.to_string(),
            insights
                .quotes(i)
                .map(|q| q.len().to_string())
                .unwrap_or_default(),
            insights.headline_frame(i).unwrap_or_default(),
            insights.primary_frame(i).unwrap_or_default(),
            a.truncated.to_string(),
            a.source_file.clone(),
            a.sha256.clone(),
        ]
    });
    document(&header, rows)
}

/// One row per body block: the article, its outlet, the block's position, kind, source line
/// and text.
pub fn paragraphs_csv(corpus: &Corpus) -> String {
    let header = ["article_id", "outlet", "paragraph", "kind", "line", "text"];
    let rows = corpus.articles.iter().flat_map(|a| {
        let outlet = outlet_name(a);
        a.body.iter().enumerate().map(move |(n, p)| {
            let kind = match p.kind {
                BlockKind::Paragraph => "paragraph",
                BlockKind::Subheading => "subheading",
                BlockKind::ListItem => "list_item",
            };
            vec![
                a.id.clone(),
                outlet.clone(),
                (n + 1).to_string(),
                kind.to_owned(),
                p.line.to_string(),
                p.text.clone(),
            ]
        })
    });
    document(&header, rows)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::sample_corpus;

    #[test]
    fn cells_are_quoted_and_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("-1,5"), "\"'-1,5\"");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn documents_have_a_bom_header_and_crlf_rows() {
        let doc = document(&["a", "b"], vec![vec!["1".into(), "x,y".into()]]);
        assert_eq!(doc, "\u{FEFF}a,b\r\n1,\"x,y\"\r\n");
    }

    #[test]
    fn one_row_per_article_with_its_provenance() {
        let corpus = sample_corpus();
        let csv = articles_csv(&corpus, &Insights::default());
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + corpus.articles.len());
        assert!(lines[0].starts_with("\u{FEFF}id,outlet,site,wire,published,headline"));
        assert!(
            lines[1].starts_with("000,Reuters,,Reuters,2026-01-15,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[4].starts_with("003,Unknown outlet,,,,"),
            "{}",
            lines[4]
        );
    }

    #[test]
    fn one_row_per_paragraph() {
        let mut corpus = sample_corpus();
        corpus.articles[0].body = serde_json::from_value(serde_json::json!([
            {"text": "First, \"quoted\".", "line": 3},
            {"text": "Sub", "kind": "subheading", "line": 5}
        ]))
        .unwrap();
        let csv = paragraphs_csv(&corpus);
        assert_eq!(
            csv,
            "\u{FEFF}article_id,outlet,paragraph,kind,line,text\r\n\
             000,Reuters,1,paragraph,3,\"First, \"\"quoted\"\".\"\r\n\
             000,Reuters,2,subheading,5,Sub\r\n"
        );
    }
}
