//! `framelens build`: corpus folder in, JSON asset (index and shards, or one file; see
//! `output`) out, with a progress bar for large corpora and an end-of-build summary.

use crate::output::{write_asset, Layout};
use crate::read;
use framelens_core::config::CorpusConfig;
use framelens_core::corpus::build_corpus;
use framelens_core::model::{Corpus, Diagnostic, Severity, Skipped};
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::Path;

/// Corpora larger than this get a progress bar (on a terminal).
const PROGRESS_MIN_PAGES: usize = 20;

fn diag(
    severity: Severity,
    file: &str,
    line: Option<u32>,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic {
        severity,
        file: file.into(),
        line,
        message: message.into(),
    }
}

/// Reads and checks corpus.toml; errors name the line.
pub fn load_config(dir: &Path) -> Result<CorpusConfig, Vec<Diagnostic>> {
    let path = dir.join("corpus.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        vec![diag(
            Severity::Error,
            "corpus.toml",
            None,
            format!("cannot read {} ({e}); every corpus folder needs one with [story] title and question", path.display()),
        )]
    })?;
    crate::config::parse_config(&text)
}

/// Runs the build. A page that cannot be read is skipped (listed in `skipped` and the summary)
/// unless `strict`; returns Err (non-zero exit) when any error diagnostic was raised, when no
/// article is left, or when `strict` and a page was skipped.
pub fn run(
    dir: &Path,
    output: &Path,
    quiet: bool,
    strict: bool,
    layout: Layout,
) -> Result<(), String> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let cfg = match load_config(dir) {
        Ok(c) => Some(c),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let (pages, list_diags) = read::list_pages(dir)?;
    diags.extend(list_diags);
    if pages.is_empty() {
        diags.push(diag(
            Severity::Error,
            &dir.display().to_string(),
            None,
            "no pages (.txt, .html, .htm) in the corpus folder",
        ));
    }
    let bar = if !quiet && pages.len() >= PROGRESS_MIN_PAGES && std::io::stderr().is_terminal() {
        let b = ProgressBar::new(pages.len() as u64);
        b.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}").expect("valid template"),
        );
        Some(b)
    } else {
        None
    };
    // Reading, decoding and HTML extraction of each page, on every core (results in file
    // order, so the output does not depend on the threads).
    let loaded = framelens_core::par::map(&pages, |read::PageFile { path, name, format }| {
        let doc = read::load_doc(path, name, *format);
        if let Some(b) = &bar {
            b.set_message(name.clone());
            b.inc(1);
        }
        doc
    });
    let mut docs = Vec::new();
    let mut unreadable: Vec<Skipped> = Vec::new();
    for doc in loaded {
        match doc {
            Ok(doc) => docs.push(doc),
            Err(d) => unreadable.push(Skipped {
                file: d.file,
                reason: d.message,
            }),
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let Some(cfg) = cfg else {
        return finish(None, &diags, output, layout);
    };
    // The analyses take most of a large build (a minute at 5,000 pages): say so while they run.
    let spinner = (!quiet && docs.len() >= PROGRESS_MIN_PAGES && std::io::stderr().is_terminal())
        .then(|| {
            let s = ProgressBar::new_spinner();
            s.set_message(format!(
                "parsing and analysing {} pages (voices, framing)…",
                docs.len()
            ));
            s.enable_steady_tick(std::time::Duration::from_millis(120));
            s
        });
    let (mut corpus, parse_diags) = build_corpus(docs, &cfg);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    corpus.skipped.extend(unreadable);
    corpus.skipped.sort_by(|a, b| a.file.cmp(&b.file));
    // File-level warnings from reading (unknown types, sub-folders) belong in the JSON too.
    let read_warnings: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .cloned()
        .collect();
    corpus.warnings.splice(0..0, read_warnings);
    diags.extend(parse_diags);
    // Printed, not carried in `warnings` (spliced above): the JSON lists them once, in `skipped`.
    let skip_severity = if strict {
        Severity::Error
    } else {
        Severity::Warning
    };
    diags.extend(corpus.skipped.iter().map(|s| Diagnostic {
        severity: skip_severity,
        file: s.file.clone(),
        line: None,
        message: format!("skipped: {}", s.reason),
    }));

    if corpus.articles.is_empty() && !pages.is_empty() {
        diags.push(diag(
            Severity::Error,
            &dir.display().to_string(),
            None,
            format!(
                "no article left: all {} page(s) were skipped (see above)",
                corpus.skipped.len()
            ),
        ));
    }
    finish(Some(&corpus), &diags, output, layout)
}

fn finish(
    corpus: Option<&Corpus>,
    diags: &[Diagnostic],
    output: &Path,
    layout: Layout,
) -> Result<(), String> {
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    for d in diags.iter().filter(|d| d.severity == Severity::Warning) {
        eprintln!("{d}");
    }
    for d in diags.iter().filter(|d| d.severity == Severity::Error) {
        eprintln!("{d}");
    }
    if let Some(c) = corpus {
        let outlets: BTreeSet<&str> = c
            .articles
            .iter()
            .filter_map(|a| a.outlet.as_ref())
            .map(|o| o.name.as_str())
            .collect();
        let wires: BTreeSet<&str> = c
            .articles
            .iter()
            .filter_map(|a| a.wire.as_ref())
            .map(|o| o.name.as_str())
            .collect();
        let list = |s: &BTreeSet<&str>| {
            if s.is_empty() {
                "none".to_string()
            } else {
                shortlist(s.iter().copied())
            }
        };
        if !c.skipped.is_empty() {
            eprintln!(
                "skipped {} page(s): {}",
                c.skipped.len(),
                shortlist(c.skipped.iter().map(|s| s.file.as_str()))
            );
        }
        eprintln!(
            "framelens: {} articles · {} skipped · {} outlets ({}) · {} wires ({}) · {} warnings · {} errors",
            c.articles.len(),
            c.skipped.len(),
            outlets.len(),
            list(&outlets),
            wires.len(),
            list(&wires),
            warnings,
            errors
        );
        if let Some(v) = c.voices.as_ref().filter(|v| !v.unplaced.is_empty()) {
            eprintln!(
                "voices: {} actor(s) in no corpus.toml [[voices.groups]]: {}",
                v.unplaced.len(),
                shortlist(v.unplaced.iter().map(|u| {
                    u.suggested_group
                        .as_ref()
                        .map_or(u.name.clone(), |g| format!("{} (suggested: {g})", u.name))
                }))
            );
        }
    }
    if errors > 0 {
        return Err(format!("{errors} error(s); nothing written"));
    }
    let corpus = corpus.expect("no errors means the config loaded");
    let written = write_asset(corpus, output, layout)?;
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    eprintln!("wrote {}", names.join(", "));
    Ok(())
}

/// Names in a summary line: the first [`SHORTLIST`], then how many more (a 60-outlet corpus
/// or 700 unplaced actors must not flood the terminal; the JSON lists them all).
fn shortlist<S: AsRef<str>>(items: impl Iterator<Item = S>) -> String {
    let items: Vec<S> = items.collect();
    let mut line = items
        .iter()
        .take(SHORTLIST)
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > SHORTLIST {
        line.push_str(&format!(" … and {} more", items.len() - SHORTLIST));
    }
    line
}

/// Names shown per list in the build summary.
const SHORTLIST: usize = 12;
