//! The headline grammar's word lists (English and Spanish) and word classes.

use super::super::text::Token;

#[rustfmt::skip]
pub(super) const MODALS: &[&str] = &[
    "won't", "will", "would", "wouldn't", "can", "can't", "cannot", "could", "couldn't", "may",
    "might", "must", "should", "shouldn't", "to",
];
#[rustfmt::skip]
pub(super) const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "es", "son", "fue", "fueron", "sera",
    "seran",
];
/// News verbs, as stems (see `text::stem`), that are rarely nouns in headlines.
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    "declin", "reject", "press", "urg", "push", "deny", "refus", "vow", "warn", "say", "says",
    "tell", "accus", "demand", "weigh", "consider", "seek", "want", "propos", "confirm",
    "insist", "condemn", "slam", "threaten", "allow", "agre", "approv", "launch", "kill",
    "captur", "seiz", "arrest", "extradit", "expel", "send", "deploy", "blast", "prais",
    "meet", "host", "downplay", "dismiss", "rebuff", "decry", "criticiz", "criticis", "welcom",
    "hail", "mull", "intensify", "designat", "brand", "bomb", "block", "halt", "suspend",
    "resum", "impos", "ban", "begin", "start", "rul", "fight", "help", "backs", "ask", "pledg",
    "promis", "announc", "sign", "order", "receiv", "said", "told", "held", "met", "sent",
    "took", "gave", "made", "struck", "shot", "won", "lost", "began", "sees", "eye", "step",
    "ramp", "expand", "renew", "train", "prepar", "reach", "respond", "open", "clos", "keep",
    "kept", "leav", "left", "let", "cut", "lift", "end", "ends", "rais", "beat", "debat",
    "vot", "pass", "reach", "win", "urge", "fac", "fear", "weigh", "mov", "tak",
    // Spanish (folded, unstemmed forms are matched through `norm` too)
    "rechaza", "rechazo", "descarta", "descarto", "niega", "nego", "acepta", "acepto", "dice",
    "dijo", "afirma", "asegura", "advierte", "pide", "exige", "presiona", "amenaza", "ofrece",
    "ofrecio", "propone", "confirma", "acusa", "condena", "critica", "designa", "envia",
    "despliega", "ataca", "bombardea", "captura", "extradita", "expulsa", "analiza", "evalua",
    "considera", "busca", "quiere", "planea", "prepara", "rechazan", "descartan", "responde",
    "insiste", "pone", "frena",
];
/// Verbs that are also common nouns: used only when no other verb is found.
#[rustfmt::skip]
pub(super) const WEAK_VERBS: &[&str] = &[
    "strik", "attack", "offer", "plan", "call", "target", "hit", "pressur", "threat", "rais",
    "back", "rule", "return", "wins",
];
/// Verbs of pressure, whose object is followed by an infinitive ("press Mexico to allow").
#[rustfmt::skip]
pub(super) const CONTROL: &[&str] = &[
    "press", "pressur", "urg", "push", "ask", "tell", "allow", "want", "force", "call",
    "presiona", "pide", "exige",
];
/// Nouns whose infinitive belongs to them ("offer of US troops to help"): after one, "to" does
/// not end the patient.
#[rustfmt::skip]
pub(super) const INFINITIVE_NOUNS: &[&str] = &[
    "offer", "plan", "proposal", "bid", "request", "call", "push", "effort", "order",
    "decision", "attempt", "threat", "pressur", "demand", "deal", "agreement", "authority",
    "permission", "oferta", "propuesta", "peticion", "decision",
];
pub(super) const PARTICLES: &[&str] = &["out", "off", "up", "down", "back"];
#[rustfmt::skip]
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "amid", "as", "following", "despite", "before", "while", "over", "if", "since",
    "until", "citing", "ahead", "tras", "ante", "pese", "mientras", "luego", "despues",
    "antes", "segun", "because",
];
pub(super) const LOCATIVES: &[&str] =
    &["in", "on", "inside", "at", "near", "across", "en", "within"];
#[rustfmt::skip]
pub(super) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "struck", "hit", "held", "sent", "shot", "taken", "seen", "told", "given", "made",
    "caught", "kept", "left", "won", "lost",
];
#[rustfmt::skip]
pub(super) const ROLE_NOUNS: &[&str] = &[
    "president", "leader", "minister", "secretary", "chief", "official", "presidenta",
    "presidente", "mandataria", "mandatario", "canciller", "governor", "gobernador",
    "gobernadora",
];

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
