//! Groups a corpus's articles by outlet, ready to render.
//!
//! The page shows summaries, not the full [`Article`]: this module turns articles into
//! [`OutletGroup`]s of [`ArticleSummary`]s in a stable, documented order.

use std::collections::BTreeMap;

use framelens_core::Article;

use crate::format::{byline, count, Published};

/// Shown for articles whose outlet is not known.
pub const UNKNOWN_OUTLET: &str = "Unknown outlet";

/// Shown for an article whose headline is blank.
pub const UNTITLED: &str = "Untitled article";

/// What the page shows of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSummary {
    /// The article's stable identifier.
    pub id: String,
    /// The headline, or [`UNTITLED`] if blank.
    pub headline: String,
    /// The publication date (or its absence).
    pub published: Published,
    /// The wire agency's name, if the article is wire copy.
    pub wire: Option<String>,
    /// "By …", if any reporter is named.
    pub byline: Option<String>,
}

impl ArticleSummary {
    /// Summarises one article.
    pub fn from_article(article: &Article) -> Self {
        let headline = article.headline.trim();
        Self {
            id: article.id.clone(),
            headline: if headline.is_empty() {
                UNTITLED.to_owned()
            } else {
                headline.to_owned()
            },
            published: Published::from_field(article.published.as_deref()),
            wire: article
                .wire
                .as_ref()
                .map(|w| w.name.trim())
                .filter(|n| !n.is_empty())
                .map(str::to_owned),
            byline: byline(&article.byline),
        }
    }
}

/// The articles of one outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletGroup {
    /// The outlet's name, or [`UNKNOWN_OUTLET`].
    pub name: String,
    /// Whether the outlet is known (false for the [`UNKNOWN_OUTLET`] group).
    pub known: bool,
    /// Its articles: dated ones oldest first, then undated; ties by headline.
    pub articles: Vec<ArticleSummary>,
}

impl OutletGroup {
    /// "1 article", "3 articles".
    pub fn count_label(&self) -> String {
        count(self.articles.len(), "article", "articles")
    }
}

/// Sort key for outlets: known outlets first, by case-insensitive name (exact name breaks
/// ties, so "AP" and "ap" stay apart but adjacent); the unknown outlet last.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct OutletKey<'a> {
    unknown: bool,
    folded: String,
    name: &'a str,
}

impl<'a> OutletKey<'a> {
    fn of(article: &'a Article) -> Self {
        match article
            .outlet
            .as_ref()
            .map(|o| o.name.trim())
            .filter(|n| !n.is_empty())
        {
            Some(name) => Self {
                unknown: false,
                folded: name.to_lowercase(),
                name,
            },
            None => Self {
                unknown: true,
                folded: String::new(),
                name: UNKNOWN_OUTLET,
            },
        }
    }
}

/// Groups articles by outlet name (`article.outlet.name`; missing or blank names go to
/// [`UNKNOWN_OUTLET`]).
///
/// Outlets are sorted by name, case-insensitively, with the unknown outlet last. Within an
/// outlet, articles with a date come first, oldest first; undated ones follow; equal dates
/// are ordered by headline, then id, so the order never depends on input order.
pub fn group_by_outlet(articles: &[Article]) -> Vec<OutletGroup> {
    let mut groups: BTreeMap<OutletKey<'_>, Vec<ArticleSummary>> = BTreeMap::new();
    for article in articles {
        groups
            .entry(OutletKey::of(article))
            .or_default()
            .push(ArticleSummary::from_article(article));
    }
    groups
        .into_iter()
        .map(|(key, mut articles)| {
            articles.sort_by(|a, b| {
                article_date_key(a)
                    .cmp(&article_date_key(b))
                    .then_with(|| a.headline.cmp(&b.headline))
                    .then_with(|| a.id.cmp(&b.id))
            });
            OutletGroup {
                name: key.name.to_owned(),
                known: !key.unknown,
                articles,
            }
        })
        .collect()
}

/// Dated first (ISO dates sort as text), then values that are not dates, then undated.
fn article_date_key(article: &ArticleSummary) -> (u8, &str) {
    match &article.published {
        Published::Date { iso, .. } => (0, iso),
        Published::Unrecognised(raw) => (1, raw),
        Published::Undated => (2, ""),
    }
}

/// One line summing up the corpus, e.g. "5 articles from 4 outlets".
pub fn corpus_summary(groups: &[OutletGroup]) -> String {
    let articles: usize = groups.iter().map(|g| g.articles.len()).sum();
    let known = groups.iter().filter(|g| g.known).count();
    let unknown: usize = groups
        .iter()
        .filter(|g| !g.known)
        .map(|g| g.articles.len())
        .sum();
    let mut line = format!(
        "{} from {}",
        count(articles, "article", "articles"),
        count(known, "outlet", "outlets")
    );
    if unknown > 0 {
        line.push_str(&format!(", {unknown} with no outlet identified"));
    }
    line
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::{article, sample_articles};

    fn names(groups: &[OutletGroup]) -> Vec<&str> {
        groups.iter().map(|g| g.name.as_str()).collect()
    }

    #[test]
    fn groups_by_outlet_sorted_with_unknown_last() {
        let groups = group_by_outlet(&sample_articles());
        assert_eq!(
            names(&groups),
            ["Euronews", "Reuters", "The Independent", UNKNOWN_OUTLET]
        );
        let counts: Vec<usize> = groups.iter().map(|g| g.articles.len()).collect();
        assert_eq!(counts, [1, 2, 1, 1]);
        assert_eq!(groups[1].count_label(), "2 articles");
        assert_eq!(groups[0].count_label(), "1 article");
        assert!(!groups[3].known);
    }

    #[test]
    fn names_compare_case_insensitively_and_blank_is_unknown() {
        let articles = vec![
            article("1", Some("bbc"), None, "b"),
            article("2", Some("AP"), None, "a"),
            article("3", Some("  "), None, "c"),
            article("4", Some("Zeit"), None, "d"),
        ];
        assert_eq!(
            names(&group_by_outlet(&articles)),
            ["AP", "bbc", "Zeit", UNKNOWN_OUTLET]
        );
    }

    #[test]
    fn an_outlet_named_like_the_placeholder_is_not_merged_with_unknown() {
        let articles = vec![
            article("1", Some(UNKNOWN_OUTLET), None, "a"),
            article("2", None, None, "b"),
        ];
        let groups = group_by_outlet(&articles);
        assert_eq!(groups.len(), 2);
        assert!(groups[0].known && !groups[1].known);
    }

    #[test]
    fn articles_are_dated_oldest_first_then_undated() {
        let articles = vec![
            article("1", Some("X"), None, "Undated one"),
            article("2", Some("X"), Some("2026-01-15"), "Later"),
            article("3", Some("X"), Some("sometime"), "Odd date"),
            article("4", Some("X"), Some("2025-04-08"), "Earlier"),
            article("5", Some("X"), Some("2025-04-08"), "Also earlier"),
        ];
        let groups = group_by_outlet(&articles);
        let order: Vec<&str> = groups[0].articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(order, ["5", "4", "2", "3", "1"]);
    }

    #[test]
    fn summaries_carry_wire_byline_and_date() {
        let groups = group_by_outlet(&sample_articles());
        let reuters = &groups[1];
        let first = &reuters.articles[0];
        assert_eq!(first.wire.as_deref(), Some("Reuters"));
        assert_eq!(first.published.label(), "8 April 2025");
        assert_eq!(
            first.byline.as_deref(),
            Some("By Diego Oré and Dave Graham")
        );
        let unknown = &groups[3].articles[0];
        assert_eq!(unknown.published, Published::Undated);
        assert_eq!(unknown.byline, None);
        assert_eq!(unknown.wire, None);
    }

    #[test]
    fn blank_headline_gets_a_placeholder() {
        let summary = ArticleSummary::from_article(&article("1", None, None, "  "));
        assert_eq!(summary.headline, UNTITLED);
    }

    #[test]
    fn summary_line_counts_articles_and_outlets() {
        let groups = group_by_outlet(&sample_articles());
        assert_eq!(
            corpus_summary(&groups),
            "5 articles from 3 outlets, 1 with no outlet identified"
        );
        let one = group_by_outlet(&[article("1", Some("X"), None, "h")]);
        assert_eq!(corpus_summary(&one), "1 article from 1 outlet");
        assert_eq!(corpus_summary(&[]), "0 articles from 0 outlets");
    }
}
