//! Sentences of the framing analysis as text: sentence `0` is the headline, the others are
//! stretches of body paragraphs, all in character offsets.

use framelens_model::framing::frames::FrameId;
use framelens_model::{Article, Part};

use super::highlight::Span;

/// A sentence ready to show: where it is, its text, and the cue spans inside it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceView {
    /// Index in `framing.sentences` (0 = headline).
    pub index: usize,
    /// Body paragraph, `None` for the headline.
    pub paragraph: Option<usize>,
    /// Where the sentence starts in its paragraph (or headline), in characters.
    pub start: usize,
    /// The sentence's text.
    pub text: String,
    /// Cue spans relative to `text`; `index` of each span is the frame's position in `frames`.
    pub cues: Vec<Span>,
    /// The frames whose cues the spans are.
    pub frames: Vec<FrameId>,
}

/// Sentence `index` of an article, with the cues of `only` (or of every frame) highlighted.
pub fn sentence_view(
    article: &Article,
    index: usize,
    only: Option<FrameId>,
) -> Option<SentenceView> {
    let sentence = article.framing.as_ref()?.sentences.get(index)?;
    let (start, end) = (sentence.span.start as usize, sentence.span.end as usize);
    let mut frames = Vec::new();
    let mut cues = Vec::new();
    for f in sentence
        .frames
        .iter()
        .filter(|f| only.is_none_or(|o| o == f.frame))
    {
        frames.push(f.frame);
        let n = frames.len() - 1;
        for c in &f.cues {
            let (s, e) = (c.span.start as usize, c.span.end as usize);
            if s >= start && e <= end && s < e {
                cues.push(Span {
                    start: s - start,
                    end: e - start,
                    index: n,
                });
            }
        }
    }
    Some(SentenceView {
        index,
        paragraph: (sentence.span.part == Part::Body).then_some(sentence.span.paragraph as usize),
        start,
        text: article.span_text(&sentence.span).unwrap_or("").to_owned(),
        cues,
        frames,
    })
}

/// Indices of the body sentences of an article that evoke `frame`.
pub fn sentences_with_frame(article: &Article, frame: FrameId) -> Vec<usize> {
    article.framing.as_ref().map_or_else(Vec::new, |f| {
        f.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.span.part == Part::Body && s.frames.iter().any(|x| x.frame == frame))
            .map(|(i, _)| i)
            .collect()
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;
    use framelens_model::char_slice;

    #[test]
    fn the_headline_is_sentence_zero() {
        let corpus = analysed_corpus();
        let s = sentence_view(&corpus.articles[0], 0, None).unwrap();
        assert_eq!(s.text, "Mexico rejects US strikes");
        assert_eq!(s.paragraph, None);
        assert_eq!(s.frames, [FrameId::SecurityAndDefense, FrameId::Political]);
        let cue_texts: Vec<String> = s
            .cues
            .iter()
            .map(|c| char_slice(&s.text, c.start, c.end).unwrap().to_owned())
            .collect();
        assert_eq!(cue_texts, ["strikes", "Mexico"]);
    }

    #[test]
    fn body_sentences_keep_only_the_asked_frame() {
        let corpus = analysed_corpus();
        let s = sentence_view(&corpus.articles[1], 1, Some(FrameId::SecurityAndDefense)).unwrap();
        assert_eq!(s.paragraph, Some(0));
        let cue_texts: Vec<String> = s
            .cues
            .iter()
            .map(|c| char_slice(&s.text, c.start, c.end).unwrap().to_owned())
            .collect();
        assert_eq!(cue_texts, ["Troops", "border"]);
        assert!(sentence_view(&corpus.articles[1], 9, None).is_none());
        assert_eq!(
            sentences_with_frame(&corpus.articles[0], FrameId::SecurityAndDefense),
            [2]
        );
        assert!(sentences_with_frame(&corpus.articles[0], FrameId::Economic).is_empty());
    }
}
