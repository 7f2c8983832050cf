//! Headline agency: who does what to whom in the headline, and whose words it carries.

use serde::{Deserialize, Serialize};

/// A span of the headline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Phrase {
    /// The words as printed.
    pub text: String,
    /// Where, in the headline.
    pub span: crate::Span,
}

/// Grammatical voice of the headline's clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum Voice {
    /// The subject acts.
    #[serde(rename = "active")]
    Active,
    /// The subject is acted on.
    #[serde(rename = "passive")]
    Passive,
    /// No verb: a predicate said of a subject ("X 'not on the table'").
    #[serde(rename = "verbless")]
    Verbless,
    /// The grammar could not tell.
    #[default]
    #[serde(rename = "unknown")]
    Unknown,
}

/// Whose words or report a headline carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum SourceKind {
    /// A person's words ("…: Sheinbaum", "…, Sheinbaum tells Trump").
    #[serde(rename = "words")]
    Words,
    /// A news organisation's or document's report ("…, NYT reports").
    #[serde(rename = "report")]
    Report,
}

/// The source a headline attributes its clause to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct HeadlineSource {
    /// Who speaks or reports.
    pub who: Phrase,
    /// The reporting verb, if printed (none for the colon forms).
    pub verb: Option<Phrase>,
    /// Whom they address ("Trump" in "… tells Trump").
    pub to: Option<Phrase>,
    /// Words or report.
    pub kind: SourceKind,
    /// The outlet named, when `who` is a known news organisation ("NYT" → "The New York Times").
    pub outlet: Option<String>,
    /// Which form matched: `colon_suffix`, `colon_prefix`, `comma_suffix`, `lead_verb`.
    pub form: String,
}

/// The name a role-noun agent stands for, found in the body ("Mexican president" → "Claudia Sheinbaum").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Referent {
    /// The name.
    pub name: String,
    /// The body words it was read from ("Mexican President Claudia Sheinbaum").
    pub evidence: String,
    /// Where those words are in the body.
    pub span: crate::Span,
}

/// Who does what to whom in a headline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct HeadlineAgency {
    /// Who acts; null when unknown or unnamed (agentless passive).
    pub agent: Option<Phrase>,
    /// The verb group ("declines", "won't attack", "rules out") or a verbless predicate.
    pub action: Option<Phrase>,
    /// On whom or what.
    pub patient: Option<Phrase>,
    /// Active, passive, verbless or unknown.
    pub voice: Voice,
    /// The clause is negated ("won't", "not").
    pub negated: bool,
    /// An infinitive complement ("to allow US forces to fight cartels").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complement: Option<Phrase>,
    /// A trailing adjunct ("after report US is weighing strikes", "on Mexican soil").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjunct: Option<Phrase>,
    /// The person a role-noun agent refers to, from the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_refers_to: Option<Referent>,
    /// Whose words or report the headline carries.
    pub source: Option<HeadlineSource>,
    /// The clause the grammar parsed (the headline without its source).
    pub clause: Option<Phrase>,
    /// Plain-language notes for the reader.
    pub notes: Vec<String>,
}
