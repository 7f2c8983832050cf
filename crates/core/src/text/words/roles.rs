//! Roles and titles: the words that say what a person is ("president", "former defense
//! secretary", "Ms"), and the heads of descriptions of people, bodies and documents.

/// Role words that, after "the", refer back to a titled person ("the **president** said").
#[rustfmt::skip]
pub const ROLE_HEADS: &[&str] = &[
    "president", "presidenta", "presidente", "secretary", "minister", "ambassador", "governor",
    "senator", "leader", "mandataria", "mandatario", "canciller", "secretario", "chief", "director",
    "envoy", "mayor", "prosecutor", "spokesperson", "spokeswoman", "spokesman", "vocero", "vocera",
    "portavoz",
];

/// Lower-case role words printed before a name ("broadcaster Sean Hannity").
#[rustfmt::skip]
pub const ROLE_WORDS: &[&str] = &[
    "scientist", "economist", "author", "co-author", "lawyer", "activist", "historian",
    "diplomat", "negotiator", "strategist", "consultant", "editor", "fellow", "chair",
    "president", "presidenta", "presidente", "secretary", "minister", "ministra", "ministro",
    "spokesperson", "spokeswoman", "spokesman", "broadcaster", "host", "anchor", "senator",
    "ambassador", "governor", "mayor", "lawmaker", "congressman", "congresswoman", "representative",
    "leader", "chief", "director", "adviser", "advisor", "aide", "commander", "general", "admiral",
    "prosecutor", "attorney", "judge", "analyst", "expert", "researcher", "professor", "columnist",
    "commentator", "correspondent", "reporter", "journalist", "envoy", "czar", "tsar", "canciller",
    "secretario", "secretaria", "vocero", "vocera", "portavoz", "senador", "senadora", "gobernador",
    "gobernadora", "diputado", "diputada", "embajador", "embajadora", "fiscal", "mandatario",
    "mandataria", "lider", "jefe", "jefa", "exsecretario", "expresidente", "founder", "chairman",
    "chairwoman", "ceo", "official",
];

/// Qualifiers inside a role ("**former** **defense** secretary", "**press** secretary").
#[rustfmt::skip]
pub const ROLE_QUALIFIERS: &[&str] = &[
    "former", "then", "acting", "deputy", "vice", "defense", "defence", "foreign", "state", "press",
    "homeland", "security", "interior", "treasury", "top", "senior", "border", "prime", "attorney",
    "of", "de", "del", "la", "el", "the", "relaciones", "exteriores", "seguridad", "defensa",
    "hacienda", "gobernacion", "marina", "ciudadana", "publica", "nacional", "general", "commerce",
    "energy", "health", "war", "justice", "trade", "finance", "economy", "chief", "white", "house",
    "national", "intelligence", "director", "ex",
];

/// Capitalised titles inside a name chunk ("**President** Claudia Sheinbaum", "**Ms** Sheinbaum").
#[rustfmt::skip]
pub const TITLE_WORDS: &[&str] = &[
    "ceo", "cfo", "coo", "cto", "founder", "chairman", "chairwoman", "chair",
    "president", "presidenta", "presidente", "vice", "secretary", "minister", "senator",
    "sen", "sen.", "rep", "rep.", "representative", "governor", "gov", "gov.", "mayor",
    "ambassador", "general", "gen", "gen.", "admiral", "adm.", "director", "chief", "attorney",
    "judge", "justice", "speaker", "leader", "commissioner", "chancellor", "deputy", "former",
    "acting", "king", "queen", "prince", "princess", "pope", "dr", "dr.", "mr", "mr.", "ms", "ms.",
    "mrs", "mrs.", "miss", "sr.", "sra.", "srta.", "dona", "lic.", "canciller", "secretario",
    "secretaria", "ministro", "ministra", "senador", "senadora", "gobernador", "gobernadora",
    "alcalde", "alcaldesa", "diputado", "diputada", "fiscal", "embajador", "embajadora",
    "mandatario", "mandataria", "press", "spokesperson", "spokeswoman", "spokesman", "lt.", "col.",
    "sgt.", "capt.", "cmdr.", "sheriff", "commander", "czar", "tsar", "host",
];

/// Honorifics and titles that show a gender.
#[rustfmt::skip]
pub const FEMININE_TITLES: &[&str] = &[
    "ms", "ms.", "mrs", "mrs.", "miss", "sra.", "srta.", "dona", "presidenta", "secretaria",
    "ministra", "senadora", "gobernadora", "alcaldesa", "diputada", "embajadora", "mandataria",
    "spokeswoman", "congresswoman", "chairwoman", "queen", "princess", "vocera", "jefa",
];

/// See [`FEMININE_TITLES`].
#[rustfmt::skip]
pub const MASCULINE_TITLES: &[&str] = &[
    "mr", "mr.", "sr.", "don", "spokesman", "congressman", "chairman", "king", "prince", "senador",
    "gobernador", "diputado", "embajador", "mandatario", "ministro", "secretario", "vocero", "jefe",
    "alcalde",
];

/// Heads of noun phrases naming unnamed sources ("four unnamed current or former US **officials**").
#[rustfmt::skip]
pub const ANON_HEADS: &[&str] = &[
    "officials", "official", "sources", "source", "people", "persons", "person", "aides", "aide",
    "diplomats", "diplomat", "advisers", "adviser", "advisors", "advisor", "insiders", "insider",
    "staffers", "staffer", "analysts", "analyst", "experts", "expert", "officers", "officer",
    "agents", "agent", "lawmakers", "residents", "witnesses", "spokesperson", "spokeswoman",
    "spokesman", "funcionarios", "funcionario", "fuentes", "fuente", "personas", "allegados",
    "analistas", "expertos", "especialistas", "voceros",
];

/// Heads of noun phrases naming a document ("the **report**"), whose words are its author's.
#[rustfmt::skip]
pub const DOC_HEADS: &[&str] = &[
    "report", "reports", "reporting", "story", "article", "investigation", "analysis", "study",
    "memo", "memorandum", "document", "letter", "statement", "memoir", "book", "filing", "order",
    "decree", "communique", "comunicado", "informe", "reportaje", "documento", "carta", "libro",
    "memorias", "reporte",
];

/// Heads naming a non-media, non-government organisation ("the **group** wrote").
#[rustfmt::skip]
pub const GROUP_HEADS: &[&str] = &[
    "group", "organization", "organisation", "tank", "foundation", "institute", "center", "centre",
    "coalition", "association", "nonprofit", "organizacion", "grupo", "fundacion", "instituto",
    "asociacion",
];

/// Heads naming a news organisation ("the **newspaper** reported").
#[rustfmt::skip]
pub const MEDIA_HEADS: &[&str] = &[
    "newspaper", "paper", "outlet", "network", "broadcaster", "channel", "magazine", "daily",
    "tabloid", "periodico", "diario", "cadena", "medio", "agency",
];

/// Heads naming a government body ("the **ministry** said").
#[rustfmt::skip]
pub const GOV_HEADS: &[&str] = &[
    "ministry", "department", "government", "administration", "embassy", "secretariat", "office",
    "gobierno", "secretaria", "cancilleria", "ministerio", "embajada", "military", "army",
];
