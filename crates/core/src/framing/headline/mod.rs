//! Headline agency: who acts, the action, on whom, in which voice, and whose words or report
//! the headline carries — from a small rule-based grammar of headline English (and Spanish).
//!
//! 1. **Source.** A trailing `…: Sheinbaum` or leading `Sheinbaum: …`; a trailing
//!    `…, NYT reports` / `…, Sheinbaum tells Trump` / `…, says Sheinbaum` / `…, según EFE`;
//!    a leading `Sheinbaum says …` / `Sheinbaum tells Trump …`. The rest is the *clause*.
//! 2. **Verb.** The first word of the clause (after its first word) that is a modal ("won't
//!    attack") or a known news verb; nouns that double as verbs ("strikes", "offer") count
//!    only when no other verb is found.
//! 3. **Voice.** A past participle after a form of "be", or one not followed by an object
//!    ("Cartel boss extradited to US"), is passive: the subject is the patient and a `by …`
//!    phrase the agent. A clause with no verb but a quoted predicate ("X 'not on the table'")
//!    is verbless.
//! 4. **Patient.** The words after the verb up to a subordinator ("after", "amid", "over"), a
//!    place ("on Mexican soil") or punctuation; after verbs of pressure ("press", "urge",
//!    "push"), up to the infinitive ("pressing Mexico | to allow US forces …").
//!
//! Anything else is `unknown`: no agent, action or patient rather than a wrong parse.

pub use framelens_model::framing::headline::*;
mod clause;
mod source;
mod words;

pub use words::is_news_verb;

use crate::model::Paragraph;
use crate::text::{tokenize, Token};

pub(super) fn phrase(cs: &[char], s: usize, e: usize) -> Phrase {
    Phrase {
        text: cs[s..e].iter().collect(),
        span: crate::model::Span::headline(s as u32, e as u32),
    }
}

/// Parses one headline; `body` is used only to name a role-noun agent.
pub fn parse(headline: &str, body: &[Paragraph]) -> HeadlineAgency {
    let cs: Vec<char> = headline.chars().collect();
    let mut out = HeadlineAgency::default();
    let (c0, c1, source) = source::find_source(headline, &cs);
    out.source = source;
    let (c0, c1) = trim_span(&cs, c0, c1);
    if c1 <= c0 {
        out.notes
            .push("no clause left once the source is set apart".into());
        return out;
    }
    out.clause = Some(phrase(&cs, c0, c1));
    let clause_text: String = cs[c0..c1].iter().collect();
    let toks: Vec<Token> = tokenize(&clause_text)
        .into_iter()
        .map(|mut t| {
            t.start += c0;
            t.end += c0;
            t
        })
        .collect();
    clause::parse_clause(&cs, &toks, &mut out);
    if out.voice == Voice::Unknown {
        out.notes
            .push("the headline grammar found no verb it could place: agency unknown".into());
    }
    if let Some(agent) = &out.agent {
        out.agent_refers_to = clause::resolve_role(&agent.text, body);
        if let Some(r) = &out.agent_refers_to {
            out.notes.push(format!(
                "\"{}\" is {} (body: \"{}\")",
                agent.text, r.name, r.evidence
            ));
        }
    }
    if let Some(s) = &out.source {
        let what = match s.kind {
            SourceKind::Words => "words",
            SourceKind::Report => "report",
        };
        out.notes.push(format!(
            "carries the {what} of {}",
            s.outlet.as_deref().unwrap_or(&s.who.text)
        ));
    }
    out
}

pub(super) fn trim_span(cs: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && (cs[s].is_whitespace() || matches!(cs[s], ',' | ':' | '—' | '–' | '-')) {
        s += 1;
    }
    while e > s
        && (cs[e - 1].is_whitespace()
            || matches!(cs[e - 1], ',' | ':' | ';' | '—' | '–' | '-' | '.'))
    {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: &str) -> (Option<String>, Option<String>, Option<String>, Voice) {
        let a = parse(h, &[]);
        (
            a.agent.map(|p| p.text),
            a.action.map(|p| p.text),
            a.patient.map(|p| p.text),
            a.voice,
        )
    }

    #[test]
    fn passive_and_spanish_forms() {
        assert_eq!(
            t("Six cartels designated as terrorist organisations by US"),
            (
                Some("US".into()),
                Some("designated".into()),
                Some("Six cartels".into()),
                Voice::Passive
            )
        );
        assert_eq!(
            t("Cartel leader extradited to US"),
            (
                None,
                Some("extradited".into()),
                Some("Cartel leader".into()),
                Voice::Passive
            )
        );
        assert_eq!(
            t("Sheinbaum rechaza intervención militar de EU"),
            (
                Some("Sheinbaum".into()),
                Some("rechaza".into()),
                Some("intervención militar de EU".into()),
                Voice::Active
            )
        );
        assert_eq!(
            t("Mexico rules out US strikes amid pressure"),
            (
                Some("Mexico".into()),
                Some("rules out".into()),
                Some("US strikes".into()),
                Voice::Active
            )
        );
    }

    #[test]
    fn sources_in_their_forms() {
        let a = parse("Sheinbaum says US troops will not enter Mexico", &[]);
        assert_eq!(
            a.source.as_ref().map(|s| s.who.text.as_str()),
            Some("Sheinbaum")
        );
        assert_eq!(a.agent.map(|p| p.text).as_deref(), Some("US troops"));
        assert!(a.negated);
        let b = parse("Mexico will not accept US troops, says Sheinbaum", &[]);
        assert_eq!(b.source.map(|s| s.form), Some("comma_suffix".into()));
        let c = parse("EU no atacará a cárteles en México, según NYT", &[]);
        let s = c.source.unwrap();
        assert_eq!((s.who.text.as_str(), s.kind), ("NYT", SourceKind::Report));
        assert_eq!(s.outlet.as_deref(), Some("The New York Times"));
    }

    #[test]
    fn word_salad_is_unknown() {
        let a = parse("Cartels, Mexico and the border in pictures", &[]);
        assert_eq!(a.voice, Voice::Unknown);
        assert!(a.agent.is_none() && a.action.is_none());
    }
}
