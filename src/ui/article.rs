//! The article view: one article's clean body with quotes and frame cues highlighted, its
//! provenance, a truncation warning, captions kept apart, and (toggled) every line the parser
//! removed with the reason.

use framelens_core::{BlockKind, CaptionKind, CreditRole, RemovalReason};
use leptos::prelude::*;

use super::body::MarkedText;
use super::common::{
    headline_of, ArticleCard, DateLabel, Evidenced, NothingVisible, OutletTag, Provenance,
};
use super::nav::Step;
use super::use_ctx;
use crate::format::{byline, count, Published};

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

/// The article view: the chosen article, or a list to choose from.
#[component]
pub fn ArticleView() -> impl IntoView {
    let ctx = use_ctx();
    let data = ctx.data.clone();
    let chosen = Memo::new(move |_| {
        ctx.nav.state.with(|s| {
            s.article
                .as_ref()
                .and_then(|id| data.article(id).map(|(i, _)| i))
        })
    });
    let visible = ctx.visible;
    move || {
        match chosen.get() {
        Some(i) => view! { <ArticleDetail index=i /> }.into_any(),
        None => view! {
            <section class="block" aria-labelledby="pick-heading">
                <h2 id="pick-heading">"Choose an article"</h2>
                {move || {
                    let shown = visible.get();
                    if shown.is_empty() {
                        return view! { <NothingVisible /> }.into_any();
                    }
                    view! {
                        <ul class="card-list" role="list">
                            {shown.into_iter().map(|i| view! { <li><ArticleCard index=i /></li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
        }
        .into_any(),
    }
    }
}

/// One article in full.
#[component]
fn ArticleDetail(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let article = &ctx.data.corpus.articles[index];
    let outlet = ctx.data.outlet_of(index).to_owned();
    let hidden = {
        let visible = ctx.visible;
        move || !visible.with(|v| v.contains(&index))
    };
    let credits = article
        .credits
        .iter()
        .map(|c| format!("{} ({})", c.name, role_label(c.role)))
        .collect::<Vec<_>>();
    view! {
        <article class="article-view" aria-labelledby="article-headline">
            <p class="notice small" hidden=move || !hidden()>
                "This article is hidden by the current filters; it is shown because the link names it."
            </p>
            <header class="article-head">
                <p class="card-outlet tip-host">
                    <OutletTag name=outlet />
                    {match (&article.published_evidence, Published::from_field(article.published.as_deref())) {
                        (Some(ev), Published::Date { text, .. }) => view! {
                            <Evidenced label=text evidence=ev.clone() id="art-date" class="date-trigger" />
                        }
                        .into_any(),
                        _ => view! { <DateLabel published=article.published.clone() /> }.into_any(),
                    }}
                </p>
                <h2 id="article-headline" class="big-headline">{headline_of(article)}</h2>
                {article.dek.as_ref().map(|d| view! { <p class="dek">{d.value.clone()}</p> })}
                <p class="meta tip-host">
                    {byline(&article.byline).map(|b| match article.byline_evidence.clone() {
                        Some(ev) => view! { <Evidenced label=b evidence=ev id="art-byline" class="byline" /> }.into_any(),
                        None => view! { <span class="byline">{b}</span> }.into_any(),
                    })}
                    {article.byline.is_empty().then(|| view! { <span class="byline missing">"no byline printed"</span> })}
                    {article.dateline.as_ref().map(|d| view! { <span class="pill">"Dateline: " {d.value.clone()}</span> })}
                </p>
                {(!credits.is_empty()).then(|| view! { <p class="credits">"Credits: " {credits.join("; ")}</p> })}
                <Provenance index=index scope="art" />
            </header>
            <Truncation index=index />
            {(!article.warnings.is_empty()).then(|| view! {
                <ul class="parse-warnings" aria-label="Parse warnings">
                    {article.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}
                </ul>
            })}
            <Body index=index />
            <Captions index=index />
            <Removed index=index />
            <PrevNext index=index />
        </article>
    }
}

/// Links to the previous and next articles shown, in reading order.
#[component]
fn PrevNext(index: usize) -> impl IntoView {
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

/// What a credited person did, in words.
fn role_label(role: CreditRole) -> &'static str {
    match role {
        CreditRole::Reporting => "reporting",
        CreditRole::Writing => "writing",
        CreditRole::Editing => "editing",
        CreditRole::Contributor => "contributed",
        CreditRole::AdditionalReporting => "additional reporting",
    }
}

/// The truncation warning with the evidence for it.
#[component]
fn Truncation(index: usize) -> impl IntoView {
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

/// The body with highlights and a legend.
#[component]
fn Body(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let data = ctx.data.clone();
    let quotes = data.insights.quotes(index);
    let cues = data.insights.cues(index);
    let (show_quotes, show_cues) = (RwSignal::new(true), RwSignal::new(true));
    // With a frame filter set, only that frame's cues are marked.
    let frame = {
        let (data, state) = (data.clone(), ctx.nav.state);
        Memo::new(move |_| state.with(|s| data.filter(s).frame))
    };
    let toggle = |label: String, on: RwSignal<bool>| {
        view! {
            <label class="legend-toggle">
                <input type="checkbox" prop:checked=move || on.get() on:change=move |_| on.update(|v| *v = !*v) />
                {label}
            </label>
        }
    };
    let legend = view! {
        <div class="legend">
            {match &quotes {
                Some(q) => toggle(format!("{} highlighted (speaker on hover or focus)", count(q.len(), "quote", "quotes")), show_quotes).into_any(),
                None => view! { <span class="muted">"Quotes not analysed in this corpus."</span> }.into_any(),
            }}
            {match &cues {
                Some(c) => toggle(format!("{} marked", count(c.len(), "frame cue", "frame cues")), show_cues).into_any(),
                None => view! { <span class="muted">"Frames not analysed in this corpus."</span> }.into_any(),
            }}
            {move || frame.get().map(|f| view! { <span class="muted">{format!("(only cues of the {f} frame, as filtered)")}</span> })}
        </div>
    };
    let paragraphs = move || {
        let only = frame.get();
        let article = &data.corpus.articles[index];
        if article.body.is_empty() {
            return view! { <p class="empty">"No body text was found."</p> }.into_any();
        }
        article
            .body
            .iter()
            .enumerate()
            .map(|(p, para)| {
                let q: Vec<_> = quotes
                    .iter()
                    .flatten()
                    .filter(|q| q.para == p)
                    .cloned()
                    .collect();
                let c: Vec<_> = cues
                    .iter()
                    .flatten()
                    .filter(|c| c.para == p && only.as_ref().is_none_or(|f| &c.frame == f))
                    .cloned()
                    .collect();
                let text = view! { <MarkedText text=para.text.clone() quotes=q cues=c /> };
                match para.kind {
                    BlockKind::Subheading => view! { <h3 class="body-sub">{text}</h3> }.into_any(),
                    BlockKind::ListItem => view! { <p class="body-li">{text}</p> }.into_any(),
                    BlockKind::Paragraph => view! { <p>{text}</p> }.into_any(),
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        {legend}
        <div
            class="article-body"
            class:plain-quotes=move || !show_quotes.get()
            class:plain-cues=move || !show_cues.get()
            data-testid="article-body"
        >
            {paragraphs}
        </div>
    }
}

/// Captions, image text and credits, kept apart from the body.
#[component]
fn Captions(index: usize) -> impl IntoView {
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
fn Removed(index: usize) -> impl IntoView {
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
