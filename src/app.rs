//! The page: fetches the corpus once, then shows it, with loading and error states.

use leptos::prelude::*;

use crate::load::{fetch_corpus, LoadError, CORPUS_URL};
use crate::views::CorpusView;

/// The root component: site header, then the corpus (or its loading or error state).
#[component]
pub fn App() -> impl IntoView {
    let corpus = LocalResource::new(|| fetch_corpus(CORPUS_URL));
    view! {
        <SiteHeader />
        <main id="main" class="page">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match corpus.await {
                        Ok(corpus) => view! { <CorpusView corpus=corpus /> }.into_any(),
                        Err(error) => view! { <LoadFailed error=error /> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// The site banner: the product name and what it does.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site">
            <p class="brand">"Framelens"</p>
            <p class="tagline">"How different outlets framed the same news story"</p>
        </header>
    }
}

/// Shown while the corpus is loading; announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="status" role="status" aria-live="polite">
            "Loading the corpus…"
        </p>
    }
}

/// Shown when the corpus could not be fetched or decoded.
#[component]
pub fn LoadFailed(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    view! {
        <section class="error" role="alert" aria-labelledby="error-heading">
            <h1 id="error-heading">"The corpus could not be loaded"</h1>
            <p class="error-detail">{error.to_string()}</p>
            <p class="hint">
                "The page reads " <code>{CORPUS_URL}</code> " from its own folder. To create it, run "
                <code>"framelens build corpus -o public/corpus.json"</code>
                " and rebuild the page."
            </p>
        </section>
    }
}
