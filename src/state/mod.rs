//! The page's state in plain Rust: the URL query, the filter, and the loaded data.

pub mod data;
pub mod filter;
pub mod paging;
pub mod query;
pub mod timeline;
