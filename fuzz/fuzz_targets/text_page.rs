//! A text dump (a browser's "select all, copy"), as `framelens build` reads a `.txt` page:
//! decoding, then the page parser (lines, body window, headline, metadata).
#![no_main]
use framelens_core::model::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let cfg = framelens_cli::config::parse_config("[story]\ntitle = \"T\"\nquestion = \"Q?\"\n")
        .expect("the fixed config parses");
    if let Ok(doc) = framelens_cli::read::doc_from_bytes("page.txt", SourceFormat::Text, bytes.to_vec()) {
        let _ = framelens_core::corpus::parse_corpus(vec![doc], &cfg);
    }
});
