//! Bounded nesting for saved HTML pages, before the extractor sees them.
//!
//! The extractor's selector matching walks ancestors and descendants, so its work grows with the
//! square of the nesting depth: 2,000 nested elements take seconds, 10,000 take minutes (a
//! hostile or broken page, e.g. `<div><span>` repeated without closing tags). Real news pages
//! nest a few dozen levels deep (at most 51 on the 50 extraction benchmark pages, counted the
//! way [`limit_depth`] counts).
//!
//! [`limit_depth`] is a linear pass over the markup that finds whether any element opens deeper
//! than [`MAX_DEPTH`]. A page within the limit is returned untouched, so extraction of ordinary
//! pages is unchanged. A deeper page has the tags of elements opened deeper than
//! [`BROKEN_DEPTH`] dropped, with their end tags, keeping every character of text: the deep part
//! of the page reads as flat text inside its deepest kept element.
//!
//! It is a tag scanner, not an HTML parser: it knows void elements, elements whose end tag is
//! optional (`p`, `li`, `td`, ...; never counted), raw-text elements (`script`, `style`, ...;
//! skipped whole), comments and doctypes. An end tag closes the nearest open element of its name
//! among the innermost [`SEARCH`] (a bound, so stray end tags cannot make the pass quadratic).

use std::borrow::Cow;

/// Deepest element kept (see the module note for what real pages reach).
pub const MAX_DEPTH: usize = 128;

/// How deep a page that exceeds [`MAX_DEPTH`] is kept. Its structure is broken or hostile, and
/// the extractor scores every container by the text under it (work ∝ depth × text), so it is
/// cut back hard: past this depth its text reads as one flat block (measured: a 0.5 MB page of
/// 10,000 nested elements takes 1.3 s at 32 levels, 1.05 s at 16).
pub const BROKEN_DEPTH: usize = 16;

/// How many open elements an end tag looks through for its start tag.
const SEARCH: usize = 512;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements a browser closes without an end tag; counting them would count unclosed `<p>`s.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rp",
    "rt", "colgroup", "caption",
];

const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The page with the tags of elements nested deeper than [`MAX_DEPTH`] removed, and how many
/// tags were removed; the page itself (borrowed) when none was.
pub fn limit_depth(html: &str) -> (Cow<'_, str>, usize) {
    match limit_depth_at(html, MAX_DEPTH) {
        (_, 0) => (Cow::Borrowed(html), 0),
        _ => limit_depth_at(html, BROKEN_DEPTH),
    }
}

fn limit_depth_at(html: &str, max_depth: usize) -> (Cow<'_, str>, usize) {
    let bytes = html.as_bytes();
    // Open elements: (name, kept).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut kept_depth = 0usize;
    let mut out = String::new();
    // Bytes of `html` not yet copied to `out` start here (only used once a tag is dropped).
    let mut copied = 0usize;
    let mut dropped = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr(b'<', &bytes[i..]) {
        let lt = i + off;
        let rest = &html[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(html.len(), |e| lt + 4 + e + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(html.len(), |e| lt + e + 1);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = html[name_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
            .count();
        if name_len == 0 || !html.as_bytes()[name_start].is_ascii_alphabetic() {
            // Not a tag ("a < b"): text.
            i = lt + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let Some(gt) = tag_end(html, name_start + name_len) else {
            break;
        };
        let end = gt + 1;
        let self_closing = html[..gt].ends_with('/');
        let mut keep = true;
        if closing {
            let lowest = open.len().saturating_sub(SEARCH);
            if let Some(k) = open[lowest..].iter().rposition(|(n, _)| *n == name) {
                let k = lowest + k;
                keep = open[k].1;
                for (_, kept) in open.drain(k..) {
                    kept_depth -= usize::from(kept);
                }
            }
        } else if !self_closing && !VOID.contains(&name.as_str()) {
            if RAW_TEXT.contains(&name.as_str()) {
                // Its text runs to the end tag; nothing inside is markup.
                let close = format!("</{name}");
                let body_end = find_ascii_ci(&html[end..], &close).map_or(html.len(), |e| end + e);
                i = body_end;
                continue;
            }
            if !OPTIONAL_END.contains(&name.as_str()) {
                keep = kept_depth < max_depth;
                kept_depth += usize::from(keep);
                open.push((name, keep));
            }
        }
        if !keep {
            out.push_str(&html[copied..lt]);
            copied = end;
            dropped += 1;
        }
        i = end;
    }
    if dropped == 0 {
        return (Cow::Borrowed(html), 0);
    }
    out.push_str(&html[copied..]);
    (Cow::Owned(out), dropped)
}

/// The `>` ending a tag whose name ends at `from`, skipping quoted attribute values.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (k, b) in html.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (Some(q), _) if *b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(*b),
            (None, b'>') => return Some(from + k),
            _ => {}
        }
    }
    None
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// Byte offset of `needle` (ASCII, lower case) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize) -> String {
        format!(
            "<html><body>{}deep words{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    }

    #[test]
    fn pages_within_the_limit_are_untouched() {
        let page = nested(MAX_DEPTH - 2);
        assert!(nested(MAX_DEPTH - 1).len() > page.len());
        let (out, dropped) = limit_depth(&page);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(dropped, 0);
        let p =
            "<p>one<p>two<ul><li>a<li>b</ul><script>if (a<b) x('</div>')</script><br><img src=x>";
        assert!(matches!(limit_depth(p).0, Cow::Borrowed(_)));
    }

    #[test]
    fn deep_elements_lose_their_tags_not_their_text() {
        let n = 10_000;
        let page = nested(n);
        let (out, dropped) = limit_depth(&page);
        // html and body count too.
        let kept = BROKEN_DEPTH - 2;
        assert_eq!(dropped, 2 * (n - kept));
        assert_eq!(out.matches("<div>").count(), kept);
        assert_eq!(out.matches("</div>").count(), kept);
        assert!(out.contains("deep words"));
    }

    #[test]
    fn unclosed_elements_and_attributes_with_brackets() {
        let page = format!(
            "<body>{}<a title=\"1 > 0\">end</a></body>",
            "<div class='a>b'><span>x".repeat(5_000)
        );
        let (out, dropped) = limit_depth(&page);
        assert!(dropped > 9_000);
        assert_eq!(out.matches('x').count(), page.matches('x').count());
        // The link is opened too deep: its tags go (the `>` in its title is not the tag's end).
        assert!(out.ends_with("xend</body>"), "{}", &out[out.len() - 40..]);
    }
}
