//! Splitting a paragraph into sentences, with char offsets.

/// A sentence's char span in its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First char (inclusive).
    pub start: usize,
    /// Last char (exclusive).
    pub end: usize,
}

#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jr", "sr", "prof", "lt", "col",
    "sgt", "capt", "cmdr", "adm", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "ago",
    "dic", "sra", "sr", "lic", "ing", "pres", "approx", "dept", "est", "fig", "mt", "ft",
];

/// Splits a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus any closing
/// quotes or brackets) followed by a space and a capital, digit, opening quote or `¿`/`¡`; not
/// after an abbreviation or initial ("Mr.", "Jan.", "U.S."), and not inside a quotation (so
/// `"… the cartels. The cartels are running Mexico," Trump said` stays one sentence).
pub fn split_sentences(text: &str) -> Vec<Span> {
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
            while b > 0 && cs[b - 1].is_alphabetic() {
                b -= 1;
            }
            let word: String = cs[b..i].iter().flat_map(|c| c.to_lowercase()).collect();
            let initial = word.chars().count() == 1 && cs[b].is_uppercase();
            initial || ABBREVIATIONS.contains(&word.as_str())
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

fn push_trimmed(cs: &[char], mut s: usize, mut e: usize, out: &mut Vec<Span>) {
    while s < e && cs[s].is_whitespace() {
        s += 1;
    }
    while e > s && cs[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s && cs[s..e].iter().any(|c| c.is_alphanumeric()) {
        out.push(Span { start: s, end: e });
    }
}
