//! Components showing a loaded corpus: the story, and its articles grouped by outlet.
//!
//! Corpus strings are only ever inserted as text nodes (never as HTML).

use framelens_core::{Corpus, Story};
use leptos::prelude::*;

use crate::format::{page_title, Published};
use crate::outlets::{corpus_summary, group_by_outlet, ArticleSummary, OutletGroup};

/// The whole loaded corpus: story header, then the articles by outlet. Also names the
/// browser tab after the story.
#[component]
pub fn CorpusView(
    /// The decoded corpus.
    corpus: Corpus,
) -> impl IntoView {
    let groups = group_by_outlet(&corpus.articles);
    let summary = corpus_summary(&groups);
    document().set_title(&page_title(&corpus.story.title));
    view! {
        <StoryHeader story=corpus.story summary=summary />
        <section class="outlets" aria-labelledby="outlets-heading">
            <h2 id="outlets-heading">"Articles by outlet"</h2>
            <ArticlesByOutlet groups=groups />
        </section>
    }
}

/// The story's title (the page's `h1`), its question and description, and a summary line.
#[component]
pub fn StoryHeader(
    /// The story.
    story: Story,
    /// A line such as "5 articles from 4 outlets".
    summary: String,
) -> impl IntoView {
    view! {
        <header class="story">
            <p class="eyebrow">"Story"</p>
            <h1>{story.title}</h1>
            <p class="question">
                <span class="question-label">"Question: "</span>
                {story.question}
            </p>
            {story.description.map(|d| view! { <p class="description">{d}</p> })}
            <p class="summary">{summary}</p>
        </header>
    }
}

/// The list of outlets, each with its articles.
#[component]
pub fn ArticlesByOutlet(
    /// The articles grouped by outlet, in display order (see [`group_by_outlet`]).
    groups: Vec<OutletGroup>,
) -> impl IntoView {
    if groups.is_empty() {
        return view! { <p class="empty">"This corpus has no articles yet."</p> }.into_any();
    }
    view! {
        <ul class="outlet-list" role="list">
            {groups
                .into_iter()
                .map(|group| view! { <li><OutletSection group=group /></li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// One outlet: its name, how many articles, and their list.
#[component]
pub fn OutletSection(
    /// The outlet and its articles.
    group: OutletGroup,
) -> impl IntoView {
    let count = group.count_label();
    view! {
        <section class="outlet" class:unknown=!group.known>
            <header class="outlet-header">
                <h3 class="outlet-name">{group.name}</h3>
                <p class="count">{count}</p>
            </header>
            <ul class="article-list" role="list">
                {group
                    .articles
                    .into_iter()
                    .map(|summary| view! { <li><ArticleItem summary=summary /></li> })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// One article: headline, then date, wire and byline.
#[component]
pub fn ArticleItem(
    /// What to show of the article.
    summary: ArticleSummary,
) -> impl IntoView {
    view! {
        <article class="article" data-id=summary.id>
            <h4 class="headline">{summary.headline}</h4>
            <p class="meta">
                <PublishedDate published=summary.published />
                {summary.wire.map(|wire| view! { <span class="wire">"Wire: " {wire}</span> })}
                {summary.byline.map(|byline| view! { <span class="byline">{byline}</span> })}
            </p>
        </article>
    }
}

/// A publication date as a `<time>`, or a muted "undated".
#[component]
pub fn PublishedDate(
    /// The date, if any.
    published: Published,
) -> impl IntoView {
    let label = published.label().to_owned();
    match published {
        Published::Date { iso, .. } => {
            view! { <time class="date" datetime=iso>{label}</time> }.into_any()
        }
        Published::Undated => view! { <span class="date undated">{label}</span> }.into_any(),
        Published::Unrecognised(_) => view! { <span class="date">{label}</span> }.into_any(),
    }
}
