//! `framelens_cli::fuzzing::corpus_toml` under libFuzzer (what it runs is documented there; the same
//! function runs the kept regression inputs on stable).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| framelens_cli::fuzzing::corpus_toml(bytes));
