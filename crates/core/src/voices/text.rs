//! Text helpers: folding for comparison, tokens, sentences, character offsets, word counts.
//!
//! Work happens on byte offsets into a paragraph's `text`; every offset that reaches the JSON
//! goes through [`char_pos`] first, so the output counts Unicode scalar values (Rust `char`s).

/// Lower case, accents removed, curly apostrophes straightened: the form names and words are
/// compared in ("Sheinbaum's" and "sheinbaum’s" fold alike; "Juárez" folds to "juarez").
pub(crate) fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            '’' | '‘' => '\'',
            c => c,
        })
        .collect()
}

/// The form two printed names of one body compare in: folded, without a leading "the",
/// dots or extra spaces ("The U.S. military" and "US military" → "us military").
pub(crate) fn name_key(s: &str) -> String {
    let f = fold(s).replace('.', "");
    let f = f.trim();
    let f = f.strip_prefix("the ").unwrap_or(f);
    f.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The char (Unicode scalar) offset of byte offset `byte` in `text`.
pub(crate) fn char_pos(text: &str, byte: usize) -> u32 {
    let byte = byte.min(text.len());
    u32::try_from(text[..byte].chars().count()).unwrap_or(u32::MAX)
}

/// Words in a stretch of text: whitespace-separated runs holding a letter or digit.
pub(crate) fn word_count(s: &str) -> u32 {
    let n = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

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
    /// Start byte.
    pub s: usize,
    /// End byte (exclusive).
    pub e: usize,
    /// Kind.
    pub k: Tk,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "ms", "mrs", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr",
    "sr", "sra", "srta", "lic", "vs", "adm", "cmdr", "corp", "inc", "co", "ltd", "jan", "feb",
    "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "ee.uu", "gral",
];

fn is_abbreviation(word: &str) -> bool {
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    dotted || ABBREVIATIONS.contains(&fold(word).as_str())
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
                s: ps,
                e: pe,
                k: Tk::Quote(id),
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
                s: b,
                e: end,
                k: Tk::Word,
            });
            while i < cs.len() && cs[i].0 < end {
                i += 1;
            }
            continue;
        }
        toks.push(Tok {
            s: b,
            e: b + c.len_utf8(),
            k: Tk::Punct,
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

/// Splits tokens into sentences, as `[start, end)` token ranges. A sentence ends at `.`, `?`,
/// `!` or `…` before a capital, an opening mark or the end; and after a quotation that ends in
/// such a mark (`ends(piece)`) when a capital or another quotation follows.
pub(crate) fn sentences(
    text: &str,
    toks: &[Tok],
    ends: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let starts_new = |t: Option<&Tok>| match t {
        None => true,
        Some(t) => match t.k {
            Tk::Quote(_) => true,
            Tk::Word => is_cap(&text[t.s..t.e]) || text[t.s..].starts_with(char::is_numeric),
            Tk::Punct => matches!(
                &text[t.s..t.e],
                "(" | "¿" | "¡" | "—" | "–" | "\"" | "“" | "«"
            ),
        },
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let end_here = match t.k {
            Tk::Punct => {
                matches!(&text[t.s..t.e], "." | "?" | "!" | "…") && starts_new(toks.get(i + 1))
            }
            Tk::Quote(id) => {
                ends(id)
                    && toks.get(i + 1).is_some_and(|n| {
                        matches!(n.k, Tk::Quote(_)) || (n.k == Tk::Word && is_cap(&text[n.s..n.e]))
                    })
            }
            Tk::Word => false,
        };
        if end_here {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &[])
            .iter()
            .map(|t| &text[t.s..t.e])
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
        assert_eq!(toks[2].k, Tk::Quote(0));
        assert_eq!(&text[toks[3].s..toks[3].e], "twice");
    }

    #[test]
    fn sentences_split_at_capitals_not_abbreviations() {
        let text = "The U.S. Army said no. Then it left.";
        let toks = tokenize(text, &[]);
        assert_eq!(sentences(text, &toks, |_| false).len(), 2);
    }

    #[test]
    fn folding_and_offsets() {
        assert_eq!(fold("Juárez’s"), "juarez's");
        assert_eq!(char_pos("Zócalo x", 7), 6);
        assert_eq!(word_count("“We go,” — she said"), 4);
        assert_eq!(strip_possessive("Trump’s"), ("Trump", true));
    }
}
