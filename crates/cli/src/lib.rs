//! The parts of the build step that read untrusted input before the analysis sees it: the
//! decoding of page files (`read`), saved-HTML extraction (`html`, with its nesting bound in
//! `html_depth`) and `corpus.toml` (`config`). A library, so the fuzz targets (fuzz/) and the
//! `framelens` binary run the same code.

#![forbid(unsafe_code)]

pub mod config;
pub mod html;
pub mod html_depth;
pub mod read;
