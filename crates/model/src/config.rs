//! `corpus.toml`: what the collector knows that the pages cannot tell.
//!
//! The types are here so the schema is documented in one place; reading the file (I/O and
//! TOML syntax) is the CLI's job.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole `corpus.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusConfig {
    /// The story: title and question.
    pub story: StoryConfig,
    /// Outlet names to recognise besides the built-in list (printed exactly as on the pages).
    #[serde(default)]
    pub outlets: Vec<String>,
    /// Per-file facts, keyed by file name relative to the corpus folder.
    #[serde(default)]
    pub files: BTreeMap<String, FileConfig>,
    /// `[voices]`: actor groups and aliases.
    #[serde(default)]
    pub voices: crate::voices::VoicesConfig,
    /// `[framing]`: concept slots for naming choices.
    #[serde(default)]
    pub framing: crate::framing::FramingConfig,
}

/// `[story]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryConfig {
    /// Short title of the story.
    pub title: String,
    /// The question the outlets are compared on.
    pub question: String,
    /// Optional longer description.
    #[serde(default)]
    pub description: Option<String>,
}

/// `[files."NAME"]`: facts about one page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// The address it was copied from.
    #[serde(default)]
    pub url: Option<String>,
    /// The site it was copied from, when there is no URL (e.g. "inkl.com").
    #[serde(default)]
    pub site: Option<String>,
    /// Whose article it is, when the text cannot tell.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The wire agency, when the text cannot tell.
    #[serde(default)]
    pub wire: Option<String>,
    /// Publication date `YYYY-MM-DD`, when the page prints none.
    #[serde(default)]
    pub published: Option<String>,
}
