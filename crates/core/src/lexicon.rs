//! Word lists the parser's rules lean on: stopwords (to tell prose from labels), the phrases of
//! site furniture (prompts, related-story lead-ins, paywalls), and a gazetteer of news
//! organisations (to name outlets and wires). They are general lists about news pages, not
//! lines of any particular page; a maintainer extends the outlet list in `corpus.toml`.

/// English and Spanish function words. Prose is dense in them; menus and headline lists are not.
pub const STOPWORDS: &[&str] = &[
    // English
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "or", "other",
    "our", "out", "over", "said", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "under", "until", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your", // Spanish
    "al", "como", "con", "de", "del", "el", "en", "entre", "es", "esta", "este", "ha", "han", "la",
    "las", "lo", "los", "más", "no", "o", "para", "pero", "por", "que", "se", "sin", "sobre", "su",
    "sus", "también", "un", "una", "y", "ya", "fue", "son", "dijo", "muy",
];

/// Whether `word` (any case) is a stopword.
pub fn is_stopword(word: &str) -> bool {
    let lower = word.to_lowercase();
    STOPWORDS.contains(&lower.as_str())
}

/// A news organisation: its display name, the names it is printed under, and its web domains.
#[derive(Debug, Clone, Copy)]
pub struct OrgEntry {
    /// Display name.
    pub name: &'static str,
    /// Other printed forms (matched case-sensitively, whole words).
    pub aliases: &'static [&'static str],
    /// Web domains (without `www.`).
    pub domains: &'static [&'static str],
    /// Whether it is a wire agency (its copy is republished by others).
    pub wire: bool,
}

const fn org(
    name: &'static str,
    aliases: &'static [&'static str],
    domains: &'static [&'static str],
    wire: bool,
) -> OrgEntry {
    OrgEntry {
        name,
        aliases,
        domains,
        wire,
    }
}

/// Wire agencies and news outlets, international first. Used only where the text or URL
/// names one; an organisation absent here is still found through `corpus.toml`.
pub const ORGS: &[OrgEntry] = &[
    org(
        "Reuters",
        &["REUTERS", "Thomson Reuters"],
        &["reuters.com"],
        true,
    ),
    org(
        "Associated Press",
        &["AP", "The Associated Press"],
        &["apnews.com"],
        true,
    ),
    org(
        "AFP",
        &["Agence France-Presse", "Agence France Presse"],
        &["afp.com"],
        true,
    ),
    org("EFE", &["Agencia EFE"], &["efe.com"], true),
    org("Bloomberg", &["Bloomberg News"], &["bloomberg.com"], true),
    org("Anadolu Agency", &["Anadolu", "AA"], &["aa.com.tr"], true),
    org(
        "Xinhua",
        &["Xinhua News Agency"],
        &["xinhuanet.com", "news.cn"],
        true,
    ),
    org(
        "dpa",
        &["DPA", "Deutsche Presse-Agentur"],
        &["dpa.com"],
        true,
    ),
    org("ANSA", &[], &["ansa.it"], true),
    org("Europa Press", &[], &["europapress.es"], true),
    org("Notimex", &[], &["notimex.gob.mx"], true),
    org("UPI", &["United Press International"], &["upi.com"], true),
    org("Euronews", &[], &["euronews.com"], false),
    org(
        "Fox News",
        &["Fox News Digital", "FOX News", "Fox News Channel"],
        &["foxnews.com"],
        false,
    ),
    org("TRT World", &[], &["trtworld.com"], false),
    org("NBC News", &["NBC"], &["nbcnews.com"], false),
    org(
        "The New York Times",
        &["New York Times", "NYT"],
        &["nytimes.com"],
        false,
    ),
    org(
        "The Wall Street Journal",
        &["Wall Street Journal", "WSJ"],
        &["wsj.com"],
        false,
    ),
    org(
        "The Washington Post",
        &["Washington Post"],
        &["washingtonpost.com"],
        false,
    ),
    org("CNN", &[], &["cnn.com"], false),
    org("CBS News", &["CBS"], &["cbsnews.com"], false),
    org("ABC News", &[], &["abcnews.go.com"], false),
    org("BBC", &["BBC News"], &["bbc.com", "bbc.co.uk"], false),
    org("The Guardian", &["Guardian"], &["theguardian.com"], false),
    org("Al Jazeera", &[], &["aljazeera.com"], false),
    org("Politico", &["POLITICO"], &["politico.com"], false),
    org("Axios", &[], &["axios.com"], false),
    org("NPR", &[], &["npr.org"], false),
    org("Financial Times", &["FT"], &["ft.com"], false),
    org("The Economist", &[], &["economist.com"], false),
    org("USA Today", &["USA TODAY"], &["usatoday.com"], false),
    org("Los Angeles Times", &["LA Times"], &["latimes.com"], false),
    org("The Hill", &[], &["thehill.com"], false),
    org("Newsweek", &[], &["newsweek.com"], false),
    org("France 24", &["FRANCE 24"], &["france24.com"], false),
    org("Deutsche Welle", &["DW"], &["dw.com"], false),
    org("El País", &["El Pais"], &["elpais.com"], false),
    org("El Universal", &[], &["eluniversal.com.mx"], false),
    org("Milenio", &[], &["milenio.com"], false),
    org("La Jornada", &[], &["jornada.com.mx"], false),
    org("Reforma", &[], &["reforma.com"], false),
    org("Excélsior", &["Excelsior"], &["excelsior.com.mx"], false),
    org("Proceso", &[], &["proceso.com.mx"], false),
    org("Infobae", &[], &["infobae.com"], false),
    org("El Financiero", &[], &["elfinanciero.com.mx"], false),
    org("Mexico News Daily", &[], &["mexiconewsdaily.com"], false),
    org("Univision", &[], &["univision.com"], false),
    org("Telemundo", &[], &["telemundo.com"], false),
    org("CNBC", &[], &["cnbc.com"], false),
    org("Sky News", &[], &["news.sky.com"], false),
    org("The Independent", &[], &["independent.co.uk"], false),
    org("The Telegraph", &[], &["telegraph.co.uk"], false),
    org("The Times", &[], &["thetimes.co.uk"], false),
    org("The Star", &[], &["thestar.com.my"], false),
    org("South China Morning Post", &["SCMP"], &["scmp.com"], false),
    org(
        "The Times of India",
        &[],
        &["timesofindia.indiatimes.com"],
        false,
    ),
    org("Daily Mail", &["MailOnline"], &["dailymail.co.uk"], false),
    org("Breitbart", &["Breitbart News"], &["breitbart.com"], false),
    org("New York Post", &["NY Post"], &["nypost.com"], false),
    org("Time", &["TIME"], &["time.com"], false),
    org("The Atlantic", &[], &["theatlantic.com"], false),
    org("Vox", &[], &["vox.com"], false),
    org("Semafor", &[], &["semafor.com"], false),
    org(
        "Business Insider",
        &["Insider"],
        &["businessinsider.com"],
        false,
    ),
];

/// Looks an organisation up by a printed name or alias (exact, case-sensitive).
pub fn org_by_name(name: &str) -> Option<&'static OrgEntry> {
    let name = name.trim();
    ORGS.iter()
        .find(|o| o.name == name || o.aliases.contains(&name))
}

/// Looks an organisation up by web host (`www.` and subdomains handled).
pub fn org_by_host(host: &str) -> Option<&'static OrgEntry> {
    let host = host.trim_start_matches("www.").to_lowercase();
    ORGS.iter().find(|o| {
        o.domains
            .iter()
            .any(|d| host == *d || host.ends_with(&format!(".{d}")))
    })
}

/// Phrases of share / follow / subscribe / app / sign-in prompts (lower case, matched as substrings).
pub const PROMPT_PHRASES: &[&str] = &[
    "follow us",
    "share and follow",
    "share this",
    "share on",
    "share via",
    "subscribe",
    "newsletter",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "download the app",
    "download our app",
    "get the app",
    "whatsapp",
    "telegram channel",
    "bookmark",
    "save article",
    "start reading",
    "listen to this article",
    "listen to article",
    "already a member",
    "already a subscriber",
    "get all your news",
    "free trial",
    "days free",
    "click here",
    "tap here",
    "copy link",
    "print this",
    "email this",
    "leave a comment",
    "view comments",
    "join the conversation",
    "one subscription",
    "one app",
    "one membership",
    "premium titles",
    "trusted global sources",
    "síguenos",
    "suscríbete",
    "regístrate",
    "descarga la app",
    "comparte",
    "compartir",
    "inicia sesión",
    "escuchar",
    "guardar",
    "follow on google news",
    "add us on google",
    "turn on notifications",
    "enable notifications",
    "support our journalism",
    "become a member",
    "donate",
    "reprints",
    "text size",
    "font size",
    "min listen",
];

/// Phrases of paywall prompts: the page shows only part of the article.
pub const PAYWALL_PHRASES: &[&str] = &[
    "sign up to read",
    "subscribe to read",
    "subscribe to continue",
    "to continue reading",
    "continue reading",
    "read the full article",
    "read the full story",
    "for subscribers only",
    "subscribers only",
    "this article is for subscribers",
    "create a free account to read",
    "you have reached your limit",
    "you've reached your limit",
    "register to read",
    "unlock this article",
    "read more with a subscription",
    "suscríbete para leer",
    "contenido exclusivo para suscriptores",
    "sign up to read this article",
];

/// Lead-ins of related-story or teaser lists (lower case; the whole line, punctuation aside).
pub const RELATED_LEADINS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related news",
    "related content",
    "related coverage",
    "recommended",
    "recommended stories",
    "recommended for you",
    "read more",
    "read also",
    "also read",
    "see also",
    "more from",
    "more stories",
    "more news",
    "more on this story",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "others also read",
    "top stories",
    "top news",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "latest",
    "latest news",
    "latest stories",
    "explore",
    "our picks",
    "editor's picks",
    "editors' picks",
    "don't miss",
    "popular",
    "what to read next",
    "te puede interesar",
    "lo más leído",
    "más leídas",
    "más noticias",
    "notas relacionadas",
    "relacionadas",
    "también te puede interesar",
    "lee también",
    "te recomendamos",
    "temas",
    "tags",
    "topics",
    "story timeline",
    "must read",
    "up next",
    "watch next",
    "in other news",
    "top stories on inkl right now",
    "related topics",
    "trending topics",
    "sponsored stories",
];

/// Lead-ins that start a line of the form "Lead-in: another story's headline" inside a body.
pub const RELATED_LINK_PREFIXES: &[&str] = &[
    "related",
    "read more",
    "read also",
    "also read",
    "see also",
    "recommended",
    "more:",
    "read:",
    "watch:",
    "listen:",
    "lee también",
    "te puede interesar",
    "leer más",
    "mira:",
    "related:",
    "related article",
    "related story",
];

/// Section names and site navigation labels (lower case, whole line).
pub const NAV_LABELS: &[&str] = &[
    "home",
    "news",
    "world",
    "us",
    "u.s.",
    "politics",
    "business",
    "opinion",
    "sports",
    "sport",
    "tech",
    "technology",
    "science",
    "health",
    "entertainment",
    "lifestyle",
    "travel",
    "video",
    "videos",
    "photos",
    "live",
    "menu",
    "search",
    "close",
    "more",
    "sections",
    "latest",
    "americas",
    "europe",
    "asia",
    "africa",
    "middle east",
    "latin america",
    "mexico",
    "world news",
    "markets",
    "economy",
    "culture",
    "climate",
    "features",
    "reviews",
    "columns",
    "podcasts",
    "newsletters",
    "subscribe",
    "sign in",
    "log in",
    "account",
    "edition",
    "español",
    "english",
    "internacional",
    "nacional",
    "política",
    "economía",
    "deportes",
    "mundo",
    "inicio",
    "portada",
    "seguridad",
    "world",
    "local",
    "national",
    "international",
];

/// Advertising labels (lower case, whole line).
pub const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "publicidad",
    "anuncio",
    "promoted",
    "paid content",
    "partner content",
    "scroll to continue",
    "article continues below",
    "story continues below advertisement",
    "continue reading below",
];

/// Footer phrases (lower case, substrings).
pub const FOOTER_PHRASES: &[&str] = &[
    "©",
    "copyright",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "todos los derechos reservados",
    "aviso de privacidad",
];

/// Footer link labels (lower case, whole line only: as substrings they would match prose,
/// "about US strikes").
pub const FOOTER_LABELS: &[&str] = &[
    "contact us",
    "about us",
    "advertise with us",
    "contact",
    "careers",
    "sitemap",
    "site map",
    "accessibility",
    "contáctanos",
    "quiénes somos",
    "aviso legal",
];
