//! Reading a run of capitalised words ("Mexico's President Claudia Sheinbaum") into a role
//! ("Mexico's President") and a name ("Claudia Sheinbaum") of a kind: person, news
//! organisation, other organisation, place, or unknown.
//!
//! Organisations are known from the outlet gazetteer ([`crate::lexicon::ORGS`]) or by their
//! last word (Foundation, Department, Cartel, News…); places from a gazetteer and their words
//! (City, Ciudad…); people from a title before the name, or a common first name. Anything
//! else is *unknown*: it becomes an actor only if the text makes it one — it speaks ("Kelly
//! said"), or it is the surname of a person named in full elsewhere.

use super::lex::{self, has};
use super::text::{fold, is_all_caps, strip_possessive};
use super::types::Gender;

/// What a name chunk names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameKind {
    /// A person.
    Person,
    /// A news organisation.
    Media,
    /// Another organisation.
    Org,
    /// A place, country or demonym (never an actor unless it speaks).
    Place,
    /// Not known yet.
    Unknown,
}

/// A chunk read into role and name.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameParse {
    /// Printed role words before the name ("U.S. Defense Secretary"), if any.
    pub role: Option<String>,
    /// The name, possessive stripped, leading "The" dropped.
    pub name: String,
    /// How many of the chunk's words the name starts after.
    pub name_from: usize,
    /// How many leading words were dropped ("The", "However").
    pub skip: usize,
    /// What it names.
    pub kind: NameKind,
    /// Gender shown by an honorific or gendered title, or a first name.
    pub gender: Option<Gender>,
    /// The gazetteer's display name for a known news organisation.
    pub canonical: Option<String>,
    /// Whether "The" was printed before it.
    pub had_the: bool,
    /// Whether the last word was possessive.
    pub possessive: bool,
}

const MEDIA_LAST: &[&str] = &[
    "news",
    "times",
    "journal",
    "post",
    "tribune",
    "herald",
    "digital",
    "magazine",
    "channel",
    "radio",
    "tv",
    "television",
    "network",
    "weekly",
    "daily",
    "diario",
];

/// The kind of an organisation-like name, if it is one.
pub(crate) fn org_kind(words: &[&str]) -> Option<(NameKind, Option<String>)> {
    let joined = words.join(" ");
    if let Some(o) = crate::lexicon::org_by_name(&joined) {
        return Some((NameKind::Media, Some(o.name.to_string())));
    }
    let last = fold(words.last()?);
    let first = fold(words.first()?);
    if words.len() == 1 {
        if has(lex::ORG_WORDS, &last) {
            return Some((NameKind::Org, None));
        }
        if is_all_caps(words[0]) && has(lex::ORG_ACRONYMS, &last) {
            return Some((NameKind::Org, None));
        }
        return None;
    }
    if has(MEDIA_LAST, &last) {
        return Some((NameKind::Media, None));
    }
    if has(lex::ORG_LAST, &last) || has(lex::ORG_FIRST, &first) {
        return Some((NameKind::Org, None));
    }
    None
}

/// Whether a name is a place.
pub(crate) fn is_place(words: &[&str]) -> bool {
    let joined = fold(&words.join(" "));
    if has(lex::PLACES, &joined) {
        return true;
    }
    words.len() > 1
        && (has(lex::PLACE_LAST, words[words.len() - 1]) || has(lex::PLACE_FIRST, words[0]))
}

fn title_gender(word: &str) -> Option<Gender> {
    if has(lex::FEMININE_TITLES, word) {
        Some(Gender::Female)
    } else if has(lex::MASCULINE_TITLES, word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Gender a first name usually carries.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    if has(lex::FEMALE_NAMES, word) {
        Some(Gender::Female)
    } else if has(lex::MALE_NAMES, word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Reads a chunk of capitalised words (with inner connectors like "of", "de la").
pub(crate) fn parse_chunk(printed: &[&str]) -> Option<NameParse> {
    let mut start = 0;
    let mut had_the = false;
    // Leading function words and gerunds ("However", "The", "Getting Disney").
    while start < printed.len()
        && (has(lex::NOT_NAMES, strip_possessive(printed[start]).0)
            || (printed.len() - start > 1
                && printed[start].ends_with("ing")
                && first_name_gender(printed[start]).is_none()))
    {
        had_the |= fold(printed[start]) == "the";
        start += 1;
    }
    // A contraction ("We’ve", "Don't") is no name; "O'Brien" is.
    let contraction = |w: &str| {
        w.split(['\'', '’'])
            .skip(1)
            .any(|tail| !tail.is_empty() && tail != "s" && tail.chars().all(|c| c.is_lowercase()))
    };
    if printed[start..].iter().any(|w| contraction(w)) {
        return None;
    }
    let words: Vec<&str> = printed[start..].to_vec();
    let (last, possessive) = strip_possessive(words.last()?);
    let mut bare = words.clone();
    *bare.last_mut()? = last;
    if bare.len() == 1 && has(lex::NOT_NAMES, last) {
        return None;
    }
    let mk = |kind, role, name_from: usize, canonical, gender| NameParse {
        role,
        name: bare[name_from..].join(" "),
        name_from: start + name_from,
        skip: start,
        kind,
        gender,
        canonical,
        had_the,
        possessive,
    };
    if let Some((kind, canonical)) = org_kind(&bare) {
        return Some(mk(kind, None, 0, canonical, None));
    }
    if is_place(&bare) {
        return Some(mk(NameKind::Place, None, 0, None, None));
    }
    // Role prefix: titles, qualifiers and countries before the name.
    let mut k = 0;
    let mut titled = false;
    let mut gender = None;
    while k + 1 < bare.len() {
        let w = strip_possessive(bare[k]).0;
        let f = fold(w);
        if has(lex::TITLE_WORDS, &f) {
            titled = true;
            gender = gender.or(title_gender(&f));
        } else if !(has(lex::ROLE_QUALIFIERS, &f) || has(lex::PLACES, &f)) {
            break;
        }
        k += 1;
    }
    if !titled {
        k = 0;
    }
    // "King of Monitors", "Minister of Finance": an office of something, not a person.
    if k > 0 && ["of", "de", "del"].contains(&fold(bare[k - 1]).as_str()) {
        return None;
    }
    let name = &bare[k..];
    if name.is_empty() || has(lex::NOT_NAMES, name[0]) {
        return None;
    }
    // A role with no name ("Mexican President", "Secretary of State").
    if has(lex::TITLE_WORDS, name[name.len() - 1])
        && name.iter().all(|w| {
            let f = fold(strip_possessive(w).0);
            has(lex::TITLE_WORDS, &f) || has(lex::ROLE_QUALIFIERS, &f) || has(lex::PLACES, &f)
        })
    {
        return None;
    }
    let role = (k > 0).then(|| words[..k].join(" "));
    if let Some((kind, canonical)) = org_kind(name) {
        return Some(mk(kind, None, k, canonical, None));
    }
    if is_place(name) {
        return Some(mk(NameKind::Place, role, k, None, None));
    }
    let first_gender = (name.len() > 1)
        .then(|| first_name_gender(name[0]))
        .flatten();
    let first_name = name.len() > 1 && (first_gender.is_some() || has(lex::UNISEX_NAMES, name[0]));
    let kind = if titled || first_name {
        NameKind::Person
    } else {
        NameKind::Unknown
    };
    Some(mk(kind, role, k, None, gender.or(first_gender)))
}

/// Damerau–Levenshtein distance (optimal string alignment), for misspelt surnames.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// Whether two folded surnames are the same name, allowing a misprint in a long one
/// ("sheinabum" ~ "sheinbaum"): same first letter, one edit from 6 letters, two from 9.
pub(crate) fn same_surname(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let n = a.chars().count().min(b.chars().count());
    let allowed = if n >= 9 {
        2
    } else if n >= 6 {
        1
    } else {
        0
    };
    allowed > 0 && a.chars().next() == b.chars().next() && edit_distance(a, b) <= allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> NameParse {
        parse_chunk(&s.split(' ').collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn roles_and_names() {
        let n = p("Mexico's President Claudia Sheinbaum");
        assert_eq!(
            (n.role.as_deref(), n.name.as_str()),
            (Some("Mexico's President"), "Claudia Sheinbaum")
        );
        assert_eq!((n.kind, n.gender), (NameKind::Person, Some(Gender::Female)));
        let n = p("US Secretary of State Marco Rubio");
        assert_eq!(
            (n.role.as_deref(), n.name.as_str()),
            (Some("US Secretary of State"), "Marco Rubio")
        );
        let n = p("Ms Sheinbaum");
        assert_eq!(
            (n.name.as_str(), n.kind, n.gender),
            ("Sheinbaum", NameKind::Person, Some(Gender::Female))
        );
        let n = p("President Donald Trump's");
        assert_eq!((n.name.as_str(), n.possessive), ("Donald Trump", true));
    }

    #[test]
    fn organisations_places_and_unknowns() {
        assert_eq!(p("The Heritage Foundation").kind, NameKind::Org);
        assert!(p("The Heritage Foundation").had_the);
        assert_eq!(p("NBC").canonical.as_deref(), Some("NBC News"));
        assert_eq!(
            p("Fox News Digital’s").canonical.as_deref(),
            Some("Fox News")
        );
        assert_eq!(p("State Department").kind, NameKind::Org);
        assert_eq!(p("MEXICO CITY").kind, NameKind::Place);
        assert_eq!(p("Kelly").kind, NameKind::Unknown);
        assert_eq!(p("Special Operation").kind, NameKind::Unknown);
        assert!(parse_chunk(&["In", "February"]).is_none());
    }

    #[test]
    fn misspelt_surnames() {
        assert!(same_surname("sheinabum", "sheinbaum"));
        assert!(same_surname("sheimbaum", "sheinbaum"));
        assert!(!same_surname("trump", "trumps"));
        assert!(!same_surname("rubio", "rubin"));
    }
}
