//! Compare two: choose two articles; their sentences side by side — shared word for word,
//! rewritten, or found in one article only — from the shared-text analysis.

use leptos::prelude::*;

use super::common::{headline_of, ArticleCard, NothingVisible};
use super::nav::Step;
use super::use_ctx;
use crate::format::count;
use crate::insights::align::{find, rows, tally, Match, Row};
use crate::insights::heatmap::percent;
use crate::insights::sentences::sentence_view;

/// The pair shown: the URL's `a` and `b` when visible and distinct, else the first visible ones.
pub fn pick_pair(
    shown: &[usize],
    ids: &[&str],
    a: Option<&str>,
    b: Option<&str>,
) -> Option<(usize, usize)> {
    let find = |id: Option<&str>| id.and_then(|id| shown.iter().copied().find(|&i| ids[i] == id));
    let first = find(a).or_else(|| shown.first().copied())?;
    let second = find(b)
        .filter(|&i| i != first)
        .or_else(|| shown.iter().copied().find(|&i| i != first))?;
    Some((first, second))
}

/// The compare view.
#[component]
pub fn Compare() -> impl IntoView {
    let ctx = use_ctx();
    let (data, nav, visible) = (ctx.data.clone(), ctx.nav, ctx.visible);
    let body = move || {
        let shown = visible.get();
        let ids: Vec<&str> = data.corpus.articles.iter().map(|a| a.id.as_str()).collect();
        let pair = nav
            .state
            .with(|s| pick_pair(&shown, &ids, s.a.as_deref(), s.b.as_deref()));
        let Some((a, b)) = pair else {
            return if shown.is_empty() {
                view! { <NothingVisible /> }.into_any()
            } else {
                view! { <p class="empty">"Only one article is shown: widen the filters to compare two."</p> }.into_any()
            };
        };
        view! {
            <div class="pickers">
                <Picker second=false chosen=a shown=shown.clone() />
                <Picker second=true chosen=b shown=shown.clone() />
            </div>
            <div class="pair-cards">
                <ArticleCard index=a />
                <ArticleCard index=b />
            </div>
            <Aligned a=a b=b />
        }
        .into_any()
    };
    view! {
        <section class="block" aria-labelledby="compare-heading">
            <h2 id="compare-heading">"Compare two articles"</h2>
            <p class="lede">
                "Two articles sentence by sentence: what they share word for word (wire copy, a reused "
                "paragraph), what one rewrote from the other, and what only one of them says."
            </p>
            {body}
        </section>
    }
}

/// A select choosing one article of the pair.
#[component]
fn Picker(second: bool, chosen: usize, shown: Vec<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let chosen_id = ctx.data.corpus.articles[chosen].id.clone();
    let options = shown
        .iter()
        .map(|&i| {
            let a = &ctx.data.corpus.articles[i];
            let label = format!("{} — {}", ctx.data.outlet_of(i), headline_of(a));
            view! { <option value=a.id.clone() selected=i == chosen>{label}</option> }
        })
        .collect_view();
    let on_change = move |ev| {
        let id = event_target_value(&ev);
        nav.update(Step::Stay, |s| {
            if second {
                s.b = Some(id)
            } else {
                s.a = Some(id)
            }
        });
    };
    view! {
        <label class="field">
            <span class="field-label">{if second { "Second article (B)" } else { "First article (A)" }}</span>
            <select prop:value=chosen_id on:change=on_change>{options}</select>
        </label>
    }
}

/// The aligned sentences of two articles.
#[component]
fn Aligned(a: usize, b: usize) -> impl IntoView {
    let ctx = use_ctx();
    let Some(shared) = ctx
        .data
        .corpus
        .framing
        .as_ref()
        .map(|f| f.shared_text.clone())
    else {
        return view! { <p class="muted-note">"Shared text was not analysed in this corpus."</p> }
            .into_any();
    };
    let (art_a, art_b) = (&ctx.data.corpus.articles[a], &ctx.data.corpus.articles[b]);
    let n = |art: &framelens_model::Article| art.framing.as_ref().map_or(0, |f| f.sentences.len());
    let alignment = find(&shared.alignments, &art_a.id, &art_b.id);
    let grid = rows(alignment, n(art_a), n(art_b));
    let (same, rewritten, only_a, only_b) = tally(&grid);
    let similarity = {
        let pos = |id: &str| shared.articles.iter().position(|x| x == id);
        match (pos(&art_a.id), pos(&art_b.id)) {
            (Some(x), Some(y)) => shared.matrix.get(x).and_then(|r| r.get(y)).copied(),
            _ => None,
        }
    };
    let text = |art: &framelens_model::Article, i: usize| {
        sentence_view(art, i, None)
            .map(|s| s.text)
            .unwrap_or_default()
    };
    let cell = |side: &'static str, class: &'static str, t: Option<String>| match t {
        Some(t) => {
            view! { <div class=format!("al-cell {class}") data-side=side>{t}</div> }.into_any()
        }
        None => view! { <div class="al-cell empty-cell" aria-hidden="true"></div> }.into_any(),
    };
    let rows_view = grid
        .iter()
        .map(|row| match *row {
            Row::Both { a: x, b: y, how } => {
                let (class, label) = match how {
                    Match::Shared => ("shared", "shared word for word".to_owned()),
                    Match::Rewritten(s) => {
                        ("rewritten", format!("rewritten ({} similar)", percent(s)))
                    }
                };
                view! {
                    <div class=format!("al-row {class}") role="listitem">
                        <span class="al-tag">{label}</span>
                        {cell("A", class, Some(text(art_a, x)))}
                        {cell("B", class, Some(text(art_b, y)))}
                    </div>
                }
                .into_any()
            }
            Row::Apart { a: x, b: y } => view! {
                <div class="al-row apart" role="listitem">
                    {cell("A", "only", x.map(|x| text(art_a, x)))}
                    {cell("B", "only", y.map(|y| text(art_b, y)))}
                </div>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <p class="legend">
            <span><span class="al-key shared"></span>{count(same, "sentence shared", "sentences shared")}</span>
            <span><span class="al-key rewritten"></span>{count(rewritten, "rewritten", "rewritten")}</span>
            <span><span class="al-key only"></span>{format!("{only_a} only in A, {only_b} only in B")}</span>
            {similarity.map(|s| view! { <span>{format!("text similarity {}", percent(s))}</span> })}
        </p>
        {(same + rewritten == 0).then(|| view! {
            <p class="muted-note">"These two articles share no sentence, word for word or rewritten."</p>
        })}
        <div class="al-head" aria-hidden="true"><span>"A"</span><span>"B"</span></div>
        <div class="aligned" role="list" aria-label="Sentences of A and B side by side">{rows_view}</div>
    }
    .into_any()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::pick_pair;

    #[test]
    fn the_pair_falls_back_to_the_first_visible_articles() {
        let ids = ["x", "y", "z"];
        assert_eq!(pick_pair(&[2, 0, 1], &ids, None, None), Some((2, 0)));
        assert_eq!(
            pick_pair(&[2, 0, 1], &ids, Some("y"), Some("x")),
            Some((1, 0))
        );
        // Hidden or identical choices are replaced.
        assert_eq!(pick_pair(&[0, 1], &ids, Some("z"), Some("x")), Some((0, 1)));
        assert_eq!(pick_pair(&[0, 1], &ids, Some("y"), Some("y")), Some((1, 0)));
        assert_eq!(pick_pair(&[1], &ids, None, None), None);
    }
}
