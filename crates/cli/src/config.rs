//! `corpus.toml`: its TOML read and its values checked, every error naming its line. The
//! types are the contract's (`framelens_core::config`); this is the text → config step,
//! without file I/O, so it is fuzzed on its own (fuzz/).

use framelens_core::config::{is_iso_date, CorpusConfig};
use framelens_core::model::{Diagnostic, Severity};

fn diag(
    severity: Severity,
    file: &str,
    line: Option<u32>,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic {
        severity,
        file: file.into(),
        line,
        message: message.into(),
    }
}

fn line_of(text: &str, needle: &str) -> Option<u32> {
    let pos = text.find(needle)?;
    u32::try_from(text[..pos].matches('\n').count() + 1).ok()
}

/// Parses and checks the text of corpus.toml; errors name the line.
pub fn parse_config(text: &str) -> Result<CorpusConfig, Vec<Diagnostic>> {
    let file = "corpus.toml";
    let cfg: CorpusConfig = toml::from_str(text).map_err(|e| {
        let line = e.span().and_then(|s| {
            u32::try_from(text[..s.start.min(text.len())].matches('\n').count() + 1).ok()
        });
        vec![diag(
            Severity::Error,
            file,
            line,
            format!("malformed: {}", e.message()),
        )]
    })?;
    let mut errors = Vec::new();
    if cfg.story.title.trim().is_empty() || cfg.story.question.trim().is_empty() {
        errors.push(diag(
            Severity::Error,
            file,
            line_of(text, "[story]"),
            "[story] needs a non-empty title and question",
        ));
    }
    for (name, fc) in &cfg.files {
        let at = line_of(text, name);
        if let Some(d) = fc.published.as_deref().filter(|d| !is_iso_date(d)) {
            errors.push(diag(
                Severity::Error,
                file,
                at,
                format!("[files.\"{name}\"] published = \"{d}\" is not a YYYY-MM-DD date"),
            ));
        }
        if let Some(u) = fc
            .url
            .as_deref()
            .filter(|u| framelens_core::config::url_host(u).is_none())
        {
            errors.push(diag(
                Severity::Error,
                file,
                at,
                format!("[files.\"{name}\"] url = \"{u}\" has no host"),
            ));
        }
    }
    if errors.is_empty() {
        Ok(cfg)
    } else {
        Err(errors)
    }
}
