//! Linking clauses of different articles that state the same fact, and grouping the links.

use super::super::dates;
use super::super::Doc;
use super::build::build;
use super::features::{clauses, features, Item, Kind, FORMULAS};
use super::{Facts, FAR_DAYS, GROUP, LINK, MAX_POSTING, RARE_DF, STRICT};
use crate::text::slice_chars;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Groups the corpus's sentences into facts and fills the matrix.
///
/// Link rules between clauses of different articles, beyond the module docs: both give
/// numbers and share none → no link (four officials ≠ six officials); otherwise [`STRICT`]
/// similarity is needed when both give dates and share none, when only one gives a number
/// and no number or date is shared (a death toll is not stated by a sentence that only
/// mentions the strikes), or when both articles are dated more than [`FAR_DAYS`] apart and
/// share no date (two NBC reports seven months apart are not one fact).
pub(super) fn analyse(docs: &[Doc]) -> Facts {
    let names = names(docs);
    let items = items(docs, &names);
    let space = FeatureSpace::new(docs.len(), &items);
    let mut links: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for (x, y) in candidates(&items, &space) {
        if let Some(cos) = link(docs, &items, &space, x, y) {
            links.insert((x, y), cos);
        }
    }
    let df = space.df_by_key();
    let groups = group(&items, &links);
    build(docs, &items, groups, &links, &df)
}

/// Names: words printed capitalised somewhere other than a sentence start (their stems).
fn names(docs: &[Doc]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for d in docs {
        for s in &d.sents[1..] {
            for t in s.toks.iter().skip(1).filter(|t| t.cap) {
                names.insert(t.stem.clone());
            }
        }
    }
    names
}

/// The clauses of every body sentence, with their features; clauses that are reporting
/// formulas or have no feature are left out.
fn items(docs: &[Doc], names: &BTreeSet<String>) -> Vec<Item> {
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
                let mut it = features(d, si, range, &found, names);
                it.doc = di;
                if !it.feats.is_empty() {
                    items.push(it);
                }
            }
        }
    }
    items
}

/// A number: feature classes are the first byte of a feature's key (`n:65`, `d:2025-02`).
const NUMBER: u8 = b'n';
/// A date resolved to its month.
const DATE: u8 = b'd';
/// A date resolved to its year only.
const YEAR: u8 = b'y';

/// A feature of an item, interned.
#[derive(Clone, Copy)]
struct Fid {
    /// Index into [`FeatureSpace::keys`].
    id: usize,
    /// What the feature is.
    kind: Kind,
}

/// The items' features interned as ids, with their weights in the corpus.
struct FeatureSpace<'a> {
    /// Feature keys by id, in order of first appearance (deterministic).
    keys: Vec<&'a str>,
    /// Per item, its features sorted by id.
    fids: Vec<Vec<Fid>>,
    /// Per feature, the number of clauses holding it.
    df: Vec<usize>,
    /// Per feature, its squared weight: `ln(1 + N/df)²` over the N clauses.
    w2: Vec<f64>,
    /// Per item, the length of its weighted feature vector.
    norm: Vec<f64>,
    /// Per feature, whether it anchors a link: a number, a date, or a word or name rare in
    /// clauses and not in most articles.
    strong: Vec<bool>,
}

impl<'a> FeatureSpace<'a> {
    /// Interns the features of `items` (of a corpus of `n_docs` articles) and weighs them.
    fn new(n_docs: usize, items: &'a [Item]) -> Self {
        let (keys, fids) = intern(items);
        let nk = keys.len();
        let (mut df, mut arts, mut last_doc) =
            (vec![0usize; nk], vec![0usize; nk], vec![usize::MAX; nk]);
        for (it, v) in items.iter().zip(&fids) {
            for f in v {
                df[f.id] += 1;
                if last_doc[f.id] != it.doc {
                    last_doc[f.id] = it.doc;
                    arts[f.id] += 1; // items come in article order
                }
            }
        }
        let n = items.len().max(1) as f64;
        let w2: Vec<f64> = df
            .iter()
            .map(|&d| (1.0 + n / d.max(1) as f64).ln().powi(2))
            .collect();
        let norm: Vec<f64> = fids
            .iter()
            .map(|v| v.iter().map(|f| w2[f.id]).sum::<f64>().sqrt())
            .collect();
        // A word names a fact only if it is rare in sentences and not in most articles
        // ("Claudia" is everywhere in a story about Sheinbaum; "Maduro" is not).
        let max_articles = ((n_docs as f64 * 0.6).ceil() as usize).max(2);
        let class = |id: usize| keys[id].as_bytes()[0];
        let strong: Vec<bool> = (0..nk)
            .map(|id| {
                matches!(class(id), NUMBER | DATE | YEAR)
                    || (arts[id] <= max_articles && df[id] <= RARE_DF.max(2 * arts[id]))
            })
            .collect();
        FeatureSpace {
            keys,
            fids,
            df,
            w2,
            norm,
            strong,
        }
    }

    /// The class of feature `id` ([`NUMBER`], [`DATE`], [`YEAR`], or `t` for a word).
    fn class(&self, id: usize) -> u8 {
        self.keys[id].as_bytes()[0]
    }

    /// Whether some feature in `v` is of class `c`.
    fn has(&self, v: &[Fid], c: u8) -> bool {
        v.iter().any(|f| self.class(f.id) == c)
    }

    /// Both give features of class `c` and share none of them.
    fn disjoint(&self, a: &[Fid], b: &[Fid], c: u8) -> bool {
        let of_class = |v: &[Fid]| -> Vec<usize> {
            v.iter()
                .filter(|f| self.class(f.id) == c)
                .map(|f| f.id)
                .collect()
        };
        let (ka, kb) = (of_class(a), of_class(b));
        !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|x| kb.contains(x))
    }

    /// Clauses per feature key, for the facts' labels.
    fn df_by_key(&self) -> BTreeMap<&'a str, usize> {
        self.keys
            .iter()
            .zip(&self.df)
            .map(|(k, d)| (*k, *d))
            .collect()
    }
}

/// Interns the features of `items`: the keys by id (in order of first appearance, so
/// deterministic) and each item's features sorted by id.
fn intern(items: &[Item]) -> (Vec<&str>, Vec<Vec<Fid>>) {
    let mut id_of: HashMap<&str, usize> = HashMap::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut fids: Vec<Vec<Fid>> = Vec::with_capacity(items.len());
    for it in items {
        let mut v: Vec<Fid> = it
            .feats
            .iter()
            .map(|(k, f)| {
                let id = *id_of.entry(k.as_str()).or_insert_with(|| {
                    keys.push(k.as_str());
                    keys.len() - 1
                });
                Fid { id, kind: f.kind }
            })
            .collect();
        v.sort_by_key(|f| f.id);
        fids.push(v);
    }
    (keys, fids)
}

/// Candidate pairs of items (lower index first) of different articles: those sharing an
/// anchor, from an inverted index (near-linear: a posting list longer than [`MAX_POSTING`]
/// proposes nothing).
fn candidates(items: &[Item], space: &FeatureSpace) -> BTreeSet<(usize, usize)> {
    let mut index: Vec<Vec<usize>> = vec![Vec::new(); space.keys.len()];
    for (i, v) in space.fids.iter().enumerate() {
        for f in v.iter().filter(|f| space.strong[f.id]) {
            index[f.id].push(i);
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
    cand
}

/// The features two sorted feature lists share, in order.
fn shared_features(a: &[Fid], b: &[Fid]) -> Vec<Fid> {
    let mut shared: Vec<Fid> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].id.cmp(&b[j].id) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Tests candidate items `x` and `y` for a link (see [`analyse`]): their weighted cosine if
/// they link, else None.
fn link(docs: &[Doc], items: &[Item], space: &FeatureSpace, x: usize, y: usize) -> Option<f64> {
    let (a, b) = (&space.fids[x], &space.fids[y]);
    if space.disjoint(a, b, NUMBER) {
        return None;
    }
    let shared = shared_features(a, b);
    // Three shared features, one of them an anchor, one of them not a name (a fact needs
    // an event: "President Claudia Sheinbaum" alone is no fact).
    if shared.len() < 3
        || !shared.iter().any(|f| space.strong[f.id])
        || shared.iter().all(|f| f.kind == Kind::Name)
    {
        return None;
    }
    let dot: f64 = shared.iter().map(|f| space.w2[f.id]).sum();
    let cos = dot / (space.norm[x] * space.norm[y]).max(1e-9);
    let shared_date = shared
        .iter()
        .any(|f| matches!(space.class(f.id), DATE | YEAR));
    let shared_num = space.has(&shared, NUMBER);
    let far = match (docs[items[x].doc].published, docs[items[y].doc].published) {
        (Some(p), Some(q)) => (p.days() - q.days()).abs() > FAR_DAYS,
        _ => false,
    };
    let weak = (space.disjoint(a, b, DATE) || space.disjoint(a, b, YEAR))
        || (space.has(a, NUMBER) != space.has(b, NUMBER) && !shared_num && !shared_date)
        || (far && !shared_date);
    (cos >= if weak { STRICT } else { LINK }).then_some(cos)
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

/// The mean link between the clauses of groups `g` and `h`, missing links counting 0.
pub(super) fn mean_link(g: &[usize], h: &[usize], links: &BTreeMap<(usize, usize), f64>) -> f64 {
    let mut total = 0.0;
    for &i in g {
        for &j in h {
            total += links.get(&(i.min(j), i.max(j))).copied().unwrap_or(0.0);
        }
    }
    total / (g.len() * h.len()).max(1) as f64
}
