//! `framelens inspect FILE`: how one page was parsed, line by line — for a maintainer checking
//! why a line was kept or cut.

use crate::read;
use framelens_core::config::CorpusConfig;
use framelens_core::corpus::build_corpus;
use std::collections::BTreeMap;
use std::path::Path;

pub fn run(path: &Path) -> Result<(), String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let format =
        read::format_of(&name).ok_or_else(|| format!("{name}: not a .txt or .html page"))?;
    let doc = read::load_doc(path, &name, format).map_err(|d| d.to_string())?;
    let text = doc.text.clone();
    let (corpus, _) = build_corpus(vec![doc], &CorpusConfig::default());
    let a = &corpus.articles[0];
    let mut label: BTreeMap<u32, String> = BTreeMap::new();
    if let Some(l) = a.headline_evidence.as_ref().and_then(|e| e.line) {
        label.insert(l, "HEADLINE".into());
    }
    if let Some(l) = a.dek.as_ref().and_then(|d| d.evidence.line) {
        label.insert(l, "DEK".into());
    }
    for p in &a.body {
        label.insert(p.line, format!("body:{:?}", p.kind).to_lowercase());
    }
    for c in &a.captions {
        label.insert(c.line, format!("caption:{:?}", c.kind).to_lowercase());
    }
    for r in &a.removed {
        label.insert(r.line, format!("-{:?}", r.reason).to_lowercase());
    }
    for (i, line) in text.lines().enumerate() {
        let n = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if line.trim().is_empty() {
            continue;
        }
        let short: String = line.trim().chars().take(110).collect();
        println!(
            "{n:>4} {:<20} {short}",
            label.get(&n).map(String::as_str).unwrap_or("?")
        );
    }
    let summary = serde_json::json!({
        "outlet": a.outlet, "wire": a.wire, "site": a.site, "published": a.published,
        "byline": a.byline, "credits": a.credits, "dateline": a.dateline,
        "truncated": a.truncated, "truncation_evidence": a.truncation_evidence, "warnings": a.warnings,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?
    );
    Ok(())
}
