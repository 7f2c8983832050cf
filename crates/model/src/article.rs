//! The JSON data contract: what `framelens build` writes and the page reads.
//!
//! Every inferred field carries its evidence — the exact text it rests on and the line of the
//! source file it came from — so the page can show a reader *why* the tool says what it says.
//! Field order is the serialisation order; collections are `Vec`s in source order, so the
//! same input always serialises to the same bytes.

use serde::{Deserialize, Serialize};

/// Bumped whenever a field is renamed or removed (adding optional fields does not bump it).
/// 2: every pointer into the text is one [`crate::Span`] (voices spans lost their `text`;
/// framing sentences, cues, naming hits, dates and headline phrases carry a `span`).
/// 3: facts list the articles that state them (`stated`) instead of a cell per article; an
/// article's `framing.facts` keeps `included` only; the default output is an index with shards
/// (`shards`, see [`crate::shards`]).
pub const SCHEMA_VERSION: u32 = 3;

/// The label of an article whose outlet and site are both unknown (see [`Article::outlet_label`]).
pub const UNKNOWN_OUTLET: &str = "Unknown outlet";

/// The whole compiled corpus: one story, its articles, and what the build had to say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Corpus {
    /// Version of this format; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// What the corpus is about, from `corpus.toml`.
    pub story: Story,
    /// The articles, ordered by source file name.
    pub articles: Vec<Article>,
    /// Corpus-level diagnostics (duplicates, unknown files, config problems) that did not fail the build.
    #[serde(default)]
    pub warnings: Vec<Diagnostic>,
    /// Pages the build could not read as articles, left out with the reason (by file name).
    #[serde(default)]
    pub skipped: Vec<Skipped>,
    /// Who gets heard, per outlet and across the corpus (absent until analysed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voices: Option<crate::voices::CorpusVoices>,
    /// Cross-article framing: frame shares, naming, shared text, facts, timeline (absent until analysed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framing: Option<crate::framing::CorpusFraming>,
    /// In an index (the default output of `framelens build`), the shard files holding the
    /// complete articles (see [`crate::shards`]); absent in a single-file corpus, whose
    /// articles are complete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shards: Vec<crate::shards::ShardRef>,
}

/// A page left out of the corpus because it cannot be read as an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Skipped {
    /// The file, relative to the corpus folder.
    pub file: String,
    /// Why, in words ("empty file: no text to parse", "no recognisable article body …").
    pub reason: String,
}

/// The story the corpus covers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Story {
    /// Short title of the story.
    pub title: String,
    /// The question the outlets are compared on.
    pub question: String,
    /// Optional longer description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Where a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum EvidenceSource {
    /// Printed in the page's text (the `line` says where).
    #[serde(rename = "text")]
    Text,
    /// Stated by the collector in `corpus.toml`.
    #[serde(rename = "config")]
    Config,
    /// Derived from the source URL recorded in `corpus.toml`.
    #[serde(rename = "url")]
    Url,
    /// From the page's HTML metadata (a `<meta>` tag or the `<title>`).
    #[serde(rename = "html_meta")]
    HtmlMeta,
}

/// The exact text a value rests on, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Evidence {
    /// The verbatim text (a line, or the part of a line that matched).
    pub text: String,
    /// Where it came from.
    pub source: EvidenceSource,
    /// 1-based line of the (decoded, HTML-extracted where relevant) source text, when `source` is `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Why this text is evidence, where that is not obvious.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Evidence {
    /// Evidence printed on line `line` (1-based) of the page.
    pub fn text(text: impl Into<String>, line: u32) -> Self {
        Evidence {
            text: text.into(),
            source: EvidenceSource::Text,
            line: Some(line),
            note: None,
        }
    }

    /// Evidence from somewhere other than the page's lines.
    pub fn from(source: EvidenceSource, text: impl Into<String>) -> Self {
        Evidence {
            text: text.into(),
            source,
            line: None,
            note: None,
        }
    }

    /// Adds a note saying why this is evidence.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

/// A named attribution (site, outlet, wire agency) with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Attribution {
    /// Display name, e.g. "Reuters".
    pub name: String,
    /// What it rests on.
    pub evidence: Evidence,
}

/// A value with the evidence it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Sourced {
    /// The value.
    pub value: String,
    /// What it rests on.
    pub evidence: Evidence,
}

/// The role of a person credited at the foot of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum CreditRole {
    /// Reported the story (these names also form the byline when no byline is printed).
    #[serde(rename = "reporting")]
    Reporting,
    /// Wrote the story from others' reporting.
    #[serde(rename = "writing")]
    Writing,
    /// Edited it.
    #[serde(rename = "editing")]
    Editing,
    /// "X contributed to this report".
    #[serde(rename = "contributor")]
    Contributor,
    /// Additional reporting.
    #[serde(rename = "additional_reporting")]
    AdditionalReporting,
}

/// A person or organisation credited at the foot of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Credit {
    /// Person or organisation.
    pub name: String,
    /// What they did.
    pub role: CreditRole,
    /// The credit line.
    pub evidence: Evidence,
}

/// What kind of block a body paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum BlockKind {
    /// An ordinary paragraph.
    #[default]
    #[serde(rename = "paragraph")]
    Paragraph,
    /// A subheading inside the body.
    #[serde(rename = "subheading")]
    Subheading,
    /// An item of a bulleted list.
    #[serde(rename = "list_item")]
    ListItem,
}

/// One block of the article body, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Paragraph {
    /// The text, as printed.
    pub text: String,
    /// Paragraph, subheading or list item.
    #[serde(default)]
    pub kind: BlockKind,
    /// 1-based source line.
    pub line: u32,
}

/// What a line kept apart from the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum CaptionKind {
    /// A photo or video caption.
    #[default]
    #[serde(rename = "caption")]
    Caption,
    /// An image's alt text or title, printed on its own line next to its caption.
    #[serde(rename = "alt_text")]
    AltText,
    /// A photo credit on its own line ("PHOTO: REUTERS", "Name / AP").
    #[serde(rename = "credit")]
    Credit,
    /// An image file name printed as text ("mexico-border.jpeg").
    #[serde(rename = "image_file")]
    ImageFile,
}

/// A photo caption, image alt text or credit line kept apart from the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Caption {
    /// The caption text (for a doubled "caption (caption)" line, printed once).
    pub text: String,
    /// Caption, alt text, credit line or image file name.
    #[serde(default)]
    pub kind: CaptionKind,
    /// A photo credit found in it ("REUTERS/Jose Luis Gonzalez", "AP Images"), not wire attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// 1-based source line.
    pub line: u32,
}

/// Why a line was not kept in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum RemovalReason {
    /// Site navigation, section labels, menus.
    #[serde(rename = "navigation")]
    Navigation,
    /// Share, follow, subscribe, newsletter, app or sign-in prompts.
    #[serde(rename = "prompt")]
    Prompt,
    /// A list of related stories, or its lead-in ("Related Stories", "RECOMMENDED").
    #[serde(rename = "related_list")]
    RelatedList,
    /// An inline "Related…" link inside the body.
    #[serde(rename = "related_link")]
    RelatedLink,
    /// Another story's headline or teaser.
    #[serde(rename = "teaser")]
    Teaser,
    /// A paywall or registration prompt that cuts the article.
    #[serde(rename = "paywall")]
    Paywall,
    /// Advertising labels.
    #[serde(rename = "advertising")]
    Advertising,
    /// Metadata already captured elsewhere (date line, byline, reading time, section label).
    #[serde(rename = "metadata")]
    Metadata,
    /// A line recurring across pages of the same site (template text).
    #[serde(rename = "site_template")]
    SiteTemplate,
    /// A repeat of a line already kept (headline printed twice, doubled caption).
    #[serde(rename = "duplicate")]
    Duplicate,
    /// Footer: copyright, legal, contact, cookie notices.
    #[serde(rename = "footer")]
    Footer,
    /// Reader comments and their headers.
    #[serde(rename = "comments")]
    Comments,
    /// An "About the author" box.
    #[serde(rename = "author_bio")]
    AuthorBio,
    /// A credit or source line ("(Reporting by …)", "SOURCE: AFP"); its names are in `credits`
    /// and its agency in `wire`.
    #[serde(rename = "credit")]
    Credit,
    /// Outside the article's main text block, with no more specific reason.
    #[serde(rename = "outside_article")]
    OutsideArticle,
}

/// A line the parser did not keep, and why — so a reader can audit the cut.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Removed {
    /// The line as printed.
    pub text: String,
    /// The reason.
    pub reason: RemovalReason,
    /// 1-based source line.
    pub line: u32,
}

/// How the page was given to the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum SourceFormat {
    /// Text as copied from a browser.
    #[serde(rename = "text")]
    Text,
    /// Saved HTML (its main content extracted first, then parsed like text).
    #[serde(rename = "html")]
    Html,
}

/// One article of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Article {
    /// Stable identifier: derived from the source file name, so rebuilding keeps it.
    pub id: String,
    /// The source file, relative to the corpus folder.
    pub source_file: String,
    /// SHA-256 of the source file's bytes, lowercase hex.
    pub sha256: String,
    /// Text or HTML.
    pub format: SourceFormat,
    /// The site it was copied from.
    pub site: Option<Attribution>,
    /// The outlet whose article it is.
    pub outlet: Option<Attribution>,
    /// The wire agency whose copy it is (never inferred from photo credits).
    pub wire: Option<Attribution>,
    /// Publication date printed for this article, `YYYY-MM-DD`, or null.
    pub published: Option<String>,
    /// The printed date the publication date rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_evidence: Option<Evidence>,
    /// The headline.
    pub headline: String,
    /// Where the headline was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline_evidence: Option<Evidence>,
    /// Dek / standfirst, if printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<Sourced>,
    /// Reporters (not editors or contributors).
    pub byline: Vec<String>,
    /// The line the byline rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline_evidence: Option<Evidence>,
    /// Editors, writers, contributors credited at the foot.
    #[serde(default)]
    pub credits: Vec<Credit>,
    /// Dateline place ("MEXICO CITY").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Sourced>,
    /// Body blocks in order.
    pub body: Vec<Paragraph>,
    /// Photo captions and image alt text.
    pub captions: Vec<Caption>,
    /// Every line not kept, with the reason.
    pub removed: Vec<Removed>,
    /// Whether the text is cut short.
    pub truncated: bool,
    /// Why it is thought cut short.
    #[serde(default)]
    pub truncation_evidence: Vec<Evidence>,
    /// Things a reader should know about this article's parse.
    pub warnings: Vec<String>,
    /// Quotes, speakers, actors and anonymous sources (absent until analysed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voices: Option<crate::voices::ArticleVoices>,
    /// Frames, naming, headline agency and dated events (absent until analysed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framing: Option<crate::framing::ArticleFraming>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum Severity {
    /// Carried in the JSON and the summary; the build goes on.
    #[serde(rename = "warning")]
    Warning,
    /// Fails the build.
    #[serde(rename = "error")]
    Error,
}

/// A build diagnostic naming the file (and line where it helps).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Diagnostic {
    /// Warning or error.
    pub severity: Severity,
    /// The file, relative to the corpus folder.
    pub file: String,
    /// 1-based line, where it helps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// What is wrong, in words.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match self.line {
            Some(l) => write!(f, "{level}: {}:{l}: {}", self.file, self.message),
            None => write!(f, "{level}: {}: {}", self.file, self.message),
        }
    }
}

impl Article {
    /// The name the article is grouped and shown under: its outlet, else [`UNKNOWN_OUTLET`].
    /// Never the site it was copied from: an aggregator or a republisher is not the outlet, and
    /// a wrong name is worse than "unknown". The one rule, used by the analysis and the page.
    pub fn outlet_label(&self) -> &str {
        self.outlet
            .as_ref()
            .map(|o| o.name.trim())
            .filter(|n| !n.is_empty())
            .unwrap_or(UNKNOWN_OUTLET)
    }

    /// The text a [`crate::Part`] and paragraph index name (`None` past the end, or a missing dek).
    pub fn text_of(&self, part: crate::Part, paragraph: u32) -> Option<&str> {
        let i = paragraph as usize;
        match part {
            crate::Part::Headline => Some(&self.headline),
            crate::Part::Dek => self.dek.as_ref().map(|d| d.value.as_str()),
            crate::Part::Body => self.body.get(i).map(|p| p.text.as_str()),
            crate::Part::Caption => self.captions.get(i).map(|c| c.text.as_str()),
        }
    }

    /// The words a span points at (`None` when it points outside the article).
    pub fn span_text(&self, span: &crate::Span) -> Option<&str> {
        let text = self.text_of(span.part, span.paragraph)?;
        char_slice(text, span.start as usize, span.end as usize)
    }

    /// The body as plain text, blocks separated by blank lines.
    pub fn body_text(&self) -> String {
        self.body
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// `text[start..end]` in chars; `None` when the range is outside the text or reversed.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    Some(&text[byte_of(text, start)?..byte_of(text, end)?])
}

/// The byte offset of char `n` of `text` (its length for `n` = the char count).
fn byte_of(text: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    for (byte, _) in text.char_indices() {
        if seen == n {
            return Some(byte);
        }
        seen += 1;
    }
    (seen == n).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(outlet: Option<&str>, site: Option<&str>) -> Article {
        let attr = |n: &str| Attribution {
            name: n.into(),
            evidence: Evidence::from(EvidenceSource::Config, n),
        };
        serde_json::from_value(serde_json::json!({
            "id": "a", "source_file": "a.txt", "sha256": "", "format": "text",
            "site": site.map(attr), "outlet": outlet.map(attr), "wire": null,
            "published": null, "headline": "H", "byline": [], "body": [], "captions": [],
            "removed": [], "truncated": false, "warnings": [],
        }))
        .unwrap()
    }

    #[test]
    fn the_outlet_label_never_falls_back_to_the_site() {
        assert_eq!(
            article(Some("Reuters"), Some("thestar.com.my")).outlet_label(),
            "Reuters"
        );
        assert_eq!(
            article(None, Some("inkl.com")).outlet_label(),
            UNKNOWN_OUTLET
        );
        assert_eq!(article(Some("  "), None).outlet_label(), UNKNOWN_OUTLET);
    }

    #[test]
    fn char_slices_count_scalar_values() {
        assert_eq!(char_slice("señor Pérez", 0, 5), Some("señor"));
        assert_eq!(char_slice("señor Pérez", 6, 11), Some("Pérez"));
        assert_eq!(char_slice("abc", 3, 3), Some(""));
        assert_eq!(char_slice("abc", 2, 4), None);
        assert_eq!(char_slice("abc", 2, 1), None);
    }
}
