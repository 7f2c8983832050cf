//! The frame around the views: site header with the navigation, the story, the filters, and
//! the current view.

use std::sync::Arc;

use leptos::prelude::*;

use super::filters::FilterBar;
use super::nav::{use_nav, Step};
use super::theme::ThemeToggle;
#[cfg(feature = "views")]
use super::{article, compare, facts, frames, headlines, method, naming, voices};
use super::{overview, Ctx};
use crate::format::page_title;
use crate::state::data::Data;
use crate::state::query::View;

/// The site banner: name, tagline, theme toggle, and the view navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="site">
            <div class="site-bar">
                <p class="brand">"Framelens"</p>
                <p class="tagline">"How different outlets framed the same news story"</p>
                <ThemeToggle />
            </div>
            <NavBar />
        </header>
    }
}

/// The view navigation: one link per view, the current one marked.
#[component]
pub fn NavBar() -> impl IntoView {
    let nav = use_nav();
    let links = View::ALL
        .into_iter()
        .map(|view| {
            let current = move || nav.state.with(|s| s.view == view);
            view! {
                <li>
                    <a
                        href=nav.href(move |s| s.with_view(view))
                        on:click=nav.on_click(Step::Page, move |s| s.with_view(view))
                        data-view=view.slug()
                        aria-current=move || current().then_some("page")
                        class:current=current
                    >
                        {view.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="views" data-testid="nav" aria-label="Views">
            <ul role="list">{links}</ul>
        </nav>
    }
}

/// The loaded corpus: story header, filters and the current view.
#[component]
pub fn Explorer(
    /// The corpus and what was derived from it.
    data: Arc<Data>,
) -> impl IntoView {
    document().set_title(&page_title(&data.corpus.story.title));
    let ctx = Ctx::provide(data, use_nav());
    let story = ctx.data.corpus.story.clone();
    let view = Memo::new(move |_| ctx.nav.state.with(|s| s.view));
    // An index without the articles' text (a large corpus, see framelens_model::shards) cannot
    // be searched by the overview's build: the full build reads the shards.
    #[cfg(not(feature = "views"))]
    let search_needs_text = {
        let data = ctx.data.clone();
        Memo::new(move |_| !data.has_text() && ctx.nav.state.with(|s| !s.q.trim().is_empty()))
    };
    view! {
        <header class="story">
            <p class="eyebrow">"Story"</p>
            <h1>{story.title}</h1>
        </header>
        <FilterBar />
        <div class="view" id="view">
            {move || match view.get() {
                #[cfg(not(feature = "views"))]
                View::Overview if search_needs_text.get() => view! { <FullBuild /> }.into_any(),
                View::Overview => view! { <overview::Overview /> }.into_any(),
                #[cfg(not(feature = "views"))]
                _ => view! { <FullBuild /> }.into_any(),
                #[cfg(feature = "views")]
                View::Headlines => view! { <headlines::Headlines /> }.into_any(),
                #[cfg(feature = "views")]
                View::Frames => view! { <frames::Frames /> }.into_any(),
                #[cfg(feature = "views")]
                View::Voices => view! { <voices::Voices /> }.into_any(),
                #[cfg(feature = "views")]
                View::Naming => view! { <naming::Naming /> }.into_any(),
                #[cfg(feature = "views")]
                View::Facts => view! { <facts::Facts /> }.into_any(),
                #[cfg(feature = "views")]
                View::Article => view! { <article::ArticleView /> }.into_any(),
                #[cfg(feature = "views")]
                View::Compare => view! { <compare::Compare /> }.into_any(),
                #[cfg(feature = "views")]
                View::Method => view! { <method::Method /> }.into_any(),
            }}
        </div>
    }
}

/// The first-view build holds the overview only. Any other view (a link, a nav click, back or
/// forward into one), or a text search over an index without the articles' text, reloads the
/// page, whose loader (`pattern_script` in Trunk.toml) then starts the build with every view;
/// the URL already names the view and the search, so nothing is lost.
#[cfg(not(feature = "views"))]
#[component]
fn FullBuild() -> impl IntoView {
    Effect::new(move |_| {
        // A reload that fails leaves the message below; there is nothing better to do.
        let _ = window().location().reload();
    });
    view! {
        <p class="status" role="status" aria-live="polite" data-testid="view-loading">
            "Loading the view…"
        </p>
    }
}
