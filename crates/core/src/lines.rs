//! Line-level signals: what a single line of copied page text looks like on its own.
//!
//! A browser's "select all, copy" turns every block element into a line, so a page arrives as
//! lines: a headline, labels, prose paragraphs, captions, lists of other stories. These
//! features are the raw material for the body detector and the metadata rules.

/// One line of the page with its features. `idx` is 0-based; JSON lines are 1-based.
#[derive(Debug, Clone)]
pub struct Line {
    /// 0-based index among all lines of the page (blank lines included).
    pub idx: usize,
    /// The line, whitespace-trimmed and with internal runs of spaces folded.
    pub text: String,
    /// Number of word tokens (letters or digits).
    pub words: usize,
    /// Share of word tokens that are stopwords.
    pub stop_ratio: f32,
    /// Ends like a sentence (`.`, `!`, `?`, `…` or `:` before any closing quotes/brackets).
    pub ends_sentence: bool,
    /// Ends with an ellipsis: a cut-off teaser.
    pub ends_ellipsis: bool,
    /// Every letter is upper case (and there are at least two).
    pub all_caps: bool,
    /// Share of words that start with a capital letter.
    pub cap_ratio: f32,
    /// Number of characters.
    pub chars: usize,
    /// Which piece of an over-long source line this is (see [`MAX_LINE_CHARS`]); 0 for a line
    /// read whole.
    pub piece: u32,
}

impl Line {
    /// 1-based line number, as shown to users.
    pub fn number(&self) -> u32 {
        u32::try_from(self.idx + 1).unwrap_or(u32::MAX)
    }

    /// Lower-cased text with trailing punctuation removed, for phrase lists.
    pub fn key(&self) -> String {
        normalise_key(&self.text)
    }

    /// Looks like running prose: enough words, sentence-final punctuation, dense in stopwords.
    /// Stopwords are a tiebreaker only: pages come in many languages, and a Title Case line
    /// with no function words is a headline or a menu in any of them.
    pub fn is_prose(&self) -> bool {
        if self.ends_ellipsis || self.title_case_run() {
            return false;
        }
        (self.words >= 8 && self.ends_sentence)
            || self.words >= 20
            || (self.chars >= 80 && self.ends_sentence)
    }

    /// Every word capitalised and no function word: "Next In World", "Site Information".
    pub fn title_case_run(&self) -> bool {
        self.words >= 3 && self.cap_ratio >= 0.99 && self.stop_ratio == 0.0 && !self.ends_sentence
    }

    /// Short, title-like line without sentence punctuation (a headline, label or link).
    pub fn is_title_like(&self) -> bool {
        !self.ends_sentence && self.words <= 25
    }
}

/// Lower case, quotes and trailing punctuation stripped, spaces folded: for matching phrase lists.
pub fn normalise_key(text: &str) -> String {
    let lower = text.to_lowercase();
    let trimmed = lower.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ':' | '!' | '?' | '»' | '›' | '>' | '•' | '-' | '|' | '…'
            )
    });
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The word tokens of a text (runs of letters, digits, apostrophes inside words).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

fn strip_closers(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*')
    })
}

/// The character a line ends on once closing quotes, brackets and emphasis marks are set aside:
/// the mark that says how it ends ("…?”" ends on `?`).
pub fn final_mark(text: &str) -> Option<char> {
    strip_closers(text).chars().next_back()
}

/// Whether a line ends like a sentence (`.`, `!`, `?`, `…`, `:` or `;`, or their CJK, Arabic and
/// Devanagari forms, before any closers).
fn ends_like_sentence(text: &str) -> bool {
    matches!(
        final_mark(text),
        Some('.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '؟' | '।')
    )
}

/// Computes the features of one line.
pub fn analyse(idx: usize, raw: &str) -> Line {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let toks: Vec<&str> = words(&text).collect();
    let n = toks.len();
    let stops = toks
        .iter()
        .filter(|w| crate::text::words::is_function_word(w))
        .count();
    let caps = toks
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let core = strip_closers(&text);
    let ends_ellipsis = core.ends_with('…') || core.ends_with("...");
    let ends_sentence = ends_like_sentence(&text);
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| !c.is_lowercase());
    let ratio = |k: usize| if n == 0 { 0.0 } else { k as f32 / n as f32 };
    Line {
        idx,
        words: n,
        stop_ratio: ratio(stops),
        ends_sentence,
        ends_ellipsis,
        all_caps,
        cap_ratio: ratio(caps),
        chars: text.chars().count(),
        text,
        piece: 0,
    }
}

/// The longest line read as one: a longer one (a page with no line breaks, one megabyte of
/// words on a line) is read as consecutive pieces of at most this many characters, cut at a
/// sentence end where there is one, else between words. Real paragraphs are far shorter (the
/// longest in the seeds and the benchmark pages is under 3,000), and every rule downstream
/// looks at a paragraph or a sentence at a time, so this bounds their work on any input.
pub const MAX_LINE_CHARS: usize = 4_000;

/// `text` in pieces of at most [`MAX_LINE_CHARS`] characters (the whole text when it fits).
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let limit = crate::text::byte_at(rest, MAX_LINE_CHARS);
        if limit == rest.len() {
            break;
        }
        let window = &rest[..limit];
        // The last sentence end in the window's second half, else the last space, else a hard
        // cut (a line without spaces).
        let half = limit / 2;
        let sentence = window
            .rmatch_indices(['.', '!', '?', '。', '！', '？'])
            .map(|(b, m)| b + m.len())
            .take_while(|&b| b > half)
            .find(|&b| window[b..].starts_with(' '));
        let cut = sentence
            .or_else(|| window.rfind(' ').filter(|&b| b > 0))
            .unwrap_or(limit);
        out.push(rest[..cut].trim());
        rest = rest[cut..].trim_start();
    }
    out.push(rest);
    out
}

/// Analyses one source line, in pieces when it is over-long (each keeps the line's number).
fn analyse_cut(idx: usize, raw: &str) -> Vec<Line> {
    if raw.len() <= MAX_LINE_CHARS {
        return vec![analyse(idx, raw)];
    }
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    pieces(&text)
        .into_iter()
        .enumerate()
        .map(|(k, p)| Line {
            piece: u32::try_from(k).unwrap_or(u32::MAX),
            ..analyse(idx, p)
        })
        .collect()
}

/// Splits a page into analysed lines. Non-breaking and zero-width spaces become plain spaces.
/// A hard-wrapped page (see [`hard_wrap_width`]) has its broken lines joined back into
/// paragraphs first; a joined line keeps the number of its first line.
pub fn split_lines(text: &str) -> Vec<Line> {
    let cleaned: Vec<String> = text
        .lines()
        .map(|l| {
            l.chars()
                .map(|c| match c {
                    '\u{a0}' | '\u{2007}' | '\u{202f}' => ' ',
                    c => c,
                })
                .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'))
                .collect()
        })
        .collect();
    match hard_wrap_width(&cleaned) {
        Some(width) => join_wrapped(&cleaned, width)
            .into_iter()
            .flat_map(|(i, l)| analyse_cut(i, &l))
            .collect(),
        None => cleaned
            .iter()
            .enumerate()
            .flat_map(|(i, l)| analyse_cut(i, l))
            .collect(),
    }
}

/// The width a page was hard-wrapped at (lines broken at ~60-100 characters, as text copied from
/// a PDF, an e-mail or a reader view), or `None` for a page whose paragraphs are lines, as a
/// browser copies them. Wrapped text has many lines, nearly all under one width, most of the
/// full ones running on into the next line without ending a sentence; a browser's copy has its
/// paragraphs as lines far longer than any wrap width (more than one line in ten over it).
pub fn hard_wrap_width(lines: &[String]) -> Option<usize> {
    let lens: Vec<usize> = lines
        .iter()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    let long = lens.iter().filter(|&&n| n >= 30).count();
    if long < 8 {
        return None;
    }
    let mut sorted = lens.clone();
    sorted.sort_unstable();
    let width = sorted[(sorted.len() * 9 / 10).min(sorted.len() - 1)];
    let over = lens.iter().filter(|&&n| n > width + width / 5).count();
    // A few long lines (a pasted paragraph, a URL) do not make a page a browser's copy.
    if !(40..=100).contains(&width) || over * 10 > long {
        return None;
    }
    let full = |l: &str| l.trim().chars().count() * 10 >= width * 7;
    let (mut fulls, mut running_on, mut unended) = (0, 0, 0);
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| full(l)) {
        fulls += 1;
        if lines.get(i + 1).is_some_and(|n| !n.trim().is_empty()) {
            running_on += 1;
        }
        if !ends_like_sentence(l) {
            unended += 1;
        }
    }
    (fulls >= 6 && running_on * 10 >= fulls * 6 && unended * 2 >= fulls).then_some(width)
}

/// Joins a hard-wrapped page's lines: a line of at least 60% of the width runs on into the next
/// non-blank line (a word broken at a hyphen joins without a space). Returns each joined line
/// with the 0-based index of its first line; blank lines are kept.
fn join_wrapped(lines: &[String], width: usize) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut open = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        match out.last_mut() {
            Some((_, prev)) if open && !t.is_empty() => {
                let hyphen = prev.ends_with('-')
                    && prev[..prev.len() - 1].ends_with(char::is_alphabetic)
                    && t.starts_with(char::is_lowercase);
                if !hyphen {
                    prev.push(' ');
                }
                prev.push_str(t);
            }
            _ => out.push((i, t.to_string())),
        }
        open = !t.is_empty() && t.chars().count() * 10 >= width * 6;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_and_labels_are_told_apart() {
        let p = analyse(
            0,
            "Sheinbaum has previously declined offers of military action from Trump.",
        );
        assert!(p.is_prose());
        let h = analyse(
            1,
            "Turkish Airlines flight makes emergency landing in Barcelona after threat",
        );
        assert!(!h.is_prose());
        assert!(h.is_title_like());
        let teaser = analyse(
            2,
            "On Friday evening, a tragic accident took place on State Road 25…",
        );
        assert!(!teaser.is_prose(), "an ellipsis-cut teaser is not prose");
    }

    #[test]
    fn quotes_after_the_full_stop_still_end_a_sentence() {
        assert!(analyse(0, "She said it was “not on the table.”").ends_sentence);
        assert!(!analyse(0, "Next In World").ends_sentence);
    }

    #[test]
    fn all_caps_needs_two_letters() {
        assert!(analyse(0, "RECOMMENDED").all_caps);
        assert!(!analyse(0, "A").all_caps);
        assert!(!analyse(0, "Related").all_caps);
    }

    #[test]
    fn keys_fold_case_and_punctuation() {
        assert_eq!(normalise_key("  Next In World:  "), "next in world");
        assert_eq!(normalise_key("• World"), "world");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_and_keep_their_first_line() {
        let para = "Mexico's president on Tuesday rejected any deployment of foreign troops on \
                    national soil, saying that cooperation with Washington on security had \
                    limits and that the country would not accept an intervention of any kind.";
        let mut page = String::from("Mexico rejects foreign troops\n\n");
        for _ in 0..4 {
            for l in wrap(para, 72) {
                page.push_str(&l);
                page.push('\n');
            }
            page.push('\n');
        }
        let lines = split_lines(&page);
        let prose: Vec<&Line> = lines.iter().filter(|l| l.words > 0).collect();
        assert_eq!(prose.len(), 5, "headline + four paragraphs");
        assert_eq!(prose[0].text, "Mexico rejects foreign troops");
        assert_eq!(prose[1].text, para);
        assert_eq!(
            prose[1].number(),
            3,
            "a joined line keeps its first line's number"
        );
        assert!(prose[1].is_prose());
    }

    #[test]
    fn a_browser_copy_is_not_joined() {
        let page = "Menu\nWorld\nA headline of a story\n\n".to_string()
            + &"A paragraph of prose that runs on for a long time, as a browser copies it, with \
                many words and a full stop at the end of it. "
                .repeat(3)
            + "\nShare\nNext story\n";
        let lines = split_lines(&page);
        assert_eq!(lines.len(), page.lines().count());
        assert_eq!(
            hard_wrap_width(&page.lines().map(String::from).collect::<Vec<_>>()),
            None
        );
    }

    /// Greedy wrap at `width` characters, as a mail client or a PDF does.
    fn wrap(text: &str, width: usize) -> Vec<String> {
        let mut out = vec![String::new()];
        for w in text.split_whitespace() {
            let last = out.last_mut().unwrap();
            if !last.is_empty() && last.len() + 1 + w.len() > width {
                out.push(w.to_string());
            } else {
                if !last.is_empty() {
                    last.push(' ');
                }
                last.push_str(w);
            }
        }
        out
    }

    #[test]
    fn invisible_spaces_are_folded() {
        let l = split_lines("a\u{a0}b\u{200b}c");
        assert_eq!(l[0].text, "a bc");
    }
}
