//! The filter bar: outlets (multi-select toggle buttons), text search, frame, actor, date
//! range, and the live "Showing N of M articles" line. It applies to every view.

use leptos::prelude::*;

use super::nav::Step;
use super::use_ctx;
use crate::format::count;
use crate::state::filter::{toggle_outlet, top_outlets, TOP_OUTLETS};

/// The filter bar.
#[component]
pub fn FilterBar() -> impl IntoView {
    let nav = use_ctx().nav;
    // On narrow screens the other filters fold away unless asked for or in use.
    let more = RwSignal::new(false);
    let in_use = move || {
        nav.state.with(|s| {
            s.frame.is_some()
                || s.actor.is_some()
                || s.from.is_some()
                || s.to.is_some()
                || !s.q.trim().is_empty()
        })
    };
    view! {
        <section class="filters" aria-label="Filters">
            <OutletFilter />
            <button
                type="button"
                class="link-button more-filters"
                aria-expanded=move || (more.get() || in_use()).to_string()
                aria-controls="filter-row"
                on:click=move |_| more.update(|m| *m = !*m)
            >
                "Search, frame, actor and dates"
            </button>
            <div class="filter-row" id="filter-row" class:open=move || more.get() || in_use()>
                <SearchBox />
                <ChoiceFilter which=Choice::Frame />
                <ChoiceFilter which=Choice::Actor />
                <DateFilter to=false />
                <DateFilter to=true />
            </div>
            <Showing />
        </section>
    }
}

/// The outlet multi-select: one toggle button per outlet, and "All outlets". Past
/// [`TOP_OUTLETS`] (plus three), the less covered outlets fold behind "N more outlets".
#[component]
fn OutletFilter() -> impl IntoView {
    let ctx = use_ctx();
    let names = ctx.data.outlet_names();
    let selected = {
        let (data, state) = (ctx.data.clone(), ctx.nav.state);
        Memo::new(move |_| state.with(|s| data.filter(s).outlets))
    };
    let nav = ctx.nav;
    // With dozens of outlets the chips would fill the screen: the most covered show, plus any
    // selected one, until the reader asks for all (a view state, not a filter: not in the URL).
    let counts: Vec<usize> = ctx.data.outlets.iter().map(|o| o.count).collect();
    let top = top_outlets(&counts, TOP_OUTLETS);
    let hidden_count = top.iter().filter(|&&t| !t).count();
    let expanded = RwSignal::new(false);
    let chips = ctx
        .data
        .outlets
        .iter()
        .zip(top)
        .map(|(o, in_top)| {
            let name = o.name.clone();
            let hidden = {
                let name = name.clone();
                move || !in_top && !expanded.get() && !selected.with(|s| s.contains(&name))
            };
            let all = names.clone();
            let pressed = {
                let name = name.clone();
                move || selected.with(|s| s.contains(&name)).to_string()
            };
            let toggle = {
                let name = name.clone();
                move |_| {
                    let next = toggle_outlet(&selected.get_untracked(), &name, &all);
                    nav.update(Step::Stay, |s| s.outlets = next);
                }
            };
            view! {
                <button
                    type="button"
                    class=format!("chip c{}", o.color)
                    class:unknown=!o.known
                    data-outlet=name.clone()
                    hidden=hidden
                    aria-pressed=pressed
                    on:click=toggle
                >
                    <span class="dot" aria-hidden="true"></span>
                    {name.clone()}
                    <span class="chip-count" aria-label=count(o.count, "article", "articles")>
                        {o.count}
                    </span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="filter-outlets" role="group" aria-labelledby="outlet-filter-label" data-testid="outlet-filter">
            <span class="filter-label" id="outlet-filter-label">"Outlets"</span>
            <button
                type="button"
                class="chip all"
                aria-pressed=move || selected.with(Vec::is_empty).to_string()
                on:click=move |_| nav.update(Step::Stay, |s| s.outlets.clear())
            >
                "All outlets"
            </button>
            {chips}
            {(hidden_count > 0).then(|| view! {
                <button
                    type="button"
                    class="link-button more-outlets"
                    data-testid="more-outlets"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() {
                        "Fewer outlets".to_owned()
                    } else {
                        format!("{hidden_count} more outlets")
                    }}
                </button>
            })}
        </div>
    }
}

/// Text search over headlines and bodies (replaces the history entry while typing).
#[component]
fn SearchBox() -> impl IntoView {
    let nav = use_ctx().nav;
    view! {
        <label class="field field-search">
            <span class="field-label">"Search the articles"</span>
            <input
                type="search"
                placeholder="words or \"a phrase\""
                prop:value=move || nav.state.with(|s| s.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    nav.update(Step::Replace, |s| s.q = q);
                }
            />
        </label>
    }
}

/// Which list a [`ChoiceFilter`] offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Frames (`frame`).
    Frame,
    /// Actors (`actor`).
    Actor,
}

/// A select over the corpus's frames or actors; disabled when not analysed.
#[component]
fn ChoiceFilter(which: Choice) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let (label, any, options) = match which {
        Choice::Frame => ("Frame", "Any frame", ctx.data.insights.frame_names()),
        Choice::Actor => ("Actor", "Anyone", ctx.data.insights.actor_names()),
    };
    let disabled = options.is_empty();
    let data = ctx.data.clone();
    let current = move || {
        nav.state.with(|s| {
            let f = data.filter(s);
            match which {
                Choice::Frame => f.frame,
                Choice::Actor => f.actor,
            }
            .unwrap_or_default()
        })
    };
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        let value = (!value.is_empty()).then_some(value);
        nav.update(Step::Stay, |s| match which {
            Choice::Frame => s.frame = value,
            Choice::Actor => s.actor = value,
        });
    };
    let options = options
        .into_iter()
        .map(|o| view! { <option value=o.clone()>{o.clone()}</option> })
        .collect_view();
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select prop:value=current on:change=on_change disabled=disabled>
                <option value="">{if disabled { "not analysed" } else { any }}</option>
                {options}
            </select>
        </label>
    }
}

/// One end of the date range.
#[component]
fn DateFilter(
    /// The end (`to`) rather than the start (`from`).
    to: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let dates: Vec<&String> = ctx
        .data
        .facets
        .iter()
        .filter_map(|f| f.published.as_ref())
        .collect();
    let min = dates.iter().min().map(|d| d.to_string());
    let max = dates.iter().max().map(|d| d.to_string());
    let value = move || {
        nav.state
            .with(|s| if to { s.to.clone() } else { s.from.clone() })
            .unwrap_or_default()
    };
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        let v = (!v.is_empty()).then_some(v);
        nav.update(Step::Stay, |s| if to { s.to = v } else { s.from = v });
    };
    view! {
        <label class="field field-date">
            <span class="field-label">{if to { "To" } else { "From" }}</span>
            <input type="date" min=min max=max prop:value=value on:change=on_change />
        </label>
    }
}

/// "Showing N of M articles", announced politely, with a way to clear the filters.
#[component]
fn Showing() -> impl IntoView {
    let ctx = use_ctx();
    let total = ctx.data.corpus.articles.len();
    let visible = ctx.visible;
    let nav = ctx.nav;
    let filtered = move || nav.state.with(|s| s.has_filters());
    view! {
        <div class="showing-row">
            <p class="showing" data-testid="showing" role="status" aria-live="polite">
                {move || format!("Showing {} of {}", visible.with(Vec::len), count(total, "article", "articles"))}
            </p>
            <button
                type="button"
                class="link-button"
                hidden=move || !filtered()
                on:click=move |_| nav.update(Step::Stay, |s| *s = s.without_filters())
            >
                "Clear filters"
            </button>
        </div>
    }
}
