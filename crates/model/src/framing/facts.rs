//! Facts stated across articles, and which articles state them.

use serde::{Deserialize, Serialize};

/// Whether an article states a fact. Derived ([`Fact::status_in`]), not stored in the asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactStatus {
    /// States it (see [`Fact::sentence_in`]).
    Included,
    /// Leaves it out though published after it was known.
    Omitted,
    /// Published before the fact's first date: not an omission.
    Predates,
    /// Leaves it out, but has no date, so it may predate the fact.
    Undated,
}

/// One article stating a fact, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Statement {
    /// The article: its index in [`Facts::articles`].
    pub article: u32,
    /// The sentence stating it (index in the article's `framing.sentences`, whose `span` says
    /// where it is).
    pub sentence: u32,
}

/// A fact stated by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Fact {
    /// "F1", "F2"… in order of how many articles state it.
    pub id: String,
    /// Its key words, in the order of its first statement ("designated · six · cartels · February 2025"):
    /// the evidence its statements were matched on.
    pub label: String,
    /// The fact as a reader sees it: the clearest of its statements, in full (a sentence that
    /// stands on its own, reports rather than quotes, carries the key words; see the core's
    /// `framing::facts::statement`).
    pub text: String,
    /// Where `text` comes from: one of [`Fact::stated`]. Absent in files written before the
    /// clearest statement was chosen (their `text` is the first statement).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_from: Option<Statement>,
    /// The numbers, dates and rare names it is anchored on.
    pub anchors: Vec<String>,
    /// Earliest date known for it: its earliest resolved date, else the earliest publication stating it.
    pub first_known: Option<String>,
    /// How many articles state it.
    pub articles: u32,
    /// The articles that state it, in the order of [`Facts::articles`], one statement each.
    /// Every other article left it out, or predates or is undated (see [`Fact::status_in`]):
    /// derived, never stored, so the asset grows with the statements, not with facts × articles.
    pub stated: Vec<Statement>,
}

impl Fact {
    /// The sentence stating this fact in article `col` (its index in [`Facts::articles`]).
    pub fn sentence_in(&self, col: usize) -> Option<u32> {
        let col = u32::try_from(col).ok()?;
        self.stated
            .binary_search_by_key(&col, |s| s.article)
            .ok()
            .map(|i| self.stated[i].sentence)
    }

    /// Whether article `col`, published on `published` (`YYYY-MM-DD`), states this fact, left
    /// it out, predates it or cannot be judged.
    pub fn status_in(&self, col: usize, published: Option<&str>) -> FactStatus {
        match self.sentence_in(col) {
            Some(_) => FactStatus::Included,
            None => left_out(published, self.first_known.as_deref()),
        }
    }
}

/// The status of an article that does not state a fact first known on `first_known`: undated
/// when it has no (well-formed) date, published before the fact, or left out. ISO days compare
/// as strings.
pub fn left_out(published: Option<&str>, first_known: Option<&str>) -> FactStatus {
    match (published.filter(|p| is_iso_day(p)), first_known) {
        (None, _) => FactStatus::Undated,
        (Some(p), Some(f)) if p < f => FactStatus::Predates,
        _ => FactStatus::Omitted,
    }
}

fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// The facts of a corpus and the articles they were sought in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct Facts {
    /// Article ids; a [`Statement`] names an article by its index here.
    pub articles: Vec<String>,
    /// The facts.
    pub facts: Vec<Fact>,
}

/// The facts one article states (the facts it left out are derived: [`Fact::status_in`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "lite", derive(serde_lite::Deserialize))]
pub struct ArticleFacts {
    /// Ids of the facts it states.
    pub included: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(first_known: Option<&str>, stated: &[(u32, u32)]) -> Fact {
        Fact {
            id: "F1".into(),
            label: String::new(),
            text: String::new(),
            text_from: None,
            anchors: Vec::new(),
            first_known: first_known.map(str::to_owned),
            articles: stated.len() as u32,
            stated: stated
                .iter()
                .map(|&(article, sentence)| Statement { article, sentence })
                .collect(),
        }
    }

    #[test]
    fn statuses_are_derived_from_statements_and_dates() {
        let f = fact(Some("2025-02-01"), &[(1, 4), (3, 0)]);
        assert_eq!(f.sentence_in(1), Some(4));
        assert_eq!(f.sentence_in(3), Some(0));
        assert_eq!(f.sentence_in(2), None);
        assert_eq!(f.status_in(1, None), FactStatus::Included);
        assert_eq!(f.status_in(0, Some("2025-03-01")), FactStatus::Omitted);
        assert_eq!(f.status_in(0, Some("2025-02-01")), FactStatus::Omitted);
        assert_eq!(f.status_in(0, Some("2025-01-31")), FactStatus::Predates);
        assert_eq!(f.status_in(0, None), FactStatus::Undated);
        assert_eq!(f.status_in(0, Some("sometime")), FactStatus::Undated);
        assert_eq!(f.status_in(2, Some("2024-12-31")), FactStatus::Predates);
        // A fact without a date cannot be predated.
        assert_eq!(
            fact(None, &[]).status_in(0, Some("1999-01-01")),
            FactStatus::Omitted
        );
    }
}
