//! Loading the compiled corpus (`corpus.json`) that `framelens build` writes next to the page.

use std::fmt;

use framelens_model::shards::Shard;
use framelens_model::{Corpus, SCHEMA_VERSION};

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
    /// A shard the index lists could not be fetched or does not match the index.
    Shard {
        /// The shard's path, as the index lists it.
        file: String,
        /// What went wrong.
        reason: String,
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
            Self::Shard { file, reason } => write!(
                f,
                "The article text in {file}, which {CORPUS_URL} lists, could not be loaded: {reason}"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Decodes the tree of a parsed `corpus.json`: the format version first (so an older or
/// newer file is named as such rather than as broken), then the contract's types through
/// serde-lite (see `framelens-model`, feature `lite`: far less WASM than serde's visitors).
pub fn decode(tree: &serde_lite::Intermediate) -> Result<Corpus, LoadError> {
    let version = tree
        .as_map()
        .and_then(|m| m.get("schema_version"))
        .and_then(serde_lite::Intermediate::as_number)
        .map(f64::from);
    match version {
        Some(v) if v != f64::from(SCHEMA_VERSION) => Err(LoadError::Schema { found: v as u32 }),
        _ => <Corpus as serde_lite::Deserialize>::deserialize(tree)
            .map_err(|e| LoadError::Decode(e.to_string())),
    }
}

/// Decodes the text of `corpus.json` through the browser's `JSON.parse`, then [`decode`].
/// Same checks and errors as [`parse_index`].
#[cfg(target_arch = "wasm32")]
#[cfg_attr(feature = "views", allow(dead_code))] // the overview's build; tested in both
pub fn parse_corpus_js(text: &str) -> Result<Corpus, LoadError> {
    let value = js_sys::JSON::parse(text).map_err(|e| LoadError::Decode(js_error_message(&e)))?;
    decode(&js_tree(&value, 0).map_err(LoadError::Decode)?)
}

/// The JSON tree of a text. The overview's build uses the browser's `JSON.parse` (then
/// [`js_tree`]): the smallest code, for the first view's size. The build with every view,
/// which reads the shards too, parses in WASM with serde_json into the same tree: measured
/// on a 349-article corpus (13 MB of JSON), views showed 0.6–1.5 s sooner, for 6 KB gzip of
/// WASM (one crossing into JavaScript per JSON value was the cost). Native tests use serde_json.
fn parse_tree(text: &str) -> Result<serde_lite::Intermediate, String> {
    #[cfg(all(target_arch = "wasm32", not(feature = "views")))]
    {
        let value = js_sys::JSON::parse(text).map_err(|e| js_error_message(&e))?;
        js_tree(&value, 0)
    }
    #[cfg(any(not(target_arch = "wasm32"), feature = "views"))]
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Decodes the text of `corpus.json` (or its index) as this build does (see [`parse_tree`]).
pub fn parse_index(text: &str) -> Result<Corpus, LoadError> {
    decode(&parse_tree(text).map_err(LoadError::Decode)?)
}

/// Decodes a shard's text.
pub fn parse_shard(text: &str) -> Result<Shard, String> {
    let tree = parse_tree(text)?;
    <Shard as serde_lite::Deserialize>::deserialize(&tree).map_err(|e| e.to_string())
}

/// Merges the texts of every shard the index lists (in the index's order) into the complete
/// corpus; a shard that does not decode or does not match is named in the error.
pub fn merge_shards(
    mut index: Corpus,
    texts: Vec<Result<String, String>>,
) -> Result<Corpus, LoadError> {
    let files: Vec<String> = index.shards.iter().map(|r| r.file.clone()).collect();
    for (k, (file, text)) in files.into_iter().zip(texts).enumerate() {
        let fail = |reason: String| LoadError::Shard {
            file: file.clone(),
            reason,
        };
        let shard = parse_shard(&text.map_err(fail)?).map_err(fail)?;
        index.merge_shard(k, shard).map_err(fail)?;
    }
    index.finish_merge();
    Ok(index)
}

/// How deep a corpus file may nest: serde_json's own recursion limit, so both decoders
/// refuse the same files (the contract's deepest path is about 10 levels).
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: u32 = 128;

/// Converts the value `JSON.parse` returned into serde-lite's tree, which the contract's
/// types decode from. Written out rather than through serde-wasm-bindgen: that one is generic
/// over serde's visitors and pulls in float formatting, for a walk of five cases.
///
/// `depth` is the nesting of `value`: past [`MAX_DEPTH`] the walk stops with an error, as
/// serde_json does, rather than overflow the WASM stack on a hostile file.
#[cfg(target_arch = "wasm32")]
fn js_tree(value: &wasm_bindgen::JsValue, depth: u32) -> Result<serde_lite::Intermediate, String> {
    use serde_lite::{Intermediate, Map, Number};
    use wasm_bindgen::JsCast;
    if depth > MAX_DEPTH {
        return Err(format!("nested deeper than {MAX_DEPTH} levels"));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Intermediate::None);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Intermediate::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        // JSON integers arrive as doubles; the contract's integer fields need them as integers.
        let int = n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0;
        return Ok(Intermediate::Number(match int {
            true if n < 0.0 => Number::SignedInt(n as i64),
            true => Number::UnsignedInt(n as u64),
            false => Number::Float(n),
        }));
    }
    if let Some(s) = value.as_string() {
        return Ok(Intermediate::String(s.into()));
    }
    if let Some(items) = value.dyn_ref::<js_sys::Array>() {
        return items
            .iter()
            .map(|v| js_tree(&v, depth + 1))
            .collect::<Result<_, _>>()
            .map(Intermediate::Array);
    }
    if value.is_object() {
        let mut map = Map::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            map.insert_with_owned_key(key, js_tree(&pair.get(1), depth + 1)?);
        }
        return Ok(Intermediate::Map(map));
    }
    Err("the file holds a value JSON cannot".to_owned())
}

/// The message of a JavaScript exception.
#[cfg(target_arch = "wasm32")]
fn js_error_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "not JSON".to_owned())
}

/// Fetches and decodes the corpus (or its index) at `url`, asking for revalidation.
async fn fetch_corpus(url: &str) -> Result<Corpus, LoadError> {
    parse_index(&fetch_text(url, Cache::Revalidate).await?)
}

/// Where the page finds the corpus index, given the content of index.html's
/// `<meta name="framelens-corpus">`: the content-hashed copy the build named there
/// (scripts/hash-corpus.mjs), which the browser may keep, or else `corpus.json`, revalidated.
/// Only a name of the hook's shape is followed, never a path or another host.
pub fn index_source(meta: Option<&str>) -> (&str, Cache) {
    let hashed = |name: &str| {
        name.strip_prefix("corpus-")
            .and_then(|rest| rest.strip_suffix(".json"))
            .is_some_and(|h| {
                h.len() == 16 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            })
    };
    match meta {
        Some(name) if hashed(name) => (name, Cache::Keep),
        _ => (CORPUS_URL, Cache::Revalidate),
    }
}

/// The content of index.html's `<meta name="framelens-corpus">`, if it has one.
fn index_meta() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(r#"meta[name="framelens-corpus"]"#)
        .ok()??
        .get_attribute("content")
}

/// Fetches and decodes the corpus index the page was built with (see [`index_source`]). If
/// the hashed copy is gone (a site whose corpus.json was swapped by hand), `corpus.json`.
pub async fn fetch_index() -> Result<Corpus, LoadError> {
    let meta = index_meta();
    match index_source(meta.as_deref()) {
        (url, Cache::Keep) => match fetch_text(url, Cache::Keep).await {
            Ok(text) => parse_index(&text),
            Err(LoadError::Http { status: 404, .. }) => fetch_corpus(CORPUS_URL).await,
            Err(e) => Err(e),
        },
        (url, Cache::Revalidate) => fetch_corpus(url).await,
    }
}

/// Fetches every shard an index lists, all at once, and merges them: the complete corpus.
/// A single-file corpus comes back as it is.
pub async fn complete(index: Corpus) -> Result<Corpus, LoadError> {
    if index.is_complete() {
        return Ok(index);
    }
    let fetches = index.shards.iter().map(|r| async move {
        fetch_text(&r.file, Cache::Keep)
            .await
            .map_err(fetch_failure)
    });
    let texts = futures_util::future::join_all(fetches).await;
    merge_shards(index, texts)
}

/// Why fetching a file other than `corpus.json` failed, in words (the [`LoadError`] texts
/// name `corpus.json`).
pub fn fetch_failure(e: LoadError) -> String {
    match e {
        LoadError::Http {
            status,
            status_text,
        } => format!("the server answered {status} {status_text}")
            .trim()
            .to_owned(),
        LoadError::Network(reason) => reason,
        other => other.to_string(),
    }
}

/// Whether a fetch may use the browser's cached copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cache {
    /// Ask the server whether it changed (a cheap 304 when not). For files of fixed names
    /// (`corpus.json`, the method notes): after a redeploy a copy kept from before (GitHub
    /// Pages lets browsers keep files ten minutes) would be stale, and an old index would
    /// name shards the deploy removed.
    Revalidate,
    /// Use the browser's copy: a shard's or the hashed index's name is the hash of its
    /// bytes, so a name never changes its content.
    Keep,
}

/// The text at `url` (relative to the page).
pub async fn fetch_text(url: &str, cache: Cache) -> Result<String, LoadError> {
    let request = gloo_net::http::Request::get(url);
    let request = match cache {
        Cache::Revalidate => request.cache(web_sys::RequestCache::NoCache),
        Cache::Keep => request,
    };
    let response = request
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        let error = LoadError::Http {
            status: response.status(),
            status_text: response.status_text(),
        };
        // Read the error page to its end: a body left unread keeps the request open (the
        // fallback after a missing hashed index would otherwise leave one hanging).
        let _ = response.text().await;
        return Err(error);
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::sample_corpus;

    #[test]
    fn follows_only_a_hashed_index_name() {
        let hashed = "corpus-0123456789abcdef.json";
        assert_eq!(index_source(Some(hashed)), (hashed, Cache::Keep));
        // index.html as written, before the build's hook names the hashed copy.
        assert_eq!(
            index_source(Some("corpus.json")),
            (CORPUS_URL, Cache::Revalidate)
        );
        assert_eq!(index_source(None), (CORPUS_URL, Cache::Revalidate));
        for other in [
            "https://example.org/corpus-0123456789abcdef.json",
            "../corpus-0123456789abcdef.json",
            "corpus-0123456789ABCDEF.json",
            "corpus-0123456789abcde.json",
            "corpus-0123456789abcdef.json.js",
        ] {
            assert_eq!(
                index_source(Some(other)),
                (CORPUS_URL, Cache::Revalidate),
                "{other}"
            );
        }
    }

    #[test]
    fn round_trips_a_corpus() {
        let corpus = sample_corpus();
        let json = serde_json::to_string(&corpus).unwrap();
        assert_eq!(parse_index(&json), Ok(corpus));
    }

    #[test]
    fn rejects_other_format_versions() {
        let mut corpus = sample_corpus();
        corpus.schema_version = SCHEMA_VERSION + 1;
        let json = serde_json::to_string(&corpus).unwrap();
        assert_eq!(
            parse_index(&json),
            Err(LoadError::Schema {
                found: SCHEMA_VERSION + 1
            })
        );
        // A future format whose fields no longer decode is still reported as a version problem.
        assert_eq!(
            parse_index(r#"{"schema_version": 99, "stories": []}"#),
            Err(LoadError::Schema { found: 99 })
        );
    }

    #[test]
    fn reports_broken_files_with_position() {
        let err = parse_index("{\"schema_version\": 1,").unwrap_err();
        let LoadError::Decode(msg) = &err else {
            panic!("expected a decode error, got {err:?}");
        };
        assert!(msg.contains("line 1"), "{msg}");
        assert!(err
            .to_string()
            .starts_with("corpus.json is not a valid corpus"));
        assert!(matches!(
            parse_index("<!doctype html><title>404</title>"),
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
