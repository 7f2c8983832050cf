//! Cuts a paragraph into runs of plain, quoted and cue-marked text, so the article view can
//! highlight quotes and frame cues without ever treating corpus text as HTML.
//!
//! Offsets are character (Unicode scalar) offsets into the paragraph, as the analyses write
//! them; out-of-range or empty spans are clamped or dropped, never a panic.

/// A marked span of a paragraph: `[start, end)` in characters, and what it marks (an index into
/// the caller's list of quotes or cues).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The caller's index of the quote or cue.
    pub index: usize,
}

/// A piece of text with the cues that cover it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text, verbatim.
    pub text: String,
    /// The cues covering it (caller's indices), in span order; empty = plain text.
    pub cues: Vec<usize>,
}

/// A run of pieces inside one quote, or outside any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The quote covering the run (caller's index), if any.
    pub quote: Option<usize>,
    /// Its pieces, in order.
    pub pieces: Vec<Piece>,
}

/// Splits `text` at every span boundary: runs alternate between outside and inside quotes,
/// and inside a run pieces carry the cues covering them.
///
/// Quotes do not nest: where two overlap, the one listed first wins. Cues may overlap each
/// other and cross quote boundaries (a piece lists all its cues).
pub fn runs(text: &str, quotes: &[Span], cues: &[Span]) -> Vec<Run> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let clamp = |s: &Span| Span {
        start: s.start.min(len),
        end: s.end.min(len),
        index: s.index,
    };
    let quotes: Vec<Span> = quotes
        .iter()
        .map(clamp)
        .filter(|s| s.start < s.end)
        .collect();
    let cues: Vec<Span> = cues.iter().map(clamp).filter(|s| s.start < s.end).collect();
    let mut cuts: Vec<usize> = vec![0, len];
    for s in quotes.iter().chain(&cues) {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    crate::sort::sort_by_key(&mut cuts, |&c| crate::sort::nums(c as i64, 0));
    cuts.dedup();

    let mut out: Vec<Run> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start >= end {
            continue;
        }
        let covers = |s: &&Span| s.start <= start && end <= s.end;
        let quote = quotes.iter().find(covers).map(|s| s.index);
        let piece = Piece {
            text: chars[start..end].iter().collect(),
            cues: cues.iter().filter(covers).map(|s| s.index).collect(),
        };
        match out.last_mut() {
            Some(run) if run.quote == quote => match run.pieces.last_mut() {
                Some(last) if last.cues == piece.cues => last.text.push_str(&piece.text),
                _ => run.pieces.push(piece),
            },
            _ => out.push(Run {
                quote,
                pieces: vec![piece],
            }),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, index: usize) -> Span {
        Span { start, end, index }
    }

    type Shape<'a> = Vec<(Option<usize>, Vec<(&'a str, Vec<usize>)>)>;

    fn shape(runs: &[Run]) -> Shape<'_> {
        runs.iter()
            .map(|r| {
                (
                    r.quote,
                    r.pieces
                        .iter()
                        .map(|p| (p.text.as_str(), p.cues.clone()))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(
            shape(&runs("No marks.", &[], &[])),
            [(None, vec![("No marks.", vec![])])]
        );
        assert!(runs("", &[], &[]).is_empty());
    }

    #[test]
    fn quotes_and_cues_split_the_text() {
        let text = "She said “that won’t happen” about troops.";
        // “that won’t happen” is characters 9..28; "troops" 35..41; "happen" 21..27.
        let runs = runs(text, &[span(9, 28, 0)], &[span(35, 41, 0), span(21, 27, 1)]);
        assert_eq!(
            shape(&runs),
            [
                (None, vec![("She said ", vec![])]),
                (
                    Some(0),
                    vec![("“that won’t ", vec![]), ("happen", vec![1]), ("”", vec![])]
                ),
                (
                    None,
                    vec![(" about ", vec![]), ("troops", vec![0]), (".", vec![])]
                ),
            ]
        );
        let joined: String = runs
            .iter()
            .flat_map(|r| r.pieces.iter().map(|p| p.text.as_str()))
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn overlapping_cues_share_pieces_and_first_quote_wins() {
        let out = runs(
            "abcdef",
            &[span(0, 4, 0), span(2, 6, 1)],
            &[span(1, 3, 0), span(2, 5, 1)],
        );
        assert_eq!(
            shape(&out),
            [
                (
                    Some(0),
                    vec![
                        ("a", vec![]),
                        ("b", vec![0]),
                        ("c", vec![0, 1]),
                        ("d", vec![1])
                    ]
                ),
                (Some(1), vec![("e", vec![1]), ("f", vec![])]),
            ]
        );
    }

    #[test]
    fn bad_spans_are_clamped_or_dropped() {
        let out = runs(
            "short",
            &[span(3, 99, 0), span(4, 2, 1)],
            &[span(50, 60, 0)],
        );
        assert_eq!(
            shape(&out),
            [
                (None, vec![("sho", vec![])]),
                (Some(0), vec![("rt", vec![])])
            ]
        );
    }
}
