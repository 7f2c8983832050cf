//! Page parsing: raw page text in, an attributed [`Article`] out.
//!
//! Order of work: line features → line-local classes (`classify`) → body window, headline and
//! dek (`window`) → a role for every line (body, caption, credit, or removed with a reason) →
//! metadata (`meta`): date, byline, dateline, wire, outlet, truncation. Every line of the input
//! ends up in exactly one place: the headline, the dek, the body, the captions, a metadata
//! field's evidence, or `removed`.

pub mod classify;
pub mod credits;
mod meta;
mod roles;
pub mod window;

use crate::lines::{split_lines, Line};
use crate::model::{Article, Attribution, Evidence, SourceFormat};
use classify::{classify, line_key, Local};
use std::collections::HashSet;

/// What the collector and the HTML extractor know about a page besides its text.
#[derive(Debug, Clone, Default)]
pub struct PageHints {
    /// The site it was copied from (from `corpus.toml`).
    pub site: Option<Attribution>,
    /// Outlet stated in `corpus.toml` (wins over inference).
    pub outlet: Option<String>,
    /// Wire agency stated in `corpus.toml` (wins over inference).
    pub wire: Option<String>,
    /// Publication date stated in `corpus.toml`, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Host of the source URL, for the outlet gazetteer.
    pub host: Option<String>,
    /// `<title>` / og:title of a saved HTML page.
    pub html_title: Option<String>,
    /// Publication date from the HTML page's metadata (raw).
    pub html_published: Option<String>,
    /// Author from the HTML page's metadata.
    pub html_byline: Option<String>,
    /// Site name from the HTML page's metadata.
    pub html_site_name: Option<String>,
    /// Extra outlet names declared in `corpus.toml`.
    pub known_outlets: Vec<String>,
}

/// One page to parse.
#[derive(Debug, Clone)]
pub struct PageInput<'a> {
    /// Stable article id.
    pub id: String,
    /// Source file, relative to the corpus folder.
    pub source_file: String,
    /// SHA-256 of the file's bytes.
    pub sha256: String,
    /// Text or HTML (for HTML, `text` is the extractor's output).
    pub format: SourceFormat,
    /// The decoded text.
    pub text: &'a str,
    /// What is known besides the text.
    pub hints: PageHints,
    /// Keys of lines that recur across pages of the same site (template text).
    pub template_lines: &'a HashSet<String>,
    /// Warnings from decoding (carried into the article).
    pub warnings: Vec<String>,
}

/// The parsed page before it becomes an article: lines and what each one is.
pub(crate) struct Page<'a> {
    pub lines: Vec<Line>,
    pub locals: Vec<Local>,
    pub template: Vec<bool>,
    pub input: &'a PageInput<'a>,
}

pub(crate) fn text_evidence(line: &Line) -> Evidence {
    Evidence::text(line.text.clone(), line.number())
}

pub(crate) fn text_evidence_part(line: &Line, part: &str) -> Evidence {
    Evidence::text(part, line.number())
}

/// Parses one page. Never panics; a page with no body yields an article with an empty body
/// and a warning, which the build turns into an error naming the file.
pub fn parse_page(input: &PageInput<'_>) -> Article {
    let lines = split_lines(input.text);
    let locals: Vec<Local> = lines.iter().map(classify).collect();
    let template: Vec<bool> = lines
        .iter()
        // A long prose line shared by two pages of a site is reused copy (a background
        // paragraph, a republished wire story), not template: only short lines count.
        .map(|l| {
            l.words > 0
                && !(l.is_prose() && l.words >= 20)
                && input.template_lines.contains(&line_key(&l.text))
        })
        .collect();
    let page = Page {
        lines,
        locals,
        template,
        input,
    };
    let layout = roles::assign(&page);
    meta::build_article(&page, &layout)
}
