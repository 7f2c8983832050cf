//! Headlines side by side: each visible article's headline with who acts in it (when the
//! headline agency was analysed), its date, and its provenance chain.

use leptos::prelude::*;

use super::common::{headline_of, DateLabel, NothingVisible, OutletTag, Provenance};
use super::nav::Step;
use super::use_ctx;

/// The headlines view.
#[component]
pub fn Headlines() -> impl IntoView {
    let ctx = use_ctx();
    let visible = ctx.visible;
    let analysed = ctx.data.insights.has_agency();
    view! {
        <section class="block" aria-labelledby="headlines-heading">
            <h2 id="headlines-heading">"Headlines side by side"</h2>
            <p class="lede">
                "Each headline as printed, who it casts as acting on whom, and where the text came from: "
                "the site it was copied from, the outlet whose article it is, and the wire agency "
                "whose copy it is. Hover or focus a name to see the words it rests on."
            </p>
            {(!analysed).then(|| view! {
                <p class="muted-note">"Headline agency (actor, action, target) was not analysed in this corpus."</p>
            })}
            {move || {
                let shown = visible.get();
                if shown.is_empty() {
                    return view! { <NothingVisible /> }.into_any();
                }
                view! {
                    <ul class="headline-grid" role="list">
                        {shown.into_iter().map(|i| view! { <li><HeadlineCard index=i /></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// One headline with its agency, date and provenance.
#[component]
fn HeadlineCard(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let article = &ctx.data.corpus.articles[index];
    let outlet = ctx.data.outlet_of(index).to_owned();
    let id = article.id.clone();
    let (id_attr, outlet_attr) = (article.id.clone(), outlet.clone());
    let to = move |s: &crate::state::query::UrlState| s.with_article(&id);
    let agency = ctx.data.insights.agency(index);
    let headline_frame = ctx.data.insights.headline_frame(index);
    view! {
        <article
            class="card headline-card"
            data-testid="article-card"
            data-article-id=id_attr
            data-outlet=outlet_attr
        >
            <p class="card-outlet"><OutletTag name=outlet /> <DateLabel published=article.published.clone() /></p>
            <h3 class="big-headline">
                <a href=ctx.nav.href(to.clone()) on:click=ctx.nav.on_click(Step::Page, to)>
                    {headline_of(article)}
                </a>
            </h3>
            {agency.map(|a| view! {
                <p class="agency">
                    <span class="agency-part"><span class="agency-role">"who acts"</span>{a.agent}</span>
                    <span class="agency-arrow" aria-hidden="true">"→"</span>
                    <span class="agency-part"><span class="agency-role">"action"</span>{a.action}</span>
                    <span class="agency-arrow" aria-hidden="true">"→"</span>
                    <span class="agency-part"><span class="agency-role">"on whom"</span>{a.patient}</span>
                    {a.detail.map(|d| view! { <span class="agency-detail">{d}</span> })}
                </p>
            })}
            {headline_frame.map(|f| view! {
                <p class="meta">"Headline frame: " <span class="frame-chip">{f}</span></p>
            })}
            <Provenance index=index scope="hl" />
        </article>
    }
}
