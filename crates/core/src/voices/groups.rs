//! Sides and groups from corpus.toml: placing actors, suggesting a group for the rest.

use super::actors::GActor;
use super::text::{fold, name_key};
use super::types::ActorKind;
use super::VoicesConfig;

/// The hint that matches any news organisation of the gazetteer.
pub const MEDIA_HINT: &str = "@media";

fn normal_words(s: &str) -> String {
    let f: String = fold(s)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' {
                c
            } else {
                ' '
            }
        })
        .collect();
    format!(" {} ", f.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether `hint` occurs in `text` as whole words (case and accents ignored).
pub(crate) fn hint_matches(text: &str, hint: &str) -> bool {
    let h = normal_words(hint);
    h.trim() != "" && normal_words(text).contains(&h)
}

/// The first group whose hints match the text, with the hint.
pub(crate) fn suggest_for_text<'a>(
    cfg: &'a VoicesConfig,
    text: &str,
) -> Option<(&'a str, &'a str)> {
    cfg.groups.iter().find_map(|g| {
        g.hints
            .iter()
            .find(|h| h.as_str() != MEDIA_HINT && hint_matches(text, h))
            .map(|h| (g.name.as_str(), h.as_str()))
    })
}

/// Places an actor in the first group listing it (by name, printed form or alias), or
/// suggests one from the groups' hints.
pub(crate) fn place(a: &mut GActor, cfg: &VoicesConfig) {
    let names: Vec<String> = std::iter::once(a.name.clone())
        .chain(a.forms.keys().cloned())
        .map(|n| name_key(&n))
        .collect();
    let listed = |m: &String| {
        names.contains(&name_key(m))
            || cfg
                .aliases
                .get(m)
                .is_some_and(|al| al.iter().any(|x| names.contains(&name_key(x))))
    };
    if let Some(g) = cfg.groups.iter().find(|g| g.members.iter().any(listed)) {
        a.group = Some(g.name.clone());
        return;
    }
    let mut texts: Vec<(String, &str)> = a.roles.keys().map(|r| (r.clone(), "role")).collect();
    texts.push((a.name.clone(), "name"));
    for g in &cfg.groups {
        for h in &g.hints {
            if h == MEDIA_HINT {
                if a.kind == ActorKind::Media {
                    a.suggestion = Some((g.name.clone(), "a news organisation".into()));
                    return;
                }
                continue;
            }
            if let Some((t, what)) = texts.iter().find(|(t, _)| hint_matches(t, h)) {
                a.suggestion = Some((
                    g.name.clone(),
                    format!("{what} \"{t}\" matches hint \"{h}\""),
                ));
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_match_whole_words() {
        assert!(hint_matches("U.S. Defense Secretary", "Defense Secretary"));
        assert!(hint_matches("Mexico's President", "Mexico"));
        assert!(!hint_matches("Mexican President", "Mexico"));
        assert!(hint_matches(
            "four unnamed current or former US officials",
            "US officials"
        ));
        assert!(!hint_matches("a", ""));
    }
}
