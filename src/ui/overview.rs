//! Overview: the story's question, outlet chips with counts, and the articles on a timeline
//! (undated ones marked apart).

use leptos::prelude::*;

use super::common::{ArticleCard, NothingVisible, OutletTag};
use super::nav::Step;
use super::use_ctx;
use crate::format::{count, Published};
use crate::state::filter::toggle_outlet;
use crate::state::timeline::{month_ticks, place};

/// The overview.
#[component]
pub fn Overview() -> impl IntoView {
    let story = use_ctx().data.corpus.story.clone();
    view! {
        <section class="overview" aria-labelledby="question-label">
            <div class="question-block">
                <p class="eyebrow" id="question-label">"The question"</p>
                <p class="question">{story.question}</p>
                {story.description.map(|d| view! { <p class="description">{d}</p> })}
            </div>
            <OutletChips />
            <Timeline />
        </section>
    }
}

/// One chip per outlet with its article count; a chip toggles the outlet filter.
#[component]
fn OutletChips() -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let data = ctx.data.clone();
    let names = data.outlet_names();
    let chips = data
        .outlets
        .iter()
        .map(|o| {
            let name = o.name.clone();
            let wires = {
                let mut w: Vec<String> = data
                    .corpus
                    .articles
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| data.outlet_of(*i) == name)
                    .filter_map(|(_, a)| a.wire.as_ref().map(|w| w.name.clone()))
                    .collect();
                crate::sort::sort_by_key(&mut w, |s| (0, 0, s.clone(), String::new()));
                w.dedup();
                w
            };
            let (d, n, all) = (data.clone(), name.clone(), names.clone());
            let selected = move || nav.state.with(|s| d.filter(s).outlets.contains(&n));
            let selected_class = selected.clone();
            let n = name.clone();
            let d = data.clone();
            let toggle = move |_| {
                let current = nav.state.with_untracked(|s| d.filter(s).outlets);
                let next = toggle_outlet(&current, &n, &all);
                nav.update(Step::Stay, |s| s.outlets = next);
            };
            view! {
                <li class="outlet-card" class:selected=selected_class>
                    <OutletTag name=name.clone() />
                    <span class="outlet-count">{count(o.count, "article", "articles")}</span>
                    {(!wires.is_empty()).then(|| view! {
                        <span class="outlet-wires">"wire copy: " {wires.join(", ")}</span>
                    })}
                    <button
                        type="button"
                        class="link-button"
                        aria-pressed=move || selected().to_string()
                        on:click=toggle
                    >
                        {format!("Filter by {name}")}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="block" aria-labelledby="outlets-heading">
            <h2 id="outlets-heading">"Outlets"</h2>
            <ul class="outlet-cards" role="list">{chips}</ul>
        </section>
    }
}

/// The visible articles on a time axis, numbered, then listed in the same order; undated
/// articles follow, marked as such.
#[component]
fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let visible = ctx.visible;
    let data = ctx.data.clone();
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let dates: Vec<(usize, String)> = shown
            .iter()
            .filter_map(|&i| data.facets[i].published.clone().map(|d| (i, d)))
            .collect();
        let undated: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| data.facets[i].published.is_none())
            .collect();
        let refs: Vec<(usize, &str)> = dates.iter().map(|(i, d)| (*i, d.as_str())).collect();
        let placed = place(&refs, 0.06);
        let ticks = match (dates.first(), dates.last()) {
            (Some(a), Some(b)) => month_ticks(&a.1, &b.1, 6),
            _ => Vec::new(),
        };
        let lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(1);
        let label = match (dates.first(), dates.last()) {
            (Some(a), Some(b)) => format!(
                "Timeline of {} from {} to {}{}",
                count(dates.len(), "dated article", "dated articles"),
                Published::from_field(Some(&a.1)).label(),
                Published::from_field(Some(&b.1)).label(),
                if undated.is_empty() {
                    String::new()
                } else {
                    format!("; {} undated", undated.len())
                }
            ),
            _ => "No article has a printed date".to_owned(),
        };
        let number = |i: usize| dates.iter().position(|(j, _)| *j == i).map(|p| p + 1);
        let dots = placed
            .iter()
            .map(|p| {
                let n = number(p.key).unwrap_or(0);
                let color = data.color_of(data.outlet_of(p.key));
                let tenths = 4 + p.lane * 20;
                let style = format!(
                    "left:{}%;top:{}.{}rem",
                    hundredths(p.x),
                    tenths / 10,
                    tenths % 10
                );
                view! { <span class=format!("tl-dot c{color}") style=style>{n}</span> }
            })
            .collect_view();
        let ticks = ticks
            .into_iter()
            .map(|t| {
                // Labels near an end are anchored to it, so they never run off the axis.
                let shift = if t.x < 0.1 {
                    "0%"
                } else if t.x > 0.9 {
                    "-100%"
                } else {
                    "-50%"
                };
                let style = format!("left:{}%;transform:translateX({shift})", hundredths(t.x));
                view! { <span class="tl-tick" style=style>{t.label}</span> }
            })
            .collect_view();
        let axis_style = format!("height:{}.6rem", 2 + lanes * 2);
        let dated_cards = dates
            .iter()
            .map(|(i, _)| view! { <li><ArticleCard index=*i /></li> })
            .collect_view();
        let undated_cards = undated
            .iter()
            .map(|&i| view! { <li><ArticleCard index=i /></li> })
            .collect_view();
        view! {
            {(!dates.is_empty()).then(|| view! {
                <div class="tl-axis" role="img" aria-label=label style=axis_style>
                    <span class="tl-line" aria-hidden="true"></span>
                    {dots}
                    <div class="tl-ticks">{ticks}</div>
                </div>
            })}
            <ol class="tl-list" role="list">{dated_cards}</ol>
            {(!undated.is_empty()).then(|| view! {
                <h3 class="tl-undated">"Undated — no publication date is printed"</h3>
                <ul class="tl-list undated-list" role="list">{undated_cards}</ul>
            })}
        }
        .into_any()
    };
    view! {
        <section class="block" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            {body}
        </section>
    }
}

/// A fraction (0–1) as a percentage with two decimals, without float formatting ("12.34").
pub fn hundredths(x: f64) -> String {
    let v = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}", v / 100, v % 100)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::hundredths;

    #[test]
    fn percentages_have_two_decimals() {
        assert_eq!(hundredths(0.0), "0.00");
        assert_eq!(hundredths(0.123456), "12.35");
        assert_eq!(hundredths(1.0), "100.00");
        assert_eq!(hundredths(2.0), "100.00");
    }
}
