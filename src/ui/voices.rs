//! Voices: who each outlet quotes (bars by group and by speaker, on one scale for all
//! outlets), the first voice of each article, and unnamed sources. A bar opens its quotes.

use framelens_model::voices::{Share, VoiceKind};
use leptos::prelude::*;

use super::common::{headline_of, NotAnalysed, NothingVisible, OutletTag};
use super::nav::Step;
use super::use_ctx;
use crate::format::count;
use crate::insights::voices::{
    items_for, outlet_voices, By, OutletVoices, ANONYMOUS, UNPLACED, UNRESOLVED,
};
use crate::state::query::{open_key, UrlState};

/// The voices view.
#[component]
pub fn Voices() -> impl IntoView {
    let ctx = use_ctx();
    if ctx.data.corpus.articles.iter().all(|a| a.voices.is_none()) {
        return view! { <NotAnalysed what="Voices" field="voices" /> }.into_any();
    }
    let (data, visible) = (ctx.data.clone(), ctx.visible);
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let articles: Vec<(usize, &str, &framelens_model::Article)> = shown
            .iter()
            .map(|&i| (i, data.outlet_of(i), &data.corpus.articles[i]))
            .collect();
        let outlets = outlet_voices(&articles, &data.outlet_names());
        let max_words = outlets
            .iter()
            .flat_map(|o| o.by_actor.iter().chain(&o.by_group))
            .map(|s| s.words)
            .max()
            .unwrap_or(0)
            .max(1);
        view! {
            <ul class="voice-grid" role="list">
                {outlets.into_iter().map(|o| view! { <li><OutletCard voices=o max_words=max_words /></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="block" aria-labelledby="voices-heading">
            <h2 id="voices-heading">"Who gets heard"</h2>
            <p class="lede">
                "Whose words each outlet quotes, counted in quoted words (bars share one scale across "
                "outlets), who speaks first, and who speaks without a name. Open a bar to read its quotes."
            </p>
            {body}
        </section>
    }
    .into_any()
}

/// One outlet: totals, first voices, bars by group and by speaker, unnamed sources.
#[component]
fn OutletCard(voices: OutletVoices, max_words: u32) -> impl IntoView {
    let ctx = use_ctx();
    let outlet = voices.outlet.clone();
    let outlet_attr = outlet.clone();
    let totals = format!(
        "{} · {} · {} · {} · {}",
        count(voices.articles, "article", "articles"),
        count(voices.direct as usize, "direct quote", "direct quotes"),
        count(
            voices.indirect as usize,
            "indirect report",
            "indirect reports"
        ),
        count(
            voices.anonymous as usize,
            "unnamed source",
            "unnamed sources"
        ),
        count(voices.words as usize, "quoted word", "quoted words"),
    );
    let first = voices
        .first
        .iter()
        .map(|(i, f)| {
            let kind = match f.kind {
                VoiceKind::Direct => "quoted",
                VoiceKind::Indirect => "reported",
                VoiceKind::Anonymous => "unnamed source",
            };
            let group = f.group.clone().map(|g| format!(", {g}")).unwrap_or_default();
            let words = ctx.data.corpus.articles[*i].span_text(&f.evidence).unwrap_or("").to_owned();
            view! {
                <li>
                    <strong>{f.name.clone()}</strong>
                    <span class="muted">{format!(" ({kind}{group}) in “{}”", headline_of(&ctx.data.corpus.articles[*i]))}</span>
                    {(words.trim().chars().count() > 2).then(|| view! { <q class="evidence">{words.clone()}</q> })}
                </li>
            }
        })
        .collect_view();
    let unnamed = (!voices.unnamed.is_empty()).then(|| {
        let items = voices
            .unnamed
            .iter()
            .map(|(_, a)| {
                let via = a
                    .relayed_by
                    .clone()
                    .map(|r| format!(" — relayed from {r}"))
                    .unwrap_or_default();
                view! { <li><q>{a.description.clone()}</q>{format!(" ({}){via}", a.cue)}</li> }
            })
            .collect_view();
        view! {
            <h4>"Unnamed sources"</h4>
            <ul class="plain">{items}</ul>
        }
    });
    view! {
        <article class="card voice-card" data-outlet=outlet_attr>
            <h3 class="card-outlet"><OutletTag name=outlet.clone() /></h3>
            <p class="meta">{totals}</p>
            {(!voices.first.is_empty()).then(|| view! {
                <h4>"First voice"</h4>
                <ul class="plain first-voices">{first}</ul>
            })}
            <Bars outlet=outlet.clone() by=By::Group shares=voices.by_group max_words=max_words />
            <Bars outlet=outlet by=By::Actor shares=voices.by_actor max_words=max_words />
            {unnamed}
        </article>
    }
}

/// A share's name for people: the analysis's placeholder keys in words.
pub fn display_name(name: &str) -> String {
    match name {
        UNRESOLVED => "speaker not found".to_owned(),
        UNPLACED => "in no group".to_owned(),
        ANONYMOUS => "unnamed sources".to_owned(),
        other => other.to_owned(),
    }
}

/// Bars for one outlet: each a button with the share in words and numbers.
#[component]
fn Bars(outlet: String, by: By, shares: Vec<Share>, max_words: u32) -> impl IntoView {
    let nav = use_ctx().nav;
    if shares.is_empty() {
        return None;
    }
    let title = match by {
        By::Group => "By group",
        By::Actor => "By speaker",
    };
    let bars = shares
        .into_iter()
        .map(|s| {
            let key = open_key(&[by.tag(), &outlet, &s.key]);
            let k = key.clone();
            let open = Memo::new(move |_| nav.state.with(|st| st.open.as_deref() == Some(k.as_str())));
            let pct = (u64::from(s.words) * 100 / u64::from(max_words)).min(100);
            let numbers = format!(
                "{} · {} · {}",
                count(s.words as usize, "word", "words"),
                count(s.quotes as usize, "quote", "quotes"),
                count(s.indirect as usize, "indirect", "indirect")
            );
            let outlet = outlet.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="bar"
                        data-testid="voice-bar"
                        aria-expanded=move || open.get().to_string()
                        on:click=move |_| nav.toggle_open(key.clone())
                    >
                        <span class="bar-label">{display_name(&s.name)}</span>
                        <span class="bar-track" aria-hidden="true"><span class="bar-fill" style:width=format!("{pct}%")></span></span>
                        <span class="bar-numbers">{numbers}</span>
                    </button>
                    {move || open.get().then(|| view! { <BarQuotes outlet=outlet.clone() by=by key=s.key.clone() /> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h4>{title}</h4>
        <ul class="bars" role="list">{bars}</ul>
    })
}

/// What is behind an opened bar: the voice's quotes, its reported statements, and for unnamed
/// sources their descriptions — each with a link to its article.
#[component]
fn BarQuotes(outlet: String, by: By, key: String) -> impl IntoView {
    let ctx = use_ctx();
    let nav = ctx.nav;
    let articles: Vec<(usize, &framelens_model::Article)> = ctx
        .visible
        .get_untracked()
        .into_iter()
        .filter(|&i| ctx.data.outlet_of(i) == outlet)
        .map(|i| (i, &ctx.data.corpus.articles[i]))
        .collect();
    let found = items_for(&articles, by, &key);
    let link = |i: usize| {
        let id = ctx.data.corpus.articles[i].id.clone();
        let to = move |s: &UrlState| s.with_article(&id);
        view! { <a href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>"in the article"</a> }
    };
    let quotes = found
        .quotes
        .iter()
        .map(|&(i, q)| {
            let speaker = q
                .speaker
                .name
                .clone()
                .unwrap_or_else(|| "unresolved".into());
            let cue = q
                .cue
                .as_ref()
                .map(|c| format!(" ({})", c.phrase))
                .unwrap_or_default();
            view! {
                <li>
                    <q>{q.text.clone()}</q>
                    <span class="muted">{format!(" — {speaker}{cue} · ")}</span>
                    {link(i)}
                </li>
            }
        })
        .collect_view();
    let reports = found
        .reports
        .iter()
        .map(|&(i, r)| view! { <li class="reported">{ctx.data.corpus.articles[i].span_text(&r.sentence).unwrap_or("").to_owned()} <span class="muted">" · "</span>{link(i)}</li> })
        .collect_view();
    let unnamed = found
        .unnamed
        .iter()
        .map(|&(i, a)| {
            let via = a.relayed_by.clone().map(|r| format!(", relayed from {r}")).unwrap_or_default();
            view! { <li><q>{a.description.clone()}</q><span class="muted">{format!(" ({}{via}) · ", a.cue)}</span>{link(i)}</li> }
        })
        .collect_view();
    let empty = found.quotes.is_empty() && found.reports.is_empty() && found.unnamed.is_empty();
    view! {
        <div class="bar-quotes">
            {empty.then(|| view! { <p class="muted">"Nothing to show in the articles shown."</p> })}
            {(!found.quotes.is_empty()).then(|| view! { <ul class="plain">{quotes}</ul> })}
            {(!found.reports.is_empty()).then(|| view! { <p class="muted small">"Reported without quotation marks:"</p><ul class="plain">{reports}</ul> })}
            {(!found.unnamed.is_empty()).then(|| view! { <p class="muted small">"Unnamed sources:"</p><ul class="plain">{unnamed}</ul> })}
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::display_name;

    #[test]
    fn placeholder_keys_read_as_words() {
        assert_eq!(display_name("(unresolved)"), "speaker not found");
        assert_eq!(display_name("(unplaced)"), "in no group");
        assert_eq!(display_name("Think tanks"), "Think tanks");
    }
}
