//! Overview: the story's question, outlet chips with counts, the articles on a timeline
//! (undated ones marked apart), and the dated events they mention.

use leptos::prelude::*;

use super::body::Highlighted;
use super::common::{headline_of, ArticleCard, NothingVisible, OutletTag};
use super::nav::Step;
use super::pager::{Pager, ShowAll};
use super::use_ctx;
use crate::format::{count, period_label, Published};
use crate::insights::sentences::sentence_view;
use crate::state::paging::{collapsed, Page};
use crate::state::timeline::{place, ticks};
use framelens_model::framing::timeline::DatePrecision;

/// The overview.
#[component]
pub fn Overview() -> impl IntoView {
    let story = use_ctx().data.corpus.story.clone();
    view! {
        <section class="overview" aria-labelledby="question-label">
            <div class="question-block">
                <p class="eyebrow" id="question-label">"The question"</p>
                <p class="question">{story.question}</p>
                {story.description.map(|d| view! { <p class="description">{d}</p> })}
            </div>
            <OutletChips />
            <Timeline />
            <Events />
        </section>
    }
}

/// Distinct names, sorted.
fn distinct(mut names: Vec<String>) -> Vec<String> {
    crate::sort::sort_by_key(&mut names, |s| (0, 0, s.clone(), String::new()));
    names.dedup();
    names
}

/// One chip per outlet shown, with its article count, the sites and wires behind them, and a
/// button to show that outlet alone (or all again).
#[component]
fn OutletChips() -> impl IntoView {
    let ctx = use_ctx();
    let (nav, visible, data) = (ctx.nav, ctx.visible, ctx.data.clone());
    let chips = move || {
        let shown = visible.get();
        data.outlets
            .iter()
            .filter_map(|o| {
                let mine: Vec<usize> = shown.iter().copied().filter(|&i| data.outlet_of(i) == o.name).collect();
                if mine.is_empty() {
                    return None;
                }
                let names = |f: fn(&framelens_model::Article) -> Option<String>| {
                    distinct(mine.iter().filter_map(|&i| f(&data.corpus.articles[i])).collect()).join(", ")
                };
                let sites = names(|a| a.site.as_ref().map(|s| s.name.clone()));
                let wires = names(|a| a.wire.as_ref().map(|w| w.name.clone()));
                let name = o.name.clone();
                let alone = nav.state.with_untracked(|s| data.filter(s).outlets == [name.clone()]);
                let n = name.clone();
                let toggle = move |_| {
                    let next = if alone { Vec::new() } else { vec![n.clone()] };
                    nav.update(Step::Stay, |s| s.outlets = next);
                };
                Some(view! {
                    <li class=format!("outlet-card c{}", o.color)>
                        <OutletTag name=name.clone() />
                        <span class="outlet-count">{count(mine.len(), "article", "articles")}</span>
                        {(!sites.is_empty()).then(|| view! { <span class="outlet-wires">"copied from " {sites}</span> })}
                        {(!wires.is_empty()).then(|| view! { <span class="outlet-wires">"wire copy: " {wires}</span> })}
                        <button type="button" class="link-button" on:click=toggle>
                            {if alone { "Show all outlets".to_owned() } else { format!("Only {name}") }}
                        </button>
                    </li>
                })
            })
            .collect_view()
    };
    view! {
        <section class="block" aria-labelledby="outlets-heading">
            <h2 id="outlets-heading">"Outlets"</h2>
            <ul class="outlet-cards" role="list">{chips}</ul>
        </section>
    }
}

/// Article cards per page of the timeline's list.
const CARDS_PER_PAGE: usize = 50;

/// Events shown before "show all".
const EVENTS_TOP: usize = 20;

/// The dated events the visible articles mention, earliest first, each with its sentence; from
/// an index without the articles' text (a large corpus), with the words that date it.
#[component]
fn Events() -> impl IntoView {
    let ctx = use_ctx();
    let (data, visible, nav) = (ctx.data.clone(), ctx.visible, ctx.nav);
    let events = data
        .corpus
        .framing
        .as_ref()
        .map(|f| f.timeline.events.clone())?;
    if events.is_empty() {
        return None;
    }
    // Ids sorted once, then a binary search per event (no hash map: its code would weigh on
    // the first view's WASM).
    let mut ids: Vec<(String, usize)> = data
        .corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.clone(), i))
        .collect();
    crate::sort::sort_by_key(&mut ids, |(id, _)| (0, 0, id.clone(), String::new()));
    let located: Vec<(usize, framelens_model::framing::timeline::TimelineEvent)> = events
        .into_iter()
        .filter_map(|e| {
            let k = ids
                .binary_search_by(|(id, _)| id.as_str().cmp(e.article.as_str()))
                .ok()?;
            Some((ids[k].1, e))
        })
        .collect();
    let list = move || {
        let shown = visible.get();
        let mut in_view = vec![false; data.corpus.articles.len()];
        for &i in &shown {
            in_view[i] = true;
        }
        let all = nav.state.with(|s| s.all);
        let mine: Vec<&(usize, _)> = located.iter().filter(|(i, _)| in_view[*i]).collect();
        let total = mine.len();
        let mine = &mine[..collapsed(total, EVENTS_TOP, all)];
        let rows = mine
            .iter()
                .map(|(i, e)| {
                    let i = *i;
                    let article = &data.corpus.articles[i];

                    let precision = e.precision.map(|p| match p {
                        DatePrecision::Day => "day",
                        DatePrecision::Week => "week",
                        DatePrecision::Month => "month",
                        DatePrecision::Year => "year",
                    });
                    let when = period_label(e.date.as_deref().unwrap_or(""), precision);
                    // Without the text (an index), the date as the article words it.
                    let sentence = sentence_view(article, e.sentence as usize, None)
                        .map_or_else(|| e.text.clone(), |s| s.text);
                    let spans = locate(&sentence, &e.text);
                    let id = article.id.clone();
                    let to = move |s: &crate::state::query::UrlState| s.with_article(&id);
                    view! {
                        <li>
                            <span class="event-when">{when}</span>
                            <span class="event-what">
                                <span class="sentence"><Highlighted text=sentence spans=spans class="term" /></span>
                                <span class="event-source">
                                    <OutletTag name=data.outlet_of(i).to_owned() />
                                    " · "
                                    <a href=nav.href(to.clone()) on:click=nav.on_click(Step::Page, to)>{headline_of(article)}</a>
                                </span>
                            </span>
                        </li>
                    }
                })
                .collect_view();
        let shown_n = mine.len();
        view! {
            <ol class="events" role="list">{rows}</ol>
            <ShowAll shown=shown_n total=total top=EVENTS_TOP what="events" />
        }
    };
    Some(view! {
        <section class="block" aria-labelledby="events-heading">
            <h2 id="events-heading">"What happened when, as the articles tell it"</h2>
            <p class="lede">"Dates the articles mention; relative ones (\u{201c}on Monday\u{201d}, \u{201c}last week\u{201d}) are resolved against the article's own date."</p>
            {list}
        </section>
    })
}

/// Where `needle` first occurs in `text`, as a character span (empty when absent).
fn locate(text: &str, needle: &str) -> Vec<(usize, usize)> {
    text.find(needle)
        .map(|b| {
            let start = text[..b].chars().count();
            vec![(start, start + needle.chars().count())]
        })
        .unwrap_or_default()
}

/// The visible articles on a time axis, numbered, then listed in the same order; undated
/// articles follow, marked as such.
#[component]
fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let (visible, nav) = (ctx.visible, ctx.nav);
    let data = ctx.data.clone();
    let body = move || {
        let shown = visible.get();
        if shown.is_empty() {
            return view! { <NothingVisible /> }.into_any();
        }
        let dates: Vec<(usize, String)> = shown
            .iter()
            .filter_map(|&i| data.facets[i].published.clone().map(|d| (i, d)))
            .collect();
        let undated: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| data.facets[i].published.is_none())
            .collect();
        let refs: Vec<(usize, &str)> = dates.iter().map(|(i, d)| (*i, d.as_str())).collect();
        let placed = place(&refs, 0.06);
        let ticks = match (dates.first(), dates.last()) {
            (Some(a), Some(b)) => ticks(&a.1, &b.1, 6),
            _ => Vec::new(),
        };
        let lanes = placed.iter().map(|p| p.lane + 1).max().unwrap_or(1);
        let label = match (dates.first(), dates.last()) {
            (Some(a), Some(b)) => format!(
                "Timeline of {} from {} to {}{}",
                count(dates.len(), "dated article", "dated articles"),
                Published::from_field(Some(&a.1)).label(),
                Published::from_field(Some(&b.1)).label(),
                if undated.is_empty() {
                    String::new()
                } else {
                    format!("; {} undated", undated.len())
                }
            ),
            _ => "No article has a printed date".to_owned(),
        };
        let mut numbers = vec![0; data.corpus.articles.len()];
        for (k, (i, _)) in dates.iter().enumerate() {
            numbers[*i] = k + 1;
        }
        let number = |i: usize| numbers.get(i).copied().filter(|&n| n > 0);
        let dots = placed
            .iter()
            .map(|p| {
                let n = number(p.key).unwrap_or(0);
                let color = data.color_of(data.outlet_of(p.key));
                let tenths = 4 + p.lane * 20;
                // Set through the CSSOM (`style:`), which the page's CSP allows; a `style`
                // attribute would need 'unsafe-inline'.
                let left = format!("{}%", hundredths(p.x));
                let top = format!("{}.{}rem", tenths / 10, tenths % 10);
                view! { <span class=format!("tl-dot c{color}") style:left=left style:top=top>{n}</span> }
            })
            .collect_view();
        let ticks = ticks
            .into_iter()
            .map(|t| {
                // Labels near an end are anchored to it, so they never run off the axis.
                let shift = if t.x < 0.1 {
                    "0%"
                } else if t.x > 0.9 {
                    "-100%"
                } else {
                    "-50%"
                };
                let left = format!("{}%", hundredths(t.x));
                let transform = format!("translateX({shift})");
                view! { <span class="tl-tick" style:left=left style:transform=transform>{t.label}</span> }
            })
            .collect_view();
        let axis_height = format!("{}.6rem", 2 + lanes * 2);
        // Cards in pages: the axis shows every article, the list a page of them.
        let page = Page::of(
            dates.len() + undated.len(),
            CARDS_PER_PAGE,
            nav.state.with(|s| s.page),
        );
        let on_page = page.range();
        let dated_cards = dates
            .iter()
            .enumerate()
            .filter(|(k, _)| on_page.contains(k))
            .map(|(_, (i, _))| view! { <li><ArticleCard index=*i /></li> })
            .collect_view();
        let undated_on_page: Vec<usize> = undated
            .iter()
            .enumerate()
            .filter(|(k, _)| on_page.contains(&(dates.len() + k)))
            .map(|(_, &i)| i)
            .collect();
        let undated_cards = undated_on_page
            .iter()
            .map(|&i| view! { <li><ArticleCard index=i /></li> })
            .collect_view();
        view! {
            {(!dates.is_empty()).then(|| view! {
                <div class="tl-axis" role="img" aria-label=label style:height=axis_height>
                    <span class="tl-line" aria-hidden="true"></span>
                    {dots}
                    <div class="tl-ticks">{ticks}</div>
                </div>
            })}
            <Pager page=page what="articles" />
            <ol class="tl-list" role="list">{dated_cards}</ol>
            {(!undated_on_page.is_empty()).then(|| view! {
                <h3 class="tl-undated">"Undated — no publication date is printed"</h3>
                <ul class="tl-list undated-list" role="list">{undated_cards}</ul>
            })}
            <Pager page=page what="articles" />
        }
        .into_any()
    };
    view! {
        <section class="block" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"Timeline"</h2>
            {body}
        </section>
    }
}

/// A fraction (0–1) as a percentage with two decimals, without float formatting ("12.34").
pub fn hundredths(x: f64) -> String {
    let v = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:02}", v / 100, v % 100)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{hundredths, locate};

    #[test]
    fn locates_words_by_character() {
        assert_eq!(locate("¿Qué? on Monday it", "on Monday"), vec![(6, 15)]);
        assert!(locate("nothing", "Monday").is_empty());
    }

    #[test]
    fn percentages_have_two_decimals() {
        assert_eq!(hundredths(0.0), "0.00");
        assert_eq!(hundredths(0.123456), "12.35");
        assert_eq!(hundredths(1.0), "100.00");
        assert_eq!(hundredths(2.0), "100.00");
    }
}
