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

/// The host of a URL, lower-cased, without `www.`: "https://www.thestar.com.my/news" → "thestar.com.my".
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .split('@')
        .next_back()?
        .split(':')
        .next()?;
    let host = host.trim().trim_start_matches("www.").to_lowercase();
    (host.contains('.') && !host.contains(char::is_whitespace)).then_some(host)
}

/// Whether `s` is a valid `YYYY-MM-DD` calendar date.
pub fn is_iso_date(s: &str) -> bool {
    crate::date::find_dates(s)
        .first()
        .is_some_and(|d| d.text == s && s.len() == 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.thestar.com.my/news/world/x").as_deref(),
            Some("thestar.com.my")
        );
        assert_eq!(url_host("inkl.com").as_deref(), Some("inkl.com"));
        assert_eq!(url_host("not a url"), None);
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2025-04-08"));
        assert!(!is_iso_date("2025-02-30"));
        assert!(!is_iso_date("April 8, 2025"));
    }
}
