//! Loading the compiled corpus (`corpus.json`) that `framelens build` writes next to the page.

use std::fmt;

use framelens_core::{Corpus, SCHEMA_VERSION};
use serde::Deserialize;

/// Where the corpus is, relative to the page, so the site works under any sub-path.
pub const CORPUS_URL: &str = "corpus.json";

/// Why the corpus could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request itself failed (offline, blocked, server unreachable).
    Network(String),
    /// The server answered with an error status.
    Http {
        /// The HTTP status code, e.g. 404.
        status: u16,
        /// The status text, e.g. "Not Found" (may be empty).
        status_text: String,
    },
    /// The file is not a corpus this page can read.
    Decode(String),
    /// The file was written for another version of the format.
    Schema {
        /// The version found in the file.
        found: u32,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network(msg) => write!(f, "The request for {CORPUS_URL} failed: {msg}"),
            Self::Http {
                status,
                status_text,
            } => {
                write!(f, "The server answered {status}")?;
                if !status_text.is_empty() {
                    write!(f, " {status_text}")?;
                }
                write!(f, " for {CORPUS_URL}.")
            }
            Self::Decode(msg) => write!(f, "{CORPUS_URL} is not a valid corpus: {msg}"),
            Self::Schema { found } => write!(
                f,
                "{CORPUS_URL} uses format version {found}, but this page reads version {SCHEMA_VERSION}."
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Just the version field, read when a full decode fails to tell an old or new format
/// apart from a broken file.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// Decodes the text of `corpus.json`, checking its format version (serde_json; the page
/// itself uses `parse_corpus_js` in the browser).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn parse_corpus(text: &str) -> Result<Corpus, LoadError> {
    match serde_json::from_str::<Corpus>(text) {
        Ok(corpus) if corpus.schema_version == SCHEMA_VERSION => Ok(corpus),
        Ok(corpus) => Err(LoadError::Schema {
            found: corpus.schema_version,
        }),
        Err(err) => match serde_json::from_str::<VersionProbe>(text) {
            Ok(probe) if probe.schema_version != SCHEMA_VERSION => Err(LoadError::Schema {
                found: probe.schema_version,
            }),
            _ => Err(LoadError::Decode(err.to_string())),
        },
    }
}

/// Decodes the text of `corpus.json` in the browser: `JSON.parse`, then serde over the JS
/// value (far less WASM than serde_json's parser monomorphised for every type of the
/// contract). Same checks and errors as [`parse_corpus`].
#[cfg(target_arch = "wasm32")]
pub fn parse_corpus_js(text: &str) -> Result<Corpus, LoadError> {
    let value = js_sys::JSON::parse(text).map_err(|e| LoadError::Decode(js_error_message(&e)))?;
    let version = js_sys::Reflect::get(&value, &"schema_version".into())
        .ok()
        .and_then(|v| v.as_f64());
    match version {
        Some(v) if v != f64::from(SCHEMA_VERSION) => {
            return Err(LoadError::Schema { found: v as u32 })
        }
        _ => {}
    }
    serde_wasm_bindgen::from_value::<Corpus>(value).map_err(|e| LoadError::Decode(e.to_string()))
}

/// The message of a JavaScript exception.
#[cfg(target_arch = "wasm32")]
fn js_error_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "not JSON".to_owned())
}

/// Fetches and decodes the corpus at `url`.
pub async fn fetch_corpus(url: &str) -> Result<Corpus, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    #[cfg(target_arch = "wasm32")]
    return parse_corpus_js(&text);
    #[cfg(not(target_arch = "wasm32"))]
    parse_corpus(&text)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::sample_corpus;

    #[test]
    fn round_trips_a_corpus() {
        let corpus = sample_corpus();
        let json = serde_json::to_string(&corpus).unwrap();
        assert_eq!(parse_corpus(&json), Ok(corpus));
    }

    #[test]
    fn rejects_other_format_versions() {
        let mut corpus = sample_corpus();
        corpus.schema_version = SCHEMA_VERSION + 1;
        let json = serde_json::to_string(&corpus).unwrap();
        assert_eq!(
            parse_corpus(&json),
            Err(LoadError::Schema {
                found: SCHEMA_VERSION + 1
            })
        );
        // A future format whose fields no longer decode is still reported as a version problem.
        assert_eq!(
            parse_corpus(r#"{"schema_version": 99, "stories": []}"#),
            Err(LoadError::Schema { found: 99 })
        );
    }

    #[test]
    fn reports_broken_files_with_position() {
        let err = parse_corpus("{\"schema_version\": 1,").unwrap_err();
        let LoadError::Decode(msg) = &err else {
            panic!("expected a decode error, got {err:?}");
        };
        assert!(msg.contains("line 1"), "{msg}");
        assert!(err
            .to_string()
            .starts_with("corpus.json is not a valid corpus"));
        assert!(matches!(
            parse_corpus("<!doctype html><title>404</title>"),
            Err(LoadError::Decode(_))
        ));
    }

    #[test]
    fn error_messages_name_the_file() {
        let http = LoadError::Http {
            status: 404,
            status_text: "Not Found".into(),
        };
        assert_eq!(
            http.to_string(),
            "The server answered 404 Not Found for corpus.json."
        );
        let bare = LoadError::Http {
            status: 500,
            status_text: String::new(),
        };
        assert_eq!(bare.to_string(), "The server answered 500 for corpus.json.");
        assert!(LoadError::Network("offline".into())
            .to_string()
            .contains("offline"));
    }
}
