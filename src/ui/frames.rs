//! Frames: outlets × the frames of the codebook as an SVG heatmap (with the same numbers as a
//! table), the headline frames apart, and — for an opened cell — the sentences with their cue
//! words highlighted.

use framelens_core::framing::frames::FrameId;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::body::MarkedText;
use super::common::{headline_of, NotAnalysed, NothingVisible, OutletTag};
use super::nav::{Nav, Step};
use super::use_ctx;
use crate::format::count;
use crate::insights::heatmap::{level, percent, rows, Row, STEPS};
use crate::insights::sentences::{sentence_view, sentences_with_frame};
use crate::insights::CueMark;
use crate::state::query::{open_key, open_parts, UrlState};

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

/// The frames view.
#[component]
pub fn Frames() -> impl IntoView {
    let ctx = use_ctx();
    if ctx.data.insights.frames.is_empty() {
        return view! { <NotAnalysed what="Frames" field="framing" /> }.into_any();
    }
    let (data, visible, narrow) = (ctx.data.clone(), ctx.visible, ctx.narrow);
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let frames: Vec<FrameId> = data.insights.frames.iter().map(|(f, _)| *f).collect();
        let articles: Vec<(&str, &framelens_core::Article)> = shown
            .iter()
            .map(|&i| (data.outlet_of(i), &data.corpus.articles[i]))
            .collect();
        let rows = rows(&articles, &frames, &data.outlet_names());
        view! {
            <Legend />
            <Heatmap rows=rows.clone() compact=narrow.get() />
            <details class="table-alt">
                <summary>"The same numbers as a table"</summary>
                <HeatTable rows=rows />
            </details>
            <OpenedCell />
            <HeadlineFrames shown=shown />
        }
        .into_any()
    };
    view! {
        <section class="block" aria-labelledby="frames-heading">
            <h2 id="frames-heading">"How each outlet framed it"</h2>
            <p class="lede">
                "The share of each outlet's body sentences whose words evoke each frame of the Policy "
                "Frames Codebook. A sentence can evoke several frames, or none. Open a cell to read "
                "the sentences with their cue words highlighted."
            </p>
            {body}
        </section>
    }
    .into_any()
}

/// The colour steps, with their ranges.
#[component]
fn Legend() -> impl IntoView {
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

/// Toggles a cell open or closed.
fn toggle(nav: Nav, key: String) {
    nav.update(Step::Stay, move |s| {
        s.open = if s.open.as_deref() == Some(key.as_str()) {
            None
        } else {
            Some(key)
        };
    });
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
fn Heatmap(rows: Vec<Row>, compact: bool) -> impl IntoView {
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
                        toggle(nav, k2.clone());
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
                        on:click=move |_| toggle(nav, k1.clone())
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
fn HeatTable(rows: Vec<Row>) -> impl IntoView {
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
                            <button type="button" class="cell-button" on:click=move |_| toggle(nav, key.clone())>
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

/// The sentences of the opened cell, cue words highlighted.
#[component]
fn OpenedCell() -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav, visible) = (ctx.data.clone(), ctx.nav, ctx.visible);
    move || {
        let open = nav.state.with(|s| s.open.clone())?;
        let parts = open_parts(&open, 2)?;
        let (outlet, frame) = (parts[0].to_owned(), FrameId::from_id(parts[1])?);
        let label = crate::insights::frame_label(&data.insights.frames, frame);
        let items: Vec<_> = visible
            .get()
            .into_iter()
            .filter(|&i| data.outlet_of(i) == outlet)
            .flat_map(|i| {
                let article = &data.corpus.articles[i];
                sentences_with_frame(article, frame)
                    .into_iter()
                    .filter_map(move |s| sentence_view(article, s, Some(frame)).map(|v| (i, v)))
            })
            .collect();
        let n = items.len();
        let list = items
            .into_iter()
            .map(|(i, s)| {
                let cues: Vec<CueMark> = s
                    .cues
                    .iter()
                    .map(|c| CueMark { para: 0, start: c.start, end: c.end, frame: label.clone() })
                    .collect();
                let id = data.corpus.articles[i].id.clone();
                let to = move |st: &UrlState| st.with_article(&id);
                let para = s.paragraph.map(|p| p + 1).unwrap_or(0);
                view! {
                    <li>
                        <p class="sentence"><MarkedText text=s.text quotes=Vec::new() cues=cues /></p>
                        <a class="source-link" href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>
                            {format!("{} · paragraph {para}", headline_of(&data.corpus.articles[i]))}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let close = move |_| nav.update(Step::Stay, |s| s.open = None);
        Some(view! {
            <section class="opened" data-testid="frame-sentences" aria-live="polite" aria-labelledby="opened-heading">
                <div class="opened-head">
                    <h3 id="opened-heading"><OutletTag name=outlet /> " · " {label}</h3>
                    <button type="button" class="link-button" on:click=close>"Close"</button>
                </div>
                <p class="muted">{count(n, "sentence evokes this frame", "sentences evoke this frame")}</p>
                <ol class="sentence-list">{list}</ol>
            </section>
        })
    }
}

/// Each article's headline frame beside its body's primary frame.
#[component]
fn HeadlineFrames(shown: Vec<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let rows = shown
        .into_iter()
        .map(|i| {
            let a = &ctx.data.corpus.articles[i];
            let outlet = ctx.data.outlet_of(i).to_owned();
            let outlet_attr = outlet.clone();
            let frame = |f: Option<String>| match f {
                Some(f) => view! { <span class="frame-chip">{f}</span> }.into_any(),
                None => view! { <span class="muted">"no frame cue"</span> }.into_any(),
            };
            view! {
                <tr data-testid="article-card" data-article-id=a.id.clone() data-outlet=outlet_attr>
                    <td><OutletTag name=outlet /></td>
                    <td>{headline_of(a)}</td>
                    <td>{frame(ctx.data.insights.headline_frame(i))}</td>
                    <td>{frame(ctx.data.insights.primary_frame(i))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="sub" aria-labelledby="hf-heading">
            <h3 id="hf-heading">"The headline frame, apart"</h3>
            <p class="lede">"A headline is framed on its own words; the body's primary frame is the one most of its sentences evoke."</p>
            <div class="table-scroll">
                <table class="data-table">
                    <thead><tr><th scope="col">"Outlet"</th><th scope="col">"Headline"</th><th scope="col">"Headline frame"</th><th scope="col">"Body's primary frame"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
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
