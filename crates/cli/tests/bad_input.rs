//! Bad input never panics and is never dropped silently: each case gets a diagnostic naming
//! the file (and the line, where it helps). A page that cannot be read is skipped: named in the
//! summary and in the JSON's `skipped`, the rest written; `--strict` makes it fatal. Errors in
//! corpus.toml fail the build; warnings ride in the JSON.

mod common;

use common::{build, build_with, corpus_with, stderr, GOOD_PAGE};
use framelens_core::model::Corpus;

/// The page is skipped with a reason naming it, the others are written; with `--strict` the
/// build fails naming it and writes nothing.
fn skips_naming(files: &[(&str, &[u8])], file: &str, words: &str) -> Corpus {
    let dir = corpus_with(files);
    let (out, json) = build(dir.path());
    let err = stderr(&out);
    assert!(
        out.status.success(),
        "a bad page does not stop the corpus: {err}"
    );
    assert!(
        err.contains(&format!("warning: {file}: skipped: ")) && err.contains(words),
        "expected `{file}` / `{words}` in:\n{err}"
    );
    assert!(err.contains("skipped 1 page(s)"), "in the summary: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let corpus: Corpus = serde_json::from_str(&json.expect("written")).unwrap();
    assert_eq!(corpus.skipped.len(), 1);
    assert_eq!(corpus.skipped[0].file, file);
    assert!(
        corpus.skipped[0].reason.contains(words),
        "{:?}",
        corpus.skipped
    );
    assert!(corpus.articles.iter().all(|a| a.source_file != file));
    assert!(
        corpus
            .warnings
            .iter()
            .all(|w| !w.message.starts_with("skipped")),
        "listed once, in skipped, not again in warnings: {:?}",
        corpus.warnings
    );
    assert!(!corpus.articles.is_empty(), "the good pages are kept");

    let (out, json) = build_with(dir.path(), &["--strict"]);
    let err = stderr(&out);
    assert!(!out.status.success(), "--strict fails: {err}");
    assert!(json.is_none(), "nothing is written under --strict");
    assert!(err.contains(&format!("error: {file}: skipped: ")), "{err}");
    corpus
}

fn warns_naming(files: &[(&str, &[u8])], file: &str, words: &str) -> Corpus {
    let dir = corpus_with(files);
    let (out, json) = build(dir.path());
    let err = stderr(&out);
    assert!(out.status.success(), "should succeed: {err}");
    assert!(
        err.contains(&format!("warning: {file}")) && err.contains(words),
        "expected `{file}` / `{words}` in:\n{err}"
    );
    let corpus: Corpus = serde_json::from_str(&json.unwrap()).unwrap();
    assert!(
        corpus
            .warnings
            .iter()
            .any(|w| w.file == file && w.message.contains(words)),
        "warning carried in the JSON"
    );
    corpus
}

#[test]
fn empty_file() {
    skips_naming(
        &[("a.txt", GOOD_PAGE.as_bytes()), ("empty.txt", b"  \n\n")],
        "empty.txt",
        "empty file",
    );
}

#[test]
fn binary_file() {
    skips_naming(
        &[
            ("a.txt", GOOD_PAGE.as_bytes()),
            ("photo.txt", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1]),
        ],
        "photo.txt",
        "binary",
    );
}

#[test]
fn latin1_file_is_decoded_with_a_warning() {
    let latin1: Vec<u8> = GOOD_PAGE
        .replace("Mexico's president", "La presidenta de M\u{e9}xico")
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    let corpus = warns_naming(&[("latin1.txt", &latin1)], "latin1.txt", "Windows-1252");
    assert!(
        corpus.articles[0].body[0].text.contains("México"),
        "decoded, not mangled"
    );
    assert!(corpus.articles[0]
        .warnings
        .iter()
        .any(|w| w.contains("not UTF-8")));
}

#[test]
fn oversized_file() {
    let big = "x".repeat(5 * 1024 * 1024 + 1);
    skips_naming(
        &[("a.txt", GOOD_PAGE.as_bytes()), ("big.txt", big.as_bytes())],
        "big.txt",
        "over the",
    );
}

#[test]
fn page_without_a_body() {
    skips_naming(
        &[
            ("a.txt", GOOD_PAGE.as_bytes()),
            ("menu.txt", b"Home\nNews\nSport\nWeather\nContact us\n"),
        ],
        "menu.txt",
        "no recognisable article body",
    );
}

#[test]
fn two_files_with_the_same_bytes() {
    skips_naming(
        &[
            ("a.txt", GOOD_PAGE.as_bytes()),
            ("b.txt", GOOD_PAGE.as_bytes()),
        ],
        "b.txt",
        "same bytes as a.txt",
    );
}

#[test]
fn a_corpus_with_no_readable_page_fails() {
    let dir = corpus_with(&[("empty.txt", b" \n"), ("menu.txt", b"Home\nNews\nSport\n")]);
    let (out, json) = build(dir.path());
    let err = stderr(&out);
    assert!(!out.status.success(), "{err}");
    assert!(json.is_none());
    assert!(
        err.contains("no article left: all 2 page(s) were skipped"),
        "{err}"
    );
}

#[test]
fn same_article_in_two_files_is_a_warning() {
    let other = format!("Share this\n{GOOD_PAGE}Follow us on WhatsApp\n");
    let corpus = warns_naming(
        &[("a.txt", GOOD_PAGE.as_bytes()), ("b.txt", other.as_bytes())],
        "b.txt",
        "same article text as a.txt",
    );
    assert_eq!(corpus.articles.len(), 2, "both kept, neither dropped");
}

#[test]
fn unknown_file_type() {
    let corpus = warns_naming(
        &[("a.txt", GOOD_PAGE.as_bytes()), ("notes.pdf", b"%PDF-1.4")],
        "notes.pdf",
        "unknown file type",
    );
    assert_eq!(corpus.articles.len(), 1);
}

#[test]
fn malformed_corpus_toml_names_the_line() {
    let dir = corpus_with(&[("a.txt", GOOD_PAGE.as_bytes())]);
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[story]\ntitle = \"T\"\nquestion = \"Q?\n",
    )
    .unwrap();
    let (out, _) = build(dir.path());
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("error: corpus.toml:3: malformed"), "{err}");
}

#[test]
fn unknown_key_and_bad_date_in_corpus_toml() {
    let dir = corpus_with(&[("a.txt", GOOD_PAGE.as_bytes())]);
    std::fs::write(dir.path().join("corpus.toml"), "[story]\ntitle = \"T\"\nquestion = \"Q?\"\n[files.\"a.txt\"]\nurl = \"https://example.com/a\"\noutlett = \"X\"\n").unwrap();
    let (out, _) = build(dir.path());
    assert!(
        stderr(&out).contains("unknown field `outlett`"),
        "{}",
        stderr(&out)
    );
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[story]\ntitle = \"T\"\nquestion = \"Q?\"\n[files.\"a.txt\"]\npublished = \"8 April\"\n",
    )
    .unwrap();
    let (out, _) = build(dir.path());
    assert!(stderr(&out).contains("error: corpus.toml:4: [files.\"a.txt\"] published = \"8 April\" is not a YYYY-MM-DD date"), "{}", stderr(&out));
}

#[test]
fn missing_corpus_toml() {
    let dir = corpus_with(&[("a.txt", GOOD_PAGE.as_bytes())]);
    std::fs::remove_file(dir.path().join("corpus.toml")).unwrap();
    let (out, _) = build(dir.path());
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("error: corpus.toml: cannot read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_entry_for_a_missing_file_is_a_warning() {
    let dir = corpus_with(&[("a.txt", GOOD_PAGE.as_bytes())]);
    std::fs::write(
        dir.path().join("corpus.toml"),
        "[story]\ntitle = \"T\"\nquestion = \"Q?\"\n[files.\"gone.txt\"]\nsite = \"x.com\"\n",
    )
    .unwrap();
    let (out, _) = build(dir.path());
    assert!(out.status.success());
    assert!(stderr(&out).contains(
        "warning: corpus.toml: [files.\"gone.txt\"] names a file that is not in the corpus folder"
    ));
}

#[test]
fn unbalanced_and_hostile_text_is_kept_as_text() {
    let hostile = GOOD_PAGE.replace(
        "drone strikes.",
        "drone strikes <script>alert(1)</script> \"unclosed.",
    );
    let dir = corpus_with(&[("a.txt", hostile.as_bytes())]);
    let (out, json) = build(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        json.unwrap().contains("<script>alert(1)</script>"),
        "stored verbatim; the page renders it as text"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let root = common::repo_root().join("corpus");
    let (a, ja) = build(&root);
    let (b, jb) = build(&root);
    assert!(a.status.success() && b.status.success());
    assert_eq!(ja.unwrap(), jb.unwrap());
}

#[test]
fn help_lists_the_commands() {
    let out = common::framelens(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["build", "extract", "inspect", "schema"] {
        assert!(text.contains(cmd), "{text}");
    }
}
