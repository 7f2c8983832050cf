//! The voices' token stream: words, punctuation and whole quotation pieces, in byte offsets
//! into a paragraph's `text`, and its sentences. Folding, offsets, abbreviations and the
//! sentence splitter are the shared text layer's (`crate::text`), so a voices sentence is a
//! framing sentence; every offset that reaches the JSON goes through `char_pos` first.

pub(crate) use crate::text::{char_pos, fold, name_key, word_count};
use crate::text::{is_abbreviation, split_sentences};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    /// Letters and digits, with inner apostrophes, dots and hyphens ("U.S.", "won't").
    Word,
    /// One punctuation character.
    Punct,
    /// A whole quotation piece, marks included; the number is the piece's index in its document.
    Quote(usize),
}

/// A token: byte range in its paragraph and kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// Byte offset of its first byte in the paragraph's text.
    pub start: usize,
    /// Byte offset one past its last byte (exclusive).
    pub end: usize,
    /// What the token is.
    pub kind: Tk,
}

/// Splits `text` into tokens; each `(start, end, id)` in `pieces` (sorted, non-overlapping)
/// becomes one [`Tk::Quote`] token.
pub(crate) fn tokenize(text: &str, pieces: &[(usize, usize, usize)]) -> Vec<Tok> {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |j: usize| cs.get(j).map_or(text.len(), |c| c.0);
    let mut toks = Vec::new();
    let (mut i, mut pi) = (0, 0);
    while i < cs.len() {
        let (b, c) = cs[i];
        while pi < pieces.len() && pieces[pi].1 <= b {
            pi += 1;
        }
        if let Some(&(ps, pe, id)) = pieces.get(pi).filter(|p| p.0 <= b) {
            toks.push(Tok {
                start: ps,
                end: pe,
                kind: Tk::Quote(id),
            });
            while i < cs.len() && cs[i].0 < pe {
                i += 1;
            }
            pi += 1;
            continue;
        }
        let next_piece = pieces.get(pi).map_or(usize::MAX, |p| p.0);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < cs.len() && cs[j].0 < next_piece {
                let cj = cs[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if matches!(cj, '\'' | '’' | '.' | '-' | '‑')
                    && cs
                        .get(j + 1)
                        .is_some_and(|n| n.1.is_alphanumeric() && n.0 < next_piece)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut end = byte_at(j);
            if cs.get(j).is_some_and(|n| n.1 == '.') && is_abbreviation(&text[b..end]) {
                end += 1;
            }
            toks.push(Tok {
                start: b,
                end,
                kind: Tk::Word,
            });
            while i < cs.len() && cs[i].0 < end {
                i += 1;
            }
            continue;
        }
        toks.push(Tok {
            start: b,
            end: b + c.len_utf8(),
            kind: Tk::Punct,
        });
        i += 1;
    }
    toks
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is printed in capitals throughout ("NBC", "CIA").
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// A word without its possessive ending, and whether it had one ("Trump's" → "Trump", true).
pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (word, false)
}

/// Splits tokens into sentences, as `[start, end)` token ranges: the shared splitter's
/// sentences (`crate::text::split_sentences`), each token in the sentence where it starts, so a
/// quotation piece is never cut in two.
pub(crate) fn sentences(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut starts: Vec<usize> = Vec::new();
    let mut chars = text.char_indices().map(|(b, _)| b).enumerate();
    for r in split_sentences(text) {
        if let Some((_, b)) = chars.find(|&(i, _)| i == r.start) {
            starts.push(b);
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut current = None;
    for (i, t) in toks.iter().enumerate() {
        let k = starts.iter().rposition(|&b| b <= t.start).unwrap_or(0);
        if current != Some(k) {
            if let Some(last) = out.last_mut() {
                last.1 = i;
            }
            out.push((i, toks.len()));
            current = Some(k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &[])
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_apostrophes() {
        assert_eq!(
            words("U.S. officials won't say, Mr. Trump's aide said."),
            [
                "U.S.",
                "officials",
                "won't",
                "say",
                ",",
                "Mr.",
                "Trump's",
                "aide",
                "said",
                "."
            ]
        );
        assert_eq!(
            words("(Reuters) -Mexican"),
            ["(", "Reuters", ")", "-", "Mexican"]
        );
    }

    #[test]
    fn quote_pieces_are_single_tokens() {
        let text = "He said \"no way\" twice.";
        let toks = tokenize(text, &[(8, 17, 0)]);
        assert_eq!(toks[2].kind, Tk::Quote(0));
        assert_eq!(&text[toks[3].start..toks[3].end], "twice");
    }

    #[test]
    fn sentences_split_at_capitals_not_abbreviations() {
        let text = "The U.S. Army said no. Then it left.";
        let toks = tokenize(text, &[]);
        assert_eq!(sentences(text, &toks).len(), 2);
        let quoted = "\"We go. Now.\" She left.";
        let toks = tokenize(quoted, &[(0, 13, 0)]);
        assert_eq!(
            sentences(quoted, &toks),
            [(0, 1), (1, 4)],
            "a quote is not cut"
        );
    }

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Trump’s"), ("Trump", true));
    }
}
