//! Framelens page: shows how different outlets framed the same news story.
//!
//! A client-side Leptos app built by Trunk. It reads the compiled corpus (`corpus.json`,
//! written by `framelens build`) and draws it; all parsing and analysis happen in the build
//! step, so the page depends on the contract crate `framelens-model` alone.
#![forbid(unsafe_code)]
// The first-view build (`--no-default-features`) compiles the other views out; the helpers
// only they call are then unused there, and only there.
#![cfg_attr(not(feature = "views"), allow(dead_code))]

mod app;
mod format;
mod insights;
mod load;
mod sort;
mod state;
mod ui;

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
#[cfg(test)]
mod fixtures;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
