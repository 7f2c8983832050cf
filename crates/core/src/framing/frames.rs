//! The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014) and how a sentence's cues
//! add up to the frames it evokes.
//!
//! Scoring: each distinct cue found in a sentence adds its weight to its frame (a cue
//! repeated in the sentence is shown each time but counted once). A frame is evoked when
//! its sum reaches [`MIN_SCORE`] (1.0): a cue of weight 1 evokes it alone, weak cues (0.5) need
//! company. Frames are listed by score, ties in codebook order. A sentence with no frame at
//! the threshold has "no frame cue" — never a guess.

use super::lexicon::{Lexicon, LexiconError};
use super::text::{round4, Token};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The score at which a frame counts as evoked by a sentence.
pub const MIN_SCORE: f64 = 1.0;

/// What the page prints where no frame reaches the threshold.
pub const NO_FRAME_CUE: &str = "no frame cue";

/// A frame of the Policy Frames Codebook.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct FrameInfo {
    /// The id used everywhere in the JSON.
    pub id: FrameId,
    /// Codebook number, 1–15.
    pub number: u32,
    /// The codebook's name.
    pub label: String,
}

/// The legend: every frame in codebook order.
pub fn legend() -> Vec<FrameInfo> {
    FrameId::ALL
        .iter()
        .map(|f| FrameInfo {
            id: *f,
            number: f.number(),
            label: f.label().to_string(),
        })
        .collect()
}

/// One cue found in the text: the evidence for a frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct CueHit {
    /// First char of the matched words in the paragraph (or headline), Unicode scalar offset.
    pub start: u32,
    /// One past the last char.
    pub end: u32,
    /// The lexicon entry that matched ("extradit*"); the words as printed are the span.
    pub cue: String,
    /// Its weight.
    pub weight: f64,
}

/// A frame a sentence evokes, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct SentenceFrame {
    /// The frame.
    pub frame: FrameId,
    /// Sum of its cues' weights (at least [`MIN_SCORE`]).
    pub score: f64,
    /// The cues that fired, in text order.
    pub cues: Vec<CueHit>,
}

/// The frames a run of words evokes, strongest first (ties in codebook order).
pub fn score_frames(lex: &Lexicon, toks: &[Token]) -> Vec<SentenceFrame> {
    let mut by_frame: Vec<(FrameId, f64, Vec<CueHit>)> = Vec::new();
    for m in lex.find(toks) {
        let cue = &lex.cues[m.cue];
        let Some(frame) = cue.frame else { continue };
        let (start, end) = (toks[m.first].start, toks[m.last - 1].end);
        let hit = CueHit {
            start: start as u32,
            end: end as u32,
            cue: cue.text.clone(),
            weight: cue.weight,
        };
        match by_frame.iter_mut().find(|(f, _, _)| *f == frame) {
            Some(e) => {
                // A cue repeated in one sentence counts once ("cartels … cartels").
                if !e.2.iter().any(|h| h.cue == hit.cue) {
                    e.1 += cue.weight;
                }
                e.2.push(hit);
            }
            None => by_frame.push((frame, cue.weight, vec![hit])),
        }
    }
    let mut out: Vec<SentenceFrame> = by_frame
        .into_iter()
        .filter(|(_, s, _)| *s >= MIN_SCORE - 1e-9)
        .map(|(frame, score, cues)| SentenceFrame {
            frame,
            score: round4(score),
            cues,
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.frame.cmp(&b.frame)));
    out
}

/// A frame chosen for a headline or a body, or "no frame cue".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// The headline frame: the top frame of the headline's own cues.
pub fn headline_frame(frames: &[SentenceFrame]) -> FrameChoice {
    let Some(top) = frames.first() else {
        return FrameChoice::none();
    };
    FrameChoice {
        frame: Some(top.frame),
        label: top.frame.label().into(),
        score: top.score,
        tied_with: frames[1..]
            .iter()
            .filter(|f| f.score == top.score)
            .map(|f| f.frame)
            .collect(),
    }
}

/// How many body sentences evoke a frame.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
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

/// Per-frame counts over a set of sentences' frames, frames with no sentence left out; plus
/// the count of sentences with no frame cue.
pub fn shares(sentences: &[&[SentenceFrame]]) -> (Vec<FrameShare>, u32) {
    let total = sentences.len().max(1) as f64;
    let mut out: Vec<FrameShare> = Vec::new();
    let mut none = 0;
    for frames in sentences {
        if frames.is_empty() {
            none += 1;
        }
        let top = frames.first().map(|f| f.score);
        for f in frames.iter() {
            let e = match out.iter_mut().position(|s| s.frame == f.frame) {
                Some(i) => &mut out[i],
                None => {
                    out.push(FrameShare {
                        frame: f.frame,
                        sentences: 0,
                        share: 0.0,
                        primary: 0,
                        weight: 0.0,
                    });
                    out.last_mut().expect("just pushed")
                }
            };
            e.sentences += 1;
            e.weight += f.score;
            if Some(f.score) == top {
                e.primary += 1;
            }
        }
    }
    for s in &mut out {
        s.share = round4(s.sentences as f64 / total);
        s.weight = round4(s.weight);
    }
    out.sort_by_key(|s| s.frame);
    (out, none)
}

/// The body's primary frame: evoked by the most body sentences; ties broken by total weight,
/// then by codebook order (reported in `tied_with`).
pub fn primary_frame(shares: &[FrameShare]) -> FrameChoice {
    let mut v: Vec<&FrameShare> = shares.iter().collect();
    v.sort_by(|a, b| {
        b.sentences
            .cmp(&a.sentences)
            .then(b.weight.total_cmp(&a.weight))
            .then(a.frame.cmp(&b.frame))
    });
    let Some(top) = v.first() else {
        return FrameChoice::none();
    };
    FrameChoice {
        frame: Some(top.frame),
        label: top.frame.label().into(),
        score: top.sentences as f64,
        tied_with: v[1..]
            .iter()
            .filter(|s| s.sentences == top.sentences && s.weight == top.weight)
            .map(|s| s.frame)
            .collect(),
    }
}

/// The lexicon to use, and the diagnostic if the shipped one is malformed.
pub fn lexicon_or_empty() -> (&'static Lexicon, Option<&'static LexiconError>) {
    static EMPTY: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    match super::lexicon::embedded() {
        Ok(l) => (l, None),
        Err(e) => (EMPTY.get_or_init(Lexicon::default), Some(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for f in FrameId::ALL {
            assert_eq!(FrameId::from_id(f.id()), Some(f));
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.id()));
        }
        assert_eq!(FrameId::SecurityAndDefense.number(), 8);
        assert_eq!(FrameId::Other.label(), "Other");
    }
}
