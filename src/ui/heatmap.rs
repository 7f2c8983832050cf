//! The frames heatmap in SVG (outlets × frames, every cell a keyboard-operable button), its
//! colour legend, and the same numbers as an HTML table for screen readers and small screens.

use framelens_model::framing::frames::FrameId;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::use_ctx;
use crate::insights::heatmap::{level, percent, Row, STEPS};
use crate::state::query::open_key;

/// Geometry of the heatmap, in SVG units (= CSS pixels at natural size). Wide: frame labels
/// in a column left of the cells. Compact (phones): each label on its own line above its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Width of the label column (0 when compact).
    pub label_w: i32,
    /// Width of an outlet column.
    pub col_w: i32,
    /// Height of the outlet names.
    pub head_h: i32,
    /// Height of a row of cells.
    pub row_h: i32,
    /// Height of a label line above the cells (0 when wide).
    pub label_h: i32,
}

impl Geometry {
    /// The layout for wide screens or phones.
    pub fn new(compact: bool) -> Self {
        if compact {
            Self {
                label_w: 0,
                col_w: 78,
                head_h: 46,
                row_h: 28,
                label_h: 18,
            }
        } else {
            Self {
                label_w: 330,
                col_w: 96,
                head_h: 50,
                row_h: 30,
                label_h: 0,
            }
        }
    }

    /// Total width for `cols` outlets.
    pub fn width(self, cols: usize) -> i32 {
        self.label_w + self.col_w * cols as i32
    }

    /// Total height for `rows` frames.
    pub fn height(self, rows: usize) -> i32 {
        self.head_h + (self.label_h + self.row_h) * rows as i32
    }

    /// Top-left corner of cell (`row`, `col`).
    pub fn cell(self, row: usize, col: usize) -> (i32, i32) {
        (
            self.label_w + self.col_w * col as i32,
            self.head_h + (self.label_h + self.row_h) * row as i32 + self.label_h,
        )
    }

    /// Where a frame label is drawn: x, baseline y, and its text anchor.
    pub fn label(self, row: usize) -> (i32, i32, &'static str) {
        let top = self.head_h + (self.label_h + self.row_h) * row as i32;
        if self.label_h > 0 {
            (2, top + 13, "start")
        } else {
            (self.label_w - 10, top + self.row_h / 2 + 5, "end")
        }
    }
}

/// The colour steps, with their ranges.
#[component]
pub fn Legend() -> impl IntoView {
    let mut labels = vec!["none".to_owned(), format!("under {}", percent(STEPS[0]))];
    for w in STEPS.windows(2) {
        labels.push(format!("{}–{}", percent(w[0]), percent(w[1])));
    }
    labels.push(format!("{} or more", percent(STEPS[STEPS.len() - 1])));
    view! {
        <p class="hm-legend" aria-hidden="true">
            "Share of sentences: "
            {labels.into_iter().enumerate().map(|(n, l)| view! {
                <span class="hm-key"><span class=format!("hm-swatch h{n}")></span>{l}</span>
            }).collect_view()}
        </p>
    }
}

/// The `open` value of a cell.
fn cell_key(outlet: &str, frame: FrameId) -> String {
    open_key(&[outlet, frame.id()])
}

/// Words for a cell, for its accessible name.
fn cell_label(outlet: &str, frame: &str, sentences: u32, body: u32, share: f64) -> String {
    format!(
        "{outlet}, {frame}: {} of {body} body sentences ({})",
        sentences,
        percent(share)
    )
}

/// The heatmap: rows are frames, columns outlets; every cell is a button.
#[component]
pub fn Heatmap(rows: Vec<Row>, compact: bool) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let frames = ctx.data.insights.frames.clone();
    let g = Geometry::new(compact);
    let (width, height) = (g.width(rows.len()), g.height(frames.len()));
    let heads = rows
        .iter()
        .enumerate()
        .map(|(c, row)| {
            let x = g.cell(0, c).0 + g.col_w / 2;
            let lines = two_lines(&row.outlet, if compact { 10 } else { 13 });
            let color = ctx.data.color_of(&row.outlet);
            let y = if lines.len() > 1 { 18 } else { 32 };
            view! {
                <text class=format!("hm-head c{color}") x=x y=y text-anchor="middle">
                    {lines.into_iter().enumerate().map(|(n, l)| view! {
                        <tspan x=x dy=if n == 0 { 0 } else { 15 }>{l}</tspan>
                    }).collect_view()}
                </text>
            }
        })
        .collect_view();
    let labels = frames
        .iter()
        .enumerate()
        .map(|(r, (_, label))| {
            let (x, y, anchor) = g.label(r);
            view! { <text class="hm-label" x=x y=y text-anchor=anchor>{label.clone()}</text> }
        })
        .collect_view();
    let cells = rows
        .iter()
        .enumerate()
        .flat_map(|(c, row)| {
            let frames = frames.clone();
            row.cells.iter().enumerate().map(move |(r, cell)| {
                let (frame, label) = frames[r].clone();
                let key = cell_key(&row.outlet, frame);
                let (x, y) = g.cell(r, c);
                let k = key.clone();
                let open = move || nav.state.with(|s| s.open.as_deref() == Some(k.as_str()));
                let (k1, k2) = (key.clone(), key);
                let on_key = move |ev: KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        nav.toggle_open(k2.clone());
                    }
                };
                view! {
                    <g
                        class=format!("hm-cell l{}", level(*cell))
                        role="button"
                        tabindex="0"
                        data-testid="heatmap-cell"
                        data-outlet=row.outlet.clone()
                        data-frame=label.clone()
                        aria-pressed=move || open().to_string()
                        aria-label=cell_label(&row.outlet, &label, cell.sentences, row.body_sentences, cell.share)
                        on:click=move |_| nav.toggle_open(k1.clone())
                        on:keydown=on_key
                    >
                        <rect x=x + 2 y=y + 2 width=g.col_w - 4 height=g.row_h - 4 rx="4" />
                        <text x=x + g.col_w / 2 y=y + g.row_h / 2 + 5 text-anchor="middle">
                            {if cell.sentences == 0 { "·".to_owned() } else { percent(cell.share) }}
                        </text>
                    </g>
                }
            })
        })
        .collect_view();
    view! {
        <div class="hm-scroll">
            <svg
                class="heatmap"
                viewBox=format!("0 0 {width} {height}")
                width=width
                height=height
                role="group"
                aria-label="Heatmap: share of body sentences per frame, by outlet"
            >
                {heads}
                {labels}
                {cells}
            </svg>
        </div>
    }
}

/// Splits a name into at most two lines of about `max` characters (words kept whole; a
/// longer second line is cut with an ellipsis).
pub fn two_lines(name: &str, max: usize) -> Vec<String> {
    if name.chars().count() <= max {
        return vec![name.to_owned()];
    }
    let mut first = String::new();
    let mut rest: Vec<&str> = Vec::new();
    for word in name.split_whitespace() {
        if rest.is_empty()
            && (first.is_empty() || first.chars().count() + 1 + word.chars().count() <= max)
        {
            if !first.is_empty() {
                first.push(' ');
            }
            first.push_str(word);
        } else {
            rest.push(word);
        }
    }
    let mut second = rest.join(" ");
    if second.chars().count() > max {
        second = second
            .chars()
            .take(max.saturating_sub(1))
            .collect::<String>()
            + "…";
    }
    if first.chars().count() > max {
        first = first
            .chars()
            .take(max.saturating_sub(1))
            .collect::<String>()
            + "…";
    }
    [first, second]
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect()
}

/// The heatmap's numbers as a table; cells open the same sentences.
#[component]
pub fn HeatTable(rows: Vec<Row>) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let frames = ctx.data.insights.frames.clone();
    let head = rows
        .iter()
        .map(|r| view! { <th scope="col">{r.outlet.clone()}</th> })
        .collect_view();
    let body = frames
        .iter()
        .enumerate()
        .map(|(i, (frame, label))| {
            let cells = rows
                .iter()
                .map(|row| {
                    let cell = row.cells[i];
                    let key = cell_key(&row.outlet, *frame);
                    view! {
                        <td>
                            <button type="button" class="cell-button" on:click=move |_| nav.toggle_open(key.clone())>
                                {format!("{} ({})", percent(cell.share), cell.sentences)}
                            </button>
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let totals = rows
        .iter()
        .map(|r| view! { <td>{format!("{} ({} no cue)", r.body_sentences, r.no_frame_cue)}</td> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table">
                <caption>"Share of body sentences evoking each frame (sentences)"</caption>
                <thead><tr><th scope="col">"Frame"</th>{head}</tr></thead>
                <tbody>
                    {body}
                    <tr class="totals"><th scope="row">"Body sentences"</th>{totals}</tr>
                </tbody>
            </table>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{two_lines, Geometry};

    #[test]
    fn wide_and_compact_layouts_place_cells_and_labels() {
        let wide = Geometry::new(false);
        assert_eq!((wide.width(4), wide.height(15)), (714, 500));
        assert_eq!(wide.cell(1, 2), (522, 80));
        assert_eq!(wide.label(0), (320, 70, "end"));
        let compact = Geometry::new(true);
        // Four outlets fit a 360 px phone.
        assert!(compact.width(4) <= 328);
        assert_eq!(compact.cell(0, 0), (0, 64));
        assert_eq!(compact.label(1), (2, 105, "start"));
        assert_eq!(compact.height(15), 46 + 46 * 15);
    }

    #[test]
    fn names_wrap_on_two_lines() {
        assert_eq!(two_lines("Reuters", 13), ["Reuters"]);
        assert_eq!(
            two_lines("The New York Times", 13),
            ["The New York", "Times"]
        );
        assert_eq!(
            two_lines("Unknown outlet of a very long name", 13),
            ["Unknown", "outlet of a …"]
        );
        assert_eq!(two_lines("Supercalifragilistic", 8), ["Superca…"]);
    }
}
