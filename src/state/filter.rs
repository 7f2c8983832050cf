//! The article filter shared by every view: outlets, frame, actor, date range and text search.
//!
//! Filters combine with AND. Values that match nothing known in the corpus (an outlet, frame
//! or actor it does not have) are ignored, as the UI contract requires.

use super::query::UrlState;

/// What the filter looks at in one article, computed once when the corpus loads.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleFacets {
    /// The outlet's display name (the unknown-outlet label when none was found).
    pub outlet: String,
    /// The publication date when it is a valid `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The frames the article evokes (headline or body), when analysed.
    pub frames: Vec<String>,
    /// The actors it names or quotes (ids and display names), when analysed.
    pub actors: Vec<String>,
    /// Headline, dek and body, lower-cased, for the text search.
    pub haystack: String,
}

/// A filter ready to apply: the URL state resolved against what the corpus has.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Selected outlets (known names only); empty = all.
    pub outlets: Vec<String>,
    /// Frame filter, if the corpus knows the frame.
    pub frame: Option<String>,
    /// Actor filter, if the corpus knows the actor.
    pub actor: Option<String>,
    /// Earliest date, inclusive.
    pub from: Option<String>,
    /// Latest date, inclusive.
    pub to: Option<String>,
    /// Search terms and phrases, lower-cased; all must occur.
    pub terms: Vec<String>,
}

impl Filter {
    /// Resolves the URL state against the corpus's outlets, frames and actors.
    pub fn new(state: &UrlState, outlets: &[String], frames: &[String], actors: &[String]) -> Self {
        let known = |value: &Option<String>, list: &[String]| {
            value
                .as_ref()
                .and_then(|v| list.iter().find(|k| k.eq_ignore_ascii_case(v)).cloned())
        };
        Self {
            outlets: resolve_outlets(&state.outlets, outlets),
            frame: known(&state.frame, frames),
            actor: known(&state.actor, actors),
            from: state.from.clone(),
            to: state.to.clone(),
            terms: search_terms(&state.q),
        }
    }

    /// Whether an article passes every filter.
    pub fn matches(&self, facets: &ArticleFacets) -> bool {
        let outlet_ok = self.outlets.is_empty() || self.outlets.contains(&facets.outlet);
        let frame_ok = self
            .frame
            .as_ref()
            .is_none_or(|f| facets.frames.contains(f));
        let actor_ok = self
            .actor
            .as_ref()
            .is_none_or(|a| facets.actors.contains(a));
        // Undated articles are kept unless a range is set (ISO dates compare as text).
        let date_ok = match (&self.from, &self.to) {
            (None, None) => true,
            (from, to) => facets.published.as_deref().is_some_and(|d| {
                from.as_deref().is_none_or(|f| d >= f) && to.as_deref().is_none_or(|t| d <= t)
            }),
        };
        let text_ok = self.terms.iter().all(|t| facets.haystack.contains(t));
        outlet_ok && frame_ok && actor_ok && date_ok && text_ok
    }
}

/// Maps the `outlet` values of the URL to known outlet names, in the corpus's order.
///
/// Exact names match first, then case-insensitive ones; since the URL separates names with
/// commas, adjacent pieces are rejoined when together they name a known outlet
/// ("Ä & Co" + "Ltd" → "Ä & Co, Ltd"). Unknown names are dropped.
pub fn resolve_outlets(requested: &[String], known: &[String]) -> Vec<String> {
    let find = |name: &str| {
        known.iter().find(|k| k.as_str() == name).or_else(|| {
            known
                .iter()
                .find(|k| k.to_lowercase() == name.to_lowercase())
        })
    };
    let mut picked: Vec<&String> = Vec::new();
    let mut i = 0;
    while i < requested.len() {
        // The longest run of pieces starting here that names an outlet.
        let hit = (i + 1..=requested.len()).rev().find_map(|j| {
            let joined = requested[i..j].join(", ");
            find(&joined).map(|k| (j, k))
        });
        match hit {
            Some((j, name)) => {
                picked.push(name);
                i = j;
            }
            None => i += 1,
        }
    }
    known
        .iter()
        .filter(|k| picked.contains(k))
        .cloned()
        .collect()
}

/// Outlet chips shown before the reader asks for all of them.
pub const TOP_OUTLETS: usize = 12;

/// Which outlets (given as their article counts, in the filter's order) keep their chip when
/// the filter is collapsed: the `top` with the most articles, ties in the filter's order. With
/// at most three more than `top`, all stay: a "show all" that hides so few only costs a click.
pub fn top_outlets(counts: &[usize], top: usize) -> Vec<bool> {
    if counts.len() <= top + 3 {
        return vec![true; counts.len()];
    }
    let mut by_count: Vec<usize> = (0..counts.len()).collect();
    by_count.sort_by_key(|&i| (std::cmp::Reverse(counts[i]), i));
    let mut keep = vec![false; counts.len()];
    for &i in &by_count[..top] {
        keep[i] = true;
    }
    keep
}

/// The outlet selection after clicking `name`: an unselected outlet is added (from "all", it
/// becomes the only one), a selected one removed; selecting every outlet means "all" (empty).
pub fn toggle_outlet(selected: &[String], name: &str, all: &[String]) -> Vec<String> {
    let mut next: Vec<String> = if selected.iter().any(|s| s == name) {
        selected.iter().filter(|s| *s != name).cloned().collect()
    } else {
        selected.iter().cloned().chain([name.to_owned()]).collect()
    };
    next = all.iter().filter(|a| next.contains(a)).cloned().collect();
    if next.len() == all.len() {
        next.clear();
    }
    next
}

/// Splits a search into lower-cased terms; `"quoted phrases"` stay whole.
pub fn search_terms(q: &str) -> Vec<String> {
    let mut terms = Vec::new();
    for (i, chunk) in q.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = chunk.split_whitespace().collect::<Vec<_>>().join(" ");
            if !phrase.is_empty() {
                terms.push(phrase.to_lowercase());
            }
        } else {
            terms.extend(chunk.split_whitespace().map(str::to_lowercase));
        }
    }
    terms
}

/// The text the search looks at: pieces joined by newlines and lower-cased, with runs of
/// whitespace folded so phrases match across line breaks.
pub fn haystack<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    pieces
        .into_iter()
        .flat_map(|p| p.split_whitespace().chain(std::iter::once("\n")))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn collapsed_outlets_keep_the_most_covered() {
        use super::top_outlets;
        // Few outlets: every chip stays.
        assert_eq!(top_outlets(&[1, 2, 3], 2), vec![true; 3]);
        assert_eq!(top_outlets(&[1; 5], 2), vec![true; 5]);
        // Many: the two with most articles; a tie goes to the first in the filter's order.
        let counts = [1, 9, 3, 3, 1, 2, 1];
        assert_eq!(
            top_outlets(&counts, 2),
            vec![false, true, true, false, false, false, false]
        );
        assert_eq!(top_outlets(&counts, 2).iter().filter(|&&k| k).count(), 2);
    }

    use super::*;

    fn facets(outlet: &str, date: Option<&str>, text: &str) -> ArticleFacets {
        ArticleFacets {
            outlet: outlet.into(),
            published: date.map(str::to_owned),
            frames: vec!["Security and defense".into()],
            actors: vec!["Claudia Sheinbaum".into()],
            haystack: haystack([text]),
        }
    }

    fn sample() -> Vec<ArticleFacets> {
        vec![
            facets(
                "Reuters",
                Some("2025-04-08"),
                "Mexico rejects unilateral action",
            ),
            facets("Euronews", None, "Troops 'not on the table'"),
            facets("Fox News", Some("2025-11-04"), "An act of\nwar, she said"),
            ArticleFacets {
                frames: vec![],
                actors: vec![],
                ..facets("Reuters", Some("2026-01-15"), "NYT reports pressure")
            },
        ]
    }

    fn known() -> Vec<String> {
        ["Euronews", "Fox News", "Reuters"]
            .map(String::from)
            .to_vec()
    }

    impl Filter {
        fn apply(&self, facets: &[ArticleFacets]) -> Vec<usize> {
            (0..facets.len())
                .filter(|&i| self.matches(&facets[i]))
                .collect()
        }
    }

    fn filter(query: &str) -> Filter {
        Filter::new(
            &UrlState::from_query(query),
            &known(),
            &["Security and defense".to_owned()],
            &["Claudia Sheinbaum".to_owned()],
        )
    }

    #[test]
    fn no_filter_keeps_everything() {
        assert_eq!(filter("").apply(&sample()), [0, 1, 2, 3]);
    }

    #[test]
    fn outlets_select_their_articles() {
        assert_eq!(filter("outlet=Reuters").apply(&sample()), [0, 3]);
        assert_eq!(
            filter("outlet=Fox%20News,Euronews").apply(&sample()),
            [1, 2]
        );
        // Case-insensitive; unknown names are ignored, and only unknown names mean all.
        assert_eq!(filter("outlet=reuters,Nope").apply(&sample()), [0, 3]);
        assert_eq!(filter("outlet=Nope").apply(&sample()), [0, 1, 2, 3]);
    }

    #[test]
    fn resolving_outlets_rejoins_names_with_commas() {
        let known = ["Ä & Co, Ltd", "Co", "Reuters"].map(String::from);
        let pieces = ["Reuters", "Ä & Co", "Ltd", "Co", "Reuters"].map(String::from);
        assert_eq!(
            resolve_outlets(&pieces, &known),
            ["Ä & Co, Ltd", "Co", "Reuters"]
        );
        assert!(resolve_outlets(&["x".into()], &known).is_empty());
    }

    #[test]
    fn toggling_outlets_keeps_corpus_order_and_all_means_empty() {
        let all = known();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(toggle_outlet(&[], "Reuters", &all), s(&["Reuters"]));
        assert_eq!(
            toggle_outlet(&s(&["Reuters"]), "Euronews", &all),
            s(&["Euronews", "Reuters"])
        );
        assert_eq!(toggle_outlet(&s(&["Reuters"]), "Reuters", &all), s(&[]));
        assert_eq!(
            toggle_outlet(&s(&["Reuters", "Euronews"]), "Fox News", &all),
            s(&[])
        );
    }

    #[test]
    fn date_range_is_inclusive_and_drops_undated() {
        assert_eq!(filter("from=2025-04-08").apply(&sample()), [0, 2, 3]);
        assert_eq!(filter("to=2025-11-04").apply(&sample()), [0, 2]);
        assert_eq!(
            filter("from=2025-05-01&to=2025-12-31").apply(&sample()),
            [2]
        );
    }

    #[test]
    fn search_needs_every_term_and_keeps_phrases() {
        assert_eq!(filter("q=mexico").apply(&sample()), [0]);
        assert_eq!(filter("q=REPORTS+nyt").apply(&sample()), [3]);
        assert_eq!(filter("q=%22act+of+war%22").apply(&sample()), [2]);
        assert_eq!(
            filter("q=%22war+act%22").apply(&sample()),
            Vec::<usize>::new()
        );
        assert_eq!(search_terms(r#" a  "b   c" d ""#), ["a", "b c", "d"]);
    }

    #[test]
    fn frame_and_actor_filters_need_known_values() {
        assert_eq!(
            filter("frame=security+and+defense").apply(&sample()),
            [0, 1, 2]
        );
        assert_eq!(filter("frame=Nothing").apply(&sample()), [0, 1, 2, 3]);
        assert_eq!(
            filter("actor=Claudia+Sheinbaum&outlet=Reuters").apply(&sample()),
            [0]
        );
    }
}
