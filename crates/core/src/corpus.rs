//! Assembling the corpus: stable ids, cross-document template detection, duplicates, and
//! the diagnostics that name each file.

use crate::config::{url_host, CorpusConfig};
use crate::model::*;
use crate::parse::classify::line_key;
use crate::parse::{parse_page, PageHints, PageInput};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Metadata an HTML extractor found in a saved page.
#[derive(Debug, Clone, Default)]
pub struct HtmlMeta {
    /// `<title>` / og:title.
    pub title: Option<String>,
    /// Published date, raw.
    pub published: Option<String>,
    /// Author.
    pub byline: Option<String>,
    /// og:site_name.
    pub site_name: Option<String>,
}

/// One decoded source file, ready to parse.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// File name relative to the corpus folder.
    pub file: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
    /// Text or HTML.
    pub format: SourceFormat,
    /// The decoded text (for HTML: the extractor's main text).
    pub text: String,
    /// HTML metadata, for saved pages.
    pub html: Option<HtmlMeta>,
    /// Decoding warnings to carry into the article.
    pub warnings: Vec<String>,
}

/// SHA-256 of some bytes, lowercase hex (the article's `sha256`).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Stable article id from a file name: lower-case, alphanumerics and dashes.
pub fn article_id(file: &str) -> String {
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    let mut id = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "article".into()
    } else {
        id
    }
}

fn site_of(doc: &SourceDoc, cfg: &CorpusConfig) -> (Option<Attribution>, Option<String>) {
    let fc = cfg.files.get(&doc.file);
    if let Some(url) = fc.and_then(|f| f.url.as_deref()) {
        if let Some(host) = url_host(url) {
            let ev = Evidence::from(EvidenceSource::Url, url);
            return (
                Some(Attribution {
                    name: host.clone(),
                    evidence: ev,
                }),
                Some(host),
            );
        }
    }
    if let Some(site) = fc.and_then(|f| f.site.as_deref()) {
        let ev = Evidence::from(EvidenceSource::Config, site);
        return (
            Some(Attribution {
                name: site.to_string(),
                evidence: ev,
            }),
            url_host(site),
        );
    }
    (None, None)
}

/// Keys of lines found in two or more pages of the same site: template text (menus, prompts,
/// "Next In World"), whatever it looks like.
fn template_lines(
    docs: &[SourceDoc],
    sites: &[Option<String>],
) -> HashMap<String, HashSet<String>> {
    let mut counts: HashMap<&str, HashMap<String, usize>> = HashMap::new();
    for (doc, site) in docs.iter().zip(sites) {
        let Some(site) = site.as_deref() else {
            continue;
        };
        let keys: HashSet<String> = doc
            .text
            .lines()
            .map(line_key)
            .filter(|k| !k.is_empty())
            .collect();
        let per_site = counts.entry(site).or_default();
        for k in keys {
            *per_site.entry(k).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(site, c)| {
            (
                site.to_string(),
                c.into_iter()
                    .filter(|(_, n)| *n >= 2)
                    .map(|(k, _)| k)
                    .collect(),
            )
        })
        .collect()
}

/// Parses every document and assembles the corpus, then runs the analyses (voices, framing).
/// A page that cannot be read as an article (no body, or the same bytes as an earlier file) is
/// left out and listed in `Corpus.skipped` with its reason; the caller reports it and decides
/// whether that is fatal (`--strict`). Errors in the returned diagnostics fail the build.
pub fn build_corpus(docs: Vec<SourceDoc>, cfg: &CorpusConfig) -> (Corpus, Vec<Diagnostic>) {
    let (mut corpus, mut diags) = parse_corpus(docs, cfg);
    crate::voices::analyse(&mut corpus, cfg, &mut diags);
    crate::framing::analyse(&mut corpus, cfg, &mut diags);
    corpus.warnings = warnings_of(&diags);
    (corpus, diags)
}

/// The warnings among `diags`, as the corpus carries them.
fn warnings_of(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .cloned()
        .collect()
}

/// [`build_corpus`] without the analyses: the parsed articles (body, metadata, what was cut),
/// as `framelens extract` needs them. The analyses were two thirds of its time.
pub fn parse_corpus(mut docs: Vec<SourceDoc>, cfg: &CorpusConfig) -> (Corpus, Vec<Diagnostic>) {
    docs.sort_by(|a, b| a.file.cmp(&b.file));
    let mut diags = Vec::new();
    let warn = |file: &str, message: String| Diagnostic {
        severity: Severity::Warning,
        file: file.into(),
        line: None,
        message,
    };

    let known: HashSet<&str> = docs.iter().map(|d| d.file.as_str()).collect();
    for name in cfg.files.keys().filter(|n| !known.contains(n.as_str())) {
        diags.push(warn(
            "corpus.toml",
            format!("[files.\"{name}\"] names a file that is not in the corpus folder"),
        ));
    }
    let sites: Vec<(Option<Attribution>, Option<String>)> =
        docs.iter().map(|d| site_of(d, cfg)).collect();
    let hosts: Vec<Option<String>> = sites.iter().map(|(_, h)| h.clone()).collect();
    let templates = template_lines(&docs, &hosts);
    let empty = HashSet::new();

    // The first file (by name) of each set of byte-identical files is the one kept.
    let mut by_sha: BTreeMap<&str, &str> = BTreeMap::new();
    for d in &docs {
        by_sha.entry(d.sha256.as_str()).or_insert(d.file.as_str());
    }
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut skip = |file: &str, reason: String| {
        skipped.push(Skipped {
            file: file.into(),
            reason,
        })
    };
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut inputs: Vec<PageInput> = Vec::new();
    for (doc, (site, host)) in docs.iter().zip(sites) {
        if let Some(first) = by_sha.get(doc.sha256.as_str()).filter(|f| **f != doc.file) {
            skip(
                &doc.file,
                format!("same bytes as {first}: a second copy of one page"),
            );
            continue;
        }
        let fc = cfg.files.get(&doc.file).cloned().unwrap_or_default();
        let html = doc.html.clone().unwrap_or_default();
        let hints = PageHints {
            site,
            outlet: fc.outlet,
            wire: fc.wire,
            published: fc.published,
            host: host.clone(),
            html_title: html.title,
            html_published: html.published,
            html_byline: html.byline,
            html_site_name: html.site_name,
            known_outlets: cfg.outlets.clone(),
        };
        let mut id = article_id(&doc.file);
        let n = ids.entry(id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            id = format!("{id}-{n}");
        }
        inputs.push(PageInput {
            id,
            source_file: doc.file.clone(),
            sha256: doc.sha256.clone(),
            format: doc.format,
            text: &doc.text,
            hints,
            template_lines: host
                .as_ref()
                .and_then(|h| templates.get(h))
                .unwrap_or(&empty),
            warnings: doc.warnings.clone(),
        });
    }
    let mut articles = Vec::new();
    // Each page is parsed on its own: on every core with the `parallel` feature.
    for article in crate::par::map(&inputs, parse_page) {
        if article.body.is_empty() {
            skip(
                &article.source_file,
                "no recognisable article body (no run of prose lines); is this a news article page?"
                    .into(),
            );
            continue;
        }
        for w in &article.warnings {
            diags.push(warn(&article.source_file, w.clone()));
        }
        articles.push(article);
    }
    skipped.sort_by(|a, b| a.file.cmp(&b.file));

    let mut by_body: BTreeMap<String, &str> = BTreeMap::new();
    for a in &articles {
        let body: String = a
            .body_text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if body.is_empty() {
            continue;
        }
        if let Some(first) = by_body.insert(body, &a.source_file) {
            diags.push(warn(
                &a.source_file,
                format!("same article text as {first}: it will be counted twice"),
            ));
        }
    }
    let corpus = Corpus {
        shards: Vec::new(),
        schema_version: SCHEMA_VERSION,
        story: Story {
            title: cfg.story.title.clone(),
            question: cfg.story.question.clone(),
            description: cfg.story.description.clone(),
        },
        articles,
        warnings: Vec::new(),
        skipped,
        voices: None,
        framing: None,
    };
    let corpus = Corpus {
        warnings: warnings_of(&diags),
        ..corpus
    };
    (corpus, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_slugs() {
        assert_eq!(
            article_id("000_f7b8ba6845c0955f.txt"),
            "000-f7b8ba6845c0955f"
        );
        assert_eq!(article_id("Mexico  Story (1).html"), "mexico-story-1");
        assert_eq!(article_id(".txt"), "article");
    }
}
