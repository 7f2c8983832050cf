//! `corpus.toml`: TOML syntax and the checks on its values.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = framelens_cli::config::parse_config(text);
});
