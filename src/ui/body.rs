//! An article body paragraph with its quotes and frame cues highlighted.
//!
//! Quotes are focusable marks whose speaker shows on hover and focus; cues are marks naming
//! their frame. The tips are drawn by CSS from `data-tip` (and read by assistive technology from
//! `aria-description`), so a mark's text is exactly the quoted words. All text goes in as text
//! nodes.

use leptos::prelude::*;

use crate::insights::highlight::{runs, Span};
use crate::insights::{CueMark, QuoteMark};

/// The speaker shown for a quote: the name, or "unresolved".
pub fn speaker_label(quote: &QuoteMark) -> String {
    quote
        .speaker
        .clone()
        .unwrap_or_else(|| "unresolved".to_owned())
}

/// One paragraph with highlights.
#[component]
pub fn MarkedText(
    /// The paragraph text.
    text: String,
    /// Quotes in this paragraph (offsets into `text`).
    quotes: Vec<QuoteMark>,
    /// Frame cues in this paragraph.
    cues: Vec<CueMark>,
) -> impl IntoView {
    let quote_spans: Vec<Span> = quotes
        .iter()
        .enumerate()
        .map(|(index, q)| Span {
            start: q.start,
            end: q.end,
            index,
        })
        .collect();
    let cue_spans: Vec<Span> = cues
        .iter()
        .enumerate()
        .map(|(index, c)| Span {
            start: c.start,
            end: c.end,
            index,
        })
        .collect();
    runs(&text, &quote_spans, &cue_spans)
        .into_iter()
        .map(|run| {
            let pieces = run
                .pieces
                .into_iter()
                .map(|piece| match piece.cues.first() {
                    None => piece.text.into_any(),
                    Some(&first) => {
                        let frames: Vec<String> =
                            piece.cues.iter().map(|&c| cues[c].frame.clone()).collect();
                        view! {
                            <mark
                                class="cue"
                                data-testid="frame-cue"
                                data-frame=cues[first].frame.clone()
                                data-tip=format!("Frame cue: {}", frames.join(", "))
                            >
                                {piece.text}
                            </mark>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            match run.quote {
                None => pieces.into_any(),
                Some(q) => {
                    let quote = &quotes[q];
                    let speaker = speaker_label(quote);
                    let tip = match &quote.cue {
                        Some(cue) => format!("Speaker: {speaker} · cue “{cue}”"),
                        None => format!("Speaker: {speaker}"),
                    };
                    view! {
                        <mark
                            class="quote"
                            class:scare=quote.scare
                            class:unresolved=quote.speaker.is_none()
                            data-testid="quote"
                            data-speaker=speaker
                            data-tip=tip.clone()
                            aria-description=tip
                            tabindex="0"
                        >
                            {pieces}
                        </mark>
                    }
                    .into_any()
                }
            }
        })
        .collect_view()
}

/// Text with plain highlighted spans (character offsets), e.g. a naming term in its sentence.
#[component]
pub fn Highlighted(
    /// The text.
    text: String,
    /// Spans to mark.
    spans: Vec<(usize, usize)>,
    /// Class of the marks.
    #[prop(into)]
    class: String,
) -> impl IntoView {
    let spans: Vec<Span> = spans
        .into_iter()
        .enumerate()
        .map(|(index, (start, end))| Span { start, end, index })
        .collect();
    runs(&text, &[], &spans)
        .into_iter()
        .flat_map(|run| run.pieces)
        .map(|piece| {
            if piece.cues.is_empty() {
                piece.text.into_any()
            } else {
                view! { <mark class=class.clone()>{piece.text}</mark> }.into_any()
            }
        })
        .collect_view()
}
