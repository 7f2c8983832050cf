//! The outlets × frames heatmap: per outlet, the share of its body sentences that evoke each
//! frame, summed over the visible articles from the per-article counts in the JSON.

use framelens_model::framing::frames::FrameId;
use framelens_model::Article;

/// One cell: body sentences of the outlet evoking the frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Sentences evoking the frame.
    pub sentences: u32,
    /// Their share of the outlet's body sentences (0–1).
    pub share: f64,
}

/// One outlet's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The outlet.
    pub outlet: String,
    /// Its body sentences (over its visible, analysed articles).
    pub body_sentences: u32,
    /// Body sentences with no frame cue.
    pub no_frame_cue: u32,
    /// One cell per frame, in the heatmap's frame order.
    pub cells: Vec<Cell>,
}

/// Sums per-article frame counts into one row per outlet (outlets in the order given; an
/// outlet with no analysed article gets no row).
pub fn rows(articles: &[(&str, &Article)], frames: &[FrameId], outlets: &[String]) -> Vec<Row> {
    outlets
        .iter()
        .filter_map(|outlet| {
            let mine: Vec<_> = articles
                .iter()
                .filter(|(o, _)| o == outlet)
                .filter_map(|(_, a)| a.framing.as_ref())
                .collect();
            if mine.is_empty() {
                return None;
            }
            let body: u32 = mine.iter().map(|f| f.body_sentences).sum();
            let cells = frames
                .iter()
                .map(|frame| {
                    let n: u32 = mine
                        .iter()
                        .flat_map(|f| f.frame_shares.iter())
                        .filter(|s| s.frame == *frame)
                        .map(|s| s.sentences)
                        .sum();
                    Cell {
                        sentences: n,
                        share: if body == 0 {
                            0.0
                        } else {
                            f64::from(n) / f64::from(body)
                        },
                    }
                })
                .collect();
            Some(Row {
                outlet: outlet.clone(),
                body_sentences: body,
                no_frame_cue: mine.iter().map(|f| f.no_frame_cue).sum(),
                cells,
            })
        })
        .collect()
}

/// Upper bounds of the colour steps 1–4; step 5 is everything above the last.
pub const STEPS: [f64; 4] = [0.1, 0.2, 0.35, 0.5];

/// The colour step of a cell: 0 when no sentence evokes the frame, else 1–5 by share
/// (an absolute scale, so colours compare across filters and corpora).
pub fn level(cell: Cell) -> usize {
    if cell.sentences == 0 {
        return 0;
    }
    1 + STEPS
        .iter()
        .take_while(|&&bound| cell.share >= bound)
        .count()
}

/// A share as a whole percentage ("0%", "<1%" for a small non-zero share, "75%").
pub fn percent(share: f64) -> String {
    let p = (share * 100.0).round() as i64;
    if p == 0 && share > 0.0 {
        "<1%".to_owned()
    } else {
        format!("{p}%")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;
    use framelens_model::framing::frames::FrameShare;

    fn share(frame: FrameId, sentences: u32) -> FrameShare {
        FrameShare {
            frame,
            sentences,
            share: 0.0,
            primary: 0,
            weight: 0.0,
        }
    }

    #[test]
    fn sums_articles_of_an_outlet() {
        let mut corpus = analysed_corpus();
        for (a, n) in corpus.articles.iter_mut().zip([4u32, 2]) {
            let f = a.framing.as_mut().unwrap();
            f.body_sentences = n;
            f.frame_shares = vec![share(FrameId::SecurityAndDefense, n / 2)];
        }
        let mut second = corpus.articles[0].clone();
        second.framing.as_mut().unwrap().frame_shares = vec![share(FrameId::Economic, 1)];
        let articles = vec![
            ("Reuters", &corpus.articles[0]),
            ("Fox News", &corpus.articles[1]),
            ("Reuters", &second),
        ];
        let frames = [FrameId::Economic, FrameId::SecurityAndDefense];
        let outlets = ["Fox News", "Reuters", "Nobody"].map(String::from);
        let rows = rows(&articles, &frames, &outlets);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].outlet, "Fox News");
        assert_eq!(rows[1].body_sentences, 8);
        assert_eq!(
            rows[1].cells[0],
            Cell {
                sentences: 1,
                share: 0.125
            }
        );
        assert_eq!(
            rows[1].cells[1],
            Cell {
                sentences: 2,
                share: 0.25
            }
        );
        assert_eq!(rows[0].cells[1].share, 0.5);
    }

    #[test]
    fn levels_follow_absolute_steps() {
        let cell = |sentences, share| Cell { sentences, share };
        assert_eq!(level(cell(0, 0.0)), 0);
        assert_eq!(level(cell(1, 0.01)), 1);
        assert_eq!(level(cell(1, 0.1)), 2);
        assert_eq!(level(cell(3, 0.34)), 3);
        assert_eq!(level(cell(4, 0.35)), 4);
        assert_eq!(level(cell(9, 0.75)), 5);
        assert_eq!(level(cell(9, 1.0)), 5);
    }

    #[test]
    fn percentages_round_and_keep_small_shares_visible() {
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.004), "<1%");
        assert_eq!(percent(0.125), "13%");
        assert_eq!(percent(0.75), "75%");
    }
}
