//! Reading a corpus folder: which files are pages, decoding them, and every way a file can be
//! bad (empty, binary, too large, not UTF-8, unknown type) reported with its name.

use crate::html;
use framelens_core::corpus::sha256_hex;
use framelens_core::corpus::{HtmlMeta, SourceDoc};
use framelens_core::model::{Diagnostic, Severity, SourceFormat};
use std::path::Path;

/// Largest page accepted, in bytes. Real article pages are well under 1 MB of text; anything
/// larger is a mistake (a whole site dump, a video) and would slow the build for nothing.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Files that live in a corpus folder but are not pages.
const NOT_PAGES: &[&str] = &[
    "corpus.toml",
    "readme.md",
    "sources.md",
    "formats.md",
    ".gitkeep",
    ".ds_store",
];

fn diag(severity: Severity, file: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        severity,
        file: file.to_string(),
        line: None,
        message: message.into(),
    }
}

/// The page format a file name says, if any.
pub fn format_of(name: &str) -> Option<SourceFormat> {
    let lower = name.to_lowercase();
    if lower.ends_with(".txt") || lower.ends_with(".text") {
        Some(SourceFormat::Text)
    } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".html.gz") {
        Some(SourceFormat::Html)
    } else {
        None
    }
}

/// Decodes page bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252 (a superset
/// of Latin-1's printable range), saying so. Binary data is refused.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!(
                "not valid {} despite its byte-order mark",
                enc.name()
            ));
        }
        let note = (enc != encoding_rs::UTF_8)
            .then(|| format!("decoded as {} (byte-order mark)", enc.name()));
        return Ok((text.into_owned(), note));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if sample.contains(&0) || controls * 20 > sample.len().max(1) {
        return Err("binary data, not a text or HTML page".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((
                text.into_owned(),
                Some(format!(
                    "not UTF-8 (invalid byte at offset {}); decoded as Windows-1252/Latin-1 — check accented letters",
                    e.valid_up_to()
                )),
            ))
        }
    }
}

/// Reads raw bytes, gunzipping `.gz` files.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read: {e}"))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "{size} bytes is over the {MAX_FILE_BYTES}-byte limit for one page"
        ));
    }
    let raw = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if path.extension().is_some_and(|e| e == "gz") {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("not a valid gzip file: {e}"))?;
        if out.len() as u64 > MAX_FILE_BYTES {
            return Err(format!(
                "unzips to over the {MAX_FILE_BYTES}-byte limit for one page"
            ));
        }
        return Ok(out);
    }
    Ok(raw)
}

/// Turns one file into a parse-ready document, or an error diagnostic naming it.
pub fn load_doc(path: &Path, name: &str, format: SourceFormat) -> Result<SourceDoc, Diagnostic> {
    let bytes = read_bytes(path).map_err(|m| diag(Severity::Error, name, m))?;
    doc_from_bytes(name, format, bytes)
}

/// A file's bytes (already read) as a parse-ready document: decoded, HTML extracted; or an
/// error diagnostic naming it.
pub fn doc_from_bytes(
    name: &str,
    format: SourceFormat,
    bytes: Vec<u8>,
) -> Result<SourceDoc, Diagnostic> {
    let err = |m: String| diag(Severity::Error, name, m);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err("empty file: no text to parse".into()));
    }
    let (decoded, note) = decode(&bytes).map_err(err)?;
    let mut warnings: Vec<String> = note.into_iter().collect();
    let (text, html_meta) = match format {
        SourceFormat::Text => (decoded, None),
        SourceFormat::Html => {
            let ex = html::extract_html(&decoded)
                .map_err(|e| err(format!("HTML extraction failed: {e}")))?;
            warnings.extend(ex.warnings);
            if ex.text.trim().is_empty() {
                warnings.push("the HTML extractor found no main text".into());
            }
            let meta = HtmlMeta {
                title: ex.title,
                published: ex.published,
                byline: ex.byline,
                site_name: ex.site_name,
            };
            (ex.text, Some(meta))
        }
    };
    Ok(SourceDoc {
        file: name.to_string(),
        sha256: sha256_hex(&bytes),
        format,
        text,
        html: html_meta,
        warnings,
    })
}

/// A page file found in a corpus folder.
pub struct PageFile {
    /// Full path.
    pub path: std::path::PathBuf,
    /// File name, relative to the folder.
    pub name: String,
    /// Text or HTML, from the extension.
    pub format: SourceFormat,
}

/// Lists the page files of a folder (sorted), with diagnostics for files that are not pages.
pub fn list_pages(dir: &Path) -> Result<(Vec<PageFile>, Vec<Diagnostic>), String> {
    let mut pages = Vec::new();
    let mut diags = Vec::new();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read folder: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            diags.push(diag(
                Severity::Warning,
                &name,
                "sub-folders are not read; move its pages up into the corpus folder",
            ));
            continue;
        }
        if NOT_PAGES.contains(&name.to_lowercase().as_str()) || name.starts_with('.') {
            continue;
        }
        match format_of(&name) {
            Some(format) => pages.push(PageFile { path, name, format }),
            None => diags.push(diag(
                Severity::Warning,
                &name,
                "unknown file type, not read: pages must be .txt (copied text) or .html/.htm (saved page)",
            )),
        }
    }
    Ok((pages, diags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_decoded_with_a_warning() {
        let (text, note) = decode(b"Ciudad de M\xe9xico").unwrap();
        assert_eq!(text, "Ciudad de México");
        assert!(note.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13])
            .unwrap_err()
            .contains("binary"));
    }

    #[test]
    fn utf8_with_bom_is_plain() {
        let (text, note) = decode("\u{feff}Hola".as_bytes()).unwrap();
        assert_eq!((text.as_str(), note), ("Hola", None));
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(format_of("a.TXT"), Some(SourceFormat::Text));
        assert_eq!(format_of("a.htm"), Some(SourceFormat::Html));
        assert_eq!(format_of("a.pdf"), None);
    }
}
