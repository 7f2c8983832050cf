//! The page's view state, as it lives in the URL query string.
//!
//! Every view is a shareable link: [`UrlState`] reads the query parameters listed in
//! `docs/ui-contract.md` and writes them back in a fixed order, leaving defaults out, so the
//! same state always gives the same URL. Unknown or malformed values are ignored, never an
//! error. Plain Rust, tested natively.

/// The views of the page, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum View {
    /// The story's question, a timeline of the articles, outlet chips.
    #[default]
    Overview,
    /// Headlines side by side with agency and provenance.
    Headlines,
    /// Outlets × frames heatmap.
    Frames,
    /// Who is quoted, per outlet.
    Voices,
    /// The terms each outlet chose for the same thing.
    Naming,
    /// Facts × articles: who included what.
    Facts,
    /// One article, cleaned and annotated.
    Article,
    /// Two articles aligned sentence by sentence.
    Compare,
    /// How each analysis works, its limits, downloads.
    Method,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 9] = [
        View::Overview,
        View::Headlines,
        View::Frames,
        View::Voices,
        View::Naming,
        View::Facts,
        View::Article,
        View::Compare,
        View::Method,
    ];

    /// The value of the `view` parameter.
    pub fn slug(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Headlines => "headlines",
            View::Frames => "frames",
            View::Voices => "voices",
            View::Naming => "naming",
            View::Facts => "facts",
            View::Article => "article",
            View::Compare => "compare",
            View::Method => "method",
        }
    }

    /// The view's name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Headlines => "Headlines",
            View::Frames => "Frames",
            View::Voices => "Voices",
            View::Naming => "Naming",
            View::Facts => "Facts",
            View::Article => "Article",
            View::Compare => "Compare two",
            View::Method => "Method",
        }
    }

    /// Reads a `view` value; unknown values give `None`.
    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug.trim())
    }
}

/// All view state: which view, which articles, and the filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// `view`: the view shown.
    pub view: View,
    /// `article`: the article of the article view.
    pub article: Option<String>,
    /// `a`: the first article of the compare view.
    pub a: Option<String>,
    /// `b`: the second article of the compare view.
    pub b: Option<String>,
    /// `outlet`: the selected outlets, as written in the URL (empty = all).
    pub outlets: Vec<String>,
    /// `frame`: only articles evoking this frame.
    pub frame: Option<String>,
    /// `actor`: only articles naming or quoting this actor.
    pub actor: Option<String>,
    /// `from`: only articles published on or after this `YYYY-MM-DD` date.
    pub from: Option<String>,
    /// `to`: only articles published on or before this `YYYY-MM-DD` date.
    pub to: Option<String>,
    /// `q`: text search over headlines and bodies.
    pub q: String,
    /// `removed=1`: the article view shows what the parser removed.
    pub removed: bool,
    /// `plain=quotes,cues`: the article view's highlight layers switched off (both are on by
    /// default).
    pub plain: Plain,
    /// `open`: the detail opened in the current view (a heatmap cell, a bar, a fact cell).
    pub open: Option<String>,
    /// `page=N`: the page of a long list (facts, articles), 0 for the first (written as N ≥ 2).
    pub page: u32,
    /// `all=1`: a list collapsed to its top entries (outlets, columns) is shown in full.
    pub all: bool,
}

/// Which highlight layers of the article body are switched off (`plain=quotes,cues`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Plain {
    /// Quotes are not highlighted.
    pub quotes: bool,
    /// Frame cues are not marked.
    pub cues: bool,
}

/// A highlight layer of the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Quotes with their speakers.
    Quotes,
    /// Frame cue words.
    Cues,
}

impl Plain {
    /// Whether `layer` is switched off.
    pub fn is_off(self, layer: Layer) -> bool {
        match layer {
            Layer::Quotes => self.quotes,
            Layer::Cues => self.cues,
        }
    }

    /// Switches `layer` on if it was off, off if it was on.
    pub fn flip(&mut self, layer: Layer) {
        match layer {
            Layer::Quotes => self.quotes ^= true,
            Layer::Cues => self.cues ^= true,
        }
    }

    /// Reads `plain=…`; unknown layer names are ignored.
    fn parse(value: &str) -> Self {
        let has = |name: &str| value.split(',').any(|v| v.trim() == name);
        Self {
            quotes: has("quotes"),
            cues: has("cues"),
        }
    }

    /// The parameter's value, `None` when both layers are on.
    fn value(self) -> Option<&'static str> {
        match (self.quotes, self.cues) {
            (false, false) => None,
            (true, false) => Some("quotes"),
            (false, true) => Some("cues"),
            (true, true) => Some("quotes,cues"),
        }
    }
}

/// Trims a parameter value, dropping it when blank.
fn non_blank(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A `YYYY-MM-DD` value, or `None` for anything else.
fn iso_date(value: Option<String>) -> Option<String> {
    non_blank(value).filter(|v| crate::format::Published::from_field(Some(v)).is_date())
}

impl UrlState {
    /// Reads the state from query parameters; `get` returns a parameter's decoded value.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Self {
        let outlets = get("outlet")
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Self {
            view: get("view")
                .and_then(|v| View::from_slug(&v))
                .unwrap_or_default(),
            article: non_blank(get("article")),
            a: non_blank(get("a")),
            b: non_blank(get("b")),
            outlets,
            frame: non_blank(get("frame")),
            actor: non_blank(get("actor")),
            from: iso_date(get("from")),
            to: iso_date(get("to")),
            // Kept as typed (a trailing space is part of typing); the search trims it.
            q: get("q").unwrap_or_default(),
            removed: get("removed").is_some_and(|v| v.trim() == "1"),
            plain: get("plain").map(|v| Plain::parse(&v)).unwrap_or_default(),
            open: non_blank(get("open")),
            page: get("page")
                .and_then(|v| v.trim().parse::<u32>().ok())
                .map_or(0, |n| n.saturating_sub(1)),
            all: get("all").is_some_and(|v| v.trim() == "1"),
        }
    }

    /// Reads the state from a raw query string (with or without the leading `?`); the app
    /// reads the router's decoded parameters instead.
    #[cfg(test)]
    pub fn from_query(query: &str) -> Self {
        let pairs = parse_query(query);
        Self::from_lookup(|key| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }

    /// The query string for this state, without the leading `?`; empty for the default state.
    ///
    /// Parameters come in a fixed order and defaults are left out, so equal states give
    /// equal strings.
    pub fn to_query(&self) -> String {
        // (key, value already encoded), in the fixed order.
        let mut parts: Vec<(&str, String)> = Vec::new();
        if self.view != View::Overview {
            parts.push(("view", self.view.slug().to_owned()));
        }
        for (key, value) in [("article", &self.article), ("a", &self.a), ("b", &self.b)] {
            if let Some(v) = value {
                parts.push((key, encode_component(v)));
            }
        }
        if !self.outlets.is_empty() {
            // Names are encoded one by one; the commas between them stay literal.
            let list: Vec<String> = self.outlets.iter().map(|o| encode_component(o)).collect();
            parts.push(("outlet", list.join(",")));
        }
        for (key, value) in [
            ("frame", &self.frame),
            ("actor", &self.actor),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if let Some(v) = value {
                parts.push((key, encode_component(v)));
            }
        }
        if !self.q.trim().is_empty() {
            parts.push(("q", encode_component(&self.q)));
        }
        if self.removed {
            parts.push(("removed", "1".to_owned()));
        }
        if let Some(plain) = self.plain.value() {
            // Layer names and a literal comma, like the outlet list's.
            parts.push(("plain", plain.to_owned()));
        }
        if let Some(open) = &self.open {
            parts.push(("open", encode_component(open)));
        }
        if self.page > 0 {
            parts.push(("page", (self.page + 1).to_string()));
        }
        if self.all {
            parts.push(("all", "1".to_owned()));
        }
        let pairs: Vec<String> = parts.iter().map(|(k, v)| format!("{k}={v}")).collect();
        pairs.join("&")
    }

    /// A link to this state relative to the current page: `?query`. It keeps the page's path,
    /// so the site works under any sub-path.
    pub fn href(&self) -> String {
        format!("?{}", self.to_query())
    }

    /// The same filters, another view; the opened detail is closed.
    pub fn with_view(&self, view: View) -> Self {
        Self {
            view,
            open: None,
            page: 0,
            all: false,
            removed: self.removed && view == View::Article,
            plain: if view == View::Article {
                self.plain
            } else {
                Plain::default()
            },
            ..self.clone()
        }
    }

    /// The article view of one article.
    pub fn with_article(&self, id: &str) -> Self {
        Self {
            article: Some(id.to_owned()),
            ..self.with_view(View::Article)
        }
    }

    /// Whether any filter (outlet, frame, actor, dates, search) is set.
    pub fn has_filters(&self) -> bool {
        !self.outlets.is_empty()
            || self.frame.is_some()
            || self.actor.is_some()
            || self.from.is_some()
            || self.to.is_some()
            || !self.q.trim().is_empty()
    }

    /// Whether `other` selects the same articles (outlets, frame, actor, dates, search).
    pub fn same_filters(&self, other: &UrlState) -> bool {
        self.outlets == other.outlets
            && self.frame == other.frame
            && self.actor == other.actor
            && self.from == other.from
            && self.to == other.to
            && self.q.trim() == other.q.trim()
    }

    /// The state after a change from `before`: a new selection of articles starts long lists
    /// at their first page (page 3 of other facts means nothing).
    pub fn settled_after(mut self, before: &UrlState) -> Self {
        if !self.same_filters(before) {
            self.page = 0;
        }
        self
    }

    /// The same view with every filter cleared.
    pub fn without_filters(&self) -> Self {
        Self {
            outlets: Vec::new(),
            frame: None,
            actor: None,
            from: None,
            to: None,
            q: String::new(),
            ..self.clone()
        }
    }
}

/// Joins the parts of an `open` value ("Reuters|security_and_defense").
pub fn open_key(parts: &[&str]) -> String {
    parts.join("|")
}

/// Splits an `open` value into exactly `n` parts (the last takes any extra `|`).
pub fn open_parts(open: &str, n: usize) -> Option<Vec<&str>> {
    let parts: Vec<&str> = open.splitn(n, '|').collect();
    (parts.len() == n).then_some(parts)
}

/// Percent-encodes a query value: everything but `A–Z a–z 0–9 - _ . ~` is escaped (UTF-8 bytes).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
/// Decodes a query value: `+` is a space and `%XX` a byte; malformed escapes stay as written.
pub fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
/// Splits a query string into decoded `(key, value)` pairs, in order.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (decode_component(k), decode_component(v))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn full_state() -> UrlState {
        UrlState {
            view: View::Compare,
            article: Some("001-abc".into()),
            a: Some("000-x".into()),
            b: Some("004-y".into()),
            outlets: vec!["Fox News".into(), "Reuters".into(), "Ä & Co, Ltd".into()],
            frame: Some("Security and defense".into()),
            actor: Some("Claudia Sheinbaum".into()),
            from: Some("2025-04-01".into()),
            to: Some("2025-12-31".into()),
            q: "act of war? 100%".into(),
            removed: true,
            plain: Plain {
                quotes: true,
                cues: false,
            },
            open: Some("Reuters|Security".into()),
            page: 2,
            all: true,
        }
    }

    #[test]
    fn default_state_is_the_empty_query() {
        assert_eq!(UrlState::default().to_query(), "");
        assert_eq!(UrlState::from_query(""), UrlState::default());
        assert_eq!(UrlState::from_query("?"), UrlState::default());
        assert_eq!(UrlState::default().href(), "?");
    }

    #[test]
    fn every_view_round_trips() {
        for view in View::ALL {
            let state = UrlState {
                view,
                ..UrlState::default()
            };
            assert_eq!(UrlState::from_query(&state.to_query()), state, "{view:?}");
            assert_eq!(View::from_slug(view.slug()), Some(view));
        }
    }

    #[test]
    fn a_full_state_round_trips_through_its_query() {
        let state = full_state();
        let query = state.to_query();
        // Outlet names are encoded one by one, their separators left as commas.
        assert!(
            query.contains("outlet=Fox%20News,Reuters,%C3%84%20%26%20Co%2C%20Ltd"),
            "{query}"
        );
        assert!(query.starts_with("view=compare&article=001-abc&a=000-x&b=004-y&"));
        assert!(query.ends_with(
            "&q=act%20of%20war%3F%20100%25&removed=1&plain=quotes&open=Reuters%7CSecurity&page=3&all=1"
        ));
        let back = UrlState::from_query(&query);
        // A comma inside a name splits it once decoded; the filter rejoins known names.
        assert_eq!(back.outlets, ["Fox News", "Reuters", "Ä & Co", "Ltd"]);
        assert_eq!(
            UrlState {
                outlets: state.outlets.clone(),
                ..back
            },
            state
        );
    }

    #[test]
    fn reads_the_contract_examples() {
        let state = UrlState::from_query("?view=frames&outlet=Fox%20News,Reuters");
        assert_eq!(state.view, View::Frames);
        assert_eq!(state.outlets, ["Fox News", "Reuters"]);
        let plus = UrlState::from_query("outlet=Fox+News&q=drug+cartels");
        assert_eq!(plus.outlets, ["Fox News"]);
        assert_eq!(plus.q, "drug cartels");
    }

    #[test]
    fn unknown_and_malformed_values_are_ignored() {
        let state = UrlState::from_query(
            "view=nope&removed=yes&from=2025-02-30&to=soon&outlet=,%20,&article=%20&zzz=1&open=&plain=bold&page=x&all=yes",
        );
        // `page=1` is the first page, as is `page=0`.
        assert_eq!(UrlState::from_query("page=1").page, 0);
        assert_eq!(UrlState::from_query("page=0").page, 0);
        assert_eq!(UrlState::from_query("page=2").to_query(), "page=2");
        assert_eq!(state, UrlState::default());
        // A stray percent sign is kept as written.
        assert_eq!(UrlState::from_query("q=50%").q, "50%");
        assert_eq!(UrlState::from_query("q=%E2%82").q, "\u{FFFD}");
        assert_eq!(UrlState::from_query("q=%zz1").q, "%zz1");
    }

    #[test]
    fn encoding_escapes_reserved_characters() {
        assert_eq!(encode_component("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(decode_component("a%20b%26c%3Dd%2F%C3%A9"), "a b&c=d/é");
        assert_eq!(encode_component("Az09-_.~"), "Az09-_.~");
    }

    #[test]
    fn changing_view_keeps_filters_and_closes_details() {
        let state = full_state();
        let frames = state.with_view(View::Frames);
        assert_eq!(frames.outlets, state.outlets);
        assert_eq!(frames.q, state.q);
        assert_eq!(frames.open, None);
        assert!(!frames.removed);
        assert_eq!(frames.plain, Plain::default());
        assert_eq!(
            (frames.page, frames.all),
            (0, false),
            "a new view starts at its top"
        );
        let mut narrower = state.clone();
        narrower.outlets.pop();
        assert_eq!(narrower.settled_after(&state).page, 0);
        let opened = UrlState {
            open: None,
            ..state.clone()
        };
        assert_eq!(opened.settled_after(&state).page, state.page);
        let article = state.with_article("002");
        assert_eq!(article.view, View::Article);
        assert_eq!(article.article.as_deref(), Some("002"));
        assert!(article.removed);
        assert!(article.plain.quotes);
    }

    #[test]
    fn highlight_layers_round_trip() {
        for (quotes, cues, query) in [
            (true, false, "plain=quotes"),
            (false, true, "plain=cues"),
            (true, true, "plain=quotes,cues"),
        ] {
            let state = UrlState {
                view: View::Article,
                plain: Plain { quotes, cues },
                ..UrlState::default()
            };
            assert_eq!(state.to_query(), format!("view=article&{query}"));
            assert_eq!(UrlState::from_query(&state.to_query()), state);
        }
        let mut plain = Plain::default();
        plain.flip(Layer::Cues);
        assert!(plain.is_off(Layer::Cues) && !plain.is_off(Layer::Quotes));
        plain.flip(Layer::Cues);
        assert_eq!(plain, Plain::default());
        // Order and spacing do not matter; unknown layers are ignored.
        assert_eq!(
            UrlState::from_query("plain=cues,%20quotes,bold").plain,
            Plain {
                quotes: true,
                cues: true
            }
        );
    }

    #[test]
    fn open_values_split_into_their_parts() {
        let key = open_key(&["Fox News", "security_and_defense"]);
        assert_eq!(key, "Fox News|security_and_defense");
        assert_eq!(
            open_parts(&key, 2),
            Some(vec!["Fox News", "security_and_defense"])
        );
        assert_eq!(open_parts("a|b|c|d", 3), Some(vec!["a", "b", "c|d"]));
        assert_eq!(open_parts("alone", 2), None);
    }

    #[test]
    fn clearing_filters_keeps_the_view() {
        let state = full_state();
        assert!(state.has_filters());
        let clear = state.without_filters();
        assert!(!clear.has_filters());
        assert_eq!(clear.view, View::Compare);
        assert_eq!(clear.a, state.a);
    }
}
