//! Words as the analyses compare them: the tokenizer, its normalised forms and the light
//! stemmer. Offsets are char offsets into the tokenized text.

use super::fold::fold_char;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

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
}
