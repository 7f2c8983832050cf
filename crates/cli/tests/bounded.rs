//! Bounded work on hostile pages: each is read (or skipped with its reason), never overflows
//! the stack, and says what it cut. Their speed (≤ 2 s per MB in a release build) is measured
//! at full size by scripts/bench-bounded.sh, not here: these run in a debug build, so they use
//! the same shapes at sizes that keep the test command quick, except where the shape itself is
//! the point (10,000 nested elements, 100,000 quotation marks).

mod common;

use common::{build, corpus_with, stderr};
use serde_json::Value;

/// Words for filler prose.
const WORDS: [&str; 12] = [
    "the",
    "minister",
    "said",
    "officials",
    "would",
    "meet",
    "on",
    "Tuesday",
    "to",
    "discuss",
    "security",
    "talks",
];

fn words(n: usize) -> String {
    (0..n)
        .map(|i| WORDS[(i * 7 + i / 5) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds one page and returns its article (the build must succeed).
fn one_article(name: &str, bytes: &[u8]) -> (Value, String) {
    let dir = corpus_with(&[(name, bytes)]);
    let (out, json) = build(dir.path());
    let err = stderr(&out);
    assert!(out.status.success(), "{name}: build failed: {err}");
    let v: Value = serde_json::from_str(&json.expect("written")).expect("JSON");
    let a = v["articles"][0].clone();
    assert!(a.is_object(), "{name}: no article");
    (a, err)
}

fn warnings(a: &Value) -> Vec<String> {
    a["warnings"]
        .as_array()
        .map(|w| {
            w.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn body_chars(a: &Value) -> usize {
    a["body"]
        .as_array()
        .map(|b| {
            b.iter()
                .map(|p| p["text"].as_str().unwrap_or("").chars().count())
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn a_page_on_one_line_is_read_in_pieces_and_says_so() {
    let line = words(40_000); // ~250 KB, no line break and no sentence end
    let page = format!("A headline for the page\n\n{line}\n");
    let (a, _) = one_article("one_line.txt", page.as_bytes());
    let w = warnings(&a);
    assert!(
        w.iter()
            .any(|m| m.contains("line 3 is") && m.contains("pieces of at most 4000")),
        "{w:?}"
    );
    let paras = a["body"].as_array().expect("body");
    assert!(paras.len() > 50, "{} paragraphs", paras.len());
    assert!(
        paras.iter().all(|p| p["line"] == 3),
        "each piece keeps the line's number"
    );
    // Nothing is lost: the pieces hold every word, in the body or (a short last piece that
    // does not read as prose) among the removed lines, with its reason.
    let removed = a["removed"].as_array().expect("removed");
    let kept: usize = paras
        .iter()
        .chain(removed.iter().filter(|r| r["line"] == 3))
        .map(|p| p["text"].as_str().unwrap().split(' ').count())
        .sum();
    assert_eq!(kept, 40_000);
}

#[test]
fn sentences_on_one_line_are_cut_at_sentence_ends() {
    let line = (0..3_000)
        .map(|i| format!("Sentence {i} says the {} met.", words(8)))
        .collect::<Vec<_>>()
        .join(" ");
    let page = format!("Headline here\n\n{line}\n");
    let (a, _) = one_article("sentences.txt", page.as_bytes());
    for p in a["body"].as_array().expect("body") {
        let t = p["text"].as_str().unwrap();
        assert!(
            t.ends_with("met."),
            "a piece ends mid-sentence: …{}",
            &t[t.len() - 20..]
        );
        assert!(t.chars().count() <= 4_000);
    }
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    // Unpaired and paired marks of every kind, with and without speech tags.
    let marks = ['"', '“', '”', '«', '»', '„', '\''];
    let mut page = String::from("Quotes everywhere\n\n");
    for i in 0..25_000 {
        page.push(marks[i % marks.len()]);
        page.push_str(WORDS[i % WORDS.len()]);
        page.push(marks[(i / 3) % marks.len()]);
        page.push_str(if i % 4 == 0 { " he said. " } else { " " });
        page.push_str(&"\"".repeat(2));
        if i % 400 == 399 {
            page.push_str("\n\n");
        }
    }
    assert!(page.matches(['"', '“', '”', '«', '»', '„', '\'']).count() >= 100_000);
    let (a, _) = one_article("quotes.txt", page.as_bytes());
    let w = warnings(&a);
    // The quotation warnings are capped, with a count of the rest.
    assert!(
        w.len() < 40,
        "{} warnings: {:?}",
        w.len(),
        &w[w.len().saturating_sub(30)..]
    );
    assert!(
        w.iter().any(|m| m.contains("more quotation warnings")),
        "{w:?}"
    );
}

#[test]
fn ten_thousand_nested_elements() {
    let n = 10_000;
    let deep = format!(
        "<html><head><title>Deep page</title></head><body><article><h1>Deep page</h1>{}{}{}</article></body></html>",
        "<div><section><b>".repeat(n / 3),
        (0..40).map(|i| format!("<p>Paragraph {i}: {}.</p>", words(30))).collect::<String>(),
        "</b></section></div>".repeat(n / 3),
    );
    let (a, _) = one_article("deep.html", deep.as_bytes());
    let w = warnings(&a);
    assert!(
        w.iter()
            .any(|m| m.contains("nests elements more than 128 deep")),
        "{w:?}"
    );
    assert!(body_chars(&a) > 40 * 150, "the text under the cut is kept");

    // Unclosed elements, as a broken page has them.
    let unclosed = format!(
        "<html><body>{}<p>{}.</p></body></html>",
        "<div><span>x ".repeat(n / 2),
        words(200)
    );
    one_article("unclosed.html", unclosed.as_bytes());
}

#[test]
fn one_sentence_repeated() {
    let s = "The President said the plan would go ahead despite objections from the opposition. ";
    // As one line, then as paragraphs.
    let (a, _) = one_article(
        "repeated.txt",
        format!("Repeated\n\n{}\n", s.repeat(2_000)).as_bytes(),
    );
    assert!(body_chars(&a) >= 2_000 * (s.len() - 1));
    let paras = format!("Repeated\n\n{}", format!("{s}\n\n").repeat(1_000));
    one_article("repeated_paragraphs.txt", paras.as_bytes());
}

#[test]
fn pathological_unicode() {
    let combining = (0..2_000)
        .map(|_| format!("a{} ", "\u{301}".repeat(50)))
        .collect::<String>();
    let rtl = (0..2_000)
        .map(|i| {
            format!(
                "\u{202e}{}\u{202c} \u{200f}w\u{200d}o\u{200d}r\u{200d}d ",
                WORDS[i % 12]
            )
        })
        .collect::<String>();
    let zwj = "👨\u{200d}👩\u{200d}👧\u{200d}👦 ".repeat(5_000);
    let page = format!(
        "Unicode page\n\n{combining}\n\n{rtl}\n\n{zwj}\n\n{}.\n",
        words(100)
    );
    let (a, _) = one_article("unicode.txt", page.as_bytes());
    assert!(body_chars(&a) > 0);
    // One mark and nothing else: skipped, with its reason, never a crash.
    let dir = corpus_with(&[
        (
            "marks.txt",
            format!("e{}", "\u{301}".repeat(200_000)).as_bytes(),
        ),
        ("ok.txt", page.as_bytes()),
    ]);
    let (out, _) = build(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("marks.txt: skipped"),
        "{}",
        stderr(&out)
    );
}
