//! The headline grammar's word classes, over the shared word lists (`crate::text::words`).

pub(super) use crate::text::words::{
    BE, CONTROL, INFINITIVE_NOUNS, IRREGULAR_PARTICIPLES, LOCATIVES, MODALS, PARTICLES, ROLE_HEADS,
    SUBORDINATORS, VERBS, WEAK_VERBS,
};
use crate::text::Token;

/// Whether a word is one of the news verbs the headline grammar knows (nouns that double as
/// verbs excluded).
pub fn is_news_verb(t: &Token) -> bool {
    is_verb(t, true)
}

pub(super) fn is_verb(t: &Token, strong_only: bool) -> bool {
    let hit = |list: &[&str]| list.contains(&t.stem.as_str()) || list.contains(&t.norm.as_str());
    hit(VERBS) || (!strong_only && hit(WEAK_VERBS))
}

pub(super) fn is_participle(t: &Token) -> bool {
    (t.norm.ends_with("ed") && t.norm.chars().count() > 4)
        || IRREGULAR_PARTICIPLES.contains(&t.norm.as_str())
        || ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
            .iter()
            .any(|s| t.norm.ends_with(s) && t.norm.chars().count() > 5)
}
