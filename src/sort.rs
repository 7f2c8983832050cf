//! One sort for the whole page: every list is ordered through [`sort_by_key`] with keys of one
//! type, so the WASM carries a single copy of the sorting code instead of one per element type.

/// A sort key: two numbers, then two texts (compared in that order).
pub type Key = (i64, i64, String, String);

/// Sorts `items` by `key`, ascending. Keys should be total (ties end in no particular order).
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let mut keyed: Vec<(Key, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.into_iter().filter_map(|(_, i)| slots[i].take()));
}

/// A key from numbers only.
pub fn nums(a: i64, b: i64) -> Key {
    (a, b, String::new(), String::new())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_numbers_then_texts() {
        let mut v = vec![("b", 2), ("a", 2), ("c", 1)];
        sort_by_key(&mut v, |&(s, n)| (n, 0, s.to_owned(), String::new()));
        assert_eq!(v, [("c", 1), ("a", 2), ("b", 2)]);
        let mut w = vec![3, 1, 2];
        sort_by_key(&mut w, |&n| nums(-n, 0));
        assert_eq!(w, [3, 2, 1]);
    }
}
