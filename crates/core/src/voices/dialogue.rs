//! Interview transcripts and Spanish dialogue: speech that carries no quote marks.
//!
//! * **Labelled lines** — `Q: …` / `A: …` (`P:` / `R:`, `Pregunta:` / `Respuesta:`) and
//!   `Name: …`. A name label counts when it names a person or recurs as a label in the article
//!   (a transcript), and is not a furniture label like `Note:` or `Watch:`.
//! * **Dash lines** — a paragraph opening with `—` (or `–`) is a dialogue turn, as Spanish
//!   prints speech: `—No vamos a permitirlo —dijo la presidenta—. Eso no va a pasar.` The
//!   narrator's aside (`—dijo la presidenta—`) stays outside the quotation and attributes it; the
//!   speech before and after it is one utterance in two spans.

use super::lex::{self, has};
use super::names::{parse_chunk, NameKind};
use regex::Regex;
use std::sync::OnceLock;

/// Who a dialogue line belongs to, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Turn {
    /// `Q:` — the interviewer.
    Question,
    /// `A:` — the interviewee.
    Answer,
    /// `Name:` — the label's name.
    Named(String),
    /// A dash line: attributed by its aside, or as the interview's question or answer.
    Dash,
}

/// A dialogue paragraph: its turn, the label's byte range, and the spoken stretches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// Whose turn.
    pub turn: Turn,
    /// The label ("Q", "Sheinbaum"), for labelled lines.
    pub label: Option<(usize, usize)>,
    /// Spoken stretches (byte ranges, trimmed).
    pub pieces: Vec<(usize, usize)>,
}

fn label_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})\s*:\s+\S")
            .expect("valid regex")
    })
}

fn trim(text: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let end = a + s.trim_end().len();
    (a + lead < end).then_some((a + lead, end))
}

fn dash_pieces(text: &str) -> Option<Vec<(usize, usize)>> {
    let lead = text.len() - text.trim_start().len();
    let first = text[lead..].chars().next()?;
    let second = text[lead + first.len_utf8()..].chars().next()?;
    let opens = matches!(first, '—' | '–')
        || (first == '-' && (second == '¿' || second == '¡' || second.is_uppercase()));
    if !opens || second.is_whitespace() && first == '-' {
        return None;
    }
    // "— Name (@handle) November 18, 2019": an embedded post's signature, not dialogue.
    if text.contains("(@") {
        return None;
    }
    let dashes: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| i > lead && matches!(c, '—' | '–'))
        .map(|(i, _)| i)
        .collect();
    let mut pieces = Vec::new();
    let mut from = lead + first.len_utf8();
    let mut k = 0;
    loop {
        // The speech runs to the next dash printed after a space (an aside opens there).
        let open = dashes[k..]
            .iter()
            .position(|&d| d > from && text[..d].ends_with(char::is_whitespace))
            .map(|p| k + p);
        let Some(o) = open else {
            pieces.extend(trim(text, from, text.len()));
            break;
        };
        pieces.extend(trim(text, from, dashes[o]));
        // The aside closes at the next dash; speech resumes after it.
        let Some(c) = dashes.get(o + 1).copied() else {
            break;
        };
        let rest = &text[c..];
        let skip = rest
            .char_indices()
            .skip(1)
            .find(|&(_, ch)| !(ch.is_whitespace() || ".,;:".contains(ch)))
            .map_or(rest.len(), |(i, _)| i);
        from = c + skip;
        k = o + 2;
        if from >= text.len() {
            break;
        }
    }
    (!pieces.is_empty()).then_some(pieces)
}

/// Reads the dialogue paragraphs of a body (None for ordinary paragraphs).
pub(crate) fn detect(paragraphs: &[&str]) -> Vec<Option<Line>> {
    let labels: Vec<Option<(usize, usize)>> = paragraphs
        .iter()
        .map(|t| {
            label_re()
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| (m.start(), m.end()))
        })
        .collect();
    let label_text = |i: usize| labels[i].map(|(a, b)| paragraphs[i][a..b].to_string());
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| {
            if let Some(pieces) = dash_pieces(text) {
                return Some(Line {
                    turn: Turn::Dash,
                    label: None,
                    pieces,
                });
            }
            let (a, b) = labels[i]?;
            let label = &text[a..b];
            let colon = text[b..].find(':')? + b + 1;
            let pieces = vec![trim(text, colon, text.len())?];
            let turn = if has(lex::QUESTION_LABELS, label) {
                Turn::Question
            } else if has(lex::ANSWER_LABELS, label) {
                Turn::Answer
            } else {
                if has(lex::NOT_LABELS, label) {
                    return None;
                }
                let recurs = (0..paragraphs.len())
                    .filter(|&j| j != i && label_text(j).as_deref() == Some(label))
                    .count()
                    > 0;
                let words: Vec<&str> = label.split_whitespace().collect();
                let person = parse_chunk(&words).is_some_and(|p| p.kind == NameKind::Person);
                if !(recurs || person) {
                    return None;
                }
                Turn::Named(label.to_string())
            };
            Some(Line {
                turn,
                label: Some((a, b)),
                pieces,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spoken(text: &str) -> Vec<&str> {
        let line = detect(&[text])[0].clone().unwrap();
        line.pieces.iter().map(|&(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn dash_dialogue_with_an_aside() {
        assert_eq!(
            spoken("—No vamos a permitirlo —dijo la presidenta—. Eso no va a pasar."),
            ["No vamos a permitirlo", "Eso no va a pasar."]
        );
        assert_eq!(
            spoken("—¿Habrá tropas? —preguntó un periodista."),
            ["¿Habrá tropas?"]
        );
    }

    #[test]
    fn labels() {
        let d = detect(&[
            "Q: Will troops come?",
            "A: No.",
            "Note: this is a note.",
            "Plain text here.",
        ]);
        assert_eq!(d[0].as_ref().unwrap().turn, Turn::Question);
        assert_eq!(d[1].as_ref().unwrap().turn, Turn::Answer);
        assert!(d[2].is_none() && d[3].is_none());
        let d = detect(&["Sheinbaum: No.", "Reporter: Why?", "Sheinbaum: Because."]);
        assert_eq!(d[0].as_ref().unwrap().turn, Turn::Named("Sheinbaum".into()));
        assert!(
            d[1].is_none(),
            "a one-off label that names no person is not a turn"
        );
    }
}
