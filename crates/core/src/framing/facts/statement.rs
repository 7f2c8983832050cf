//! Which of a fact's statements a reader sees as its label: the clearest sentence among the
//! articles that state it, so that a fact reads as a claim ("The United States designated six
//! Mexican cartels as foreign terrorist organisations in February.") rather than as the bag of
//! key words its statements were matched on, which stays beside it as the evidence.
//!
//! "Clearest" is judged from the sentence alone, by signs a reader relies on to take a sentence
//! out of its article: it stands on its own (it does not open on a pronoun, a conjunction or a
//! lower-case fragment, which point back at the sentence before), it is a sentence of prose (a
//! full stop, not headline shorthand), it is of a length that states one thing (neither a
//! fragment nor a paragraph-long run-on), it reports rather than quotes, and it carries the fact's
//! own key words. Ties go to the earliest article, then sentence, so the choice is stable.

use crate::text::Token;

/// Words that, opening a sentence, refer back to the one before it.
const LEANS_BACK: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "but",
    "and",
    "or",
    "so",
    "also",
    "however",
    "meanwhile",
    "still",
    "yet",
    "instead",
    "then",
    "there",
    "such",
    "both",
    "which",
    "while",
];

/// A sentence as a candidate label.
pub(super) struct Candidate<'a> {
    /// Its text.
    pub(super) text: &'a str,
    /// Its words.
    pub(super) toks: &'a [Token],
    /// Whether it is the article's headline.
    pub(super) headline: bool,
    /// How many of the fact's key words it carries.
    pub(super) keys: usize,
}

/// How well a sentence reads as a claim on its own (higher is clearer).
pub(super) fn clarity(c: &Candidate) -> f64 {
    let n = c.toks.len();
    let mut score = 0.5 * c.keys as f64;
    if n < 8 {
        score -= 0.5 * (8 - n) as f64;
    } else if n > 35 {
        score -= 0.1 * (n - 35) as f64;
    }
    let text = c.text.trim();
    if let Some(first) = c.toks.first() {
        if LEANS_BACK.contains(&first.norm.as_str()) {
            score -= 2.0;
        }
    }
    if text.chars().next().is_some_and(char::is_lowercase) {
        score -= 2.0;
    }
    let ends = text.trim_end_matches(['"', '”', '’', '\'', '»', ')']);
    if !ends.ends_with(['.', '!', '?']) {
        score -= 1.0;
    }
    if c.headline {
        score -= 1.0;
    }
    if text.contains(['"', '“', '”', '«', '»']) {
        score -= 0.75;
    }
    score
}

/// The index of the clearest candidate (the first of equals).
pub(super) fn clearest(candidates: &[Candidate]) -> usize {
    let mut best = 0;
    for (i, c) in candidates.iter().enumerate().skip(1) {
        if clarity(c) > clarity(&candidates[best]) + 1e-9 {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn pick(sentences: &[(&str, bool, usize)]) -> usize {
        let toks: Vec<Vec<Token>> = sentences.iter().map(|(t, _, _)| tokenize(t)).collect();
        let candidates: Vec<Candidate> = sentences
            .iter()
            .zip(&toks)
            .map(|(&(text, headline, keys), toks)| Candidate {
                text,
                toks,
                headline,
                keys,
            })
            .collect();
        clearest(&candidates)
    }

    #[test]
    fn prefers_a_sentence_that_stands_on_its_own() {
        let leans = "He said the country would send 10,000 troops to the border by Friday.";
        let own = "The government said it would send 10,000 troops to the border by Friday.";
        assert_eq!(pick(&[(leans, false, 2), (own, false, 2)]), 1);
        let fragment = "and 10,000 troops were sent to the border on Friday, officials said.";
        assert_eq!(pick(&[(fragment, false, 2), (own, false, 2)]), 1);
    }

    #[test]
    fn prefers_prose_to_headline_shorthand_and_reports_to_quotes() {
        let headline = "Country to send 10,000 troops to border";
        let prose = "The government will send 10,000 troops to the border, the minister said.";
        assert_eq!(pick(&[(headline, true, 2), (prose, false, 2)]), 1);
        let quoted = "\u{201c}We will send 10,000 troops to the border,\u{201d} the minister said on Friday.";
        assert_eq!(pick(&[(quoted, false, 2), (prose, false, 2)]), 1);
    }

    #[test]
    fn prefers_one_claim_to_a_run_on_and_keeps_the_first_of_equals() {
        let run_on = format!(
            "The government will send 10,000 troops to the border, {}.",
            ["after talks with its neighbours about trade and security that lasted"; 4]
                .join(" and ")
        );
        let one = "The government will send 10,000 troops to the border, the minister said.";
        assert_eq!(pick(&[(&run_on, false, 2), (one, false, 2)]), 1);
        assert_eq!(pick(&[(one, false, 2), (one, false, 2)]), 0);
        // The fact's own key words count: a sentence carrying more of them is the clearer.
        let vaguer = "The government will send soldiers to the frontier soon, the minister said.";
        assert_eq!(pick(&[(vaguer, false, 0), (one, false, 2)]), 1);
    }
}
