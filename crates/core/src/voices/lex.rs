//! Word lists the voices rules lean on: speech verbs (English and Spanish), titles and roles,
//! honorifics, first names with their usual gender, heads of anonymous and descriptive noun
//! phrases, organisation and place words. General lists about news prose, not lines of any page.
//! All entries are lower case and folded (no accents); look them up with [`has`].

/// Whether `list` contains the folded lower-case form of `word`.
pub(crate) fn has(list: &[&str], word: &str) -> bool {
    let w = super::text::fold(word);
    list.contains(&w.as_str())
}

/// Verbs that attribute a quote next to them ("…," she **said**; **dijo** Sheinbaum).
#[rustfmt::skip]
pub(crate) const CUE_VERBS: &[&str] = &[
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
pub(crate) const FRAME_VERBS: &[&str] = &[
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
pub(crate) const INDIRECT_ONLY_VERBS: &[&str] = &["accused", "accuses", "acuso"];

/// Verbs by which a report or a person relays other sources ("**citing** U.S. officials").
#[rustfmt::skip]
pub(crate) const CITING_VERBS: &[&str] = &[
    "citing", "cited", "cites", "quoting", "quoted", "citando", "cito",
];

/// Words allowed between a speaker and its verb ("Trump **reportedly** asked").
#[rustfmt::skip]
pub(crate) const AUX_ADVERBS: &[&str] = &[
    "also", "again", "then", "later", "still", "once", "further", "has", "have", "had", "was",
    "were", "is", "are", "would", "will", "could", "had", "previously", "recently", "reportedly",
    "publicly", "repeatedly", "privately", "separately", "earlier", "ya", "tambien", "luego",
    "despues", "nuevamente", "incluso", "ademas", "le", "les", "se", "lo", "only", "even",
    "himself", "herself", "allegedly", "initially", "first", "finally",
];

/// Nouns that name a speech act when owned by a speaker ("Trump's **assertion** of …").
#[rustfmt::skip]
pub(crate) const SPEECH_NOUNS: &[&str] = &[
    "talk", "remarks",
    "assertion", "assertions", "claim", "claims", "words", "comments", "comment", "remarks",
    "remark", "statement", "description", "warning", "pledge", "promise", "call", "demand",
    "phrase", "term", "label", "characterization", "characterisation", "insistence", "threat",
    "threats", "vow", "declaration", "language", "rhetoric", "accusation", "accusations", "boast",
    "palabras", "afirmacion", "advertencia", "calificativo", "declaraciones",
];

/// Heads of noun phrases naming unnamed sources ("four unnamed current or former US **officials**").
#[rustfmt::skip]
pub(crate) const ANON_HEADS: &[&str] = &[
    "officials", "official", "sources", "source", "people", "persons", "person", "aides", "aide",
    "diplomats", "diplomat", "advisers", "adviser", "advisors", "advisor", "insiders", "insider",
    "staffers", "staffer", "analysts", "analyst", "experts", "expert", "officers", "officer",
    "agents", "agent", "lawmakers", "residents", "witnesses", "spokesperson", "spokeswoman",
    "spokesman", "funcionarios", "funcionario", "fuentes", "fuente", "personas", "allegados",
    "analistas", "expertos", "especialistas", "voceros",
];

/// Heads of noun phrases naming a document ("the **report**"), whose words are its author's.
#[rustfmt::skip]
pub(crate) const DOC_HEADS: &[&str] = &[
    "report", "reports", "reporting", "story", "article", "investigation", "analysis", "study",
    "memo", "memorandum", "document", "letter", "statement", "memoir", "book", "filing", "order",
    "decree", "communique", "comunicado", "informe", "reportaje", "documento", "carta", "libro",
    "memorias", "reporte",
];

/// Heads naming a non-media, non-government organisation ("the **group** wrote").
#[rustfmt::skip]
pub(crate) const GROUP_HEADS: &[&str] = &[
    "group", "organization", "organisation", "tank", "foundation", "institute", "center", "centre",
    "coalition", "association", "nonprofit", "organizacion", "grupo", "fundacion", "instituto",
    "asociacion",
];

/// Heads naming a news organisation ("the **newspaper** reported").
#[rustfmt::skip]
pub(crate) const MEDIA_HEADS: &[&str] = &[
    "newspaper", "paper", "outlet", "network", "broadcaster", "channel", "magazine", "daily",
    "tabloid", "periodico", "diario", "cadena", "medio", "agency",
];

/// Heads naming a government body ("the **ministry** said").
#[rustfmt::skip]
pub(crate) const GOV_HEADS: &[&str] = &[
    "ministry", "department", "government", "administration", "embassy", "secretariat", "office",
    "gobierno", "secretaria", "cancilleria", "ministerio", "embajada", "military", "army",
];

/// Role words that, after "the", refer back to a titled person ("the **president** said").
#[rustfmt::skip]
pub(crate) const ROLE_HEADS: &[&str] = &[
    "president", "presidenta", "presidente", "secretary", "minister", "ambassador", "governor",
    "senator", "leader", "mandataria", "mandatario", "canciller", "secretario", "chief", "director",
    "envoy", "mayor", "prosecutor", "spokesperson", "spokeswoman", "spokesman", "vocero", "vocera",
    "portavoz",
];

/// Lower-case role words printed before a name ("broadcaster Sean Hannity").
#[rustfmt::skip]
pub(crate) const ROLE_WORDS: &[&str] = &[
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
pub(crate) const ROLE_QUALIFIERS: &[&str] = &[
    "former", "then", "acting", "deputy", "vice", "defense", "defence", "foreign", "state", "press",
    "homeland", "security", "interior", "treasury", "top", "senior", "border", "prime", "attorney",
    "of", "de", "del", "la", "el", "the", "relaciones", "exteriores", "seguridad", "defensa",
    "hacienda", "gobernacion", "marina", "ciudadana", "publica", "nacional", "general", "commerce",
    "energy", "health", "war", "justice", "trade", "finance", "economy", "chief", "white", "house",
    "national", "intelligence", "director", "ex",
];

/// Capitalised titles inside a name chunk ("**President** Claudia Sheinbaum", "**Ms** Sheinbaum").
#[rustfmt::skip]
pub(crate) const TITLE_WORDS: &[&str] = &[
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
pub(crate) const FEMININE_TITLES: &[&str] = &[
    "ms", "ms.", "mrs", "mrs.", "miss", "sra.", "srta.", "dona", "presidenta", "secretaria",
    "ministra", "senadora", "gobernadora", "alcaldesa", "diputada", "embajadora", "mandataria",
    "spokeswoman", "congresswoman", "chairwoman", "queen", "princess", "vocera", "jefa",
];
/// See [`FEMININE_TITLES`].
#[rustfmt::skip]
pub(crate) const MASCULINE_TITLES: &[&str] = &[
    "mr", "mr.", "sr.", "don", "spokesman", "congressman", "chairman", "king", "prince", "senador",
    "gobernador", "diputado", "embajador", "mandatario", "ministro", "secretario", "vocero", "jefe",
    "alcalde",
];

/// Last words of organisation names ("Heritage **Foundation**", "NBC **News**").
#[rustfmt::skip]
pub(crate) const ORG_LAST: &[&str] = &[
    "foundation", "institute", "institution", "department", "ministry", "secretariat", "agency",
    "administration", "office", "bureau", "council", "committee", "commission", "congress",
    "senate", "house", "parliament", "party", "army", "navy", "force", "forces", "guard", "command",
    "cartel", "group", "organization", "organisation", "association", "union", "coalition",
    "center", "centre", "court", "bank", "fund", "corporation", "corp.", "inc.", "company",
    "university", "college", "network", "news", "times", "journal", "post", "tribune", "herald",
    "digital", "review", "magazine", "channel", "radio", "tv", "television", "service", "services",
    "police", "pentagon", "nacional", "armada", "senado", "gobierno", "marines", "corps", "policy",
    "project", "council", "watch", "fbi", "dea", "cia",
];

/// First words of organisation names ("**Cártel** de Sinaloa", "**Secretaría** de Marina").
#[rustfmt::skip]
pub(crate) const ORG_FIRST: &[&str] = &[
    "cartel", "secretaria", "ministerio", "departamento", "universidad", "instituto", "fundacion",
    "guardia", "ejercito", "fiscalia", "camara", "partido", "banco", "agencia", "comision",
    "consejo", "bank", "university", "department", "ministry", "house", "council",
];

/// Organisations printed as one capitalised word.
#[rustfmt::skip]
pub(crate) const ORG_WORDS: &[&str] = &[
    "pentagon", "congress", "senate", "kremlin", "hamas", "hezbollah", "interpol", "europol",
    "morena", "reuters", "pemex",
];

/// Organisations printed as an acronym (matched only when printed in capitals).
#[rustfmt::skip]
pub(crate) const ORG_ACRONYMS: &[&str] = &[
    "nasa", "fda", "epa", "nih", "cdc", "nsc", "irs", "sec", "ftc", "fcc", "unicef", "unesco",
    "wto", "oecd", "nfl", "nba", "mlb", "fifa", "uefa", "ioc", "jpl", "esa",
    "cia", "fbi", "dea", "dhs", "ice", "cbp", "doj", "dod", "nsa", "atf", "un", "oas", "nato", "eu",
    "fgr", "sedena", "semar", "sre", "sspc", "cjng", "pri", "pan", "prd", "who", "imf", "opec",
    "nbc", "cnn", "cbs", "abc", "bbc", "afp", "efe", "usaid", "ap",
];

/// Countries, regions, cities and demonyms: never people.
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "estadounidense", "estadounidenses", "mexicano", "mexicana", "mexicanos", "mexicanas",
    "venezolano", "venezolana", "norteamericano", "norteamericana",
    "united states", "u.s.", "us", "usa", "u.s.a.", "america", "americas", "american", "americans",
    "mexico", "mexican", "mexicans", "canada", "canadian", "venezuela", "venezuelan", "colombia",
    "colombian", "cuba", "cuban", "china", "chinese", "russia", "russian", "ukraine", "ukrainian",
    "brazil", "brazilian", "argentina", "argentine", "chile", "chilean", "peru", "peruvian",
    "ecuador", "ecuadorian", "guatemala", "guatemalan", "honduras", "honduran", "el salvador",
    "salvadoran", "nicaragua", "nicaraguan", "panama", "panamanian", "costa rica", "haiti",
    "haitian", "dominican", "spain", "spanish", "france", "french", "germany", "german", "britain",
    "british", "uk", "u.k.", "england", "english", "israel", "israeli", "iran", "iranian", "turkey",
    "turkiye", "turkish", "india", "indian", "pakistan", "japan", "japanese", "korea", "korean",
    "syria", "syrian", "iraq", "iraqi", "saudi", "qatar", "egypt", "nigeria", "australia",
    "australian", "italy", "italian", "poland", "polish", "europe", "european", "latin",
    "latin america", "latin american", "caribbean", "pacific", "atlantic", "asia", "africa",
    "washington", "mexico city", "caracas", "havana", "bogota", "beijing", "moscow", "london",
    "paris", "madrid", "texas", "california", "arizona", "new mexico", "florida", "virginia",
    "sinaloa", "jalisco", "sonora", "chihuahua", "tamaulipas", "michoacan", "guerrero",
    "baja california", "nuevo leon", "coahuila", "zacatecas", "tijuana", "ciudad juarez", "juarez",
    "culiacan", "monterrey", "guadalajara", "zocalo", "gulf", "hemisphere", "west",
    "estados unidos", "norteamerica", "latinoamerica", "ciudad de mexico", "cdmx",
    "national palace", "palacio nacional", "oval office",
];

/// Last words that make a chunk a place ("Mexico **City**").
#[rustfmt::skip]
pub(crate) const PLACE_LAST: &[&str] = &[
    "city", "county", "province", "island", "islands", "river", "valley", "gulf", "sea", "ocean",
    "bay", "mountains", "canal", "strait", "state", "states", "republic", "palace", "square",
    "airport", "border", "street", "avenue",
];

/// First words that make a chunk a place ("**Ciudad** Juárez").
#[rustfmt::skip]
pub(crate) const PLACE_FIRST: &[&str] = &[
    "ciudad", "san", "santa", "puerto", "port", "lake", "mount", "fort", "gulf", "estado", "north",
    "south", "east", "west", "northern", "southern",
];

/// Months and weekdays (English and Spanish), and other capitalised words that name no actor.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves",
    "viernes", "sabado", "domingo", "however", "during", "since", "despite", "although", "after",
    "before", "meanwhile", "responding", "following", "according", "while", "when", "where", "what",
    "why", "how", "if", "instead", "still", "yet", "so", "and", "but", "or", "asked", "in", "on",
    "at", "for", "from", "with", "without", "as", "by", "to", "of", "q", "a", "an", "the", "this",
    "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our",
    "its", "my", "you", "your", "there", "here", "today", "yesterday", "tomorrow", "no", "yes",
    "not", "all", "some", "many", "most", "more", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "first", "last", "other", "several", "multiple", "each",
    "every", "both", "editing", "reporting", "writing", "additional", "god", "christmas", "easter",
    "covid", "internet", "en", "el", "la", "los", "las", "un", "una", "pero", "sin", "con", "por",
    "para", "que", "desde", "hasta", "tras", "ante", "segun", "este", "esta", "ese", "esa",
];

/// Common first names with the gender they usually carry (folded, lower case). Used only when
/// the text itself shows no gender; a name absent here is simply "unknown".
#[rustfmt::skip]
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "claudia", "maria", "ana", "anna", "laura", "rosalba", "kylie", "ananya", "kristi", "karoline",
    "pam", "tulsi", "kamala", "hillary", "nancy", "elizabeth", "sarah", "sara", "jennifer",
    "jessica", "emily", "emma", "olivia", "sophia", "isabel", "isabella", "lucia", "carmen", "rosa",
    "patricia", "linda", "barbara", "susan", "margaret", "lisa", "karen", "betty", "helen",
    "sandra", "donna", "carol", "ruth", "sharon", "michelle", "kimberly", "deborah", "amy",
    "angela", "melissa", "rebecca", "stephanie", "rachel", "catherine", "katherine", "kate",
    "christine", "samantha", "nicole", "julia", "julie", "victoria", "alejandra",
    "adriana", "veronica", "gabriela", "fernanda", "daniela", "paula", "marta", "monica", "beatriz",
    "teresa", "alicia", "lorena", "guadalupe", "rocio", "xochitl", "ernestina", "rosario",
    "marcela", "luisa", "silvia", "irma", "elena", "sofia", "valentina", "camila", "natalia",
    "diana", "ursula", "giorgia", "marine", "kaja", "christina", "ivanka", "melania", "marjorie",
    "liz", "nikki", "condoleezza", "janet", "gina", "gretchen", "kathy", "cindy", "alexandria",
    "ilhan", "rashida", "susana", "norma", "yolanda", "leticia", "olga", "raquel", "ariadna",
    "citlalli", "tatiana", "dolores", "mercedes", "consuelo", "lourdes", "beatrice", "joan", "jane",
    "mary", "martha", "ashley", "brenda", "amanda", "heather", "megan", "tammy",
    "abigail", "addison", "adeline", "agnes", "aida", "aileen", "alana", "alba", "alexa",
    "alexandra", "alexis", "alice", "alina", "alison", "allison", "alma", "alyssa", "amber",
    "amelia", "angelica", "angie", "anita", "annabel", "anne", "annette", "annie", "antonia",
    "april", "ariana", "ariel", "arlene", "audrey", "aurora", "autumn", "ava", "belinda", "bella",
    "bernadette", "beth", "bethany", "betsy", "beverly", "bianca", "bonnie", "brianna", "bridget",
    "brittany", "brooke", "caitlin", "caitlyn", "camille", "candace", "cara", "carla", "carolina",
    "caroline", "carolyn", "cassandra", "catalina", "cecilia", "celeste", "celia", "charlene",
    "charlotte", "chelsea", "cheryl", "chloe", "christie", "claire", "clara", "claudette",
    "colleen", "connie", "constance", "cora", "courtney", "crystal", "cynthia", "daisy", "danielle",
    "daphne", "darlene", "dawn", "debbie", "debra", "delia", "delores", "denise", "destiny",
    "diane", "dolly", "dora", "doris", "dorothy", "edith", "eileen", "elaine", "eleanor", "elisa",
    "elise", "eliza", "ella", "ellen", "eloise", "elsa", "elsie", "emilia", "emilie", "erica",
    "erika", "erin", "esperanza", "estela", "esther", "eugenia", "eva", "evelyn", "faith", "fatima",
    "felicia", "fiona", "florence", "frances", "francesca", "gabrielle", "gail", "gemma", "georgia",
    "geraldine", "gertrude", "gilda", "giselle", "gladys", "glenda", "gloria", "grace", "gwen",
    "gwendolyn", "hailey", "hannah", "harriet", "hazel", "heidi", "helena", "hilary", "holly",
    "hope", "ida", "imelda", "ingrid", "irene", "iris", "isabela", "isabelle", "ivy", "jacqueline",
    "jade", "jana", "janice", "jasmine", "jeanette", "jeanne", "jenna", "jennie", "jenny", "jill",
    "jo", "joanna", "jocelyn", "josefina", "josephine", "joy", "joyce", "juana", "juanita",
    "judith", "judy", "juliana", "june", "justine", "karina", "karla", "katelyn", "katharine",
    "kathleen", "kathryn", "katie", "katrina", "kay", "kayla", "kelsey", "kendra", "kim", "kristen",
    "kristin", "kristina", "krystal", "lacey", "lauren", "lea", "leah", "leila", "lena", "lila",
    "lillian", "lily", "lina", "liza", "lois", "lola", "lorraine", "louisa", "louise", "lucille",
    "lucy", "luna", "lydia", "lynn", "mabel", "mackenzie", "madeline", "madison", "magdalena",
    "maggie", "mandy", "manuela", "marcia", "margarita", "margo", "marian", "mariana", "maribel",
    "marie", "marilyn", "marina", "marion", "marisa", "marisol", "marlene", "maureen", "maxine",
    "maya", "melanie", "melinda", "meredith", "mia", "michaela", "michele", "mildred", "milagros",
    "mindy", "miranda", "miriam", "molly", "mona", "monique", "myra", "nadia", "naomi", "natasha",
    "nellie", "nina", "nora", "paige", "pamela", "pauline", "pearl", "peggy", "penelope", "penny",
    "phoebe", "phyllis", "priscilla", "regina", "renee", "rita", "roberta", "rosalie", "rosalind",
    "rose", "rosemary", "roxanne", "ruby", "sabrina", "sally", "savannah", "selena", "serena",
    "shannon", "sheila", "shelby", "shirley", "sierra", "simone", "sonia", "sophie", "stacy",
    "stella", "sue", "suzanne", "sylvia", "tamara", "tanya", "tara", "tessa", "thelma", "tiffany",
    "tina", "valeria", "valerie", "vanessa", "vera", "vicki", "violet", "virginia", "vivian",
    "wanda", "wendy", "whitney", "yasmin", "yvette", "yvonne", "zoe", "greta", "jacinda", "sanna",
    "mette", "theresa", "kyrsten", "marsha",
];
/// See [`FEMALE_NAMES`].
#[rustfmt::skip]
pub(crate) const MALE_NAMES: &[&str] = &[
    "donald", "mark", "pete", "marco", "nicolas", "sean", "joe", "jose", "luis", "juan", "raul",
    "idrees", "aidan", "adam", "andres", "manuel", "felipe", "enrique", "vicente", "ernesto",
    "carlos", "miguel", "jorge", "pedro", "pablo", "javier", "alejandro", "fernando", "ricardo",
    "roberto", "eduardo", "francisco", "antonio", "rafael", "sergio", "gustavo", "omar", "ovidio",
    "ismael", "joaquin", "rocha", "genaro", "marcelo", "alfonso", "arturo", "hector", "ramon",
    "gerardo", "salvador", "ignacio", "julio", "cesar", "mario", "oscar", "ruben", "victor", "hugo",
    "diego", "daniel", "david", "john", "james", "robert", "michael", "william", "richard",
    "thomas", "charles", "christopher", "matthew", "anthony", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
    "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
    "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack",
    "dennis", "jerry", "tyler", "aaron", "henry", "douglas", "peter", "nathan", "zachary", "kyle",
    "noah", "ethan", "jeremy", "christian", "keith", "roger", "terry", "austin", "arthur",
    "lawrence", "jesse", "dylan", "bryan", "billy", "bruce", "albert", "willie",
    "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
    "russell", "elijah", "louis", "bobby", "philip", "johnny", "barack", "bill", "mike", "tom",
    "jim", "bob", "steve", "chris", "rex", "lloyd", "kash", "stephen", "tom", "ron", "rand", "ted",
    "lindsey", "chuck", "mitch", "jd", "j.d.", "vladimir", "volodymyr", "xi", "emmanuel", "keir",
    "olaf", "friedrich", "recep", "benjamin", "gustavo", "lula", "javier", "nayib", "gabriel",
    "daniel", "dina", "bernardo", "edmundo", "alvaro", "evo", "rafael", "hernan", "tomas", "angel",
    "guillermo", "armando", "alberto", "jesus", "rodrigo", "martin", "adan", "mauricio", "emilio",
    "ivan", "santiago", "mateo", "sebastian", "matias", "nicolas", "lazaro", "agustin", "esteban",
    "octavio", "alfredo",
    "abdul", "abraham", "adrian", "ahmed", "alec", "alfred", "ali", "allen", "alonso", "alvin",
    "amir", "anders", "andre", "andy", "angelo", "antoine", "archie", "arnold", "avi", "barry",
    "bart", "ben", "benito", "bernard", "blake", "boris", "brad", "bradley", "brendan", "brent",
    "brett", "bruno", "bud", "byron", "caleb", "calvin", "carl", "carson", "cedric", "chad",
    "chadwick", "chester", "clarence", "clark", "claude", "clayton", "clifford", "clint", "clyde",
    "cody", "colin", "conor", "cory", "craig", "curtis", "cyrus", "dale", "dallas", "damian", "dan",
    "danny", "darius", "darren", "darryl", "dave", "dean", "derek", "desmond", "dexter", "dimitri",
    "dominic", "don", "doug", "duane", "dustin", "dwayne", "dwight", "earl", "ed", "eddie", "edgar",
    "edmund", "edwin", "elias", "elliot", "erik", "ernest", "evan", "everett", "fabian", "farhan",
    "federico", "felix", "floyd", "francis", "franklin", "fred", "frederick", "gareth", "garrett",
    "gavin", "gene", "geoffrey", "gerald", "gilbert", "glen", "glenn", "gordon", "graham", "grant",
    "greg", "gus", "guy", "hans", "harold", "harrison", "harry", "harvey", "herbert", "herman",
    "homer", "howard", "hugh", "ian", "irving", "isaac", "jackson", "jaime", "jake", "jamal",
    "jared", "jay", "jeff", "jerome", "jimmy", "joel", "johan", "jon", "jonah", "joseph", "josh",
    "julian", "karl", "ken", "kent", "kirk", "kurt", "lance", "lars", "leo", "leon", "leonard",
    "leonardo", "leroy", "lewis", "liam", "lionel", "lorenzo", "lucas", "luke", "luther", "malcolm",
    "marc", "marcel", "marcus", "marshall", "marvin", "mason", "matt", "maurice", "max", "maxwell",
    "melvin", "miles", "milton", "mitchell", "mohamed", "mohammed", "moses", "muhammad",
    "nathaniel", "neil", "nelson", "nick", "nigel", "noel", "norman", "oliver", "orlando", "otto",
    "owen", "percy", "perry", "phil", "pierre", "preston", "quentin", "randall", "ray", "reginald",
    "rene", "rick", "rob", "rodney", "roland", "roman", "ross", "rudy", "saul", "seth", "shane",
    "shawn", "sidney", "simon", "stanley", "stefan", "stuart", "sylvester", "terrence", "theodore",
    "tim", "toby", "todd", "tommy", "tony", "travis", "trevor", "troy", "ulises", "vernon", "vince",
    "wade", "walter", "warren", "wesley", "will", "xavier", "narendra", "imran", "viktor", "rishi",
    "jair", "cam", "zach", "nealy",
];

/// Common first names carried by women and men alike: a person, gender not shown.
#[rustfmt::skip]
pub(crate) const UNISEX_NAMES: &[&str] = &[
    "alex", "jessie", "charlie", "jordan", "taylor", "casey", "jamie", "robin", "riley", "avery",
    "quinn", "sam", "kelly", "leslie", "jean", "dominique", "andrea", "morgan", "cameron", "dana",
    "drew", "jaden", "kai", "lee", "pat", "sage", "skyler", "tracy", "val",
];

/// Pronouns standing for a speaker, by gender and number.
pub(crate) const HE: &[&str] = &["he", "el"];
/// See [`HE`].
pub(crate) const SHE: &[&str] = &["she", "ella"];
/// See [`HE`].
pub(crate) const IT: &[&str] = &["it"];

/// Words that make a short quotation more than a term: personal pronouns (not possessives:
/// "its best moment" is a term), negations, auxiliaries and common verbs. A short quote with
/// none of them is a scare quote ("good conversation").
#[rustfmt::skip]
pub(crate) const CLAUSE_WORDS: &[&str] = &[
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
pub(crate) const NUMBER_WORDS: &[(&str, u32)] = &[
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

/// Words that introduce a quote as an interview answer or question label ("Q:", "Pregunta:").
pub(crate) const QUESTION_LABELS: &[&str] = &["q", "question", "p", "pregunta"];
/// See [`QUESTION_LABELS`].
pub(crate) const ANSWER_LABELS: &[&str] = &["a", "answer", "r", "respuesta"];
/// Labels that look like "Name:" but introduce no speaker.
#[rustfmt::skip]
pub(crate) const NOT_LABELS: &[&str] = &[
    "note", "editor's note", "update", "watch", "photo", "video", "source", "read", "related",
    "more", "listen", "see", "also", "correction", "disclaimer", "fuente", "nota", "lee", "mira",
    "advertisement", "warning", "breaking", "exclusive", "analysis", "opinion", "explainer",
];
