//! The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014) as the contract names
//! them, and the records of which frames a sentence, a headline or a body evokes.

use serde::{Deserialize, Serialize};

/// What the page prints where no frame reaches the threshold.
pub const NO_FRAME_CUE: &str = "no frame cue";

/// A frame of the Policy Frames Codebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub enum FrameId {
    /// 1 · costs, benefits, money, trade, jobs.
    #[serde(rename = "economic")]
    Economic,
    /// 2 · whether the people, money, equipment or institutions exist to act.
    #[serde(rename = "capacity_and_resources")]
    CapacityAndResources,
    /// 3 · ethics, moral duty, right and wrong.
    #[serde(rename = "morality")]
    Morality,
    /// 4 · who is treated how, equal rights, discrimination.
    #[serde(rename = "fairness_and_equality")]
    FairnessAndEquality,
    /// 5 · laws, courts, legal authority, constitutional limits.
    #[serde(rename = "legality_constitutionality_jurisprudence")]
    LegalityConstitutionalityJurisprudence,
    /// 6 · specific policies proposed, and whether a policy works.
    #[serde(rename = "policy_prescription_and_evaluation")]
    PolicyPrescriptionAndEvaluation,
    /// 7 · lawbreaking, enforcement, trafficking, extradition.
    #[serde(rename = "crime_and_punishment")]
    CrimeAndPunishment,
    /// 8 · threats and defence against them: armed force, troops, strikes.
    #[serde(rename = "security_and_defense")]
    SecurityAndDefense,
    /// 9 · health care, disease, overdoses, public safety.
    #[serde(rename = "health_and_safety")]
    HealthAndSafety,
    /// 10 · effects on daily life.
    #[serde(rename = "quality_of_life")]
    QualityOfLife,
    /// 11 · traditions, values, national identity.
    #[serde(rename = "cultural_identity")]
    CulturalIdentity,
    /// 12 · polls, public sentiment, protests.
    #[serde(rename = "public_opinion")]
    PublicOpinion,
    /// 13 · politicians' manoeuvres, elections, leaders' relations as politics.
    #[serde(rename = "political")]
    Political,
    /// 14 · relations between nations, sovereignty, foreign intervention.
    #[serde(rename = "external_regulation_and_reputation")]
    ExternalRegulationAndReputation,
    /// 15 · none of the above (the lexicon assigns no cues to it).
    #[serde(rename = "other")]
    Other,
}

impl FrameId {
    /// All frames in codebook order.
    pub const ALL: [FrameId; 15] = [
        FrameId::Economic,
        FrameId::CapacityAndResources,
        FrameId::Morality,
        FrameId::FairnessAndEquality,
        FrameId::LegalityConstitutionalityJurisprudence,
        FrameId::PolicyPrescriptionAndEvaluation,
        FrameId::CrimeAndPunishment,
        FrameId::SecurityAndDefense,
        FrameId::HealthAndSafety,
        FrameId::QualityOfLife,
        FrameId::CulturalIdentity,
        FrameId::PublicOpinion,
        FrameId::Political,
        FrameId::ExternalRegulationAndReputation,
        FrameId::Other,
    ];

    /// Codebook number, 1–15.
    pub fn number(self) -> u32 {
        FrameId::ALL.iter().position(|f| *f == self).unwrap_or(14) as u32 + 1
    }

    /// The id used in JSON and in the lexicon file ("security_and_defense").
    pub fn id(self) -> &'static str {
        [
            "economic",
            "capacity_and_resources",
            "morality",
            "fairness_and_equality",
            "legality_constitutionality_jurisprudence",
            "policy_prescription_and_evaluation",
            "crime_and_punishment",
            "security_and_defense",
            "health_and_safety",
            "quality_of_life",
            "cultural_identity",
            "public_opinion",
            "political",
            "external_regulation_and_reputation",
            "other",
        ][self.number() as usize - 1]
    }

    /// The codebook's name ("Security and defense").
    pub fn label(self) -> &'static str {
        [
            "Economic",
            "Capacity and resources",
            "Morality",
            "Fairness and equality",
            "Legality, constitutionality and jurisprudence",
            "Policy prescription and evaluation",
            "Crime and punishment",
            "Security and defense",
            "Health and safety",
            "Quality of life",
            "Cultural identity",
            "Public opinion",
            "Political",
            "External regulation and reputation",
            "Other",
        ][self.number() as usize - 1]
    }

    /// The frame with this id.
    pub fn from_id(id: &str) -> Option<FrameId> {
        FrameId::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// A frame's entry in the legend carried by the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FrameInfo {
    /// The id used everywhere in the JSON.
    pub id: FrameId,
    /// Codebook number, 1–15.
    pub number: u32,
    /// The codebook's name.
    pub label: String,
}

/// One cue found in the text: the evidence for a frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct CueHit {
    /// The matched words, in the text of their sentence's span.
    pub span: crate::Span,
    /// The lexicon entry that matched ("extradit*"); the words as printed are the span.
    pub cue: String,
    /// Its weight.
    pub weight: f64,
}

/// A frame a sentence evokes, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SentenceFrame {
    /// The frame.
    pub frame: FrameId,
    /// Sum of its cues' weights (at least [`MIN_SCORE`]).
    pub score: f64,
    /// The cues that fired, in text order.
    pub cues: Vec<CueHit>,
}

/// A frame chosen for a headline or a body, or "no frame cue".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FrameChoice {
    /// The frame, or null when no cue reached the threshold.
    pub frame: Option<FrameId>,
    /// The frame's name, or "no frame cue".
    pub label: String,
    /// For a headline: the frame's cue score. For a body: the number of body sentences evoking it.
    pub score: f64,
    /// Frames that tied with it on every criterion (the codebook order decided).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tied_with: Vec<FrameId>,
}

impl Default for FrameChoice {
    fn default() -> Self {
        FrameChoice::none()
    }
}

impl FrameChoice {
    /// "no frame cue".
    pub fn none() -> Self {
        FrameChoice {
            frame: None,
            label: NO_FRAME_CUE.into(),
            score: 0.0,
            tied_with: Vec::new(),
        }
    }
}

/// How many body sentences evoke a frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FrameShare {
    /// The frame.
    pub frame: FrameId,
    /// Body sentences evoking it (a sentence can evoke several frames).
    pub sentences: u32,
    /// `sentences` over all body sentences (shares can sum to more than 1).
    pub share: f64,
    /// Body sentences where it is the top frame (ties count for each tied frame).
    pub primary: u32,
    /// Sum of its scores over the body.
    pub weight: f64,
}
