//! Paging and "show all" controls for lists that grow with the corpus. They are links to the
//! same view with `page` / `all` changed, so every page of a list is a shareable URL.

use leptos::prelude::*;

use super::nav::{use_nav, Step};
use crate::state::paging::Page;
use crate::state::query::UrlState;

/// "‹ Previous · Page i of n · Next ›" for a paged list (nothing when it fits on one page).
#[component]
pub fn Pager(
    /// The page shown.
    page: Page,
    /// What is paged, for the navigation's label ("facts").
    what: &'static str,
) -> impl IntoView {
    if !page.is_paged() {
        return ().into_any();
    }
    let nav = use_nav();
    let link = move |to: u32, text: &'static str, rel: &'static str| {
        let go = move |s: &UrlState| UrlState {
            page: to,
            ..s.clone()
        };
        view! {
            <a class="pager-link" rel=rel href=nav.href(go) on:click=nav.on_click(Step::Stay, go)>{text}</a>
        }
    };
    let prev = (page.index > 0).then(|| link(page.index - 1, "‹ Previous", "prev"));
    let next = (page.index + 1 < page.count).then(|| link(page.index + 1, "Next ›", "next"));
    view! {
        <nav class="pager" aria-label=format!("Pages of {what}") data-testid="pager">
            {prev}
            <span class="pager-at" aria-current="page">
                {format!("{what} {}–{} · page {} of {}", page.start + 1, page.end, page.index + 1, page.count)}
            </span>
            {next}
        </nav>
    }
    .into_any()
}

/// "Show all N …" / "Show fewer" for a list collapsed to its top `top` entries (nothing when
/// the list is too short to collapse).
#[component]
pub fn ShowAll(
    /// How many entries are shown.
    shown: usize,
    /// How many there are.
    total: usize,
    /// How many the collapsed list shows.
    top: usize,
    /// What they are ("articles", "outlets").
    what: &'static str,
) -> impl IntoView {
    let nav = use_nav();
    let all = shown >= total;
    if crate::state::paging::collapsed(total, top, false) >= total {
        return ().into_any();
    }
    let label = if all {
        "Show fewer".to_owned()
    } else {
        format!("Show all {total} {what} ({shown} shown)")
    };
    let flip = move |s: &UrlState| UrlState {
        all: !s.all,
        ..s.clone()
    };
    view! {
        <a class="show-all" data-testid="show-all" href=nav.href(flip) on:click=nav.on_click(Step::Stay, flip)>{label}</a>
    }
    .into_any()
}
