//! Linking clauses of different articles that state the same fact, and grouping the links.

use super::super::dates;
use super::super::Doc;
use super::build::build;
use super::features::{clauses, features, Item, Kind, FORMULAS};
use super::{Facts, FAR_DAYS, GROUP, LINK, MAX_POSTING, RARE_DF, STRICT};
use crate::text::slice_chars;
use std::collections::{BTreeMap, BTreeSet};

/// Groups the corpus's sentences into facts and fills the matrix.
///
/// Link rules between clauses of different articles, beyond the module docs: both give
/// numbers and share none → no link (four officials ≠ six officials); otherwise [`STRICT`]
/// similarity is needed when both give dates and share none, when only one gives a number
/// and no number or date is shared (a death toll is not stated by a sentence that only
/// mentions the strikes), or when both articles are dated more than [`FAR_DAYS`] apart and
/// share no date (two NBC reports seven months apart are not one fact).
pub(super) fn analyse(docs: &[Doc]) -> Facts {
    // Names: words printed capitalised somewhere other than a sentence start.
    let mut names = BTreeSet::new();
    for d in docs {
        for s in &d.sents[1..] {
            for t in s.toks.iter().skip(1).filter(|t| t.cap) {
                names.insert(t.stem.clone());
            }
        }
    }
    let mut items: Vec<Item> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for si in 1..d.sents.len() {
            let s = &d.sents[si];
            let found = dates::find(&s.text, d.published);
            for range in clauses(s) {
                let clause =
                    crate::text::fold(slice_chars(&s.text, range.0 - s.start, range.1 - s.start));
                if FORMULAS.iter().any(|f| clause.contains(f)) {
                    continue;
                }
                let mut it = features(d, si, range, &found, &names);
                it.doc = di;
                if !it.feats.is_empty() {
                    items.push(it);
                }
            }
        }
    }
    // Intern the features: ids in order of first appearance (deterministic).
    let mut id_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut fids: Vec<Vec<(usize, Kind)>> = Vec::with_capacity(items.len());
    for it in &items {
        let mut v: Vec<(usize, Kind)> = it
            .feats
            .iter()
            .map(|(k, f)| {
                let id = *id_of.entry(k.as_str()).or_insert_with(|| {
                    keys.push(k.as_str());
                    keys.len() - 1
                });
                (id, f.kind)
            })
            .collect();
        v.sort_by_key(|x| x.0);
        fids.push(v);
    }
    let nk = keys.len();
    let (mut df_id, mut art_id, mut last_doc) =
        (vec![0usize; nk], vec![0usize; nk], vec![usize::MAX; nk]);
    for (it, v) in items.iter().zip(&fids) {
        for &(id, _) in v {
            df_id[id] += 1;
            if last_doc[id] != it.doc {
                last_doc[id] = it.doc;
                art_id[id] += 1; // items come in article order
            }
        }
    }
    let class = |id: usize| keys[id].as_bytes()[0];
    let n = items.len().max(1) as f64;
    let w2: Vec<f64> = df_id
        .iter()
        .map(|&d| (1.0 + n / d.max(1) as f64).ln().powi(2))
        .collect();
    let norm: Vec<f64> = fids
        .iter()
        .map(|v| v.iter().map(|&(id, _)| w2[id]).sum::<f64>().sqrt())
        .collect();
    // A word names a fact only if it is rare in sentences and not in most articles ("Claudia"
    // is everywhere in a story about Sheinbaum; "Maduro" is not).
    let max_articles = ((docs.len() as f64 * 0.6).ceil() as usize).max(2);
    let strong: Vec<bool> = (0..nk)
        .map(|id| {
            matches!(class(id), b'n' | b'd' | b'y')
                || (art_id[id] <= max_articles && df_id[id] <= RARE_DF.max(2 * art_id[id]))
        })
        .collect();
    // Candidates from an inverted index over anchor features (near-linear: a posting list
    // longer than MAX_POSTING proposes nothing).
    let mut index: Vec<Vec<usize>> = vec![Vec::new(); nk];
    for (i, v) in fids.iter().enumerate() {
        for &(id, _) in v.iter().filter(|(id, _)| strong[*id]) {
            index[id].push(i);
        }
    }
    let mut cand = BTreeSet::new();
    for post in index.iter().filter(|p| p.len() <= MAX_POSTING) {
        for (k, &x) in post.iter().enumerate() {
            for &y in &post[k + 1..] {
                if items[x].doc != items[y].doc {
                    cand.insert((x, y));
                }
            }
        }
    }
    // Both give features of a class (number, date, year) and share none of them.
    let of_class = |v: &[(usize, Kind)], c: u8| -> Vec<usize> {
        v.iter()
            .filter(|(id, _)| class(*id) == c)
            .map(|x| x.0)
            .collect()
    };
    let disjoint = |a: &[(usize, Kind)], b: &[(usize, Kind)], c: u8| {
        let (ka, kb) = (of_class(a, c), of_class(b, c));
        !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|x| kb.contains(x))
    };
    let mut links: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (x, y) in cand {
        let (a, b) = (&fids[x], &fids[y]);
        if disjoint(a, b, b'n') {
            continue;
        }
        let mut shared: Vec<(usize, Kind)> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.push(a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        // Three shared features, one of them an anchor, one of them not a name (a fact needs
        // an event: "President Claudia Sheinbaum" alone is no fact).
        if shared.len() < 3
            || !shared.iter().any(|(id, _)| strong[*id])
            || shared.iter().all(|(_, k)| *k == Kind::Name)
        {
            continue;
        }
        let dot: f64 = shared.iter().map(|(id, _)| w2[*id]).sum();
        let cos = dot / (norm[x] * norm[y]).max(1e-9);
        let shared_date = shared
            .iter()
            .any(|(id, _)| matches!(class(*id), b'd' | b'y'));
        let shared_num = shared.iter().any(|(id, _)| class(*id) == b'n');
        let has_num = |v: &[(usize, Kind)]| v.iter().any(|(id, _)| class(*id) == b'n');
        let far = match (docs[items[x].doc].published, docs[items[y].doc].published) {
            (Some(p), Some(q)) => (p.days() - q.days()).abs() > FAR_DAYS,
            _ => false,
        };
        let weak = (disjoint(a, b, b'd') || disjoint(a, b, b'y'))
            || (has_num(a) != has_num(b) && !shared_num && !shared_date)
            || (far && !shared_date);
        if cos >= if weak { STRICT } else { LINK } {
            links.insert((x, y), cos);
        }
    }
    let df: BTreeMap<&str, usize> = keys.iter().zip(&df_id).map(|(k, d)| (*k, *d)).collect();
    let groups = group(&items, &links);
    build(docs, &items, groups, &links, &df)
}

/// Average-linkage grouping, strongest links first, one clause per article per group.
pub(super) fn group(items: &[Item], links: &BTreeMap<(usize, usize), f64>) -> Vec<Vec<usize>> {
    let mut of: Vec<usize> = (0..items.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    let mut order: Vec<(&(usize, usize), &f64)> = links.iter().collect();
    order.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
    for (&(x, y), _) in order {
        let (gx, gy) = (of[x], of[y]);
        if gx == gy {
            continue;
        }
        let docs_x: BTreeSet<usize> = groups[gx].iter().map(|&i| items[i].doc).collect();
        if groups[gy].iter().any(|&i| docs_x.contains(&items[i].doc)) {
            continue;
        }
        if mean_link(&groups[gx], &groups[gy], links) >= GROUP {
            let moved = std::mem::take(&mut groups[gy]);
            for &i in &moved {
                of[i] = gx;
            }
            groups[gx].extend(moved);
        }
    }
    groups.into_iter().filter(|g| !g.is_empty()).collect()
}

pub(super) fn mean_link(g: &[usize], h: &[usize], links: &BTreeMap<(usize, usize), f64>) -> f64 {
    let mut total = 0.0;
    for &i in g {
        for &j in h {
            total += links.get(&(i.min(j), i.max(j))).copied().unwrap_or(0.0);
        }
    }
    total / (g.len() * h.len()).max(1) as f64
}
