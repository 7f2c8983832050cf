//! # The text layer
//!
//! One place for what the parser, voices and framing all do to words: fold them for
//! comparison ([`fold`]), count and convert offsets ([`char_at`], [`slice_chars`]), split words
//! ([`tokenize`], with the light stemmer [`stem`]), split sentences ([`split_sentences`], with
//! the one abbreviation list) and look words up in the shared word lists ([`words`]). Before it
//! there were two of each, and they disagreed (which characters fold, which words are
//! abbreviations), so a sentence in the Voices view was not the sentence in the Frames view.
//!
//! Offsets here are char (Unicode scalar) offsets unless a name says bytes; the contract's
//! [`crate::model::Span`] counts chars too.

mod fold;
mod offsets;
mod sentences;
mod tokens;
pub mod words;

pub use fold::{fold, fold_char, name_key};
pub use offsets::{byte_at, char_at, char_pos, round4, slice_chars, word_count};
pub use sentences::{is_abbreviation, split_sentences, CharRange, ABBREVIATIONS};
pub use tokens::{stem, tokenize, Token};
pub use words::is_stopword;
