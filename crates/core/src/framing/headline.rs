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

use super::text::{fold, tokenize, Token};
use crate::lexicon::org_by_name;
use crate::model::Paragraph;
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A span of the headline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Phrase {
    /// The words as printed.
    pub text: String,
    /// First char in the headline (Unicode scalar offset).
    pub start: u32,
    /// One past the last char.
    pub end: u32,
}

/// Grammatical voice of the headline's clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// The subject acts.
    Active,
    /// The subject is acted on.
    Passive,
    /// No verb: a predicate said of a subject ("X 'not on the table'").
    Verbless,
    /// The grammar could not tell.
    #[default]
    Unknown,
}

/// Whose words or report a headline carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A person's words ("…: Sheinbaum", "…, Sheinbaum tells Trump").
    Words,
    /// A news organisation's or document's report ("…, NYT reports").
    Report,
}

/// The source a headline attributes its clause to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HeadlineSource {
    /// Who speaks or reports.
    pub who: Phrase,
    /// The reporting verb, if printed (none for the colon forms).
    pub verb: Option<Phrase>,
    /// Whom they address ("Trump" in "… tells Trump").
    pub to: Option<Phrase>,
    /// Words or report.
    pub kind: SourceKind,
    /// The outlet named, when `who` is a known news organisation ("NYT" → "The New York Times").
    pub outlet: Option<String>,
    /// Which form matched: `colon_suffix`, `colon_prefix`, `comma_suffix`, `lead_verb`.
    pub form: String,
}

/// The name a role-noun agent stands for, found in the body ("Mexican president" → "Claudia Sheinbaum").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Referent {
    /// The name.
    pub name: String,
    /// The body words it was read from ("Mexican President Claudia Sheinbaum").
    pub evidence: String,
    /// Body paragraph index.
    pub paragraph: u32,
}

/// Who does what to whom in a headline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HeadlineAgency {
    /// Who acts; null when unknown or unnamed (agentless passive).
    pub agent: Option<Phrase>,
    /// The verb group ("declines", "won't attack", "rules out") or a verbless predicate.
    pub action: Option<Phrase>,
    /// On whom or what.
    pub patient: Option<Phrase>,
    /// Active, passive, verbless or unknown.
    pub voice: Voice,
    /// The clause is negated ("won't", "not").
    pub negated: bool,
    /// An infinitive complement ("to allow US forces to fight cartels").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complement: Option<Phrase>,
    /// A trailing adjunct ("after report US is weighing strikes", "on Mexican soil").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjunct: Option<Phrase>,
    /// The person a role-noun agent refers to, from the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_refers_to: Option<Referent>,
    /// Whose words or report the headline carries.
    pub source: Option<HeadlineSource>,
    /// The clause the grammar parsed (the headline without its source).
    pub clause: Option<Phrase>,
    /// Plain-language notes for the reader.
    pub notes: Vec<String>,
}

const MODALS: &[&str] = &[
    "won't",
    "will",
    "would",
    "wouldn't",
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "may",
    "might",
    "must",
    "should",
    "shouldn't",
    "to",
];
const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "es", "son", "fue", "fueron", "sera",
    "seran",
];
/// News verbs, as stems (see `text::stem`), that are rarely nouns in headlines.
const VERBS: &[&str] = &[
    "declin",
    "reject",
    "press",
    "urg",
    "push",
    "deny",
    "refus",
    "vow",
    "warn",
    "say",
    "says",
    "tell",
    "accus",
    "demand",
    "weigh",
    "consider",
    "seek",
    "want",
    "propos",
    "confirm",
    "insist",
    "condemn",
    "slam",
    "threaten",
    "allow",
    "agre",
    "approv",
    "launch",
    "kill",
    "captur",
    "seiz",
    "arrest",
    "extradit",
    "expel",
    "send",
    "deploy",
    "blast",
    "prais",
    "meet",
    "host",
    "downplay",
    "dismiss",
    "rebuff",
    "decry",
    "criticiz",
    "criticis",
    "welcom",
    "hail",
    "mull",
    "intensify",
    "designat",
    "brand",
    "bomb",
    "block",
    "halt",
    "suspend",
    "resum",
    "impos",
    "ban",
    "begin",
    "start",
    "rul",
    "fight",
    "help",
    "backs",
    "ask",
    "pledg",
    "promis",
    "announc",
    "sign",
    "order",
    "receiv",
    "said",
    "told",
    "held",
    "met",
    "sent",
    "took",
    "gave",
    "made",
    "struck",
    "shot",
    "won",
    "lost",
    "began",
    "sees",
    "eye",
    "step",
    "ramp",
    "expand",
    "renew",
    "train",
    "prepar",
    "reach",
    "respond",
    "open",
    "clos",
    "keep",
    "kept",
    "leav",
    "left",
    "let",
    "cut",
    "lift",
    "end",
    "ends",
    "rais",
    "beat",
    "debat",
    "vot",
    "pass",
    "reach",
    "win",
    "urge",
    "fac",
    "fear",
    "weigh",
    "mov",
    "tak",
    // Spanish (folded, unstemmed forms are matched through `norm` too)
    "rechaza",
    "rechazo",
    "descarta",
    "descarto",
    "niega",
    "nego",
    "acepta",
    "acepto",
    "dice",
    "dijo",
    "afirma",
    "asegura",
    "advierte",
    "pide",
    "exige",
    "presiona",
    "amenaza",
    "ofrece",
    "ofrecio",
    "propone",
    "confirma",
    "acusa",
    "condena",
    "critica",
    "designa",
    "envia",
    "despliega",
    "ataca",
    "bombardea",
    "captura",
    "extradita",
    "expulsa",
    "analiza",
    "evalua",
    "considera",
    "busca",
    "quiere",
    "planea",
    "prepara",
    "rechazan",
    "descartan",
    "responde",
    "insiste",
    "pone",
    "frena",
];
/// Verbs that are also common nouns: used only when no other verb is found.
const WEAK_VERBS: &[&str] = &[
    "strik", "attack", "offer", "plan", "call", "target", "hit", "pressur", "threat", "rais",
    "back", "rule", "return", "wins",
];
/// Verbs of pressure, whose object is followed by an infinitive ("press Mexico to allow").
const CONTROL: &[&str] = &[
    "press", "pressur", "urg", "push", "ask", "tell", "allow", "want", "force", "call", "presiona",
    "pide", "exige",
];
/// Nouns whose infinitive belongs to them ("offer of US troops to help"): after one, "to" does
/// not end the patient.
const INFINITIVE_NOUNS: &[&str] = &[
    "offer",
    "plan",
    "proposal",
    "bid",
    "request",
    "call",
    "push",
    "effort",
    "order",
    "decision",
    "attempt",
    "threat",
    "pressur",
    "demand",
    "deal",
    "agreement",
    "authority",
    "permission",
    "oferta",
    "propuesta",
    "peticion",
    "decision",
];
const PARTICLES: &[&str] = &["out", "off", "up", "down", "back"];
const SUBORDINATORS: &[&str] = &[
    "after",
    "amid",
    "as",
    "following",
    "despite",
    "before",
    "while",
    "over",
    "if",
    "since",
    "until",
    "citing",
    "ahead",
    "tras",
    "ante",
    "pese",
    "mientras",
    "luego",
    "despues",
    "antes",
    "segun",
    "because",
];
const LOCATIVES: &[&str] = &["in", "on", "inside", "at", "near", "across", "en", "within"];
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "struck", "hit", "held", "sent", "shot", "taken", "seen", "told", "given", "made", "caught",
    "kept", "left", "won", "lost",
];
const ROLE_NOUNS: &[&str] = &[
    "president",
    "leader",
    "minister",
    "secretary",
    "chief",
    "official",
    "presidenta",
    "presidente",
    "mandataria",
    "mandatario",
    "canciller",
    "governor",
    "gobernador",
    "gobernadora",
];

fn phrase(cs: &[char], s: usize, e: usize) -> Phrase {
    Phrase {
        text: cs[s..e].iter().collect(),
        start: s as u32,
        end: e as u32,
    }
}

/// Whether a word is one of the news verbs the headline grammar knows (nouns that double as
/// verbs excluded).
pub fn is_news_verb(t: &Token) -> bool {
    is_verb(t, true)
}

fn is_verb(t: &Token, strong_only: bool) -> bool {
    let hit = |list: &[&str]| list.contains(&t.stem.as_str()) || list.contains(&t.norm.as_str());
    hit(VERBS) || (!strong_only && hit(WEAK_VERBS))
}

fn is_participle(t: &Token) -> bool {
    (t.norm.ends_with("ed") && t.norm.chars().count() > 4)
        || IRREGULAR_PARTICIPLES.contains(&t.norm.as_str())
        || ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]
            .iter()
            .any(|s| t.norm.ends_with(s) && t.norm.chars().count() > 5)
}

/// Parses one headline; `body` is used only to name a role-noun agent.
pub fn parse(headline: &str, body: &[Paragraph]) -> HeadlineAgency {
    let cs: Vec<char> = headline.chars().collect();
    let mut out = HeadlineAgency::default();
    let (c0, c1, source) = find_source(headline, &cs);
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
    parse_clause(&cs, &toks, &mut out);
    if out.voice == Voice::Unknown {
        out.notes
            .push("the headline grammar found no verb it could place: agency unknown".into());
    }
    if let Some(agent) = &out.agent {
        out.agent_refers_to = resolve_role(&agent.text, body);
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

fn trim_span(cs: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
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

fn reporting_re() -> &'static (Regex, Regex, Regex) {
    static R: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        let v = "reports|reported|report|says|say|said|tells|told|warns|warn|claims|claim|confirms|insists|declares|announces|finds|find|shows|dice|dicen|afirma|asegura|advierte|reporta|informa|revela";
        (
            Regex::new(&format!(r"^(?P<s>[^,:]{{1,60}}?)\s+(?P<v>{v})(?:\s+(?P<to>[^,:]{{1,40}}))?$")).unwrap(),
            Regex::new(r"^(?P<v>says|said|tells|according to|dice|afirma|asegura|advierte|según|segun|reporta)\s+(?P<s>[^,:]{1,60})$").unwrap(),
            Regex::new(r"^(?P<s>[^,:]{1,50}?)\s+(?P<v>says|tells|warns|insists|dice|afirma|asegura|advierte)\s+(?P<rest>.+)$").unwrap(),
        )
    })
}

fn char_range(text: &str, base: usize, m: regex::Match) -> (usize, usize) {
    let s = base + text[..m.start()].chars().count();
    (s, s + m.as_str().chars().count())
}

fn source_kind(who: &str, verb: &str) -> (SourceKind, Option<String>) {
    let outlet = org_by_name(who).map(|o| o.name.to_string());
    let reportish = [
        "report",
        "reports",
        "officials",
        "sources",
        "media",
        "document",
        "informe",
        "fuentes",
    ]
    .iter()
    .any(|w| fold(who).split_whitespace().any(|x| x == *w));
    let kind = if outlet.is_some()
        || reportish
        || verb.starts_with("report")
        || verb.starts_with("según")
        || verb.starts_with("according")
    {
        SourceKind::Report
    } else {
        SourceKind::Words
    };
    (kind, outlet)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A name or a title: every word capitalised, a role noun ("Mexico's president") or a known outlet.
fn name_like(s: &str) -> bool {
    org_by_name(s).is_some()
        || (capitalised(s)
            && s.split_whitespace().all(|w| {
                capitalised(w)
                    || ROLE_NOUNS.contains(&fold(w).trim_end_matches('s'))
                    || matches!(w, "of" | "de" | "del" | "la" | "el")
            }))
}

/// Finds the source; returns the clause's char range and the source.
fn find_source(h: &str, cs: &[char]) -> (usize, usize, Option<HeadlineSource>) {
    let n = cs.len();
    let (suffix, inverted, lead) = reporting_re();
    let mk = |who: (usize, usize),
              verb: Option<(usize, usize)>,
              to: Option<(usize, usize)>,
              form: &str| {
        let who_p = phrase(cs, who.0, who.1);
        let verb_text = verb
            .map(|v| cs[v.0..v.1].iter().collect::<String>())
            .unwrap_or_default();
        let (kind, outlet) = source_kind(&who_p.text, &verb_text.to_lowercase());
        HeadlineSource {
            who: who_p,
            verb: verb.map(|v| phrase(cs, v.0, v.1)),
            to: to.map(|t| phrase(cs, t.0, t.1)),
            kind,
            outlet,
            form: form.into(),
        }
    };
    // `…: Source` and `Source: …`
    if let Some(ci) = cs.iter().rposition(|&c| c == ':') {
        let right: String = cs[ci + 1..].iter().collect();
        let left: String = cs[..ci].iter().collect();
        let r = right.trim();
        if !r.is_empty()
            && words(r) <= 5
            && name_like(r)
            && !tokenize(r).iter().any(|t| is_verb(t, true))
        {
            let rs = ci + 1 + (right.chars().count() - right.trim_start().chars().count());
            let (a, b) = trim_span(cs, rs, n);
            return (0, ci, Some(mk((a, b), None, None, "colon_suffix")));
        }
        let l = left.trim();
        if words(l) <= 4 && name_like(l) && words(r) >= 3 {
            return (
                ci + 1,
                n,
                Some(mk(trim_span(cs, 0, ci), None, None, "colon_prefix")),
            );
        }
    }
    // `…, NYT reports` · `…, Sheinbaum tells Trump` · `…, says Sheinbaum`
    if let Some(ci) = cs.iter().rposition(|&c| c == ',') {
        let mut ts = ci + 1;
        while ts < n && (cs[ts].is_whitespace() || matches!(cs[ts], '\'' | '’' | '"' | '”')) {
            ts += 1;
        }
        let tail: String = cs[ts..].iter().collect();
        if let Some(c) = suffix.captures(&tail) {
            let s = c.name("s").expect("group s");
            let v = c.name("v").expect("group v");
            let to = c.name("to");
            let tells = matches!(v.as_str(), "tells" | "told");
            let reportish = [
                "report", "official", "source", "analyst", "expert", "poll", "study", "data",
                "fuentes", "informe",
            ]
            .iter()
            .any(|w| s.as_str().to_lowercase().contains(w));
            if words(s.as_str()) <= 6
                && (capitalised(s.as_str()) || reportish)
                && (to.is_none() || tells)
            {
                let src = mk(
                    char_range(&tail, ts, s),
                    Some(char_range(&tail, ts, v)),
                    to.map(|t| char_range(&tail, ts, t)),
                    "comma_suffix",
                );
                return (0, ci, Some(src));
            }
        }
        if let Some(c) = inverted.captures(&tail) {
            let s = c.name("s").expect("group s");
            if words(s.as_str()) <= 6 && capitalised(s.as_str()) {
                let v = c.name("v").expect("group v");
                return (
                    0,
                    ci,
                    Some(mk(
                        char_range(&tail, ts, s),
                        Some(char_range(&tail, ts, v)),
                        None,
                        "comma_suffix",
                    )),
                );
            }
        }
    }
    // `Sheinbaum says …` · `Sheinbaum tells Trump …`
    if let Some(c) = lead.captures(h) {
        let s = c.name("s").expect("group s");
        let v = c.name("v").expect("group v");
        let rest = c.name("rest").expect("group rest");
        if words(s.as_str()) <= 5 && capitalised(s.as_str()) {
            let (rs, re) = char_range(h, 0, rest);
            let mut clause_start = rs;
            let mut to = None;
            if matches!(v.as_str(), "tells") {
                let rt = tokenize(rest.as_str());
                let mut k = rt.iter().take(3).take_while(|t| t.cap).count();
                // "tells Trump US troops …": an acronym after a name starts the clause.
                let acronym = |t: &Token| {
                    t.end - t.start <= 4
                        && cs[rs + t.start..rs + t.end]
                            .iter()
                            .filter(|c| c.is_alphabetic())
                            .all(|c| c.is_uppercase())
                };
                if k >= 2 && acronym(&rt[k - 1]) && !acronym(&rt[0]) {
                    k -= 1;
                }
                if k == 0 {
                    return (0, n, None);
                }
                to = Some((rs + rt[0].start, rs + rt[k - 1].end));
                clause_start = rs + rt[k - 1].end;
            }
            let rest_chars: String = cs[clause_start..re].iter().collect();
            let lead_ws = rest_chars.len() - rest_chars.trim_start().len();
            let mut cstart = clause_start + rest_chars[..lead_ws].chars().count();
            for w in ["that ", "que "] {
                let here: String = cs[cstart..re].iter().take(w.len()).collect();
                if here.to_lowercase() == w {
                    cstart += w.len();
                }
            }
            return (
                cstart,
                re,
                Some(mk(
                    char_range(h, 0, s),
                    Some(char_range(h, 0, v)),
                    to,
                    "lead_verb",
                )),
            );
        }
    }
    (0, n, None)
}

fn parse_clause(cs: &[char], toks: &[Token], out: &mut HeadlineAgency) {
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
fn resolve_role(agent: &str, body: &[Paragraph]) -> Option<Referent> {
    let folded = fold(agent);
    if !folded
        .split_whitespace()
        .any(|w| ROLE_NOUNS.contains(&w.trim_end_matches('s')))
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
                name: super::text::slice_chars(&p.text, toks[end].start, toks[end + n - 1].end)
                    .to_string(),
                evidence: super::text::slice_chars(&p.text, toks[at].start, toks[end + n - 1].end)
                    .to_string(),
                paragraph: i as u32,
            })
        })
    })
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
