//! Step 4 of [`super`]: per article pair, the verified matches become a one-to-one
//! sentence alignment, with the runs of consecutive shared sentences (passages) and the
//! sentences each article has alone.

use super::{Item, Match};
use crate::framing::Doc;
use framelens_model::framing::shared::{Alignment, Passage, SentencePair};
use std::collections::BTreeSet;

/// The one-to-one matching of an article pair's sentences.
pub(super) struct OneToOne {
    /// Matched verbatim, by sentence of the first article.
    pub(super) verbatim: Vec<SentencePair>,
    /// Matched rewritten, by sentence of the first article.
    pub(super) rewritten: Vec<SentencePair>,
    /// Sentences of the first article that are matched.
    pub(super) used_a: BTreeSet<usize>,
    /// Sentences of the second article that are matched.
    pub(super) used_b: BTreeSet<usize>,
    /// Words of both articles in matched sentences, each pair weighted by its similarity.
    pub(super) shared_words: f64,
}

/// Matches an article pair's sentences one to one, best first: verbatim before rewritten,
/// then by similarity, then in reading order.
pub(super) fn one_to_one(items: &[Item], mut ms: Vec<Match>) -> OneToOne {
    ms.sort_by(|p, q| {
        q.verbatim
            .cmp(&p.verbatim)
            .then(q.similarity.total_cmp(&p.similarity))
            .then(p.a.cmp(&q.a))
            .then(p.b.cmp(&q.b))
    });
    let mut out = OneToOne {
        verbatim: Vec::new(),
        rewritten: Vec::new(),
        used_a: BTreeSet::new(),
        used_b: BTreeSet::new(),
        shared_words: 0.0,
    };
    for m in ms {
        let (x, y) = (&items[m.a], &items[m.b]);
        if out.used_a.contains(&x.sent) || out.used_b.contains(&y.sent) {
            continue;
        }
        out.used_a.insert(x.sent);
        out.used_b.insert(y.sent);
        out.shared_words += m.similarity * (x.len + y.len) as f64;
        let p = SentencePair {
            a: x.sent as u32,
            b: y.sent as u32,
            similarity: m.similarity,
        };
        if m.verbatim {
            out.verbatim.push(p)
        } else {
            out.rewritten.push(p)
        }
    }
    out.verbatim.sort_by_key(|p| p.a);
    out.rewritten.sort_by_key(|p| p.a);
    out
}

/// The alignment of articles `da` and `db` (similarity `s`) from their matching.
pub(super) fn alignment(docs: &[Doc], (da, db): (usize, usize), s: f64, m: OneToOne) -> Alignment {
    let only = |d: usize, used: &BTreeSet<usize>| {
        (1..docs[d].sents.len())
            .filter(|i| !used.contains(i))
            .map(|i| i as u32)
            .collect()
    };
    Alignment {
        a: docs[da].id.clone(),
        b: docs[db].id.clone(),
        similarity: s,
        only_a: only(da, &m.used_a),
        only_b: only(db, &m.used_b),
        passages: passages(&m.verbatim, &m.rewritten),
        verbatim: m.verbatim,
        rewritten: m.rewritten,
    }
}

/// Runs of matched sentences consecutive in both articles.
fn passages(verbatim: &[SentencePair], rewritten: &[SentencePair]) -> Vec<Passage> {
    let mut all: Vec<(u32, u32)> = verbatim
        .iter()
        .chain(rewritten)
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
    passages
}
