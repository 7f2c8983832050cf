//! Shared text between articles: wire copy republished, a background paragraph reused.
//!
//! Sentence-level near-duplicate detection, near-linear in corpus size:
//! 1. each body sentence with at least [`MIN_CONTENT_WORDS`] content words becomes the set of
//!    its shingles: pairs of consecutive content-word stems (stopwords dropped, so "said on
//!    Tuesday" and "said Tuesday" give the same shingle);
//! 2. a MinHash signature of [`HASHES`] values summarises the set; locality-sensitive hashing
//!    cuts it into [`BANDS`] bands of [`ROWS`] rows, and sentences of *different* articles
//!    sharing a band's bucket become candidates (pairs with Jaccard 0.5 are found with
//!    probability ≈ 0.93, pairs at 0.2 with ≈ 0.15; buckets larger than [`MAX_BUCKET`] — text
//!    repeated everywhere — are skipped). No all-pairs comparison is made;
//! 3. each candidate is verified exactly: **verbatim** when the word sequences are identical
//!    (case, punctuation, accents and "U.S."/"US" aside); **rewritten** when the content-word
//!    Jaccard is at least [`REWRITTEN_JACCARD`] and the two share at least two three-word
//!    sequences, or when one contains [`CONTAINMENT`] of the other's content words (a cut
//!    sentence) and they share three;
//! 4. per article pair, sentences are matched one to one, best first.
//!
//! A false match is worse than a miss, so the thresholds are strict.

mod align;

use super::{Doc, Sent};
use crate::text::{is_stopword, round4};
use align::{alignment, one_to_one};
pub use framelens_model::framing::shared::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// MinHash signature length.
pub const HASHES: usize = 60;
/// LSH bands.
pub const BANDS: usize = 20;
/// Rows per band.
pub const ROWS: usize = 3;
/// Sentences with fewer content words are not compared (too short to tell copy from chance).
pub const MIN_CONTENT_WORDS: usize = 5;
/// Content-word Jaccard at which a sentence counts as rewritten.
pub const REWRITTEN_JACCARD: f64 = 0.5;
/// Share of the shorter sentence's content words the longer must contain (a cut sentence).
pub const CONTAINMENT: f64 = 0.8;
/// Buckets with more sentences than this are skipped.
pub const MAX_BUCKET: usize = 64;
/// Above this many articles the dense matrix is left out (the sparse `pairs` remain).
pub const MAX_MATRIX_ARTICLES: usize = 100;

/// 64-bit FNV-1a hash of a string (stable across runs and platforms).
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The SplitMix64 finaliser: spreads a value's bits (the MinHash permutations).
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A body sentence long enough to compare, with what the comparison needs.
struct Item {
    /// Article index.
    doc: usize,
    /// Sentence index in the article (0 is the headline, never an item).
    sent: usize,
    /// Its content-word stems (stopwords dropped).
    content: BTreeSet<String>,
    /// Its normalised words, in order.
    words: Vec<String>,
    /// Number of words.
    len: usize,
    /// Hashes of its three-word sequences.
    shingles: BTreeSet<u64>,
    /// Hashes of its pairs of consecutive content words: the set MinHash summarises.
    pairs: Vec<u64>,
}

/// A verified candidate: two items of different articles that share text.
struct Match {
    /// Identical word sequences (else rewritten).
    verbatim: bool,
    /// 1 when verbatim, else the content-word Jaccard (rounded to four decimals).
    similarity: f64,
    /// Index in the items of the sentence of the article with the lower index.
    a: usize,
    /// Index in the items of the sentence of the other article.
    b: usize,
}

/// Hashes of a sentence's three-word sequences.
fn shingles(words: &[String]) -> BTreeSet<u64> {
    words.windows(3).map(|w| fnv(&w.join(" "))).collect()
}

/// Finds the shared text of a corpus.
pub fn analyse(docs: &[Doc]) -> SharedText {
    let items = items(docs);
    let cand = candidates(&items);
    let by_pair = verify_all(&items, &cand);
    let n = docs.len();
    let body_len = body_lengths(docs);
    let mut out = SharedText {
        articles: docs.iter().map(|d| d.id.clone()).collect(),
        stats: stats(&items, &cand, &by_pair),
        ..Default::default()
    };
    let mut sim = vec![vec![0.0; n]; n];
    for ((da, db), ms) in by_pair {
        let matching = one_to_one(&items, ms);
        let s = round4(matching.shared_words / (body_len[da] + body_len[db]).max(1) as f64);
        sim[da][db] = s;
        sim[db][da] = s;
        out.pairs.push(ArticlePair {
            a: docs[da].id.clone(),
            b: docs[db].id.clone(),
            similarity: s,
            verbatim: matching.verbatim.len() as u32,
            rewritten: matching.rewritten.len() as u32,
        });
        out.alignments.push(alignment(docs, (da, db), s, matching));
    }
    out.pairs.sort_by(|p, q| {
        q.similarity
            .total_cmp(&p.similarity)
            .then(p.a.cmp(&q.a))
            .then(p.b.cmp(&q.b))
    });
    if n <= MAX_MATRIX_ARTICLES {
        for (i, row) in sim.iter_mut().enumerate() {
            row[i] = 1.0;
        }
        out.matrix = sim;
    }
    out
}

/// The body sentences of every article with at least [`MIN_CONTENT_WORDS`] content words.
fn items(docs: &[Doc]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (si, s) in d.sents.iter().enumerate().skip(1) {
            items.extend(item(di, si, s));
        }
    }
    items
}

/// Sentence `si` of article `di`, if it has enough content words to compare.
fn item(di: usize, si: usize, s: &Sent) -> Option<Item> {
    let content: BTreeSet<String> = s
        .toks
        .iter()
        .filter(|t| !is_stopword(&t.norm))
        .map(|t| t.stem.clone())
        .collect();
    let words: Vec<String> = s.toks.iter().map(|t| t.norm.clone()).collect();
    let stems: Vec<&str> = s
        .toks
        .iter()
        .filter(|t| !is_stopword(&t.norm))
        .map(|t| t.stem.as_str())
        .collect();
    let pairs: Vec<u64> = stems
        .windows(2)
        .map(|w| fnv(&format!("{} {}", w[0], w[1])))
        .collect();
    (content.len() >= MIN_CONTENT_WORDS).then(|| Item {
        doc: di,
        sent: si,
        content,
        len: words.len(),
        shingles: shingles(&words),
        pairs,
        words,
    })
}

/// Candidate pairs of items (lower index first) of different articles: those sharing a
/// MinHash band's bucket of at most [`MAX_BUCKET`] items.
fn candidates(items: &[Item]) -> BTreeSet<(usize, usize)> {
    let seeds: Vec<u64> = (0..HASHES as u64)
        .map(|i| mix(i.wrapping_mul(0x1234_5678_9abc_def1)))
        .collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    for (ii, it) in items.iter().enumerate() {
        let sig = signature(&it.pairs, &seeds);
        for b in 0..BANDS {
            let key = sig[b * ROWS..(b + 1) * ROWS]
                .iter()
                .fold(0u64, |acc, &v| mix(acc ^ v));
            buckets.entry((b, key)).or_default().push(ii);
        }
    }
    let mut cand: BTreeSet<(usize, usize)> = BTreeSet::new();
    for members in buckets
        .values()
        .filter(|m| m.len() > 1 && m.len() <= MAX_BUCKET)
    {
        for (k, &x) in members.iter().enumerate() {
            for &y in &members[k + 1..] {
                if items[x].doc != items[y].doc {
                    cand.insert((x.min(y), x.max(y)));
                }
            }
        }
    }
    cand
}

/// The MinHash signature of a set of hashes: per seed, the least mixed value.
fn signature(hashes: &[u64], seeds: &[u64]) -> Vec<u64> {
    seeds
        .iter()
        .map(|&s| hashes.iter().map(|&h| mix(h ^ s)).min().unwrap_or(u64::MAX))
        .collect()
}

/// The candidates that verify, grouped by article pair (lower article index first).
fn verify_all(
    items: &[Item],
    cand: &BTreeSet<(usize, usize)>,
) -> BTreeMap<(usize, usize), Vec<Match>> {
    let mut by_pair: BTreeMap<(usize, usize), Vec<Match>> = BTreeMap::new();
    for &(x, y) in cand {
        let (a, b) = if items[x].doc < items[y].doc {
            (x, y)
        } else {
            (y, x)
        };
        if let Some(m) = verify(items, a, b) {
            by_pair
                .entry((items[a].doc, items[b].doc))
                .or_default()
                .push(m);
        }
    }
    by_pair
}

/// Compares items `a` and `b` exactly: verbatim, rewritten, or (None) not shared text.
fn verify(items: &[Item], a: usize, b: usize) -> Option<Match> {
    let (x, y) = (&items[a], &items[b]);
    if x.words == y.words {
        return Some(Match {
            verbatim: true,
            similarity: 1.0,
            a,
            b,
        });
    }
    let inter = x.content.intersection(&y.content).count();
    let union = x.content.len() + y.content.len() - inter;
    let j = inter as f64 / union.max(1) as f64;
    let small = x.content.len().min(y.content.len());
    let contain = inter as f64 / small.max(1) as f64;
    let shared3 = x.shingles.intersection(&y.shingles).count();
    let ok = (j >= REWRITTEN_JACCARD && shared3 >= 2)
        || (contain >= CONTAINMENT && small >= 6 && shared3 >= 3);
    ok.then(|| Match {
        verbatim: false,
        similarity: round4(j),
        a,
        b,
    })
}

/// How much was compared: items, candidates, verified matches, and the MinHash shape.
fn stats(
    items: &[Item],
    cand: &BTreeSet<(usize, usize)>,
    by_pair: &BTreeMap<(usize, usize), Vec<Match>>,
) -> SharedTextStats {
    SharedTextStats {
        sentences: items.len() as u32,
        candidates: cand.len() as u32,
        matched: by_pair.values().map(Vec::len).sum::<usize>() as u32,
        minhash: [HASHES as u32, BANDS as u32, ROWS as u32],
    }
}

/// Words in each article's body (sentences after the headline).
fn body_lengths(docs: &[Doc]) -> Vec<usize> {
    docs.iter()
        .map(|d| d.sents[1..].iter().map(|s| s.toks.len()).sum())
        .collect()
}
