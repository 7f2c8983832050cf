//! Naming: for each concept slot of corpus.toml, the terms each outlet used for the same thing,
//! with counts; a count opens the sentences. Frequent phrases no slot covers are listed for
//! maintainers.

use leptos::prelude::*;

use super::body::Highlighted;
use super::common::{headline_of, NotAnalysed, NothingVisible};
use super::nav::Step;
use super::use_ctx;
use crate::insights::naming::{hits_in, slot_tables, SlotTable};
use crate::insights::sentences::sentence_view;
use crate::state::query::{open_key, open_parts, UrlState};

/// The naming view.
#[component]
pub fn Naming() -> impl IntoView {
    let ctx = use_ctx();
    let Some(framing) = ctx.data.corpus.framing.clone() else {
        return view! { <NotAnalysed what="Naming choices" field="framing.naming" /> }.into_any();
    };
    if framing.naming.slots.is_empty() {
        return view! {
            <div class="notice" role="note">
                <p class="notice-title">"No concept slots are defined for this corpus."</p>
                <p class="notice-detail">"Add [[framing.slots]] with their terms to corpus.toml and rebuild."</p>
            </div>
        }
        .into_any();
    }
    let (data, visible) = (ctx.data.clone(), ctx.visible);
    let slots = framing.naming.slots.clone();
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let articles: Vec<(&str, &framelens_model::Article)> = shown
            .iter()
            .map(|&i| (data.outlet_of(i), &data.corpus.articles[i]))
            .collect();
        slot_tables(&slots, &articles, &data.outlet_names())
            .into_iter()
            .map(|t| view! { <SlotSection table=t /> })
            .collect_view()
            .into_any()
    };
    let unplaced = framing.naming.unplaced.clone();
    view! {
        <section class="block" aria-labelledby="naming-heading">
            <h2 id="naming-heading">"Naming choices"</h2>
            <p class="lede">
                "The words an outlet picks for the same thing are framing. For each thing the story "
                "keeps naming, the terms each outlet used and how often. Open a count to read the sentences."
            </p>
            {body}
            {(!unplaced.is_empty()).then(|| view! {
                <details class="sub">
                    <summary>"Frequent phrases no slot covers (for maintainers)"</summary>
                    <ul class="plain">
                        {unplaced.into_iter().map(|u| view! {
                            <li><q>{u.phrase}</q>{format!(" — {} uses in {} articles ({})", u.count, u.articles, u.outlets.join(", "))}</li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </section>
    }
    .into_any()
}

/// The shade (1–5) of a count: its share of the slot's largest count, in fifths.
pub fn count_level(n: u32, max: u32) -> u32 {
    if n == 0 || max == 0 {
        return 0;
    }
    (n * 5).div_ceil(max).clamp(1, 5)
}

/// One slot: its terms × outlets, and the opened examples.
#[component]
fn SlotSection(table: SlotTable) -> impl IntoView {
    let nav = use_ctx().nav;
    let heading = format!("slot-{}", table.id);
    let labelled = heading.clone();
    let head = table
        .outlets
        .iter()
        .map(|o| view! { <th scope="col" data-outlet=o.clone()>{o.clone()}</th> })
        .collect_view();
    let max = table
        .rows
        .iter()
        .flat_map(|r| r.counts.iter().copied())
        .max()
        .unwrap_or(0);
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .counts
                .iter()
                .zip(&table.outlets)
                .map(|(&n, outlet)| {
                    if n == 0 {
                        return view! { <td class="zero"><span aria-label="not used">"–"</span></td> }.into_any();
                    }
                    let key = open_key(&[&table.id, outlet, &row.term]);
                    let k = key.clone();
                    let open = move || nav.state.with(|s| s.open.as_deref() == Some(k.as_str()));
                    view! {
                        <td class=format!("l{}", count_level(n, max))>
                            <button type="button" class="cell-button count-button" aria-pressed=move || open().to_string()
                                aria-label=format!("{outlet}: “{}” {n} times", row.term)
                                on:click=move |_| nav.toggle_open(key.clone())>
                                {n}
                            </button>
                        </td>
                    }
                    .into_any()
                })
                .collect_view();
            view! { <tr><th scope="row">{row.term.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let empty = table.rows.is_empty();
    view! {
        <section class="sub slot" aria-labelledby=labelled>
            <h3 id=heading>{table.label.clone()}</h3>
            {table.description.clone().map(|d| view! { <p class="muted">{d}</p> })}
            {if empty {
                view! { <p class="empty">"None of its terms appears in the articles shown."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="data-table naming-table">
                            <thead><tr><th scope="col">"Term"</th>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            <Examples slot_id=table.id.clone() />
        </section>
    }
}

/// The sentences behind an opened count of this slot.
#[component]
fn Examples(slot_id: String) -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav, visible) = (ctx.data.clone(), ctx.nav, ctx.visible);
    move || {
        let open = nav.state.with(|s| s.open.clone())?;
        let parts = open_parts(&open, 3)?;
        if parts[0] != slot_id {
            return None;
        }
        let (outlet, term) = (parts[1].to_owned(), parts[2].to_owned());
        let shown = visible.get();
        let articles: Vec<(&str, &framelens_model::Article)> = shown
            .iter()
            .map(|&i| (data.outlet_of(i), &data.corpus.articles[i]))
            .collect();
        let items = hits_in(&articles, &slot_id, &outlet, &term)
            .into_iter()
            .filter_map(|(a, hit)| {
                let s = sentence_view(a, hit.sentence as usize, None)?;
                let start = s.start;
                let span = (
                    (hit.span.start as usize).saturating_sub(start),
                    (hit.span.end as usize).saturating_sub(start),
                );
                let id = a.id.clone();
                let to = move |st: &UrlState| st.with_article(&id);
                Some(view! {
                    <li>
                        <p class="sentence"><Highlighted text=s.text spans=vec![span] class="term" /></p>
                        <a class="source-link" href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>{headline_of(a)}</a>
                    </li>
                })
            })
            .collect_view();
        Some(view! {
            <div class="opened" aria-live="polite">
                <div class="opened-head">
                    <h4>{format!("“{term}” in {outlet}")}</h4>
                    <button type="button" class="link-button" on:click=move |_| nav.update(Step::Stay, |s| s.open = None)>"Close"</button>
                </div>
                <ol class="sentence-list">{items}</ol>
            </div>
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::count_level;

    #[test]
    fn counts_shade_in_fifths_of_the_largest() {
        assert_eq!(count_level(0, 4), 0);
        assert_eq!(count_level(1, 4), 2);
        assert_eq!(count_level(4, 4), 5);
        assert_eq!(count_level(1, 20), 1);
        assert_eq!(count_level(3, 0), 0);
    }
}
