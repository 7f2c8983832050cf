//! Main-content extraction for saved HTML news pages.
//!
//! # Why `rs-trafilatura`
//!
//! Three maintained Rust extractors were measured on the 50 dev pages of the article-extraction
//! benchmark (4-token shingle F1; the reference scores are on the full 181-page set):
//!
//! | extractor and options                                | F1    | precision | recall |
//! |------------------------------------------------------|-------|-----------|--------|
//! | `rs-trafilatura` 0.2, as wrapped here                | 0.967 | 0.946     | 0.989  |
//! | `rs-trafilatura` 0.2, library defaults               | 0.961 | 0.935     | 0.989  |
//! | `trafilatura` 0.6 (go-trafilatura port), fallback on | 0.961 | 0.942     | 0.980  |
//! | `dom_smoothie` 0.19 (Readability.js port), moderate  | 0.942 | 0.917     | 0.969  |
//!
//! `rs-trafilatura` is the most accurate, pure Rust, builds on stable Rust, and gives the page's
//! metadata (title, author, site name, description, date) from the same parse. `dom_smoothie`
//! loses whole articles with its default strict policy (F1 0.904), keeps more boilerplate with
//! the moderate one, and its Markdown text mode adds link targets to the text (F1 0.802).
//! `trafilatura` matches the library defaults here but pulls in a second HTML stack
//! (`scraper`, `html5ever` 0.39, a readability port) and needs Rust 1.88.
//!
//! # Options
//!
//! * The page type is fixed to *article*: every input is a saved news page, so the library's
//!   page-type classifier (forum, product, listing, ...) can only pick a wrong profile. Skipping it
//!   also makes extraction about a third faster. The score is the same either way on the dev set.
//! * `favor_precision` / `favor_recall`, dropping tables and de-duplication were tried and do not
//!   help (precision mode loses two points of recall), so the balanced defaults stay.
//! * The article profile has a "multi-candidate merge" step for listicles: when the chosen node
//!   is short it glues the text of other high-scoring blocks onto it. On news pages those blocks
//!   are mostly sidebars and tag clouds, and the merged text loses all paragraph breaks (the
//!   library then reports no content HTML). When that happens the page is extracted again with
//!   the library's *category* profile, which is the article profile without that step. On the dev
//!   set this fires on one page and lifts F1 from 0.961 to 0.967; it also keeps paragraph breaks.
//! * `max_extracted_len` is lifted: the library cuts longer text with `String::truncate`, which
//!   panics when the cut falls inside a multi-byte character.
//!
//! The library's text puts one block per line; here every non-empty line becomes one block
//! (paragraph, heading or list item), with its inner whitespace collapsed, and blocks are
//! separated by a blank line.

use std::panic::{catch_unwind, AssertUnwindSafe};

use rs_trafilatura::page_type::PageType;
use rs_trafilatura::{extract_with_options, ExtractResult, Options};

/// What the HTML extractor found: the main text plus the page's own metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlExtract {
    /// Main content as text: one block per paragraph/heading/list item, blocks separated by "\n\n".
    pub text: String,
    /// The page title (`og:title`, JSON-LD headline or `<title>`), as the extractor gives it.
    pub title: Option<String>,
    /// The publication date as written in the page's metadata (raw, not normalised); when the
    /// page has no such string, the extractor's own date in RFC 3339 form.
    pub published: Option<String>,
    /// The site or publisher name (`og:site_name`, JSON-LD publisher, ...).
    pub site_name: Option<String>,
    /// The author(s), as the extractor gives them.
    pub byline: Option<String>,
    /// The page's own summary (`description` / `og:description`).
    pub description: Option<String>,
    /// What the reader should know about how the page was read.
    pub warnings: Vec<String>,
}

/// Extracts the main content of a saved HTML page. Err carries a human-readable reason.
///
/// A page whose main text cannot be found is not an error: it gives `Ok` with an empty `text`
/// (the metadata may still be there). `Err` is for input that is empty or has no markup at all,
/// or for a failure reported by the library. A panic inside the library is turned into `Err` as
/// well: the CLI is built with unwinding in every profile (Cargo.toml), so the build goes on and
/// names the file.
pub fn extract_html(html: &str) -> Result<HtmlExtract, String> {
    if html.trim().is_empty() {
        return Err("the page is empty".into());
    }
    if !html.contains('<') {
        return Err("the page has no HTML markup".into());
    }
    let (flat, dropped) = crate::html_depth::limit_depth(html);
    let html: &str = &flat;
    let mut warnings = Vec::new();
    if dropped > 0 {
        warnings.push(format!(
            "the page nests elements more than {} deep: read with its structure cut to {} levels ({dropped} tags set aside, their text kept)",
            crate::html_depth::MAX_DEPTH,
            crate::html_depth::BROKEN_DEPTH
        ));
    }
    let options = news_options();
    let mut result = run_extractor(html, &options)?;
    if result.content_html.is_none() {
        // The text was merged from several blocks (or nothing was found): retry without the merge.
        let retry = Options {
            page_type: Some(PageType::Category),
            ..options
        };
        if let Ok(second) = run_extractor(html, &retry) {
            if second.content_html.is_some() && !second.content_text.trim().is_empty() {
                result = second;
            }
        }
    }
    let published =
        raw_published_date(html).or_else(|| result.metadata.date.map(|d| d.to_rfc3339()));
    let meta = result.metadata;
    Ok(HtmlExtract {
        text: to_blocks(&result.content_text),
        title: clean_meta(meta.title),
        published,
        site_name: clean_meta(meta.sitename),
        byline: clean_meta(meta.author),
        description: clean_meta(meta.description),
        warnings,
    })
}

/// The extractor options for news pages (see the module documentation for the reasons).
fn news_options() -> Options {
    Options {
        page_type: Some(PageType::Article),
        max_extracted_len: usize::MAX,
        ..Options::default()
    }
}

/// Runs the extractor, turning its errors and any panic inside it into a message.
fn run_extractor(html: &str, options: &Options) -> Result<ExtractResult, String> {
    match catch_unwind(AssertUnwindSafe(|| {
        fault_point(html);
        extract_with_options(html, options)
    })) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(e)) => Err(format!("the extractor failed: {e}")),
        Err(_) => Err("the extractor crashed on this page".into()),
    }
}

/// A fault to inject, for the one test that proves a panic during extraction is caught in a
/// release build (crates/cli/tests/release_panic.rs): when `FRAMELENS_FAULT_EXTRACT_PANIC` is set
/// and the page contains its value, extraction panics here. Nothing sets it in normal use.
fn fault_point(html: &str) {
    if let Some(marker) = std::env::var_os("FRAMELENS_FAULT_EXTRACT_PANIC") {
        let marker = marker.to_string_lossy();
        if !marker.is_empty() && html.contains(marker.as_ref()) {
            panic!("fault injected by FRAMELENS_FAULT_EXTRACT_PANIC");
        }
    }
}

/// One block per non-empty line, inner whitespace collapsed, blocks separated by a blank line.
fn to_blocks(text: &str) -> String {
    let blocks: Vec<String> = text
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    blocks.join("\n\n")
}

/// A metadata value as shown to a reader: character references left encoded by the page (such as
/// `&#039;` in a double-escaped `og:title`) decoded, whitespace collapsed, `None` when blank.
fn clean_meta(value: Option<String>) -> Option<String> {
    let value = decode_references(&value?);
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    (!value.is_empty()).then_some(value)
}

/// Decodes numeric character references and the five XML named ones; anything else is kept as is.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| reference_char(&rest[1..semi]).map(|c| (c, semi)));
        if let Some((c, semi)) = decoded {
            out.push(c);
            rest = &rest[semi + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The character of reference `name` (the text between `&` and `;`), if it is one we decode.
fn reference_char(name: &str) -> Option<char> {
    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(dec) = name.strip_prefix('#') {
        dec.parse().ok()?
    } else {
        return match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        };
    };
    char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
}

/// `<meta>` keys (`property`, `name` or `itemprop`) that carry the publication date, best first.
const DATE_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article:published",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
];

/// The longest date string taken from the page; anything longer is not a date.
const MAX_DATE_LEN: usize = 64;

/// The publication date exactly as the page's metadata writes it: a `<meta>` date tag, else the
/// JSON-LD `datePublished`, else the first `<time datetime>`.
fn raw_published_date(html: &str) -> Option<String> {
    // ASCII lowercasing keeps every byte offset, so positions found in `lower` index `html`.
    let lower = html.to_ascii_lowercase();

    let mut best: Option<(usize, String)> = None;
    for tag in start_tags(html, &lower, "meta") {
        let attrs = parse_attributes(tag);
        let key = ["property", "name", "itemprop"]
            .iter()
            .find_map(|k| attr(&attrs, k))
            .map(str::to_ascii_lowercase);
        let rank = key.and_then(|k| DATE_META_KEYS.iter().position(|d| *d == k));
        let value = attr(&attrs, "content").and_then(clean_date);
        if let (Some(rank), Some(value)) = (rank, value) {
            if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                best = Some((rank, value));
            }
        }
    }
    if let Some((_, value)) = best {
        return Some(value);
    }
    if let Some(value) = json_ld_date(html, &lower) {
        return Some(value);
    }
    let from_time = start_tags(html, &lower, "time")
        .find_map(|tag| attr(&parse_attributes(tag), "datetime").and_then(clean_date));
    from_time
}

/// The value of the first `"datePublished": "..."` pair in the page (JSON-LD).
fn json_ld_date(html: &str, lower: &str) -> Option<String> {
    const KEY: &str = "\"datepublished\"";
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|s| s.find(KEY)) {
        let after = from + found + KEY.len();
        from = after;
        let rest = html.get(after..)?.trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('"') else {
            continue;
        };
        let Some(end) = rest.find('"') else {
            continue;
        };
        if let Some(value) = clean_date(&rest[..end].replace("\\/", "/")) {
            return Some(value);
        }
    }
    None
}

/// A trimmed, plausible date string: not empty, not too long, containing a digit.
fn clean_date(value: &str) -> Option<String> {
    let value = value.trim();
    let plausible = !value.is_empty()
        && value.len() <= MAX_DATE_LEN
        && value.bytes().any(|b| b.is_ascii_digit());
    plausible.then(|| value.to_string())
}

/// The attribute text of every `<name ...>` start tag of `html`, found through its ASCII-lowercased
/// copy `lower` (same byte offsets).
fn start_tags<'a>(html: &'a str, lower: &'a str, name: &str) -> impl Iterator<Item = &'a str> + 'a {
    let open = format!("<{name}");
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let found = lower.get(from..)?.find(&open)?;
        let start = from + found + open.len();
        // `<meta` must not match `<metadata`: the name has to end here.
        let boundary = lower[start..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_whitespace() || b == b'/' || b == b'>');
        let end = tag_end(lower, start);
        from = end;
        if boundary {
            return html.get(start..end);
        }
    })
}

/// The offset of the `>` closing a tag whose attributes start at `start` (quotes respected), or
/// the end of the text.
fn tag_end(text: &str, start: usize) -> usize {
    let mut quote: Option<u8> = None;
    let tail = text.as_bytes().get(start..).unwrap_or_default();
    for (i, &b) in tail.iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return start + i,
            _ => {}
        }
    }
    text.len()
}

/// Parses `key="value" key='value' key=value key` attribute text into (lowercase key, value) pairs.
fn parse_attributes(tag: &str) -> Vec<(String, &str)> {
    let mut attrs = Vec::new();
    let mut rest = tag;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return attrs;
        }
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = rest[..key_len].to_ascii_lowercase();
        rest = rest[key_len..].trim_start();
        let mut value = "";
        if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            let quote = after_eq.chars().next().filter(|c| *c == '"' || *c == '\'');
            if let Some(q) = quote {
                let body = &after_eq[1..];
                let end = body.find(q).unwrap_or(body.len());
                value = &body[..end];
                rest = body.get(end + 1..).unwrap_or("");
            } else {
                let end = after_eq.find(char::is_whitespace).unwrap_or(after_eq.len());
                value = &after_eq[..end];
                rest = &after_eq[end..];
            }
        }
        // A stray `=` with no name before it has been consumed above; there is nothing to keep.
        if !key.is_empty() {
            attrs.push((key, value));
        }
    }
}

/// The value of attribute `name` in parsed attributes.
fn attr<'a>(attrs: &[(String, &'a str)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraph text long enough for the extractor to treat the block as an article.
    fn paragraph(topic: &str) -> String {
        format!(
            "The council met on Tuesday to discuss the {topic}, and members heard evidence from \
             residents, officials and independent experts over several hours of debate before \
             agreeing to publish a full report on the {topic} next month."
        )
    }

    fn news_page() -> String {
        format!(
            r#"<!DOCTYPE html><html><head>
<title>Council debates budget - Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="description" content="The council debated the budget.">
<meta property="article:published_time" content="2019-11-19T13:03:00+01:00">
<meta name="author" content="Jane Doe">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<article>
<h1>Council debates budget</h1>
<p>{}</p>
<h2>What happens next</h2>
<p>{}</p>
<p>{}</p>
</article>
<footer><p>Copyright 2019 Example News. All rights reserved. Privacy policy.</p></footer>
</body></html>"#,
            paragraph("budget"),
            paragraph("new library"),
            paragraph("bus routes")
        )
    }

    #[test]
    fn keeps_the_article_and_drops_navigation_and_footer() {
        let ex = extract_html(&news_page()).expect("a plain news page extracts");
        assert!(ex.text.contains("discuss the budget"), "{}", ex.text);
        assert!(ex.text.contains("What happens next"), "{}", ex.text);
        assert!(!ex.text.contains("Contact us"), "{}", ex.text);
        assert!(!ex.text.contains("Copyright"), "{}", ex.text);
        assert!(!ex.text.contains("All rights reserved"), "{}", ex.text);
    }

    #[test]
    fn paragraphs_stay_in_order_separated_by_blank_lines() {
        let ex = extract_html(&news_page()).expect("a plain news page extracts");
        let blocks: Vec<&str> = ex.text.split("\n\n").collect();
        let position = |needle: &str| blocks.iter().position(|b| b.contains(needle));
        let budget = position("discuss the budget").expect("first paragraph");
        let heading = position("What happens next").expect("heading");
        let library = position("discuss the new library").expect("second paragraph");
        let bus = position("discuss the bus routes").expect("third paragraph");
        assert!(
            budget < heading && heading < library && library < bus,
            "{blocks:?}"
        );
        assert_eq!(
            blocks[heading], "What happens next",
            "a heading is its own block"
        );
        for block in &blocks {
            assert_eq!(block.trim(), *block, "blocks are trimmed");
            assert!(!block.is_empty() && !block.contains('\n'), "{block:?}");
        }
    }

    #[test]
    fn reads_the_page_metadata() {
        let ex = extract_html(&news_page()).expect("a plain news page extracts");
        assert_eq!(ex.published.as_deref(), Some("2019-11-19T13:03:00+01:00"));
        assert_eq!(ex.site_name.as_deref(), Some("Example News"));
        assert_eq!(
            ex.description.as_deref(),
            Some("The council debated the budget.")
        );
        assert!(ex
            .title
            .is_some_and(|t| t.contains("Council debates budget")));
        assert!(ex.byline.is_some_and(|b| b.contains("Jane Doe")));
    }

    #[test]
    fn empty_or_non_html_input_is_an_error() {
        assert!(extract_html("").is_err());
        assert!(extract_html("  \n\t ").is_err());
        assert!(extract_html("just some words, no markup").is_err());
    }

    #[test]
    fn broken_html_does_not_panic() {
        let page = news_page();
        let inputs = [
            "<".to_string(),
            "<html><body><p>unclosed <b>bold <i>mixed</p></b>".to_string(),
            "<meta content='2019".to_string(),
            "<meta property=\"article:published_time\" content=\"é".to_string(),
            "<div>".repeat(500),
            page[..page.len() / 2].to_string(),
            format!("{page}\u{0}\u{feff}<p>é</p>"),
        ];
        for input in &inputs {
            // Ok or Err are both fine; the point is no panic and, if Ok, well-formed blocks.
            if let Ok(ex) = extract_html(input) {
                assert!(!ex.text.contains("\n\n\n"), "{:?}", ex.text);
            }
        }
    }

    #[test]
    fn very_long_multibyte_text_does_not_panic() {
        // Over a million bytes of three-byte characters: the library's own length cap would cut
        // the text short (and panics when the cut falls inside a character); `news_options`
        // lifts it.
        let paragraph = format!("<p>x{}</p>", "中文 ".repeat(40));
        let page = format!("<html><body>{}</body></html>", paragraph.repeat(4000));
        let ex = extract_html(&page).expect("a long page extracts");
        assert!(ex.text.len() > 1_000_000, "{}", ex.text.len());
    }

    #[test]
    fn page_without_main_text_gives_empty_text_not_a_panic() {
        let html = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
        match extract_html(html) {
            Ok(ex) => assert!(!ex.text.contains("Home"), "{:?}", ex.text),
            Err(e) => assert!(!e.is_empty()),
        }
    }

    #[test]
    fn published_date_is_taken_raw_from_metadata() {
        let meta = r#"<head><meta name="pubdate" content=" 20191119 "><meta property="article:published_time" content="Tue, 19 Nov 2019 13:03:00 GMT"></head>"#;
        assert_eq!(
            raw_published_date(meta).as_deref(),
            Some("Tue, 19 Nov 2019 13:03:00 GMT"),
            "article:published_time ranks above pubdate"
        );
        let json_ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished" : "2019\/11\/19 08:00"}</script>"#;
        assert_eq!(
            raw_published_date(json_ld).as_deref(),
            Some("2019/11/19 08:00")
        );
        let time = r#"<p>Posted <time class="x" datetime='2019-11-19'>Tuesday</time></p>"#;
        assert_eq!(raw_published_date(time).as_deref(), Some("2019-11-19"));
        let none = r#"<metadata content="2019"></metadata><meta name="date" content="soon">"#;
        assert_eq!(raw_published_date(none), None);
    }

    #[test]
    fn attributes_parse_in_all_quoting_styles() {
        let attrs = parse_attributes(r#" NAME="a b" content='c "d"' data-x=e/ checked"#);
        assert_eq!(attr(&attrs, "name"), Some("a b"));
        assert_eq!(attr(&attrs, "content"), Some("c \"d\""));
        assert_eq!(attr(&attrs, "data-x"), Some("e/"));
        assert_eq!(attr(&attrs, "checked"), Some(""));
        assert_eq!(attr(&attrs, "missing"), None);
    }

    #[test]
    fn metadata_values_are_decoded_and_trimmed() {
        let clean = |s: &str| clean_meta(Some(s.to_string()));
        assert_eq!(
            clean(" &#039;Quoted&#039; &amp; &#x263A; &#163;5\n\t now ").as_deref(),
            Some("'Quoted' & \u{263A} \u{a3}5 now")
        );
        assert_eq!(
            clean("AT&T &unknown; & &#xZZ; &#0; &").as_deref(),
            Some("AT&T &unknown; & &#xZZ; &#0; &")
        );
        assert_eq!(clean(" \n "), None);
        assert_eq!(clean_meta(None), None);
    }

    #[test]
    fn blocks_are_one_per_line() {
        assert_eq!(to_blocks("  a  b \n\n\n c\r\n\t\n d "), "a b\n\nc\n\nd");
        assert_eq!(to_blocks(" \n "), "");
    }
}
