//! `corpus.toml`: what the collector knows that the pages cannot tell.
//!
//! The types are here so the schema is documented in one place; reading the file (I/O and
//! TOML syntax) is the CLI's job.

pub use framelens_model::config::*;

/// The host of a URL, lower-cased, without `www.`: "https://www.thestar.com.my/news" → "thestar.com.my".
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .split('@')
        .next_back()?
        .split(':')
        .next()?;
    let host = host.trim().trim_start_matches("www.").to_lowercase();
    (host.contains('.') && !host.contains(char::is_whitespace)).then_some(host)
}

/// Whether `s` is a valid `YYYY-MM-DD` calendar date.
pub fn is_iso_date(s: &str) -> bool {
    crate::date::find_dates(s)
        .first()
        .is_some_and(|d| d.text == s && s.len() == 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.thestar.com.my/news/world/x").as_deref(),
            Some("thestar.com.my")
        );
        assert_eq!(url_host("inkl.com").as_deref(), Some("inkl.com"));
        assert_eq!(url_host("not a url"), None);
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2025-04-08"));
        assert!(!is_iso_date("2025-02-30"));
        assert!(!is_iso_date("April 8, 2025"));
    }
}
