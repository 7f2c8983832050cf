//! The framing part of the contract: per-article sentences with the frames they evoke,
//! headline agency, naming hits and dated mentions ([`ArticleFraming`]), and the corpus-wide
//! frame shares per outlet, naming counts, shared text, facts and timeline ([`CorpusFraming`]).

pub mod facts;
pub mod frames;
pub mod headline;
pub mod naming;
pub mod shared;
pub mod timeline;

use frames::{FrameChoice, FrameId, FrameInfo, FrameShare, SentenceFrame};
use serde::{Deserialize, Serialize};
/// A sentence of the headline or body, with the frames it evokes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Sentence {
    /// Where it is: the headline (sentence 0) or a body paragraph.
    pub span: crate::Span,
    /// Frames evoked, strongest first; empty means "no frame cue".
    pub frames: Vec<SentenceFrame>,
}

/// Per-article framing results, carried in `Article.framing`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleFraming {
    /// Sentence 0 is the headline; body sentences follow in order.
    pub sentences: Vec<Sentence>,
    /// The frame of the headline alone ("no frame cue" when none fires).
    pub headline_frame: FrameChoice,
    /// The body's primary frame: evoked by the most body sentences.
    pub primary_frame: FrameChoice,
    /// Number of body sentences.
    pub body_sentences: u32,
    /// Per frame, how many body sentences evoke it (frames with none left out).
    pub frame_shares: Vec<FrameShare>,
    /// Body sentences with no frame cue.
    pub no_frame_cue: u32,
    /// Who does what to whom in the headline.
    pub headline: headline::HeadlineAgency,
    /// Concept-slot terms found in this article.
    pub naming: Vec<naming::NamingHit>,
    /// Dates mentioned, resolved where possible.
    pub dates: Vec<timeline::DateMention>,
    /// Facts of the corpus this article includes, leaves out, or predates.
    pub facts: facts::ArticleFacts,
}

/// Frame shares over all articles of one outlet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct OutletFrames {
    /// Outlet name.
    pub outlet: String,
    /// Its articles (ids).
    pub articles: Vec<String>,
    /// Their body sentences.
    pub body_sentences: u32,
    /// Per frame, body sentences evoking it.
    pub frame_shares: Vec<FrameShare>,
    /// Body sentences with no frame cue.
    pub no_frame_cue: u32,
    /// Headline frames of its articles, in article order (null = no frame cue).
    pub headline_frames: Vec<Option<FrameId>>,
}

/// About the lexicon used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct LexiconInfo {
    /// Where it lives in the repository.
    pub file: String,
    /// Number of cues (blockers included).
    pub cues: u32,
    /// The score at which a frame counts as evoked.
    pub min_score: f64,
}

/// Corpus-level framing results, carried in `Corpus.framing`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct CorpusFraming {
    /// The 15 frames, in codebook order.
    pub frames: Vec<FrameInfo>,
    /// The cue lexicon.
    pub lexicon: Option<LexiconInfo>,
    /// Frame shares per outlet, by outlet name.
    pub outlets: Vec<OutletFrames>,
    /// Naming choices per concept slot and outlet; unplaced noun phrases.
    pub naming: naming::Naming,
    /// Shared text: similarity matrix, pairs and sentence alignments.
    pub shared_text: shared::SharedText,
    /// Facts × articles.
    pub facts: facts::Facts,
    /// Articles and dated events on a time axis.
    pub timeline: timeline::Timeline,
}

/// The `[framing]` table of corpus.toml: concept slots for naming choices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FramingConfig {
    /// `[[framing.slots]]`, in display order.
    #[serde(default)]
    pub slots: Vec<naming::SlotConfig>,
}
