//! Grouping a two-article alignment into rows for a side-by-side view: matched sentences
//! (verbatim or rewritten) share a row; between matches, the sentences only one article has
//! run down their own column.

use framelens_model::framing::shared::Alignment;

/// How two sentences match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Match {
    /// The same words.
    Shared,
    /// Similar words (similarity 0–1).
    Rewritten(f64),
}

/// One row of the side-by-side view (sentence indices; 0 is the headline).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Row {
    /// A sentence of A matched with one of B.
    Both {
        /// Sentence of A.
        a: usize,
        /// Sentence of B.
        b: usize,
        /// How they match.
        how: Match,
    },
    /// Sentences only one article has (either side may be empty).
    Apart {
        /// Sentence of A, if any.
        a: Option<usize>,
        /// Sentence of B, if any.
        b: Option<usize>,
    },
}

/// The alignment of A with B as the JSON stores it for the pair, or the pair the other way
/// round (swapped back); `None` when the JSON has none for them.
pub fn find<'a>(alignments: &'a [Alignment], a: &str, b: &str) -> Option<(&'a Alignment, bool)> {
    alignments
        .iter()
        .find(|x| x.a == a && x.b == b)
        .map(|x| (x, false))
        .or_else(|| {
            alignments
                .iter()
                .find(|x| x.a == b && x.b == a)
                .map(|x| (x, true))
        })
}

/// Rows for articles with `n_a` and `n_b` sentences. Without an alignment every sentence is
/// apart. `swapped` reads the alignment's `a` as B.
pub fn rows(alignment: Option<(&Alignment, bool)>, n_a: usize, n_b: usize) -> Vec<Row> {
    let mut pairs: Vec<(usize, usize, Match)> = Vec::new();
    if let Some((al, swapped)) = alignment {
        let mut push = |x: u32, y: u32, how: Match| {
            let (a, b) = if swapped { (y, x) } else { (x, y) };
            if (a as usize) < n_a && (b as usize) < n_b {
                pairs.push((a as usize, b as usize, how));
            }
        };
        for p in &al.verbatim {
            push(p.a, p.b, Match::Shared);
        }
        for p in &al.rewritten {
            push(p.a, p.b, Match::Rewritten(p.similarity));
        }
    }
    crate::sort::sort_by_key(&mut pairs, |&(a, b, _)| {
        crate::sort::nums(a as i64, b as i64)
    });
    pairs.dedup_by_key(|p| p.0);
    let matched_a: Vec<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_b: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    let mut out = Vec::new();
    let (mut next_a, mut next_b) = (0, 0);
    let apart = |out: &mut Vec<Row>,
                 until_a: usize,
                 until_b: usize,
                 next_a: &mut usize,
                 next_b: &mut usize| {
        let left: Vec<usize> = (*next_a..until_a)
            .filter(|i| !matched_a.contains(i))
            .collect();
        let right: Vec<usize> = (*next_b..until_b)
            .filter(|i| !matched_b.contains(i))
            .collect();
        for k in 0..left.len().max(right.len()) {
            out.push(Row::Apart {
                a: left.get(k).copied(),
                b: right.get(k).copied(),
            });
        }
        *next_a = (*next_a).max(until_a);
        *next_b = (*next_b).max(until_b);
    };
    for &(a, b, how) in &pairs {
        apart(&mut out, a, b, &mut next_a, &mut next_b);
        out.push(Row::Both { a, b, how });
        next_a = next_a.max(a + 1);
        next_b = next_b.max(b + 1);
    }
    apart(&mut out, n_a, n_b, &mut next_a, &mut next_b);
    out
}

/// How many rows of each kind: (shared, rewritten, only A, only B).
pub fn tally(rows: &[Row]) -> (usize, usize, usize, usize) {
    rows.iter()
        .fold((0, 0, 0, 0), |(s, r, a, b), row| match row {
            Row::Both {
                how: Match::Shared, ..
            } => (s + 1, r, a, b),
            Row::Both { .. } => (s, r + 1, a, b),
            Row::Apart { a: x, b: y } => (
                s,
                r,
                a + usize::from(x.is_some()),
                b + usize::from(y.is_some()),
            ),
        })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use framelens_model::framing::shared::SentencePair;

    fn alignment(verbatim: &[(u32, u32)], rewritten: &[(u32, u32)]) -> Alignment {
        let pair = |&(a, b): &(u32, u32)| SentencePair {
            a,
            b,
            similarity: 0.7,
        };
        Alignment {
            a: "x".into(),
            b: "y".into(),
            similarity: 0.5,
            verbatim: verbatim.iter().map(pair).collect(),
            rewritten: rewritten.iter().map(pair).collect(),
            only_a: vec![],
            only_b: vec![],
            passages: vec![],
        }
    }

    #[test]
    fn without_alignment_the_columns_run_apart() {
        let rows = rows(None, 2, 3);
        assert_eq!(
            rows,
            [
                Row::Apart {
                    a: Some(0),
                    b: Some(0)
                },
                Row::Apart {
                    a: Some(1),
                    b: Some(1)
                },
                Row::Apart {
                    a: None,
                    b: Some(2)
                },
            ]
        );
        assert_eq!(tally(&rows), (0, 0, 2, 3));
    }

    #[test]
    fn matches_share_rows_and_gaps_fill_between() {
        let al = alignment(&[(1, 2)], &[(3, 3)]);
        let rows = rows(Some((&al, false)), 5, 4);
        assert_eq!(
            rows,
            [
                Row::Apart {
                    a: Some(0),
                    b: Some(0)
                },
                Row::Apart {
                    a: None,
                    b: Some(1)
                },
                Row::Both {
                    a: 1,
                    b: 2,
                    how: Match::Shared
                },
                Row::Apart {
                    a: Some(2),
                    b: None
                },
                Row::Both {
                    a: 3,
                    b: 3,
                    how: Match::Rewritten(0.7)
                },
                Row::Apart {
                    a: Some(4),
                    b: None
                },
            ]
        );
        assert_eq!(tally(&rows), (1, 1, 3, 2));
    }

    #[test]
    fn a_swapped_alignment_is_read_the_other_way() {
        let al = alignment(&[(0, 2)], &[]);
        let found = find(std::slice::from_ref(&al), "y", "x").unwrap();
        assert!(found.1);
        let rows = rows(Some(found), 3, 1);
        assert!(rows.contains(&Row::Both {
            a: 2,
            b: 0,
            how: Match::Shared
        }));
        assert!(find(std::slice::from_ref(&al), "x", "z").is_none());
    }

    #[test]
    fn crossing_and_out_of_range_pairs_do_not_lose_sentences() {
        let al = alignment(&[(0, 2), (2, 0), (9, 9)], &[]);
        let rows = rows(Some((&al, false)), 3, 3);
        let (s, _, a, b) = tally(&rows);
        assert_eq!(s, 2);
        assert_eq!((a, b), (1, 1));
    }
}
