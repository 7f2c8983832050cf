//! Offsets and counts: char (Unicode scalar) offsets are what the contract carries; bytes are
//! what Rust slices with. Every conversion between the two goes through here.

/// Char offset → byte offset in `s` (for slicing); `s.len()` past the end.
pub fn byte_at(s: &str, char_offset: usize) -> usize {
    s.char_indices()
        .nth(char_offset)
        .map(|(b, _)| b)
        .unwrap_or(s.len())
}

/// The chars `start..end` of `s`.
pub fn slice_chars(s: &str, start: usize, end: usize) -> &str {
    &s[byte_at(s, start)..byte_at(s, end)]
}

/// Byte offset → char offset in `s` (clamped to its length).
pub fn char_at(s: &str, byte_offset: usize) -> usize {
    s[..byte_offset.min(s.len())].chars().count()
}

/// Byte offset → char offset in `s`, as the contract's `u32`.
pub fn char_pos(s: &str, byte_offset: usize) -> u32 {
    u32::try_from(char_at(s, byte_offset)).unwrap_or(u32::MAX)
}

/// Words in a stretch of text: whitespace-separated runs holding a letter or digit.
pub fn word_count(s: &str) -> u32 {
    let n = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Rounds to 4 decimals, so floats serialise the same on every platform.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_chars() {
        assert_eq!(char_pos("Zócalo x", 7), 6);
        assert_eq!(slice_chars("señor Pérez", 6, 11), "Pérez");
        assert_eq!(word_count("“We go,” — she said"), 4);
    }
}
