//! Facts: the facts several articles state, × the visible articles — included (where), left
//! out, published before the fact, or undated. An included cell opens the sentence. Each fact
//! reads as its clearest statement (`Fact::text`, and the outlet it comes from), with the key
//! words its statements were matched on beside it.
//!
//! The asset stores only who states each fact; the other cells are derived here
//! ([`Fact::status_in`]). Thousands of facts × hundreds of articles never fit one table: the
//! rows are the facts some visible article states, [`FACTS_PER_PAGE`] to a page, and the
//! columns the first [`TOP_COLUMNS`] visible articles unless the reader asks for all.

use std::collections::HashMap;

use framelens_model::framing::facts::{Fact, FactStatus, Facts as FactTable};
use leptos::prelude::*;

use super::pager::{Pager, ShowAll};
use crate::state::paging::{collapsed, Page};

use super::body::Highlighted;
use super::common::{headline_of, DateLabel, NotAnalysed, NothingVisible, OutletTag};
use super::nav::Step;
use super::use_ctx;
use crate::format::period_label;
use crate::insights::sentences::sentence_view;
use crate::state::query::{open_key, open_parts, UrlState};

/// The facts view.
#[component]
pub fn Facts() -> impl IntoView {
    let ctx = use_ctx();
    let Some(framing) = ctx.data.corpus.framing.clone() else {
        return view! { <NotAnalysed what="Fact coverage" field="framing.facts" /> }.into_any();
    };
    let table = framing.facts;
    if table.facts.is_empty() {
        return view! { <p class="empty">"No fact is stated by two or more articles of this corpus."</p> }.into_any();
    }
    let visible = ctx.visible;
    let t = table.clone();
    let nav = ctx.nav;
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let (page, all) = nav.state.with(|s| (s.page, s.all));
        view! { <Matrix table=t.clone() shown=shown page=page all=all /> }.into_any()
    };
    view! {
        <section class="block" aria-labelledby="facts-heading">
            <h2 id="facts-heading">"Who included what"</h2>
            <p class="lede">
                "Facts stated by several articles, and which articles left them out: omission made "
                "measurable. An article published before a fact could not include it; an undated one "
                "cannot be judged. Open a ✓ to read the sentence."
            </p>
            <p class="legend">
                <span><span class="fact included">"✓"</span>" included"</span>
                <span><span class="fact omitted">"✗"</span>" left out"</span>
                <span><span class="fact predates">"before"</span>" published before the fact"</span>
                <span><span class="fact undated">"?"</span>" undated article"</span>
            </p>
            {body}
            <OpenedFact table=table />
        </section>
    }
    .into_any()
}

/// Facts on one page.
pub const FACTS_PER_PAGE: usize = 25;
/// Article columns shown before "show all".
pub const TOP_COLUMNS: usize = 24;

/// Facts × visible articles.
#[component]
fn Matrix(table: FactTable, shown: Vec<usize>, page: u32, all: bool) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    // Columns: the visible articles the facts were computed over, in reading order.
    let column_of: HashMap<&str, usize> = table
        .articles
        .iter()
        .enumerate()
        .map(|(c, id)| (id.as_str(), c))
        .collect();
    let cols: Vec<(usize, usize)> = shown
        .iter()
        .filter_map(|&i| {
            let id = ctx.data.corpus.articles[i].id.as_str();
            column_of.get(id).map(|&c| (i, c))
        })
        .collect();
    // Rows: the facts a visible article states, in the table's order (most stated first).
    let mut in_view = vec![false; table.articles.len()];
    for &(_, c) in &cols {
        in_view[c] = true;
    }
    let facts: Vec<&Fact> = table
        .facts
        .iter()
        .filter(|f| f.stated.iter().any(|s| in_view[s.article as usize]))
        .collect();
    let page = Page::of(facts.len(), FACTS_PER_PAGE, page);
    let total_cols = cols.len();
    let cols = &cols[..collapsed(total_cols, TOP_COLUMNS, all)];
    let head = cols
        .iter()
        .map(|&(i, _)| {
            let a = &ctx.data.corpus.articles[i];
            let outlet = ctx.data.outlet_of(i).to_owned();
            let outlet_attr = outlet.clone();
            view! {
                <th scope="col" data-outlet=outlet_attr title=headline_of(a)>
                    <OutletTag name=outlet />
                    <DateLabel published=a.published.clone() />
                </th>
            }
        })
        .collect_view();
    let rows = facts[page.range()]
        .iter()
        .map(|fact| {
            let cells = cols
                .iter()
                .map(|&(i, c)| {
                    let article = &ctx.data.corpus.articles[i];
                    match fact.status_in(c, article.published.as_deref()) {
                        FactStatus::Included => {
                            let key = open_key(&[&fact.id, &article.id]);
                            let k = key.clone();
                            let open = move || nav.state.with(|s| s.open.as_deref() == Some(k.as_str()));
                            let where_ = paragraph_of(article, fact.sentence_in(c))
                                .map(|p| format!(" ¶{}", p + 1))
                                .unwrap_or_default();
                            view! {
                                <td>
                                    <button type="button" class="cell-button fact included"
                                        aria-pressed=move || open().to_string()
                                        aria-label=format!("included{where_}: open the sentence")
                                        on:click=move |_| nav.toggle_open(key.clone())>
                                        {format!("✓{where_}")}
                                    </button>
                                </td>
                            }
                            .into_any()
                        }
                        FactStatus::Omitted => view! { <td><span class="fact omitted" aria-label="left out">"✗"</span></td> }.into_any(),
                        FactStatus::Predates => view! { <td><span class="fact predates">"before"</span></td> }.into_any(),
                        FactStatus::Undated => view! { <td><span class="fact undated" aria-label="undated article">"?"</span></td> }.into_any(),
                    }
                })
                .collect_view();
            let source = source_outlet(&ctx.data, &table, fact);
            view! {
                <tr>
                    <th scope="row">
                        <span class="fact-claim" title=fact.text.clone()>{fact.text.clone()}</span>
                        <span class="fact-meta muted small">
                            {source.map(|o| format!("{o} · "))}
                            "matched on " <span class="fact-label">{fact.label.clone()}</span>
                            {fact.first_known.as_ref().map(|d| format!(" · since {}", period_label(d, Some("month"))))}
                        </span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let shown_cols = cols.len();
    view! {
        <Pager page=page what="facts" />
        <ShowAll shown=shown_cols total=total_cols top=TOP_COLUMNS what="articles" />
        <div class="table-scroll">
            <table class="data-table facts-table">
                <caption>"Facts × articles"</caption>
                <thead><tr><th scope="col">"Fact"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Pager page=page what="facts" />
    }
}

/// The fact and the sentence of the opened cell.
#[component]
fn OpenedFact(table: FactTable) -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav) = (ctx.data.clone(), ctx.nav);
    move || {
        let open = nav.state.with(|s| s.open.clone())?;
        let parts = open_parts(&open, 2)?;
        let fact = table.facts.iter().find(|f| f.id == parts[0])?;
        let source = source_outlet(&data, &table, fact);
        let col = table.articles.iter().position(|a| a == parts[1])?;
        let sentence = fact.sentence_in(col)? as usize;
        let (i, article) = data.article(parts[1])?;
        let view = sentence_view(article, sentence, None)?;
        let id = article.id.clone();
        let to = move |s: &UrlState| s.with_article(&id);
        let outlet = data.outlet_of(i).to_owned();
        Some(view! {
            <section class="opened" aria-live="polite" data-testid="fact-sentence">
                <div class="opened-head">
                    <h3>{fact.text.clone()}</h3>
                    <button type="button" class="link-button" on:click=move |_| nav.update(Step::Stay, |s| s.open = None)>"Close"</button>
                </div>
                <p class="muted">{source.map(|o| format!("As {o} put it; ")).unwrap_or_default()} "matched on " <span class="fact-label">{fact.label.clone()}</span></p>
                <p><OutletTag name=outlet /> " wrote:"</p>
                <blockquote class="sentence"><Highlighted text=view.text spans=Vec::new() class="term" /></blockquote>
                <a class="source-link" href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>{headline_of(article)}</a>
            </section>
        })
    }
}

/// The outlet whose sentence a fact is shown as (`Fact::text_from`), if the file says.
fn source_outlet(
    data: &crate::state::data::Data,
    table: &FactTable,
    fact: &Fact,
) -> Option<String> {
    let from = fact.text_from?;
    let id = table.articles.get(from.article as usize)?;
    let (i, _) = data.article(id)?;
    Some(data.outlet_of(i).to_owned())
}

/// The body paragraph of sentence `sentence` of an article (`None` for the headline or when the
/// article carries no framing).
fn paragraph_of(article: &framelens_model::Article, sentence: Option<u32>) -> Option<u32> {
    let s = article
        .framing
        .as_ref()?
        .sentences
        .get(sentence? as usize)?;
    (s.span.part == framelens_model::Part::Body).then_some(s.span.paragraph)
}
