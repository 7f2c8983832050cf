//! Frames: outlets × the frames of the codebook as an SVG heatmap (with the same numbers as a
//! table), the headline frames apart, and — for an opened cell — the sentences with their cue
//! words highlighted.

use framelens_model::framing::frames::FrameId;
use framelens_model::Part;
use leptos::prelude::*;

use super::body::MarkedText;
use super::common::{headline_of, NotAnalysed, NothingVisible, OutletTag};
use super::heatmap::{HeatTable, Heatmap, Legend};
use super::nav::Step;
use super::use_ctx;
use crate::format::count;
use crate::insights::heatmap::rows;
use crate::insights::sentences::{sentence_view, sentences_with_frame};
use crate::insights::CueMark;
use crate::state::query::{open_parts, UrlState};

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
        let articles: Vec<(&str, &framelens_model::Article)> = shown
            .iter()
            .map(|&i| (data.outlet_of(i), &data.corpus.articles[i]))
            .collect();
        let rows = rows(&articles, &frames, &data.outlet_names());
        view! {
            <Legend />
            <div class="frames-grid">
                <div class="frames-chart">
                    <Heatmap rows=rows.clone() compact=narrow.get() />
                    <details class="table-alt">
                        <summary>"The same numbers as a table"</summary>
                        <HeatTable rows=rows />
                    </details>
                </div>
                <div class="frames-side" aria-live="polite">
                    <OpenedCell />
                </div>
            </div>
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

/// The sentences of the opened cell, cue words highlighted.
#[component]
fn OpenedCell() -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav, visible) = (ctx.data.clone(), ctx.nav, ctx.visible);
    let hint = || {
        view! {
            <p class="side-hint">
                "Open a cell to read its sentences here, each cue word marked. The darker the cell, "
                "the larger the share of that outlet's sentences evoking the frame."
            </p>
        }
        .into_any()
    };
    move || {
        let Some((outlet, frame)) = nav.state.with(|s| {
            let open = s.open.as_deref()?;
            let parts = open_parts(open, 2)?;
            Some((parts[0].to_owned(), FrameId::from_id(parts[1])?))
        }) else {
            return hint();
        };
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
                    .map(|c| CueMark { part: Part::Body, para: 0, start: c.start, end: c.end, frame: label.clone() })
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
        view! {
            <section class="opened" data-testid="frame-sentences" aria-labelledby="opened-heading">
                <div class="opened-head">
                    <h3 id="opened-heading"><OutletTag name=outlet /> " · " {label}</h3>
                    <button type="button" class="link-button" on:click=close>"Close"</button>
                </div>
                <p class="muted">{count(n, "sentence evokes this frame", "sentences evoke this frame")}</p>
                <ol class="sentence-list">{list}</ol>
            </section>
        }
        .into_any()
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
