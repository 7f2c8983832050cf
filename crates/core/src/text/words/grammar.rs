//! Grammar words: what makes a short quotation a clause, number words, and the headline
//! grammar's verbs, modals and particles.

/// Words that make a short quotation more than a term: personal pronouns (not possessives:
/// "its best moment" is a term), negations, auxiliaries and common verbs. A short quote with
/// none of them is a scare quote ("good conversation").
#[rustfmt::skip]
pub const CLAUSE_WORDS: &[&str] = &[
    "debe", "deben", "puede", "pueden", "esta", "estan", "estamos", "tiene", "tienen", "tenemos",
    "sera", "seria", "hace", "hacer", "van", "voy", "ser", "estar", "somos", "soy", "quiere",
    "queremos", "podemos", "sabemos", "habra", "nos", "me", "te", "le", "les", "se", "lo", "sigue",
    "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "not", "never", "no", "nothing", "none", "nobody", "is", "are",
    "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "will", "would", "can",
    "could", "should", "shall", "must", "may", "might", "have", "has", "had", "won't", "don't",
    "can't", "isn't", "aren't", "wasn't", "doesn't", "didn't", "it's", "that's", "get", "got", "go",
    "going", "goes", "want", "need", "let", "make", "happen", "accept", "belong", "yes", "there",
    "here", "this", "that", "these", "those", "what", "why", "how", "who", "wont", "dont", "cant",
    "isnt", "thats", "es", "son", "fue", "era", "no", "nunca", "nada", "vamos", "va", "hay",
    "ha", "han", "yo", "nosotros", "ellos", "ella", "el",
];

/// Number words, for "four unnamed officials".
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("dozen", 12),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
];

/// Modals and the infinitive marker: a headline verb group starts with one ("won't attack").
#[rustfmt::skip]
pub const MODALS: &[&str] = &[
    "won't", "will", "would", "wouldn't", "can", "can't", "cannot", "could", "couldn't", "may",
    "might", "must", "should", "shouldn't", "to",
];

/// Forms of "to be" (English and Spanish): a passive or a verbless predicate follows.
#[rustfmt::skip]
pub const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "es", "son", "fue", "fueron", "sera",
    "seran",
];

/// News verbs, as stems (see `text::stem`), that are rarely nouns in headlines.
#[rustfmt::skip]
pub const VERBS: &[&str] = &[
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
pub const WEAK_VERBS: &[&str] = &[
    "strik", "attack", "offer", "plan", "call", "target", "hit", "pressur", "threat", "rais",
    "back", "rule", "return", "wins",
];

/// Verbs of pressure, whose object is followed by an infinitive ("press Mexico to allow").
#[rustfmt::skip]
pub const CONTROL: &[&str] = &[
    "press", "pressur", "urg", "push", "ask", "tell", "allow", "want", "force", "call",
    "presiona", "pide", "exige",
];

/// Nouns whose infinitive belongs to them ("offer of US troops to help"): after one, "to" does
/// not end the patient.
#[rustfmt::skip]
pub const INFINITIVE_NOUNS: &[&str] = &[
    "offer", "plan", "proposal", "bid", "request", "call", "push", "effort", "order",
    "decision", "attempt", "threat", "pressur", "demand", "deal", "agreement", "authority",
    "permission", "oferta", "propuesta", "peticion", "decision",
];

/// Particles of phrasal verbs ("rules **out**").
pub const PARTICLES: &[&str] = &["out", "off", "up", "down", "back"];

/// Words that start a trailing adjunct in a headline ("**after** report…").
#[rustfmt::skip]
pub const SUBORDINATORS: &[&str] = &[
    "after", "amid", "as", "following", "despite", "before", "while", "over", "if", "since",
    "until", "citing", "ahead", "tras", "ante", "pese", "mientras", "luego", "despues",
    "antes", "segun", "because",
];

/// Prepositions of place ("**on** Mexican soil").
pub const LOCATIVES: &[&str] = &["in", "on", "inside", "at", "near", "across", "en", "within"];

/// Past participles that do not end in "-ed".
#[rustfmt::skip]
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "struck", "hit", "held", "sent", "shot", "taken", "seen", "told", "given", "made",
    "caught", "kept", "left", "won", "lost",
];
