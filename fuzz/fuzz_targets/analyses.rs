//! The voices and framing analyses of one page (after parsing): quotes, speakers, actors,
//! frames, naming, dates, facts, shared text.
#![no_main]
use framelens_core::model::SourceFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let cfg = framelens_cli::config::parse_config("[story]\ntitle = \"T\"\nquestion = \"Q?\"\n")
        .expect("the fixed config parses");
    if let Ok(doc) = framelens_cli::read::doc_from_bytes("page.txt", SourceFormat::Text, bytes.to_vec()) {
        let _ = framelens_core::corpus::build_corpus(vec![doc], &cfg);
    }
});
