//! The loaded corpus with what every view needs precomputed: outlets with counts, article
//! order, filter facets and the analyses' results in the page's own shapes.

use framelens_model::{Article, Corpus};

use super::filter::{haystack, ArticleFacets, Filter};
use super::query::UrlState;
use crate::format::Published;
use crate::insights::{self, Insights};

/// Shown for an article whose headline is blank.
pub const UNTITLED: &str = "Untitled article";

/// One outlet of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletInfo {
    /// Display name (or the unknown-outlet label).
    pub name: String,
    /// How many articles it has.
    pub count: usize,
    /// Its colour slot (0–7), stable for the corpus.
    pub color: usize,
    /// False for the unknown-outlet group.
    pub known: bool,
}

/// The corpus and everything derived from it once.
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    /// The corpus as loaded.
    pub corpus: Corpus,
    /// Outlets sorted by name, the unknown one last.
    pub outlets: Vec<OutletInfo>,
    /// Filter facets, parallel to `corpus.articles`.
    pub facets: Vec<ArticleFacets>,
    /// Article indices in reading order: dated oldest first, then undated.
    pub order: Vec<usize>,
    /// The analyses' results (voices, framing), or their absence.
    pub insights: Insights,
}

/// The outlet name the page uses for an article (`Article::outlet_label`).
pub fn outlet_name(article: &Article) -> String {
    article.outlet_label().to_owned()
}

/// The search haystack of an article: headline, dek and body.
fn search_text(a: &Article) -> String {
    haystack(
        std::iter::once(a.headline.as_str())
            .chain(a.dek.as_ref().map(|d| d.value.as_str()))
            .chain(a.body.iter().map(|p| p.text.as_str())),
    )
}

impl Data {
    /// Derives everything from a loaded corpus.
    pub fn new(corpus: Corpus) -> Self {
        let insights = insights::from_corpus(&corpus);
        let facets: Vec<ArticleFacets> = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| ArticleFacets {
                outlet: outlet_name(a),
                published: Published::from_field(a.published.as_deref())
                    .iso()
                    .map(str::to_owned),
                frames: insights.article_frames(i),
                actors: insights.article_actors(i),
                haystack: search_text(a),
            })
            .collect();
        let mut outlets: Vec<OutletInfo> = Vec::new();
        for (f, a) in facets.iter().zip(&corpus.articles) {
            let known = a.outlet.as_ref().is_some_and(|o| !o.name.trim().is_empty());
            match outlets.iter_mut().find(|o| o.name == f.outlet) {
                Some(o) => {
                    o.count += 1;
                    o.known |= known;
                }
                None => outlets.push(OutletInfo {
                    name: f.outlet.clone(),
                    count: 1,
                    color: 0,
                    known,
                }),
            }
        }
        crate::sort::sort_by_key(&mut outlets, |o| {
            (
                i64::from(!o.known),
                0,
                o.name.to_lowercase(),
                o.name.clone(),
            )
        });
        for (i, o) in outlets.iter_mut().enumerate() {
            o.color = i % 8;
        }
        let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| {
            (
                i64::from(facets[i].published.is_none()),
                0,
                // ISO dates sort as text; the id breaks ties (outlet first).
                format!(
                    "{}\u{1}{}",
                    facets[i].published.clone().unwrap_or_default(),
                    facets[i].outlet.to_lowercase()
                ),
                corpus.articles[i].id.clone(),
            )
        });
        Self {
            corpus,
            outlets,
            facets,
            order,
            insights,
        }
    }

    /// Outlet names, in display order.
    pub fn outlet_names(&self) -> Vec<String> {
        self.outlets.iter().map(|o| o.name.clone()).collect()
    }

    /// The filter for a URL state.
    pub fn filter(&self, state: &UrlState) -> Filter {
        // Frames and actors may be named by id or by label in the URL.
        let state = UrlState {
            frame: state
                .frame
                .as_ref()
                .and_then(|f| self.insights.frame_by_name(f))
                .map(|f| f.1),
            actor: state
                .actor
                .as_ref()
                .and_then(|a| self.insights.actor_by_name(a)),
            ..state.clone()
        };
        Filter::new(
            &state,
            &self.outlet_names(),
            &self.insights.frame_names(),
            &self.insights.actor_names(),
        )
    }

    /// The articles passing the state's filters, in reading order.
    pub fn visible(&self, state: &UrlState) -> Vec<usize> {
        let filter = self.filter(state);
        self.order
            .iter()
            .copied()
            .filter(|&i| filter.matches(&self.facets[i]))
            .collect()
    }

    /// Whether the articles' text is loaded: a single-file corpus, or an index completed with
    /// its shards (the full build does so before showing anything). The overview's build reads
    /// the index alone and hands a text search to the full build.
    #[cfg_attr(feature = "views", allow(dead_code))] // the full build's data always has it
    pub fn has_text(&self) -> bool {
        self.corpus.is_complete()
    }

    /// The article with this id, with its index.
    pub fn article(&self, id: &str) -> Option<(usize, &Article)> {
        self.corpus
            .articles
            .iter()
            .enumerate()
            .find(|(_, a)| a.id == id)
    }

    /// The colour slot of an outlet.
    pub fn color_of(&self, outlet: &str) -> usize {
        self.outlets
            .iter()
            .find(|o| o.name == outlet)
            .map_or(0, |o| o.color)
    }

    /// The outlet name of article `i`.
    pub fn outlet_of(&self, i: usize) -> &str {
        &self.facets[i].outlet
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::sample_corpus;
    use framelens_model::UNKNOWN_OUTLET;

    #[test]
    fn outlets_are_counted_and_ordered() {
        let data = Data::new(sample_corpus());
        let names: Vec<(&str, usize, bool)> = data
            .outlets
            .iter()
            .map(|o| (o.name.as_str(), o.count, o.known))
            .collect();
        assert_eq!(
            names,
            [
                ("Euronews", 1, true),
                ("Reuters", 2, true),
                ("The Independent", 1, true),
                (UNKNOWN_OUTLET, 1, false)
            ]
        );
    }

    #[test]
    fn reading_order_is_dated_first() {
        let data = Data::new(sample_corpus());
        let ids: Vec<&str> = data
            .order
            .iter()
            .map(|&i| data.corpus.articles[i].id.as_str())
            .collect();
        assert_eq!(ids, ["004", "002", "001", "000", "003"]);
    }

    #[test]
    fn visible_applies_the_url_filters() {
        let data = Data::new(sample_corpus());
        let state = UrlState::from_query("outlet=Reuters,Unknown%20outlet");
        let ids: Vec<&str> = data
            .visible(&state)
            .iter()
            .map(|&i| data.corpus.articles[i].id.as_str())
            .collect();
        assert_eq!(ids, ["004", "000", "003"]);
        assert_eq!(data.article("002").map(|(i, _)| i), Some(2));
        assert_eq!(data.outlet_of(3), UNKNOWN_OUTLET);
    }

    #[test]
    fn an_index_filters_as_its_complete_corpus_does() {
        for corpus in [sample_corpus(), crate::fixtures::analysed_corpus()] {
            let (index, _) = corpus.clone().into_index(1);
            let (full, part) = (Data::new(corpus.clone()), Data::new(index));
            assert!(full.has_text() && !part.has_text());
            for (a, b) in full.facets.iter().zip(&part.facets) {
                let blank = |f: &ArticleFacets| ArticleFacets {
                    haystack: String::new(),
                    ..f.clone()
                };
                assert_eq!(
                    blank(a),
                    blank(b),
                    "frames, actors, outlet and date need no shard"
                );
            }
            // A body word: found in the complete corpus only (the index has no body).
            let Some(word) = corpus
                .articles
                .iter()
                .flat_map(|a| &a.body)
                .flat_map(|p| p.text.split(' '))
                .find(|w| w.len() > 6 && !corpus.articles.iter().any(|a| a.headline.contains(*w)))
                .map(str::to_owned)
            else {
                continue; // no body text to search
            };
            let state = UrlState {
                q: word.clone(),
                ..UrlState::default()
            };
            assert!(!full.visible(&state).is_empty(), "{word}");
            assert!(part.visible(&state).is_empty(), "{word}");
        }
    }
}
