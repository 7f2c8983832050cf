//! The parts of the build step that read untrusted input before the analysis sees it: the
//! decoding of page files (`read`), saved-HTML extraction (`html`, with its nesting bound in
//! `html_depth`) and `corpus.toml` (`config`). A library, so the fuzz targets (fuzz/) and the
//! `framelens` binary run the same code; `fuzzing` holds the targets' bodies, which the
//! regression inputs (tests/fuzz_regressions.rs) run on stable.

#![forbid(unsafe_code)]

pub mod config;
pub mod fuzzing;
pub mod html;
pub mod html_depth;
pub mod read;
