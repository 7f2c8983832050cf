//! The JSON data contract lives in its own crate, `framelens-model`; this module re-exports it
//! so the analysis can name `crate::model::Article` beside its own modules.

pub use framelens_model::*;
