//! Framelens page: shows how different outlets framed the same news story.
//!
//! A client-side Leptos app built by Trunk. It reads the compiled corpus (`corpus.json`,
//! written by `framelens build`) and renders it; all parsing happens in the build step.
#![forbid(unsafe_code)]

mod app;
mod format;
mod load;
mod outlets;
mod views;

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
#[cfg(test)]
mod fixtures;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
