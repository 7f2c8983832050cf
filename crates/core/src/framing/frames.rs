//! The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014) and how a sentence's cues
//! add up to the frames it evokes.
//!
//! Scoring: each distinct cue found in a sentence adds its weight to its frame (a cue
//! repeated in the sentence is shown each time but counted once). A frame is evoked when
//! its sum reaches [`MIN_SCORE`] (1.0): a cue of weight 1 evokes it alone, weak cues (0.5) need
//! company. Frames are listed by score, ties in codebook order. A sentence with no frame at
//! the threshold has "no frame cue" — never a guess.

use super::lexicon::{Lexicon, LexiconError};
use crate::text::{round4, Token};
pub use framelens_model::framing::frames::*;

/// The score at which a frame counts as evoked by a sentence.
pub const MIN_SCORE: f64 = 1.0;

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

/// The frames a run of words evokes, strongest first (ties in codebook order).
///
/// `at` is the text the tokens' offsets count from (a body paragraph or the headline); each
/// cue's span is a stretch of it.
pub fn score_frames(lex: &Lexicon, toks: &[Token], at: crate::model::Span) -> Vec<SentenceFrame> {
    let mut by_frame: Vec<(FrameId, f64, Vec<CueHit>)> = Vec::new();
    for m in lex.find(toks) {
        let cue = &lex.cues[m.cue];
        let Some(frame) = cue.frame else { continue };
        let (start, end) = (toks[m.first].start, toks[m.last - 1].end);
        let hit = CueHit {
            span: at.with(start as u32, end as u32),
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
