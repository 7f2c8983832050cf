//! Folding: the one form words and names are compared in, across the parser, voices and
//! framing (lower case, accents removed, curly apostrophes and backticks straightened).

/// Folds one lower-case char's accent away (Spanish and the common Western European letters).
pub fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        '’' | '‘' | '`' | '´' => '\'',
        other => other,
    }
}

/// Lower case with accents folded.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect()
}

/// The form two printed names of one body compare in: folded, without a leading "the",
/// dots or extra spaces ("The U.S. military" and "US military" → "us military").
pub fn name_key(s: &str) -> String {
    let f = fold(s).replace('.', "");
    let f = f.trim();
    let f = f.strip_prefix("the ").unwrap_or(f);
    f.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(fold("Juárez’s"), "juarez's");
        assert_eq!(fold("ÅNGSTRÖM`s"), "angstrom's");
        assert_eq!(name_key("The U.S.  Military"), "us military");
    }
}
