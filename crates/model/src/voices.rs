//! The voices part of the JSON contract: quotes, speakers, reported speech, anonymous
//! sources, relayed reports, actors and the who-gets-heard tallies.
//!
//! Every place in the text is a [`Span`] (see `crate::span`).

pub use crate::span::{Part, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Speech or a scare quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum QuoteKind {
    /// Somebody's words.
    #[serde(rename = "speech")]
    Speech,
    /// A quoted single term or short noun phrase ("terrorist", "good conversation"), with no
    /// verb, pronoun or negation and no attribution right beside it.
    #[serde(rename = "scare")]
    Scare,
}

/// How a quotation is set off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum QuoteMark {
    /// `"…"`.
    #[serde(rename = "straight")]
    Straight,
    /// `“…”`.
    #[serde(rename = "curly")]
    Curly,
    /// `«…»`.
    #[serde(rename = "guillemets")]
    Guillemets,
    /// `'…'` or `‘…’`.
    #[serde(rename = "single")]
    Single,
    /// Spanish dialogue introduced by a dash (`—No vamos a permitirlo —dijo—.`).
    #[serde(rename = "dash")]
    Dash,
    /// An interview line after a label (`Q:`, `A:`, `Sheinbaum:`).
    #[serde(rename = "label")]
    Label,
}

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum Resolution {
    /// The cue names the speaker in full ("Claudia Sheinbaum said").
    #[serde(rename = "named")]
    Named,
    /// The cue gives a short form (surname, honorific) linked to the actor ("Sheinbaum told").
    #[serde(rename = "surname")]
    Surname,
    /// A pronoun ("she wrote") resolved to the nearest fitting person or body before it.
    #[serde(rename = "pronoun")]
    Pronoun,
    /// A description ("the group wrote", "the president said") resolved to an actor named before.
    #[serde(rename = "description")]
    Description,
    /// A document ("the report noted"): the words are its author's.
    #[serde(rename = "document")]
    Document,
    /// An unnamed source ("a senior Pentagon official said"); see `anonymous`.
    #[serde(rename = "anonymous")]
    Anonymous,
    /// No cue of its own: it continues the attributed quotation just before it.
    #[serde(rename = "continuation")]
    Continuation,
    /// A headline's "…: Name".
    #[serde(rename = "headline")]
    Headline,
    /// An interview label ("Sheinbaum:").
    #[serde(rename = "label")]
    Label,
    /// An interview answer ("A:", a dash line) given to the article's one interviewee.
    #[serde(rename = "interview")]
    Interview,
    /// An interviewer's question ("Q:", "¿…?" dash line): not a voice of the story.
    #[serde(rename = "interviewer")]
    Interviewer,
    /// No speaker found. Never a guess.
    #[serde(rename = "unresolved")]
    Unresolved,
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Speaker {
    /// Display name of the actor (or the anonymous description); null when unresolved.
    pub name: Option<String>,
    /// Id of the actor in `Corpus.voices.actors`; null when unresolved or anonymous.
    pub actor: Option<String>,
    /// How it was found.
    pub resolution: Resolution,
    /// The words in the text that name the speaker ("she", "the group", "Sheinbaum").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
    /// Where: the printed words, then (for pronouns, descriptions, documents, continuations)
    /// the mention they lead back to.
    #[serde(default)]
    pub evidence: Vec<Span>,
    /// The document the words come from, when the cue names one ("report", "memoir").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

impl Speaker {
    /// A speaker not found.
    pub fn unresolved() -> Self {
        Speaker {
            name: None,
            actor: None,
            resolution: Resolution::Unresolved,
            printed: None,
            evidence: Vec::new(),
            document: None,
        }
    }
}

/// The attribution words: the verb and the phrase around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Cue {
    /// The verb as printed ("said", "told", "wrote", "according to", "dijo"); for a headline
    /// colon or an interview label, ":".
    pub verb: String,
    /// The verb with its audience or medium where printed ("told reporters", "wrote in his
    /// memoir", "said on social media").
    pub phrase: String,
    /// Where the verb phrase is.
    pub span: Span,
}

/// One direct quotation: an utterance in one or more spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Quote {
    /// The quoted words, marks excluded; the spans' texts joined by " … " when split.
    pub text: String,
    /// Each stretch of quoted words (marks excluded). Two or more when the attribution splits
    /// it ("…," she said, "…") or it runs over paragraphs.
    pub spans: Vec<Span>,
    /// Speech or scare quote.
    pub kind: QuoteKind,
    /// How it is set off.
    pub mark: QuoteMark,
    /// Words quoted.
    pub words: u32,
    /// Who said it.
    pub speaker: Speaker,
    /// The attribution, when one is printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
    /// False when the closing mark is missing and the quotation was capped at its paragraph.
    pub closed: bool,
    /// For a caption or dek quote: the index in `quotes` of the body quote with the same words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u32>,
}

/// Unquoted reported speech ("Sheinbaum said she ruled out…"), kept apart from quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Indirect {
    /// Who is reported.
    pub speaker: Speaker,
    /// The reporting verb.
    pub cue: Cue,
    /// The sentence that reports it.
    pub sentence: Span,
    /// Indices in `quotes` of scare quotes inside the reported words ("good conversation").
    #[serde(default)]
    pub scare_quotes: Vec<u32>,
}

/// An unnamed source ("U.S. officials", "people familiar with the matter").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Anonymous {
    /// The description as printed ("four unnamed current or former US officials").
    pub description: String,
    /// How many, when printed as a number ("four" → 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// How they are brought in ("citing", "cited", "said", "according to").
    pub cue: String,
    /// The outlet or body whose report relays them (The New York Times); null when the
    /// article relays them itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<String>,
    /// Actor id of `relayed_by`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayed_by_actor: Option<String>,
    /// A group from corpus.toml whose hints match the description ("U.S." → US government).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_group: Option<String>,
    /// The description's span.
    pub span: Span,
    /// The sentence it is in.
    pub sentence: Span,
}

/// Another outlet's (or body's) report the article relays ("the New York Times reported").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Relay {
    /// The source's display name.
    pub source: String,
    /// Its actor id.
    pub actor: String,
    /// Whether it is the article's own outlet ("Fox News Digital previously reported").
    pub own_outlet: bool,
    /// Anonymous sources it is credited with relaying.
    pub anonymous: u32,
    /// Every place the report is invoked.
    pub evidence: Vec<Span>,
}

/// Person or organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum ActorKind {
    /// A named person.
    #[serde(rename = "person")]
    Person,
    /// A news organisation (from the built-in gazetteer or its name).
    #[serde(rename = "media")]
    Media,
    /// Any other organisation, government body or country speaking as one.
    #[serde(rename = "organisation")]
    Organisation,
}

/// Gender as the text shows it (pronouns after the name, honorifics, gendered titles) or, failing
/// that, as a common first name usually carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum Gender {
    /// she/her.
    #[serde(rename = "female")]
    Female,
    /// he/his.
    #[serde(rename = "male")]
    Male,
}

/// An actor as named in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleActor {
    /// Id in `Corpus.voices.actors`.
    pub actor: String,
    /// Display name.
    pub name: String,
    /// Person, media or organisation.
    pub kind: ActorKind,
    /// Forms printed in this article ("Sheinbaum", "Claudia Sheinbaum").
    pub forms: Vec<String>,
    /// Titles and roles printed with it ("Mexican President").
    pub roles: Vec<String>,
    /// Its group from corpus.toml, if placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Every mention, in reading order (headline, then body).
    pub mentions: Vec<Span>,
}

/// A voice's share: quotes, words and reported statements of one actor or group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Share {
    /// Actor id, or group name; `(anonymous)`, `(unresolved)` and `(unplaced)` for voices
    /// with no actor or no group.
    pub key: String,
    /// Display name.
    pub name: String,
    /// Direct quotes (speech and scare).
    pub quotes: u32,
    /// Words in them.
    pub words: u32,
    /// Indirect (unquoted) reports.
    pub indirect: u32,
}

/// Direct, indirect or anonymous.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum VoiceKind {
    /// A direct quotation.
    #[serde(rename = "direct")]
    Direct,
    /// Unquoted reported speech.
    #[serde(rename = "indirect")]
    Indirect,
    /// An unnamed source.
    #[serde(rename = "anonymous")]
    Anonymous,
}

/// The first voice an article gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FirstVoice {
    /// Direct, indirect or anonymous.
    pub kind: VoiceKind,
    /// Display name (or the anonymous description).
    pub name: String,
    /// Actor id, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Group, when placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Where.
    pub evidence: Span,
}

/// Who gets heard in an article (or, summed, in an outlet).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Heard {
    /// Direct speech quotes (headline and body; captions and dek excluded).
    pub direct: u32,
    /// Scare quotes.
    pub scare: u32,
    /// Indirect reports.
    pub indirect: u32,
    /// Anonymous sources.
    pub anonymous: u32,
    /// Direct quotes with no speaker.
    pub unresolved: u32,
    /// Words in direct quotes (speech and scare).
    pub words: u32,
    /// Per actor, most words first.
    pub by_actor: Vec<Share>,
    /// Per group, most words first.
    pub by_group: Vec<Share>,
    /// The first voice of any kind, in reading order (headline first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_voice: Option<FirstVoice>,
    /// The first directly quoted speaker (speech quotes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_quoted: Option<FirstVoice>,
    /// Reports of other outlets and bodies relayed (display names, sorted).
    pub relayed: Vec<String>,
}

/// An actor of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Actor {
    /// Stable id (slug of the name).
    pub id: String,
    /// Display name: the full name printed most often.
    pub name: String,
    /// Person, media or organisation.
    pub kind: ActorKind,
    /// Gender the text shows (or a common first name carries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Forms printed across the corpus ("Sheinbaum", "Claudia Sheinbaum", "Sheinabum").
    pub forms: Vec<String>,
    /// Titles, roles and appositives printed with it, most frequent first.
    pub roles: Vec<String>,
    /// Whether a full name was printed (false: surname only, e.g. "Kelly").
    pub full_name: bool,
    /// Group from corpus.toml.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Group suggested by the groups' hints, when unplaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_group: Option<String>,
    /// Why that group is suggested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion_reason: Option<String>,
    /// Ids of the articles naming it.
    pub articles: Vec<String>,
    /// Direct quotes attributed to it (headline and body).
    pub quotes: u32,
    /// Words in them.
    pub words: u32,
    /// Indirect reports attributed to it.
    pub indirect: u32,
    /// Where it stands among the corpus's actors by how much it is heard, 1 first: quoted words
    /// weigh four times a quote or an indirect report; ties go by name, then id.
    #[serde(default)]
    pub rank: u32,
}

/// A group's totals across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct GroupVoices {
    /// Group name (from corpus.toml, or `(unplaced)`).
    pub name: String,
    /// Ids of its actors.
    pub members: Vec<String>,
    /// Direct quotes.
    pub quotes: u32,
    /// Words in them.
    pub words: u32,
    /// Indirect reports.
    pub indirect: u32,
}

/// The first voices of one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleFirst {
    /// Article id.
    pub article: String,
    /// First voice of any kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_voice: Option<FirstVoice>,
    /// First directly quoted speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_quoted: Option<FirstVoice>,
}

/// Who gets heard in one outlet's articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct OutletVoices {
    /// Outlet name ([`crate::Article::outlet_label`]).
    pub outlet: String,
    /// Its articles' ids.
    pub articles: Vec<String>,
    /// Summed tallies.
    pub heard: Heard,
    /// Each article's first voices.
    pub first_voices: Vec<ArticleFirst>,
}

/// An actor no corpus.toml group lists, for the maintainer to place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Unplaced {
    /// Actor id.
    pub actor: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Suggested group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_group: Option<String>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Per-article voices results, carried in `Article.voices`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleVoices {
    /// Direct quotations in the headline and body, in reading order.
    pub quotes: Vec<Quote>,
    /// Quotations in the dek and captions: listed, never counted.
    #[serde(default)]
    pub aside_quotes: Vec<Quote>,
    /// Unquoted reported speech.
    #[serde(default)]
    pub indirect: Vec<Indirect>,
    /// Unnamed sources.
    #[serde(default)]
    pub anonymous: Vec<Anonymous>,
    /// Other outlets' reports the article relays.
    #[serde(default)]
    pub relayed: Vec<Relay>,
    /// People and organisations named, in order of first mention.
    #[serde(default)]
    pub actors: Vec<ArticleActor>,
    /// Who gets heard.
    #[serde(default)]
    pub heard: Heard,
}

/// Corpus-level voices results, carried in `Corpus.voices`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct CorpusVoices {
    /// Every actor, by id.
    pub actors: Vec<Actor>,
    /// Groups in corpus.toml order, then `(unplaced)`.
    pub groups: Vec<GroupVoices>,
    /// Per outlet, by name.
    pub outlets: Vec<OutletVoices>,
    /// Actors to place in corpus.toml, with suggestions.
    pub unplaced: Vec<Unplaced>,
}

/// One group of `[[voices.groups]]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupConfig {
    /// Group name ("US government").
    pub name: String,
    /// Actors in it, by any printed name or alias ("Claudia Sheinbaum", "Pentagon").
    #[serde(default)]
    pub members: Vec<String>,
    /// Words that suggest the group for an unplaced actor when found in its roles or name
    /// ("Defense Secretary", "Mexican"); `@media` matches any news organisation.
    #[serde(default)]
    pub hints: Vec<String>,
}

/// The `[voices]` table of corpus.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoicesConfig {
    /// Groups, in order; an actor goes to the first group listing it.
    #[serde(default)]
    pub groups: Vec<GroupConfig>,
    /// Canonical name → other printed names ("Claudia Sheinbaum" = ["Sheinbaun"]).
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
}
