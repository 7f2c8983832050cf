//! The parts of the article view around the body: the truncation warning, captions kept
//! apart, the removed-lines toggle and list, and links to the neighbouring articles.

use framelens_model::{CaptionKind, RemovalReason};
use leptos::prelude::*;

use super::common::headline_of;
use super::nav::Step;
use super::use_ctx;

/// Why a line was removed, in words.
pub fn reason_label(reason: RemovalReason) -> &'static str {
    match reason {
        RemovalReason::Navigation => "navigation",
        RemovalReason::Prompt => "share / subscribe / app prompt",
        RemovalReason::RelatedList => "related-stories list",
        RemovalReason::RelatedLink => "inline “Related” link",
        RemovalReason::Teaser => "another story's teaser",
        RemovalReason::Paywall => "paywall prompt",
        RemovalReason::Advertising => "advertising",
        RemovalReason::Metadata => "metadata shown elsewhere",
        RemovalReason::SiteTemplate => "repeats on the site's other pages",
        RemovalReason::Duplicate => "duplicate line",
        RemovalReason::Footer => "footer",
        RemovalReason::Comments => "reader comments",
        RemovalReason::AuthorBio => "author box",
        RemovalReason::Credit => "credit or source line",
        RemovalReason::OutsideArticle => "outside the article text",
    }
}

/// What a caption line is, in words.
fn caption_label(kind: CaptionKind) -> &'static str {
    match kind {
        CaptionKind::Caption => "caption",
        CaptionKind::AltText => "image text",
        CaptionKind::Credit => "photo credit",
        CaptionKind::ImageFile => "image file",
    }
}

/// Links to the previous and next articles shown, in reading order.
#[component]
pub fn PrevNext(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav, visible) = (ctx.data.clone(), ctx.nav, ctx.visible);
    move || {
        let shown = visible.get();
        let pos = shown.iter().position(|&i| i == index)?;
        let link = |i: usize, rel: &'static str| {
            let id = data.corpus.articles[i].id.clone();
            let to = move |s: &crate::state::query::UrlState| s.with_article(&id);
            let label = format!(
                "{} {}: {}",
                if rel == "prev" { "←" } else { "→" },
                data.outlet_of(i),
                headline_of(&data.corpus.articles[i])
            );
            view! { <a class=rel href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>{label}</a> }
        };
        Some(view! {
            <nav class="prevnext" aria-label="Other articles shown">
                {pos.checked_sub(1).map(|p| link(shown[p], "prev"))}
                {shown.get(pos + 1).map(|&n| link(n, "next"))}
            </nav>
        })
    }
}

/// The truncation warning with the evidence for it.
#[component]
pub fn Truncation(index: usize) -> impl IntoView {
    let data = use_ctx().data;
    let article = &data.corpus.articles[index];
    article.truncated.then(|| {
        let evidence = article
            .truncation_evidence
            .iter()
            .cloned()
            .map(|e| {
                let line = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
                view! {
                    <li>
                        <q>{e.text}</q>{line}
                        {e.note.map(|n| view! { <span class="ev-note">" — " {n}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="warning" role="note" data-testid="truncated-warning">
                <p class="warning-title">"This article is incomplete"</p>
                <p>"The page as collected does not hold the whole article, so what it leaves out may not be the outlet's choice."</p>
                <ul>{evidence}</ul>
            </div>
        }
    })
}

/// Captions, image text and credits, kept apart from the body.
#[component]
pub fn Captions(index: usize) -> impl IntoView {
    let data = use_ctx().data;
    let article = &data.corpus.articles[index];
    (!article.captions.is_empty()).then(|| {
        let items = article
            .captions
            .iter()
            .cloned()
            .map(|c| {
                view! {
                    <li>
                        <span class="pill">{caption_label(c.kind)}</span>
                        " " {c.text}
                        {c.credit.map(|cr| view! { <span class="muted">" — photo credit: " {cr}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <aside class="captions" aria-labelledby="captions-heading">
                <h3 id="captions-heading">"Captions and image credits (not part of the body)"</h3>
                <ul>{items}</ul>
            </aside>
        }
    })
}

/// The removed-lines toggle and list (`removed=1` in the URL).
#[component]
pub fn Removed(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let article = &ctx.data.corpus.articles[index];
    let shown = Memo::new(move |_| nav.state.with(|s| s.removed));
    let n = article.removed.len();
    let items = article
        .removed
        .iter()
        .cloned()
        .map(|r| {
            view! {
                <li>
                    <span class="line-no">{format!("line {}", r.line)}</span>
                    <span class="reason">{reason_label(r.reason)}</span>
                    <span class="removed-text">{r.text}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="removed" aria-labelledby="removed-heading">
            <h3 id="removed-heading">"What the parser removed"</h3>
            <button
                type="button"
                class="button"
                data-testid="toggle-removed"
                aria-expanded=move || shown.get().to_string()
                aria-controls="removed-lines"
                on:click=move |_| nav.update(Step::Stay, |s| s.removed = !s.removed)
            >
                {move || if shown.get() { format!("Hide the {n} removed lines") } else { format!("Show the {n} removed lines and why") }}
            </button>
            <ol id="removed-lines" class="removed-lines" data-testid="removed-lines" hidden=move || !shown.get()>
                {items}
            </ol>
        </section>
    }
}
