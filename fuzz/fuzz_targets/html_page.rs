//! A saved HTML page, as `framelens build` reads a `.html` page: decoding, the nesting bound,
//! main-content extraction, then the page parser over the extracted text.
#![no_main]
use framelens_core::model::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let cfg = framelens_cli::config::parse_config("[story]\ntitle = \"T\"\nquestion = \"Q?\"\n")
        .expect("the fixed config parses");
    if let Ok(doc) = framelens_cli::read::doc_from_bytes("page.html", SourceFormat::Html, bytes.to_vec()) {
        let _ = framelens_core::corpus::parse_corpus(vec![doc], &cfg);
    }
});
