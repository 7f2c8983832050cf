//! Small pieces used by several views: outlet tags, dates, evidence tips, the provenance
//! chain, article cards and the "not analysed" notice.

use framelens_model::{Article, Evidence, EvidenceSource};
use leptos::prelude::*;

use super::nav::Step;
use super::use_ctx;
use crate::format::{byline, Published};
use crate::state::data::UNTITLED;

/// Where a piece of evidence comes from, in words.
pub fn evidence_source(evidence: &Evidence) -> String {
    match (evidence.source, evidence.line) {
        (EvidenceSource::Text, Some(line)) => format!("printed on line {line} of the page"),
        (EvidenceSource::Text, None) => "printed in the page".to_owned(),
        (EvidenceSource::Config, _) => "stated by the collector in corpus.toml".to_owned(),
        (EvidenceSource::Url, _) => "read from the page's address".to_owned(),
        (EvidenceSource::HtmlMeta, _) => "from the page's HTML metadata".to_owned(),
    }
}

/// An article's headline, or a placeholder when blank.
pub fn headline_of(article: &Article) -> String {
    match article.headline.trim() {
        "" => UNTITLED.to_owned(),
        h => h.to_owned(),
    }
}

/// An outlet's name with its colour key.
#[component]
pub fn OutletTag(
    /// The outlet's name.
    name: String,
) -> impl IntoView {
    let color = use_ctx().data.color_of(&name);
    view! {
        <span class=format!("outlet-tag c{color}")>
            <span class="dot" aria-hidden="true"></span>
            {name}
        </span>
    }
}

/// A publication date as a `<time>`, or a marked "undated".
#[component]
pub fn DateLabel(
    /// The article's `published` field.
    published: Option<String>,
) -> impl IntoView {
    let published = Published::from_field(published.as_deref());
    let label = published.label().to_owned();
    match published {
        Published::Date { iso, .. } => {
            view! { <time class="date" datetime=iso>{label}</time> }.into_any()
        }
        Published::Undated => view! {
            <span class="date undated" title="No date is printed for this article">
                "undated"
            </span>
        }
        .into_any(),
        Published::Unrecognised(_) => view! { <span class="date">{label}</span> }.into_any(),
    }
}

/// A value with a tip showing the evidence it rests on, on hover and on keyboard focus.
///
/// The tip is positioned against the nearest `.tip-host` ancestor, so it never runs off a
/// narrow screen.
#[component]
pub fn Evidenced(
    /// The visible value.
    label: String,
    /// What it rests on.
    evidence: Evidence,
    /// A document-unique id for the tip.
    #[prop(into)]
    id: String,
    /// Extra class for the trigger.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let source = evidence_source(&evidence);
    view! {
        <span class="ev">
            <button type="button" class=format!("ev-trigger {class}") aria-describedby=id.clone()>
                {label}
            </button>
            <span role="tooltip" id=id class="ev-tip">
                <span class="ev-quote">"“" {evidence.text} "”"</span>
                <span class="ev-source">{source}</span>
                {evidence.note.map(|n| view! { <span class="ev-note">{n}</span> })}
            </span>
        </span>
    }
}

/// The provenance chain site → outlet → wire, each link explained by its evidence.
#[component]
pub fn Provenance(
    /// Index of the article in the corpus.
    index: usize,
    /// Prefix making the tips' ids unique on the page.
    #[prop(into)]
    scope: String,
) -> impl IntoView {
    let data = use_ctx().data;
    let article = &data.corpus.articles[index];
    let layers = [
        ("Site", "copied from", article.site.clone(), "not recorded"),
        (
            "Outlet",
            "article by",
            article.outlet.clone(),
            "not identified",
        ),
        (
            "Wire",
            "wire copy of",
            article.wire.clone(),
            "none credited",
        ),
    ];
    let items = layers
        .into_iter()
        .enumerate()
        .map(|(n, (name, role, attribution, missing))| {
            let id = format!("{scope}-{}-{}", article.id, name.to_lowercase());
            let value = match attribution {
                Some(a) => view! { <Evidenced label=a.name evidence=a.evidence id=id /> }.into_any(),
                None => view! { <span class="prov-missing">{missing}</span> }.into_any(),
            };
            view! {
                <li class="prov-step">
                    {(n > 0).then(|| view! { <span class="prov-arrow" aria-hidden="true">"→"</span> })}
                    <span class="prov-stack">
                        <span class="prov-role">{role}</span>
                        {value}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="prov tip-host" data-testid="provenance" aria-label="Provenance: site, outlet, wire">
            {items}
        </ol>
    }
}

/// An article in a list: outlet, headline (a link to the article view), date, wire, byline.
#[component]
pub fn ArticleCard(
    /// Index of the article in the corpus.
    index: usize,
    /// Also show the provenance chain.
    #[prop(optional)]
    provenance: bool,
    /// Extra content below the meta line.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ctx = use_ctx();
    let article = &ctx.data.corpus.articles[index];
    let outlet = ctx.data.outlet_of(index).to_owned();
    let id = article.id.clone();
    let outlet_attr = outlet.clone();
    let to = {
        let id = id.clone();
        move |s: &crate::state::query::UrlState| s.with_article(&id)
    };
    let href = ctx.nav.href(to.clone());
    let on_click = ctx.nav.on_click(Step::Page, to);
    view! {
        <article
            class="card"
            data-testid="article-card"
            data-article-id=id
            data-outlet=outlet_attr
        >
            <p class="card-outlet"><OutletTag name=outlet /></p>
            <h3 class="card-headline">
                <a href=href on:click=on_click>{headline_of(article)}</a>
            </h3>
            <p class="meta">
                <DateLabel published=article.published.clone() />
                {article.wire.as_ref().map(|w| view! { <span class="pill">"Wire: " {w.name.clone()}</span> })}
                {byline(&article.byline).map(|b| view! { <span class="byline">{b}</span> })}
                {article.truncated.then(|| view! { <span class="pill warn">"truncated"</span> })}
            </p>
            {provenance.then(|| view! { <Provenance index=index scope="card" /> })}
            {children.map(|c| c())}
        </article>
    }
}

/// Says plainly that an analysis is missing from this corpus.
#[component]
pub fn NotAnalysed(
    /// What is missing, e.g. "Frames".
    #[prop(into)]
    what: String,
    /// The JSON field that would carry it.
    #[prop(into)]
    field: String,
) -> impl IntoView {
    view! {
        <div class="notice" role="note">
            <p class="notice-title">{what} " not analysed in this corpus."</p>
            <p class="notice-detail">
                "This corpus.json has no " <code>{field}</code>
                " data. Rebuild it with a version of framelens that runs this analysis."
            </p>
        </div>
    }
}

/// Says that the filters leave nothing to show.
#[component]
pub fn NothingVisible() -> impl IntoView {
    view! {
        <p class="empty">"No article matches the current filters."</p>
    }
}
