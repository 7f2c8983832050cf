//! The article view: one article's clean body with quotes and frame cues highlighted, its
//! provenance, a truncation warning, captions kept apart, and (toggled) every line the parser
//! removed with the reason.

use framelens_model::{BlockKind, CreditRole, Part};
use leptos::prelude::*;

use super::article_parts::{Captions, PrevNext, Removed, Truncation};
use super::body::MarkedText;
use super::common::{
    headline_of, ArticleCard, DateLabel, Evidenced, NothingVisible, OutletTag, Provenance,
};
use super::nav::Step;
use super::use_ctx;
use crate::format::{byline, count, Published};
use crate::state::query::{Layer, Plain};

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
    // The legend's layers (`plain=` in the URL) apply to the headline's marks as to the body's.
    let nav = ctx.nav;
    let plain = Memo::new(move |_| nav.state.with(|s| s.plain));
    let credits = article
        .credits
        .iter()
        .map(|c| format!("{} ({})", c.name, role_label(c.role)))
        .collect::<Vec<_>>();
    view! {
        <article
            class="article-view"
            class:plain-quotes=move || plain.get().quotes
            class:plain-cues=move || plain.get().cues
            aria-labelledby="article-headline"
            data-testid="article-view"
        >
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
                <h2 id="article-headline" class="big-headline"><Headline index=index /></h2>
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
            <Body index=index plain=plain />
            <Captions index=index />
            <Removed index=index />
            <PrevNext index=index />
        </article>
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

/// The headline with its quotes and frame cues marked (as the body's).
#[component]
fn Headline(index: usize) -> impl IntoView {
    let data = use_ctx().data;
    let article = &data.corpus.articles[index];
    let mine = |p: Part| p == Part::Headline;
    let quotes: Vec<_> = data
        .insights
        .quotes(index)
        .unwrap_or_default()
        .into_iter()
        .filter(|q| mine(q.part))
        .collect();
    let cues: Vec<_> = data
        .insights
        .cues(index)
        .unwrap_or_default()
        .into_iter()
        .filter(|c| mine(c.part))
        .collect();
    view! { <MarkedText text=headline_of(article) quotes=quotes cues=cues /> }
}

/// The body with highlights and a legend.
#[component]
fn Body(
    index: usize,
    /// The layers switched off (`plain=` in the URL, so a shared link shows the article as its
    /// sender saw it); the classes that hide them sit on the whole article.
    plain: Memo<Plain>,
) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let data = ctx.data.clone();
    let quotes = data.insights.quotes(index);
    let cues = data.insights.cues(index);
    // With a frame filter set, only that frame's cues are marked.
    let frame = {
        let (data, state) = (data.clone(), ctx.nav.state);
        Memo::new(move |_| state.with(|s| data.filter(s).frame))
    };
    let toggle = |label: String, layer: Layer| {
        view! {
            <label class="legend-toggle">
                <input
                    type="checkbox"
                    prop:checked=move || !plain.get().is_off(layer)
                    on:change=move |_| nav.update(Step::Stay, |s| s.plain.flip(layer))
                />
                {label}
            </label>
        }
    };
    let quoted = data.corpus.articles[index]
        .voices
        .as_ref()
        .map_or(0, |v| v.quotes.len());
    let legend = view! {
        <div class="legend">
            {match &quotes {
                Some(_) => toggle(format!("{} highlighted (speaker on hover or focus)", count(quoted, "quote", "quotes")), Layer::Quotes).into_any(),
                None => view! { <span class="muted">"Quotes not analysed in this corpus."</span> }.into_any(),
            }}
            {match &cues {
                Some(c) => toggle(format!("{} marked", count(c.len(), "frame cue", "frame cues")), Layer::Cues).into_any(),
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
                    .filter(|q| q.part == Part::Body && q.para == p)
                    .cloned()
                    .collect();
                let c: Vec<_> = cues
                    .iter()
                    .flatten()
                    .filter(|c| {
                        c.part == Part::Body
                            && c.para == p
                            && only.as_ref().is_none_or(|f| &c.frame == f)
                    })
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
        <div class="article-body" data-testid="article-body">
            {paragraphs}
        </div>
    }
}
