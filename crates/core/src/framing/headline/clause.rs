//! The clause of a headline: its verb group, voice, agent, patient, complement and adjunct;
//! verbless headlines; and the name a role-noun agent stands for.

mod after;

use super::words::*;
use super::{phrase, HeadlineAgency, Phrase, Referent, Voice};
use crate::model::Paragraph;
use crate::text::{fold, tokenize, Token};
use after::{After, Roles};

/// Parses the clause `toks` (offsets into the headline `cs`) into `out`: voice, agent, action,
/// patient, complement, adjunct and notes. Leaves `out` as it is when the clause has no verb
/// (and no quoted predicate) or its subject is not one the grammar can trust.
pub(super) fn parse_clause(cs: &[char], toks: &[Token], out: &mut HeadlineAgency) {
    if toks.is_empty() {
        return;
    }
    let Some(v) = find_verb(toks) else {
        return verbless(cs, toks, out);
    };
    let Some(subject) = subject(cs, toks, v) else {
        return;
    };
    let Some(group) = verb_group(toks, v) else {
        return;
    };
    out.negated = group.negated;
    out.action = Some(phrase(cs, toks[v].start, toks[group.end - 1].end));
    let rest = After {
        cs,
        rest: &toks[group.end..],
        control: takes_infinitive(&toks[group.main]),
    };
    let roles = if group.passive {
        rest.passive()
    } else {
        rest.active()
    };
    set_roles(subject, group.passive, roles, out);
}

/// The verb of the clause: the first word after the first that is a modal, a form of "be", a
/// known news verb or an early participle (not after "to"); nouns that double as verbs only
/// when no other verb is found.
fn find_verb(toks: &[Token]) -> Option<usize> {
    let find = |strong: bool| {
        (1..toks.len()).find(|&i| {
            let t = &toks[i];
            if toks[i - 1].norm == "to" {
                return false; // an infinitive is not the main verb
            }
            MODALS.contains(&t.norm.as_str()) && t.norm != "to"
                || BE.contains(&t.norm.as_str())
                || (t.norm == "no" && i + 1 < toks.len())
                || is_verb(t, strong)
                || (is_participle(t) && i <= 4)
        })
    };
    find(true).or_else(|| find(false))
}

/// The subject: the words before the verb `v`. None when the grammar should not trust it:
/// longer than eight words, opening with a subordinator or a place, or holding a comma.
fn subject(cs: &[char], toks: &[Token], v: usize) -> Option<Phrase> {
    let (start, end) = (toks[0].start, toks[v - 1].end);
    if v > 8
        || SUBORDINATORS.contains(&toks[0].norm.as_str())
        || LOCATIVES.contains(&toks[0].norm.as_str())
    {
        return None;
    }
    if cs[start..end].contains(&',') {
        return None;
    }
    Some(phrase(cs, start, end))
}

/// The verb group of a clause, as token indices.
struct VerbGroup {
    /// The main verb (after any modals, "be" and negation).
    main: usize,
    /// Past the group (the main verb and its particle).
    end: usize,
    /// A negation in the group ("not", "won't", "nunca").
    negated: bool,
    /// Passive: "be" + participle, or a bare participle not followed by an object.
    passive: bool,
}

/// Reads the verb group from `v`: modals, "be" and negation, then the main verb and a
/// particle. None when the clause ends before a main verb.
fn verb_group(toks: &[Token], v: usize) -> Option<VerbGroup> {
    let mut i = v;
    let mut negated = false;
    let mut passive = false;
    let mut main = v;
    while i < toks.len() {
        let n = toks[i].norm.as_str();
        if n == "not" || n == "no" || n == "never" || n == "nunca" || n.ends_with("n't") {
            negated = true;
        }
        if MODALS.contains(&n) || BE.contains(&n) || matches!(n, "not" | "no" | "never" | "nunca") {
            if BE.contains(&n) && toks.get(i + 1).is_some_and(is_participle) {
                passive = true;
            }
            i += 1;
            main = i;
            continue;
        }
        main = i;
        break;
    }
    if main >= toks.len() {
        return None;
    }
    let mut end = main + 1;
    if toks
        .get(end)
        .is_some_and(|t| PARTICLES.contains(&t.norm.as_str()) && !t.gap)
    {
        end += 1;
    }
    if !passive && is_participle(&toks[main]) && main == v {
        passive = headline_passive(toks.get(end));
    }
    Some(VerbGroup {
        main,
        end,
        negated,
        passive,
    })
}

/// Headline passive: a participle not followed by an object ("Cartel boss extradited to US"),
/// given the word after it.
fn headline_passive(next: Option<&Token>) -> bool {
    matches!(
        next.map(|t| t.norm.as_str()),
        None | Some(
            "by" | "in"
                | "at"
                | "on"
                | "as"
                | "after"
                | "to"
                | "over"
                | "for"
                | "por"
                | "en"
                | "amid"
        )
    )
}

/// Whether the main verb is one of pressure ("press", "urge") that takes an object and then an
/// infinitive ("pressing Mexico | to allow US forces …").
fn takes_infinitive(main: &Token) -> bool {
    CONTROL.contains(&main.stem.as_str()) || CONTROL.contains(&main.norm.as_str())
}

/// Fills voice, agent, patient, complement and adjunct from the subject and the roles after
/// the verb, with the notes a reader needs (a passive without agent, an adjunct citing a
/// report).
fn set_roles(subject: Phrase, passive: bool, roles: Roles, out: &mut HeadlineAgency) {
    out.complement = roles.complement;
    out.adjunct = roles.adjunct;
    if passive {
        out.voice = Voice::Passive;
        out.patient = Some(subject);
        out.agent = roles.by_agent;
        if out.agent.is_none() {
            out.notes
                .push("passive without an agent: the headline does not say who acts".into());
        }
    } else {
        out.voice = Voice::Active;
        out.patient = roles.patient;
        out.agent = Some(subject);
    }
    if out
        .adjunct
        .as_ref()
        .is_some_and(|a| fold(&a.text).contains("report"))
    {
        out.notes.push("the adjunct cites a report".into());
    }
}

/// "US troop deployment in Mexico 'not on the table'": a quoted predicate said of a subject.
fn verbless(cs: &[char], toks: &[Token], out: &mut HeadlineAgency) {
    let (s, e) = (toks[0].start, toks.last().expect("non-empty").end);
    let q = (s..e.min(cs.len())).find(|&i| {
        matches!(cs[i], '\'' | '‘' | '"' | '“')
            && (i == 0 || cs[i - 1].is_whitespace())
            && cs.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    });
    let Some(q) = q else { return };
    let before: Vec<&Token> = toks.iter().filter(|t| t.end <= q).collect();
    let inside: Vec<&Token> = toks.iter().filter(|t| t.start > q).collect();
    if before.is_empty() || inside.is_empty() {
        return;
    }
    out.voice = Voice::Verbless;
    out.patient = Some(phrase(cs, before[0].start, before[before.len() - 1].end));
    out.action = Some(phrase(cs, inside[0].start, inside[inside.len() - 1].end));
    out.negated = inside.iter().any(|t| {
        matches!(t.norm.as_str(), "not" | "no" | "never" | "nunca") || t.norm.ends_with("n't")
    });
    out.notes.push(format!(
        "no verb: the quoted predicate \"{}\" is said of \"{}\"",
        out.action.as_ref().expect("set").text,
        out.patient.as_ref().expect("set").text
    ));
}

/// "Mexican president" → "Claudia Sheinbaum", from the first body mention "Mexican President Claudia Sheinbaum".
pub(super) fn resolve_role(agent: &str, body: &[Paragraph]) -> Option<Referent> {
    let folded = fold(agent);
    if !folded
        .split_whitespace()
        .any(|w| ROLE_HEADS.contains(&w.trim_end_matches('s')))
    {
        return None;
    }
    // The agent's words, then one to three capitalised words (no punctuation between).
    let want: Vec<String> = tokenize(agent).into_iter().map(|t| t.norm).collect();
    body.iter().enumerate().find_map(|(i, p)| {
        let toks = tokenize(&p.text);
        (0..toks.len()).find_map(|at| {
            let end = at + want.len();
            let hit = end < toks.len()
                && toks[at..end]
                    .iter()
                    .zip(&want)
                    .enumerate()
                    .all(|(k, (t, w))| &t.norm == w && (k == 0 || !t.gap));
            if !hit {
                return None;
            }
            let n = toks[end..]
                .iter()
                .take(3)
                .take_while(|t| t.cap && !t.gap)
                .count();
            (n > 0).then(|| Referent {
                name: crate::text::slice_chars(&p.text, toks[end].start, toks[end + n - 1].end)
                    .to_string(),
                evidence: crate::text::slice_chars(&p.text, toks[at].start, toks[end + n - 1].end)
                    .to_string(),
                span: crate::model::Span::body(
                    i as u32,
                    toks[at].start as u32,
                    toks[end + n - 1].end as u32,
                ),
            })
        })
    })
}
