//! The clause of a headline: its verb group, voice, agent, patient, complement and adjunct;
//! verbless headlines; and the name a role-noun agent stands for.

use super::words::*;
use super::{phrase, HeadlineAgency, Referent, Voice};
use crate::model::Paragraph;
use crate::text::{fold, tokenize, Token};

pub(super) fn parse_clause(cs: &[char], toks: &[Token], out: &mut HeadlineAgency) {
    if toks.is_empty() {
        return;
    }
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
    let Some(v) = find(true).or_else(|| find(false)) else {
        return verbless(cs, toks, out);
    };
    let subject = (toks[0].start, toks[v - 1].end);
    if v > 8
        || SUBORDINATORS.contains(&toks[0].norm.as_str())
        || LOCATIVES.contains(&toks[0].norm.as_str())
    {
        return;
    }
    if cs[subject.0..subject.1].contains(&',') {
        return;
    }
    // The verb group: modals / be / not, then the main verb and a particle.
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
        return;
    }
    let mut vend = main + 1;
    if toks
        .get(vend)
        .is_some_and(|t| PARTICLES.contains(&t.norm.as_str()) && !t.gap)
    {
        vend += 1;
    }
    let mt = &toks[main];
    if !passive && is_participle(mt) && main == v {
        // Headline passive: a participle not followed by an object.
        let next = toks.get(vend).map(|t| t.norm.as_str());
        passive = matches!(
            next,
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
        );
    }
    let action = (toks[v].start, toks[vend - 1].end);
    out.negated = negated;
    out.action = Some(phrase(cs, action.0, action.1));
    // What follows: patient (or by-agent), complement, adjunct.
    let control = CONTROL.contains(&mt.stem.as_str()) || CONTROL.contains(&mt.norm.as_str());
    let rest = &toks[vend..];
    let j_abs = |t: &Token| {
        rest.iter()
            .position(|x| x.start == t.start)
            .map_or(usize::MAX, |p| p + 1)
    };
    let stop = |t: &Token, j: usize| {
        let n = t.norm.as_str();
        (j > 0
            && t.gap
            && !cs[t.start - 1].is_alphanumeric()
            && !matches!(cs[t.start - 1], '\'' | '’' | '"' | '“' | '”'))
            || SUBORDINATORS.contains(&n)
            || LOCATIVES.contains(&n)
            || (n == "to"
                && (control
                    || !rest[..j_abs(t).saturating_sub(1)]
                        .iter()
                        .any(|x| INFINITIVE_NOUNS.contains(&x.stem.as_str()))))
    };
    let run = |from: usize| {
        let mut k = from;
        while k < rest.len() && !stop(&rest[k], k - from) {
            k += 1;
        }
        k
    };
    let tail = |from: usize| {
        (from < rest.len()).then(|| phrase(cs, rest[from].start, rest[rest.len() - 1].end))
    };
    let mut by_agent = None;
    if passive {
        if let Some(b) = rest.iter().position(|t| t.norm == "by" || t.norm == "por") {
            let k = run(b + 1);
            if k > b + 1 {
                by_agent = Some(phrase(cs, rest[b + 1].start, rest[k - 1].end));
            }
            out.adjunct = if b > 0 {
                Some(phrase(cs, rest[0].start, rest[b - 1].end))
            } else {
                tail(k)
            };
        } else {
            out.adjunct = tail(0);
        }
    } else {
        let k = run(0);
        if k > 0 {
            out.patient = Some(phrase(cs, rest[0].start, rest[k - 1].end));
        }
        if control && rest.get(k).is_some_and(|t| t.norm == "to") {
            out.complement = tail(k);
        } else {
            out.adjunct = tail(k);
        }
    }
    if passive {
        out.voice = Voice::Passive;
        out.patient = Some(phrase(cs, subject.0, subject.1));
        out.agent = by_agent;
        if out.agent.is_none() {
            out.notes
                .push("passive without an agent: the headline does not say who acts".into());
        }
    } else {
        out.voice = Voice::Active;
        out.agent = Some(phrase(cs, subject.0, subject.1));
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
