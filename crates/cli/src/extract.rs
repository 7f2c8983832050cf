//! `framelens extract`: the article body of every page of a folder, in the extraction
//! benchmark's prediction format, so the parser's rules can be scored.

use crate::read;
use framelens_core::config::CorpusConfig;
use framelens_core::corpus::{parse_corpus, SourceDoc};
use std::collections::BTreeMap;
use std::path::Path;

/// Benchmark key: the file name without its extension(s).
fn key_of(name: &str) -> String {
    let mut stem = name;
    for ext in [".gz", ".html", ".htm", ".txt", ".text"] {
        stem = stem.strip_suffix(ext).unwrap_or(stem);
    }
    stem.to_string()
}

pub fn run(dir: &Path, output: &Path) -> Result<(), String> {
    let (pages, diags) = read::list_pages(dir)?;
    for d in &diags {
        eprintln!("{d}");
    }
    let mut out: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut docs: Vec<SourceDoc> = Vec::new();
    let loaded = framelens_core::par::map(&pages, |p| read::load_doc(&p.path, &p.name, p.format));
    for (read::PageFile { name, .. }, doc) in pages.iter().zip(loaded) {
        match doc {
            Ok(doc) => docs.push(doc),
            Err(d) => {
                eprintln!("{d}");
                out.insert(key_of(name), serde_json::json!({ "articleBody": "" }));
            }
        }
    }
    // Each benchmark page stands alone: no corpus.toml, so no cross-page template evidence.
    let (corpus, _) = parse_corpus(docs, &CorpusConfig::default());
    for a in &corpus.articles {
        out.insert(
            key_of(&a.source_file),
            serde_json::json!({ "articleBody": a.body_text() }),
        );
    }
    let json = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
    std::fs::write(output, json + "\n")
        .map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
    eprintln!("extracted {} pages to {}", out.len(), output.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_drop_all_extensions() {
        assert_eq!(super::key_of("abc.html.gz"), "abc");
        assert_eq!(super::key_of("abc.txt"), "abc");
    }
}
