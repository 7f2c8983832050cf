//! The page: the router, the site header, then the corpus (or its loading or error state).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::load::{fetch_index, LoadError, CORPUS_URL};
use crate::state::data::Data;
use crate::ui::nav::Nav;
use crate::ui::shell::{Explorer, SiteHeader};

/// The root component: all view state lives in the URL query, read through the router.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Page />
        </Router>
    }
}

/// Everything inside the router: provides [`Nav`], fetches the corpus (index, then shards
/// where the build needs them) once.
///
/// A plain signal set by one task (rather than a resource under `<Suspense>`) keeps the async
/// machinery out of the WASM.
#[component]
fn Page() -> impl IntoView {
    provide_context(Nav::router());
    let loaded: RwSignal<Option<Result<Arc<Data>, LoadError>>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let result = async {
            let corpus = fetch_index().await?;
            // Every view but the overview reads the articles' text: the full build completes
            // the index with its shards before showing anything. The overview's build reads
            // the index alone (a search fetches the text on demand: `ui::search_text`).
            #[cfg(feature = "views")]
            let corpus = crate::load::complete(corpus).await?;
            Ok(Arc::new(Data::new(corpus)))
        }
        .await;
        loaded.set(Some(result));
    });
    view! {
        <SiteHeader />
        <main id="main" class="page" tabindex="-1">
            {move || match loaded.get() {
                None => view! { <Loading /> }.into_any(),
                Some(Ok(data)) => view! { <Explorer data=data /> }.into_any(),
                Some(Err(error)) => view! { <LoadFailed error=error /> }.into_any(),
            }}
        </main>
    }
}

/// Shown while the corpus is loading; it reserves the space the story will take, so nothing
/// jumps when the data arrives. Announced politely to screen readers.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading">
            <p class="status" role="status" aria-live="polite">
                "Loading the corpus…"
            </p>
        </div>
    }
}

/// Shown when the corpus could not be fetched or decoded.
#[component]
pub fn LoadFailed(
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    view! {
        <section class="error" role="alert" aria-labelledby="error-heading" data-testid="load-error">
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
