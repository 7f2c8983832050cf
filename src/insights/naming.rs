//! Naming choices: per concept slot, the terms each outlet used, counted over the visible
//! articles from the per-article hits in the JSON, with the sentences behind each count.

use framelens_model::framing::naming::{NamingHit, SlotNaming};
use framelens_model::Article;

/// One term of a slot and its count per outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermRow {
    /// The term as configured.
    pub term: String,
    /// Uses per outlet, in the table's outlet order.
    pub counts: Vec<u32>,
    /// Uses in all.
    pub total: u32,
}

/// A slot's table: terms (used at least once) × outlets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotTable {
    /// Slot id.
    pub id: String,
    /// Slot label ("The US action").
    pub label: String,
    /// What it names.
    pub description: Option<String>,
    /// Outlets (columns).
    pub outlets: Vec<String>,
    /// Terms, most used first (ties in the configured order).
    pub rows: Vec<TermRow>,
}

/// Builds the tables for `slots` from the hits of `articles` (`(outlet, article)`), with
/// one column per outlet of `outlets` that has an analysed article.
pub fn slot_tables(
    slots: &[SlotNaming],
    articles: &[(&str, &Article)],
    outlets: &[String],
) -> Vec<SlotTable> {
    let columns: Vec<String> = outlets
        .iter()
        .filter(|o| {
            articles
                .iter()
                .any(|(a, art)| a == o && art.framing.is_some())
        })
        .cloned()
        .collect();
    slots
        .iter()
        .map(|slot| {
            let mut rows: Vec<(usize, TermRow)> = slot
                .terms
                .iter()
                .enumerate()
                .map(|(n, term)| {
                    let counts: Vec<u32> = columns
                        .iter()
                        .map(|o| hits_in(articles, &slot.id, o, term).len() as u32)
                        .collect();
                    let total = counts.iter().sum();
                    (
                        n,
                        TermRow {
                            term: term.clone(),
                            counts,
                            total,
                        },
                    )
                })
                .filter(|(_, r)| r.total > 0)
                .collect();
            crate::sort::sort_by_key(&mut rows, |(n, r)| {
                crate::sort::nums(-i64::from(r.total), *n as i64)
            });
            SlotTable {
                id: slot.id.clone(),
                label: slot.label.clone(),
                description: slot.description.clone(),
                outlets: columns.clone(),
                rows: rows.into_iter().map(|(_, r)| r).collect(),
            }
        })
        .collect()
}

/// The hits of one slot term in one outlet's articles, with the article.
pub fn hits_in<'a>(
    articles: &[(&str, &'a Article)],
    slot: &str,
    outlet: &str,
    term: &str,
) -> Vec<(&'a Article, &'a NamingHit)> {
    articles
        .iter()
        .filter(|(o, _)| *o == outlet)
        .flat_map(|(_, a)| {
            a.framing
                .iter()
                .flat_map(|f| f.naming.iter())
                .filter(|h| h.slot == slot && h.term == term)
                .map(move |h| (*a, h))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;

    #[test]
    fn counts_terms_per_outlet() {
        let corpus = analysed_corpus();
        let slots = &corpus.framing.as_ref().unwrap().naming.slots;
        let articles = vec![
            ("Reuters", &corpus.articles[0]),
            ("Fox News", &corpus.articles[1]),
        ];
        let outlets = ["Fox News", "Reuters", "Nobody"].map(String::from);
        let tables = slot_tables(slots, &articles, &outlets);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].outlets, ["Fox News", "Reuters"]);
        let rows: Vec<(&str, &[u32], u32)> = tables[0]
            .rows
            .iter()
            .map(|r| (r.term.as_str(), r.counts.as_slice(), r.total))
            .collect();
        assert_eq!(
            rows,
            [("strikes", &[0, 1][..], 1), ("troops", &[1, 0][..], 1)]
        );
        let hits = hits_in(&articles, "us_action", "Fox News", "troops");
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].1.span.start, hits[0].1.span.end), (13, 19));
    }

    #[test]
    fn only_visible_articles_count() {
        let corpus = analysed_corpus();
        let slots = &corpus.framing.as_ref().unwrap().naming.slots;
        let articles = vec![("Reuters", &corpus.articles[0])];
        let tables = slot_tables(slots, &articles, &["Fox News".into(), "Reuters".into()]);
        assert_eq!(tables[0].outlets, ["Reuters"]);
        assert_eq!(tables[0].rows.len(), 1);
    }
}
