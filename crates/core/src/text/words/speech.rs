//! Speech: the verbs, nouns and labels by which news prose attributes words to a speaker
//! (English and Spanish, folded).

/// Verbs that attribute a quote next to them ("…," she **said**; **dijo** Sheinbaum).
#[rustfmt::skip]
pub const CUE_VERBS: &[&str] = &[
    "laughed", "sighed", "conceded", "offered", "mused", "reflected", "agreed", "remembered",
    "smiled", "gushed", "boasted", "complained", "lamented", "pleaded", "wondered", "exclaimed",
    "interjected", "marveled", "marvelled", "ventured", "elaborated", "cracked", "scoffed",
    "bristled", "acknowledges", "concedes", "explains", "insists", "recalls", "notes",
    "adding", "described", "saying", "say", "says", "said", "tell", "tells", "told", "write", "writes", "wrote", "add", "adds",
    "added", "ask", "asks", "asked", "state", "states", "stated", "note", "notes", "noted", "argue",
    "argues", "argued", "claim", "claims", "claimed", "confirm", "confirms", "confirmed", "insist",
    "insists", "insisted", "stress", "stresses", "stressed", "explain", "explains", "explained",
    "warn", "warns", "warned", "declare", "declares", "declared", "announce", "announces",
    "announced", "reply", "replies", "replied", "respond", "responds", "responded", "answer",
    "answers", "answered", "recall", "recalls", "recalled", "post", "posts", "posted", "tweet",
    "tweets", "tweeted", "emphasized", "emphasised", "emphasizes", "emphasises", "acknowledged",
    "acknowledges", "admitted", "admits", "suggested", "suggests", "vowed", "vows", "promised",
    "promises", "repeated", "repeats", "reiterated", "reiterates", "maintained", "maintains",
    "observed", "remarked", "commented", "testified", "concluded", "cautioned", "urged", "urges",
    "reported", "reports", "recounted", "quipped", "joked", "shouted", "continued", "contended",
    "asserted", "asserts", "predicted", "countered", "pointed", "went", "told", "dijo", "dice",
    "decia", "afirmo", "afirma", "senalo", "senala", "declaro", "aseguro", "asegura", "indico",
    "explico", "anadio", "agrego", "sostuvo", "expreso", "comento", "advirtio", "escribio",
    "respondio", "contesto", "pregunto", "insistio", "subrayo", "destaco", "enfatizo", "puntualizo",
    "manifesto", "recalco", "apunto", "reitero", "menciono", "planteo", "reconocio", "admitio",
    "aclaro", "acoto", "expuso", "preciso", "detallo", "anuncio", "informo", "publico", "denuncio",
    "cuestiono", "nego", "confirmo", "sentencio", "remarco", "refirio", "agrega", "anade",
    "explica", "senalo",
];

/// Verbs that frame reported speech from a distance ("Sheinbaum **said** that … "not on the
/// table""), and that mark unquoted, indirect speech. Narrower than [`CUE_VERBS`].
#[rustfmt::skip]
pub const FRAME_VERBS: &[&str] = &[
    "described", "states", "saying", "say", "says", "said", "tell", "tells", "told", "wrote", "writes", "added", "adds", "argued",
    "argues", "claimed", "claims", "confirmed", "confirms", "insisted", "insists", "stressed",
    "explained", "warned", "warns", "declared", "announced", "stated", "noted", "notes", "asked",
    "asks", "replied", "acknowledged", "admitted", "suggested", "vowed", "promised", "repeated",
    "reiterated", "maintained", "testified", "concluded", "urged", "reported", "reports", "denied",
    "denies", "hinted", "predicted", "contended", "asserted", "alleged", "recalled", "tweeted",
    "dijo", "dice", "afirmo", "afirma", "senalo", "declaro", "aseguro", "indico", "explico",
    "anadio", "agrego", "sostuvo", "expreso", "comento", "advirtio", "escribio", "respondio",
    "pregunto", "insistio", "subrayo", "destaco", "enfatizo", "reitero", "reconocio", "admitio",
    "aclaro", "anuncio", "informo", "publico", "denuncio", "nego", "confirmo",
];

/// Verbs of indirect speech that take an object rather than a clause ("Trump has **accused**
/// Mexico of…"): indirect speech, never a frame for a quote.
pub const INDIRECT_ONLY_VERBS: &[&str] = &["accused", "accuses", "acuso"];

/// Verbs by which a report or a person relays other sources ("**citing** U.S. officials").
#[rustfmt::skip]
pub const CITING_VERBS: &[&str] = &[
    "citing", "cited", "cites", "quoting", "quoted", "citando", "cito",
];

/// Words allowed between a speaker and its verb ("Trump **reportedly** asked").
#[rustfmt::skip]
pub const AUX_ADVERBS: &[&str] = &[
    "also", "again", "then", "later", "still", "once", "further", "has", "have", "had", "was",
    "were", "is", "are", "would", "will", "could", "had", "previously", "recently", "reportedly",
    "publicly", "repeatedly", "privately", "separately", "earlier", "ya", "tambien", "luego",
    "despues", "nuevamente", "incluso", "ademas", "le", "les", "se", "lo", "only", "even",
    "himself", "herself", "allegedly", "initially", "first", "finally",
];

/// Nouns that name a speech act when owned by a speaker ("Trump's **assertion** of …").
#[rustfmt::skip]
pub const SPEECH_NOUNS: &[&str] = &[
    "talk", "remarks",
    "assertion", "assertions", "claim", "claims", "words", "comments", "comment", "remarks",
    "remark", "statement", "description", "warning", "pledge", "promise", "call", "demand",
    "phrase", "term", "label", "characterization", "characterisation", "insistence", "threat",
    "threats", "vow", "declaration", "language", "rhetoric", "accusation", "accusations", "boast",
    "palabras", "afirmacion", "advertencia", "calificativo", "declaraciones",
];

/// Words that introduce a quote as an interview answer or question label ("Q:", "Pregunta:").
pub const QUESTION_LABELS: &[&str] = &["q", "question", "p", "pregunta"];

/// See [`QUESTION_LABELS`].
pub const ANSWER_LABELS: &[&str] = &["a", "answer", "r", "respuesta"];

/// Labels that look like "Name:" but introduce no speaker.
#[rustfmt::skip]
pub const NOT_LABELS: &[&str] = &[
    "note", "editor's note", "update", "watch", "photo", "video", "source", "read", "related",
    "more", "listen", "see", "also", "correction", "disclaimer", "fuente", "nota", "lee", "mira",
    "advertisement", "warning", "breaking", "exclusive", "analysis", "opinion", "explainer",
];
