//! Words and sentences: the tokenizer, normaliser and light stemmer every framing analysis
//! shares, and the sentence splitter.
//!
//! All offsets are **Unicode scalar (char) offsets**, not bytes, so the page (JavaScript/Rust
//! strings alike) can highlight `text.chars().skip(start).take(end - start)`.

mod sentences;

pub use sentences::{split_sentences, Span};

/// One word of a text, with its char span and normalised forms.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// First char (inclusive), relative to the tokenized text.
    pub start: usize,
    /// Last char (exclusive).
    pub end: usize,
    /// Lower case, accents folded, apostrophes as `'`, possessive `'s` dropped, `U.S.` → `us`,
    /// thousands separators dropped from numbers.
    pub norm: String,
    /// `norm` with plural, `-ed` and `-ing` endings stripped (see [`stem`]).
    pub stem: String,
    /// Starts with an upper-case letter as printed.
    pub cap: bool,
    /// Punctuation other than a hyphen or a quotation mark stands between this word and the previous one.
    pub gap: bool,
}

impl Token {
    /// Whether the word is all digits (a number, possibly with a decimal point).
    pub fn is_number(&self) -> bool {
        self.norm.chars().next().is_some_and(|c| c.is_ascii_digit())
            && self.norm.chars().all(|c| c.is_ascii_digit() || c == '.')
    }
}

/// Folds one lower-case char's accent away (Spanish and the common Western European letters).
pub fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        '’' | '‘' | '`' | '´' => '\'',
        other => other,
    }
}

/// Lower case with accents folded.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// Light stemmer for English and Spanish: strips plural `-s`/`-es`/`-ies`, `-ed`, `-ing` and a
/// final `-e`, and folds British `-isation` to `-ization`, so "strike/strikes", "declines/declined",
/// "rules out/ruled out", "organisations/organizations", "cárteles/cártel" meet. Words of three
/// letters or fewer and numbers are left alone.
pub fn stem(norm: &str) -> String {
    if norm.chars().any(|c| c.is_ascii_digit()) {
        return norm.to_string();
    }
    let mut w = norm.replace("isation", "ization");
    let n = w.chars().count();
    if n <= 3 {
        return w;
    }
    let strip = |w: &str, k: usize| w[..w.len() - k].to_string();
    if (w.ends_with("ies") || w.ends_with("ied")) && n > 4 {
        w = strip(&w, 3) + "y";
    } else if w.ends_with("ing") && n >= 6 {
        w = undouble(strip(&w, 3));
    } else if w.ends_with("ed") && n >= 5 {
        w = undouble(strip(&w, 2));
    } else if w.ends_with("es") && n >= 5 && !w.ends_with("sses") {
        w = strip(&w, 2);
    } else if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with('\'')
    {
        w = strip(&w, 1);
        if w.ends_with('e') && w.chars().count() > 3 {
            w = strip(&w, 1);
        }
    } else if w.ends_with('e') && n >= 4 {
        w = strip(&w, 1);
    }
    w
}

/// "stopp" → "stop", "plann" → "plan" (not "ll", "ss", "zz": "kill", "press").
fn undouble(w: String) -> String {
    let cs: Vec<char> = w.chars().collect();
    let k = cs.len();
    if k >= 4
        && cs[k - 1] == cs[k - 2]
        && !matches!(cs[k - 1], 'l' | 's' | 'z' | 'a' | 'e' | 'i' | 'o' | 'u')
    {
        cs[..k - 1].iter().collect()
    } else {
        w
    }
}

/// Splits `text` into words (see [`Token`]). Hyphens separate words; an apostrophe between
/// letters does not ("won't", "Trump's"); "U.S." and "U.N." are one word; "100,000" is one number.
pub fn tokenize(text: &str) -> Vec<Token> {
    let cs: Vec<char> = text.chars().collect();
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    let mut gap = false;
    while i < cs.len() {
        let c = cs[i];
        if !c.is_alphanumeric() {
            if !c.is_whitespace()
                && !matches!(c, '-' | '‐' | '‑' | '"' | '“' | '”' | '\'' | '‘' | '’')
            {
                gap = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut norm = String::new();
        // Dotted acronym: U.S. / U.N. / E.U.
        if c.is_alphabetic()
            && cs.get(i + 1) == Some(&'.')
            && cs.get(i + 2).is_some_and(|c| c.is_alphabetic())
            && cs.get(i + 3) == Some(&'.')
            && (i == 0 || !cs[i - 1].is_alphanumeric())
        {
            while i + 1 < cs.len() && cs[i].is_alphabetic() && cs[i + 1] == '.' {
                norm.extend(cs[i].to_lowercase());
                i += 2;
            }
        } else if c.is_ascii_digit() {
            while i < cs.len() {
                if cs[i].is_ascii_digit() {
                    norm.push(cs[i]);
                    i += 1;
                } else if (cs[i] == ',' || cs[i] == '.')
                    && cs.get(i + 1).is_some_and(|c| c.is_ascii_digit())
                {
                    if cs[i] == '.' {
                        norm.push('.');
                    }
                    i += 1;
                } else {
                    break;
                }
            }
            // "1990s", "3rd": keep letters glued to digits
            while i < cs.len() && cs[i].is_alphabetic() {
                norm.extend(cs[i].to_lowercase());
                i += 1;
            }
        } else {
            while i < cs.len() {
                if cs[i].is_alphanumeric() {
                    norm.extend(cs[i].to_lowercase().map(fold_char));
                    i += 1;
                } else if is_apostrophe(cs[i]) && cs.get(i + 1).is_some_and(|c| c.is_alphabetic()) {
                    norm.push('\'');
                    i += 1;
                } else {
                    break;
                }
            }
            if let Some(n) = norm.strip_suffix("'s") {
                norm = n.to_string();
            }
        }
        let stem = stem(&norm);
        out.push(Token {
            start,
            end: i,
            norm,
            stem,
            cap: c.is_uppercase(),
            gap: gap && !out.is_empty(),
        });
        gap = false;
    }
    out
}

/// Words that carry no content for similarity (English and Spanish), beyond the parser's
/// stopword list.
#[rustfmt::skip]
const EXTRA_STOPWORDS: &[&str] = &[
    "says", "say", "told", "tell", "tells", "also", "been", "being", "it's", "who", "whose",
    "per", "via", "amid", "just", "still", "yet", "even", "however", "including", "like",
    "across", "without", "within", "around", "among", "very", "much", "many", "several",
    "another", "will", "shall", "must", "might", "can", "may", "according", "mr", "ms", "mrs",
    "don't", "won't", "didn't", "doesn't", "isn't", "wasn't", "would", "could", "should",
    "them", "him", "she", "her", "hers", "its", "our", "ours", "us", "we", "she's", "he's",
    "they're", "there", "here", "now", "then", "only", "own", "same", "too", "off", "again",
    "further", "once", "because", "while", "whether", "though", "although", "le", "les", "ni",
    "e", "u", "a", "ante", "bajo", "cual", "cuando", "donde", "desde", "hasta", "hacia",
    "habia", "ser", "esta", "estan", "era", "eso", "esa", "ese", "esto", "estos", "esas",
    "esos", "mi", "me", "nos", "ella", "el", "ellos", "hay", "dice", "segun", "tras", "ademas",
    "asi", "cada", "todo", "todos", "toda", "todas", "otro", "otra", "otros", "otras", "sido",
    "ser", "estar", "tiene", "tienen", "puede", "pueden",
];

/// Whether a normalised word is a stopword (the parser's list plus [`EXTRA_STOPWORDS`]).
pub fn is_stopword(norm: &str) -> bool {
    norm.chars().count() <= 1
        || crate::lexicon::is_stopword(norm)
        || EXTRA_STOPWORDS.contains(&norm)
}

/// Char offset → byte offset in `s` (for slicing); `s.len()` past the end.
pub fn byte_at(s: &str, char_offset: usize) -> usize {
    s.char_indices()
        .nth(char_offset)
        .map(|(b, _)| b)
        .unwrap_or(s.len())
}

/// The chars `start..end` of `s`.
pub fn slice_chars(s: &str, start: usize, end: usize) -> &str {
    &s[byte_at(s, start)..byte_at(s, end)]
}

/// Byte offset → char offset in `s`.
pub fn char_at(s: &str, byte_offset: usize) -> usize {
    s[..byte_offset.min(s.len())].chars().count()
}

/// Rounds to 4 decimals, so floats serialise the same on every platform.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn tokens_fold_case_accents_acronyms_and_possessives() {
        assert_eq!(
            norms("U.S. troops won't enter Mexico's soil; intervención 100,000"),
            [
                "us",
                "troops",
                "won't",
                "enter",
                "mexico",
                "soil",
                "intervencion",
                "100000"
            ]
        );
        let t = tokenize("the U.S. Army");
        assert_eq!((t[1].start, t[1].end), (4, 8), "the span covers the dots");
        assert!(t[2].cap && !t[0].cap);
        assert!(tokenize("cartels, strikes")[1].gap);
        assert!(!tokenize("anti-cartel")[1].gap);
    }

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in [
            ("strikes", "strike"),
            ("declined", "declines"),
            ("ruled", "rules"),
            ("organisations", "organization"),
            ("carteles", "cartel"),
            ("threatening", "threatens"),
            ("planning", "plan"),
            ("captured", "capture"),
            ("countries", "country"),
        ] {
            assert_eq!(stem(&fold(a)), stem(&fold(b)), "{a} vs {b}");
        }
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("us"), "us");
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let p = "U.S. President Donald Trump spoke on Jan. 12 to Mr. Ruiz. \"We are going to start now. The cartels are running Mexico,\" Trump said. Then he left!";
        let s: Vec<&str> = split_sentences(p)
            .iter()
            .map(|s| slice_chars(p, s.start, s.end))
            .collect();
        assert_eq!(
            s,
            [
                "U.S. President Donald Trump spoke on Jan. 12 to Mr. Ruiz.",
                "\"We are going to start now. The cartels are running Mexico,\" Trump said.",
                "Then he left!"
            ]
        );
        let q = "“It’s true.” She said so. ¿Qué pasó? Nada.";
        assert_eq!(split_sentences(q).len(), 4);
    }

    #[test]
    fn offsets_are_chars() {
        let p = "Soberanía ya. Después sí.";
        let s = split_sentences(p);
        assert_eq!(s[1].start, 14);
        assert_eq!(slice_chars(p, s[1].start, s[1].end), "Después sí.");
    }
}
