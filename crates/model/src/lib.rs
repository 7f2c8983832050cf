//! # Framelens model: the data contract
//!
//! Every type that goes into the JSON asset `framelens build` writes and the page reads, and
//! the types of `corpus.toml`. Plain data: no parsing, no analysis, no regex, no hashing. The
//! analysis crate (`framelens-core`) fills these types; the page (the root crate) decodes them;
//! neither defines a struct of the contract a second time.
//!
//! - serde's `Serialize`/`Deserialize` always (the CLI writes with it, tests read with it);
//! - serde-lite's `Deserialize` behind the `lite` feature (the page decodes the browser's
//!   `JSON.parse` tree with it: one plain function per type instead of serde's visitors, a
//!   third less WASM). serde-lite ignores `rename_all`, so enum variants carry their JSON names
//!   one by one;
//! - schemars' `JsonSchema` behind the `schema` feature, turned on by the CLI alone, which
//!   writes `corpus.schema.json` from these types.
//!
//! **Offsets.** Everything that points into an article's text is a [`Span`]: which text
//! (headline, dek, body paragraph N, caption N) and Unicode scalar (char) offsets from the
//! start of that text, end exclusive. Never bytes, never UTF-16 units.
//!
//! Bump [`SCHEMA_VERSION`] whenever a field is renamed or removed.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod article;
pub mod config;
pub mod framing;
pub mod shards;
pub mod span;
pub mod voices;

pub use article::*;
pub use span::{Part, Span};
