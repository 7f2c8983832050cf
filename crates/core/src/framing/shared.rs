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

use super::Doc;
use crate::text::{is_stopword, round4};
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

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

struct Item {
    doc: usize,
    sent: usize,
    content: BTreeSet<String>,
    words: Vec<String>,
    len: usize,
    /// Hashes of its three-word sequences.
    shingles: BTreeSet<u64>,
    /// Hashes of its pairs of consecutive content words: the set MinHash summarises.
    pairs: Vec<u64>,
}

/// A verified candidate: (verbatim, similarity, item a, item b).
type Verified = (bool, f64, usize, usize);

fn shingles(words: &[String]) -> BTreeSet<u64> {
    words.windows(3).map(|w| fnv(&w.join(" "))).collect()
}

fn verify(x: &Item, y: &Item) -> Option<(bool, f64)> {
    if x.words == y.words {
        return Some((true, 1.0));
    }
    let inter = x.content.intersection(&y.content).count();
    let union = x.content.len() + y.content.len() - inter;
    let j = inter as f64 / union.max(1) as f64;
    let small = x.content.len().min(y.content.len());
    let contain = inter as f64 / small.max(1) as f64;
    let shared3 = x.shingles.intersection(&y.shingles).count();
    let ok = (j >= REWRITTEN_JACCARD && shared3 >= 2)
        || (contain >= CONTAINMENT && small >= 6 && shared3 >= 3);
    ok.then_some((false, round4(j)))
}

/// Finds the shared text of a corpus.
pub fn analyse(docs: &[Doc]) -> SharedText {
    let mut items: Vec<Item> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (si, s) in d.sents.iter().enumerate().skip(1) {
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
            if content.len() >= MIN_CONTENT_WORDS {
                items.push(Item {
                    doc: di,
                    sent: si,
                    content,
                    len: words.len(),
                    shingles: shingles(&words),
                    pairs,
                    words,
                });
            }
        }
    }
    // MinHash signatures and LSH buckets.
    let seeds: Vec<u64> = (0..HASHES as u64)
        .map(|i| mix(i.wrapping_mul(0x1234_5678_9abc_def1)))
        .collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    for (ii, it) in items.iter().enumerate() {
        let hs = &it.pairs;
        let sig: Vec<u64> = seeds
            .iter()
            .map(|&s| hs.iter().map(|&h| mix(h ^ s)).min().unwrap_or(u64::MAX))
            .collect();
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
    // Verify, then match one to one per article pair.
    let mut by_pair: BTreeMap<(usize, usize), Vec<Verified>> = BTreeMap::new();
    let mut matched = 0;
    for &(x, y) in &cand {
        let (x, y) = if items[x].doc < items[y].doc {
            (x, y)
        } else {
            (y, x)
        };
        if let Some((verbatim, sim)) = verify(&items[x], &items[y]) {
            matched += 1;
            by_pair
                .entry((items[x].doc, items[y].doc))
                .or_default()
                .push((verbatim, sim, x, y));
        }
    }
    let n = docs.len();
    let body_len: Vec<usize> = docs
        .iter()
        .map(|d| d.sents[1..].iter().map(|s| s.toks.len()).sum())
        .collect();
    let mut out = SharedText {
        articles: docs.iter().map(|d| d.id.clone()).collect(),
        stats: SharedTextStats {
            sentences: items.len() as u32,
            candidates: cand.len() as u32,
            matched,
            minhash: [HASHES as u32, BANDS as u32, ROWS as u32],
        },
        ..Default::default()
    };
    let mut sim = vec![vec![0.0; n]; n];
    for ((da, db), mut ms) in by_pair {
        ms.sort_by(|p, q| {
            q.0.cmp(&p.0)
                .then(q.1.total_cmp(&p.1))
                .then(p.2.cmp(&q.2))
                .then(p.3.cmp(&q.3))
        });
        let (mut used_a, mut used_b) = (BTreeSet::new(), BTreeSet::new());
        let (mut verbatim, mut rewritten) = (Vec::new(), Vec::new());
        let mut shared_words = 0.0;
        for (v, s, x, y) in ms {
            let (sa, sb) = (items[x].sent, items[y].sent);
            if used_a.contains(&sa) || used_b.contains(&sb) {
                continue;
            }
            used_a.insert(sa);
            used_b.insert(sb);
            shared_words += s * (items[x].len + items[y].len) as f64;
            let p = SentencePair {
                a: sa as u32,
                b: sb as u32,
                similarity: s,
            };
            if v {
                verbatim.push(p)
            } else {
                rewritten.push(p)
            }
        }
        verbatim.sort_by_key(|p| p.a);
        rewritten.sort_by_key(|p| p.a);
        let s = round4(shared_words / (body_len[da] + body_len[db]).max(1) as f64);
        sim[da][db] = s;
        sim[db][da] = s;
        let mut all: Vec<(u32, u32)> = verbatim
            .iter()
            .chain(&rewritten)
            .map(|p| (p.a, p.b))
            .collect();
        all.sort();
        let mut passages: Vec<Passage> = Vec::new();
        for (a, b) in all {
            match passages.last_mut() {
                Some(p) if p.a_last + 1 == a && p.b_last + 1 == b => {
                    p.a_last = a;
                    p.b_last = b;
                }
                _ => passages.push(Passage {
                    a_first: a,
                    a_last: a,
                    b_first: b,
                    b_last: b,
                }),
            }
        }
        let only = |d: usize, used: &BTreeSet<usize>| {
            (1..docs[d].sents.len())
                .filter(|i| !used.contains(i))
                .map(|i| i as u32)
                .collect()
        };
        out.pairs.push(ArticlePair {
            a: docs[da].id.clone(),
            b: docs[db].id.clone(),
            similarity: s,
            verbatim: verbatim.len() as u32,
            rewritten: rewritten.len() as u32,
        });
        out.alignments.push(Alignment {
            a: docs[da].id.clone(),
            b: docs[db].id.clone(),
            similarity: s,
            only_a: only(da, &used_a),
            only_b: only(db, &used_b),
            verbatim,
            rewritten,
            passages,
        });
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
