//! The one home of the word lists every analysis leans on (English and Spanish, lower case and
//! folded: no accents): function words and stopwords, speech verbs and labels, roles and titles,
//! name words, and grammar words. General lists about news prose, never lines of any page.
//! Look words up with [`has`], which folds first.

mod grammar;
mod names;
mod roles;
mod speech;

pub use grammar::*;
pub use names::*;
pub use roles::*;
pub use speech::*;

/// Whether `list` contains the folded lower-case form of `word`.
pub fn has(list: &[&str], word: &str) -> bool {
    // Most words are short and ASCII: fold them on the stack (it is called for nearly every
    // token against several lists; the allocation was a tenth of a build's time).
    const SHORT: usize = 40;
    if word.len() <= SHORT && word.is_ascii() {
        let mut buf = [0u8; SHORT];
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        for b in folded.iter_mut() {
            *b = match b.to_ascii_lowercase() {
                b'`' => b'\'',
                other => other,
            };
        }
        return contains(list, folded);
    }
    contains(list, super::fold(word).as_bytes())
}

/// `list.contains(w)`, comparing the first byte and the length before the rest (most entries
/// differ there, and a full comparison is a call).
fn contains(list: &[&str], w: &[u8]) -> bool {
    let Some(&first) = w.first() else {
        return list.contains(&"");
    };
    list.iter().any(|x| {
        let x = x.as_bytes();
        x.len() == w.len() && x[0] == first && x == w
    })
}

/// English and Spanish function words. Prose is dense in them; menus and headline lists are not.
pub const FUNCTION_WORDS: &[&str] = &[
    // English
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if",
    "in", "into", "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "or", "other",
    "our", "out", "over", "said", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "under", "until", "up", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your", // Spanish
    "al", "como", "con", "de", "del", "el", "en", "entre", "es", "esta", "este", "ha", "han", "la",
    "las", "lo", "los", "mas", "no", "o", "para", "pero", "por", "que", "se", "sin", "sobre", "su",
    "sus", "tambien", "un", "una", "y", "ya", "fue", "son", "dijo", "muy",
];

/// Whether `word` (any case, any accents) is a function word.
pub fn is_function_word(word: &str) -> bool {
    has(FUNCTION_WORDS, word)
}

/// Words that carry no content for similarity (English and Spanish) beyond the function words:
/// reporting verbs, modals, pronouns, frequent adverbs.
#[rustfmt::skip]
const CONTENT_FREE: &[&str] = &[
    "says", "say", "told", "tell", "tells", "also", "been", "being", "it's", "who", "whose",
    "per", "via", "amid", "just", "still", "yet", "even", "however", "including", "like",
    "across", "without", "within", "around", "among", "very", "much", "many", "several",
    "another", "will", "shall", "must", "might", "can", "may", "according", "mr", "ms", "mrs",
    "don't", "won't", "didn't", "doesn't", "isn't", "wasn't", "would", "could", "should",
    "them", "him", "she", "her", "hers", "its", "our", "ours", "us", "we", "she's", "he's",
    "they're", "there", "here", "now", "then", "only", "own", "same", "too", "off", "again",
    "further", "once", "because", "while", "whether", "though", "although", "le", "les", "ni",
    "e", "u", "a", "ante", "bajo", "cual", "cuando", "donde", "desde", "hasta", "hacia",
    "habia", "ser", "esta", "estan", "era", "eso", "esa", "ese", "esto", "estos", "esas",
    "esos", "mi", "me", "nos", "ella", "el", "ellos", "hay", "dice", "segun", "tras", "ademas",
    "asi", "cada", "todo", "todos", "toda", "todas", "otro", "otra", "otros", "otras", "sido",
    "ser", "estar", "tiene", "tienen", "puede", "pueden",
];

/// Whether a normalised (folded) word carries no content: one letter, a function word, or one
/// of [`CONTENT_FREE`].
pub fn is_stopword(norm: &str) -> bool {
    norm.chars().count() <= 1 || FUNCTION_WORDS.contains(&norm) || CONTENT_FREE.contains(&norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_folded_lower_case() {
        let lists: [&[&str]; 6] = [
            FUNCTION_WORDS,
            CONTENT_FREE,
            CUE_VERBS,
            FRAME_VERBS,
            ROLE_HEADS,
            ROLE_WORDS,
        ];
        for list in lists {
            for w in list {
                assert_eq!(*w, super::super::fold(w), "{w} is not folded");
            }
        }
    }

    #[test]
    fn stopwords_fold_before_lookup() {
        assert!(is_function_word("Más"));
        assert!(is_function_word("THE"));
        assert!(is_stopword("tambien"));
        assert!(!is_stopword("cartel"));
    }

    #[test]
    fn the_short_ascii_path_folds_as_fold_does() {
        let list = ["don't", "said", "x"];
        for w in [
            "Don`t",
            "DON'T",
            "SAID",
            "said",
            "X",
            "Dón't",
            "saidsaidsaidsaidsaidsaidsaidsaidsaidsaidsaid",
        ] {
            assert_eq!(
                has(&list, w),
                list.contains(&super::super::fold(w).as_str()),
                "{w}"
            );
        }
    }
}
