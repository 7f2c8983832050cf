//! Splitting a paragraph into sentences, with char offsets: the one splitter, so a sentence in
//! the Voices view is the same as a sentence in the Frames view.

use super::fold;

/// A sentence's char range in its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharRange {
    /// First char (inclusive).
    pub start: usize,
    /// Last char (exclusive).
    pub end: usize,
}

/// Words printed with a full stop that does not end the sentence (folded, lower case). Words
/// that also end sentences as ordinary words ("ago", "no", Spanish "mar") are left out.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "gral", "sen", "rep", "gov", "st", "jr", "sr", "sra", "srta",
    "prof", "lt", "col", "sgt", "capt", "cmdr", "adm", "vs", "etc", "inc", "corp", "ltd", "co",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr",
    "dic", "lic", "ing", "pres", "approx", "dept", "est", "fig", "mt", "ft", "ee.uu",
];

/// Whether a word printed before a full stop is an abbreviation or an initial: a listed word
/// ("Mr", "Jan"), a capital letter alone ("J"), or a dotted short form ("U.S", "EE.UU").
pub fn is_abbreviation(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let initial = word.chars().count() == 1 && letters.next().is_some_and(char::is_uppercase);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    initial || dotted || ABBREVIATIONS.contains(&fold(word).as_str())
}

/// Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus any closing
/// quotes or brackets) followed by a space and a capital, digit, opening quote or `¿`/`¡`; not
/// after an abbreviation or initial ("Mr.", "Jan.", "U.S."), and not inside a quotation (so
/// `"… the cartels. The cartels are running Mexico," Trump said` stays one sentence).
pub fn split_sentences(text: &str) -> Vec<CharRange> {
    let cs: Vec<char> = text.chars().collect();
    let straight = cs.iter().filter(|&&c| c == '"').count();
    let track_straight = straight % 2 == 0;
    let mut depth: i32 = 0;
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        match c {
            '"' if track_straight => {
                let opening = i == 0 || cs[i - 1].is_whitespace() || "([{—–-".contains(cs[i - 1]);
                depth = if opening {
                    depth + 1
                } else {
                    (depth - 1).max(0)
                };
            }
            '“' | '«' => depth += 1,
            '”' | '»' => depth = (depth - 1).max(0),
            _ => {}
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < cs.len() && matches!(cs[j], '.' | '!' | '?' | '…') {
            j += 1;
        }
        let mut d = depth;
        while j < cs.len() && matches!(cs[j], '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
            if matches!(cs[j], '"' | '”' | '»') {
                d = (d - 1).max(0);
            }
            j += 1;
        }
        let mut k = j;
        while k < cs.len() && cs[k].is_whitespace() {
            k += 1;
        }
        let next_ok = k < cs.len()
            && k > j
            && (cs[k].is_uppercase()
                || cs[k].is_ascii_digit()
                || matches!(cs[k], '"' | '“' | '‘' | '\'' | '¿' | '¡' | '(' | '«'));
        let abbreviation = c == '.' && j == i + 1 && {
            let mut b = i;
            while b > 0
                && (cs[b - 1].is_alphabetic()
                    || (cs[b - 1] == '.' && b >= 2 && cs[b - 2].is_alphabetic()))
            {
                b -= 1;
            }
            let word: String = cs[b..i].iter().collect();
            is_abbreviation(&word)
        };
        if next_ok && d == 0 && !abbreviation {
            push_trimmed(&cs, start, j, &mut spans);
            start = k;
            depth = 0;
            i = k;
            continue;
        }
        // quotes consumed above are re-read by the main loop
        i += 1;
    }
    push_trimmed(&cs, start, cs.len(), &mut spans);
    spans
}

fn push_trimmed(cs: &[char], mut s: usize, mut e: usize, out: &mut Vec<CharRange>) {
    while s < e && cs[s].is_whitespace() {
        s += 1;
    }
    while e > s && cs[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s && cs[s..e].iter().any(|c| c.is_alphanumeric()) {
        out.push(CharRange { start: s, end: e });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::slice_chars;

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

    #[test]
    fn abbreviations_initials_and_dotted_forms() {
        assert!(is_abbreviation("Mr"));
        assert!(is_abbreviation("J"));
        assert!(is_abbreviation("U.S"));
        assert!(is_abbreviation("EE.UU"));
        assert!(!is_abbreviation("ago"));
        let p = "It began two years ago. Then it ended.";
        assert_eq!(split_sentences(p).len(), 2);
    }
}
