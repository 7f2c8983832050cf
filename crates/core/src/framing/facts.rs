//! Fact coverage and omission: sentences across articles that state the same fact, and who
//! left each fact out.
//!
//! Each body sentence becomes a set of features: content-word stems (capitalised ones are
//! *names*), *numbers* ("65", "six" → 6, "100,000") and *dates* (resolved to the month, or the
//! year). A feature weighs its rarity, `ln(1 + N/df)` over the corpus's N body sentences.
//! Two sentences of different articles are linked when
//! - they share an **anchor**: a number, a date, or a rare name or word (in at most
//!   [`RARE_DF`] sentences);
//! - their weighted cosine similarity is at least [`LINK`];
//! - they do not conflict: if both give dates, one date is shared; if both give numbers, one
//!   number is shared (four officials ≠ six officials).
//!
//! Candidates come from an inverted index over rare features (near-linear). Links are grouped
//! by average linkage (mean similarity between groups at least [`GROUP`], missing links
//! counting 0), one sentence per article per fact, so a sentence stating two facts cannot
//! chain them together. A group across two or more articles is a fact; so is a sentence of
//! one article alone that carries a quantity or a month/year date. An article that does not
//! state a fact has `omitted` it — or `predates` it when published before the fact's first
//! date (its earliest resolved date or earliest reporting), or `undated` when it has no date.

use super::dates::{self, DatePrecision, Ymd};
use super::text::slice_chars;
use super::{ArticleFraming, Doc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Minimum weighted cosine for a link.
pub const LINK: f64 = 0.22;
/// Minimum mean similarity for two groups to merge.
pub const GROUP: f64 = 0.15;
/// A word or name anchors a fact when it is in at most 60% of the articles and in at most
/// this many clauses (or twice its number of articles, if more).
pub const RARE_DF: usize = 4;
/// An anchor in more clauses than this proposes no candidates (they come from rarer ones).
pub const MAX_POSTING: usize = 64;

/// Whether an article states a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FactStatus {
    /// States it (see `sentence`, `paragraph`).
    Included,
    /// Leaves it out though published after it was known.
    Omitted,
    /// Published before the fact's first date: not an omission.
    Predates,
    /// Leaves it out, but has no date, so it may predate the fact.
    Undated,
}

/// One cell of the facts × articles matrix (cells are in the order of [`Facts::articles`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FactCell {
    /// Included, omitted, predates or undated.
    pub status: FactStatus,
    /// The sentence stating it (index in the article's sentences).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<u32>,
    /// Its body paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
}

/// A fact stated by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    /// "F1", "F2"… in order of how many articles state it.
    pub id: String,
    /// Its key words, in the order of its first statement ("designated · six · cartels · February 2025").
    pub label: String,
    /// Its first statement, in full.
    pub text: String,
    /// The numbers, dates and rare names it is anchored on.
    pub anchors: Vec<String>,
    /// Earliest date known for it: its earliest resolved date, else the earliest publication stating it.
    pub first_known: Option<String>,
    /// How many articles state it.
    pub articles: u32,
    /// One cell per article, in the order of [`Facts::articles`].
    pub coverage: Vec<FactCell>,
}

/// Facts × articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Facts {
    /// Article ids, in the order of every fact's `coverage`.
    pub articles: Vec<String>,
    /// The facts.
    pub facts: Vec<Fact>,
}

/// One article's row of the matrix, by status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleFacts {
    /// Facts it states.
    pub included: Vec<String>,
    /// Facts it leaves out.
    pub omitted: Vec<String>,
    /// Facts first known after it was published.
    pub predates: Vec<String>,
    /// Facts it leaves out while undated.
    pub undated: Vec<String>,
}

impl ArticleFacts {
    /// The row of article `id`.
    pub fn of(facts: &Facts, id: &str) -> ArticleFacts {
        let mut out = ArticleFacts::default();
        for f in &facts.facts {
            let cells = facts.articles.iter().zip(&f.coverage);
            for (_, c) in cells.filter(|(a, _)| a.as_str() == id) {
                let list = match c.status {
                    FactStatus::Included => &mut out.included,
                    FactStatus::Omitted => &mut out.omitted,
                    FactStatus::Predates => &mut out.predates,
                    FactStatus::Undated => &mut out.undated,
                };
                list.push(f.id.clone());
            }
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Term,
    Name,
    Number,
    Date,
}

#[derive(Debug)]
struct Feat {
    kind: Kind,
    /// Char span in the paragraph, for labels.
    at: (usize, usize),
}

/// A clause of a sentence: the unit facts are matched on, so a sentence stating two facts
/// ("In addition to designating cartels…, he offered in April…") can count for both.
struct Item {
    doc: usize,
    sent: usize,
    feats: BTreeMap<String, Feat>,
    firsts: Vec<Ymd>,
    quantity: bool,
    dated: bool,
}

const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("fifty", "50"),
    ("hundred", "100"),
    ("dozen", "12+"),
    ("dozens", "12+"),
    ("hundreds", "100+"),
    ("thousands", "1000+"),
    ("twice", "2x"),
    ("dos", "2"),
    ("tres", "3"),
    ("cuatro", "4"),
    ("cinco", "5"),
    ("seis", "6"),
    ("siete", "7"),
    ("ocho", "8"),
    ("nueve", "9"),
    ("diez", "10"),
    ("docenas", "12+"),
    ("cientos", "100+"),
    ("miles", "1000+"),
];

/// Newsroom formulas (requests for comment, sourcing) that state no fact of the story: a
/// clause containing one is not matched.
const FORMULAS: &[&str] = &[
    "did not immediately respond",
    "could not immediately",
    "declined to comment",
    "request for comment",
    "no immediate comment",
    "not immediately available",
    "did not respond to",
    "contributed to this report",
    "citing",
    "cited",
    "according to",
    "with knowledge of",
    "the report said",
    "no respondio",
    "declino comentar",
    "segun fuentes",
    "citando",
];

/// Minimum tokens of a clause; shorter ones join the next ("In February, …").
const MIN_CLAUSE: usize = 4;

/// Splits a sentence at `, ; : —` into clauses of at least [`MIN_CLAUSE`] words.
fn clauses(s: &super::Sent) -> Vec<(usize, usize)> {
    let cs: Vec<char> = s.text.chars().collect();
    let mut cuts = vec![0];
    for i in 0..cs.len() {
        if matches!(cs[i], ',' | ';' | ':' | '—' | '–')
            && cs.get(i + 1).is_some_and(|c| c.is_whitespace())
        {
            cuts.push(i + 1);
        }
    }
    cuts.push(cs.len());
    let count = |a: usize, b: usize| {
        s.toks
            .iter()
            .filter(|t| t.start >= s.start + a && t.end <= s.start + b)
            .count()
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for w in cuts.windows(2) {
        if count(from, w[1]) >= MIN_CLAUSE {
            out.push((s.start + from, s.start + w[1]));
            from = w[1];
        }
    }
    match out.last_mut() {
        Some(last) if from < cs.len() => last.1 = s.start + cs.len(),
        None => out.push((s.start, s.start + cs.len())),
        _ => {}
    }
    out
}

fn features(
    d: &Doc,
    si: usize,
    range: (usize, usize),
    all_dates: &[dates::FoundWhen],
    names: &BTreeSet<String>,
) -> Item {
    let s = &d.sents[si];
    let inside = |a: usize, b: usize| a >= range.0 && b <= range.1;
    let mut feats = BTreeMap::new();
    let mut firsts = Vec::new();
    let mut dated = false;
    let found: Vec<&dates::FoundWhen> = all_dates
        .iter()
        .filter(|f| inside(s.start + f.start, s.start + f.end))
        .collect();
    let in_date = |t: &super::text::Token| {
        found
            .iter()
            .any(|f| s.start + f.start < t.end && t.start < s.start + f.end)
    };
    for f in &found {
        let Some(w) = f.when else { continue };
        let key = match w.precision {
            DatePrecision::Year => format!("y:{}", w.first.y),
            _ => format!("d:{}", w.month_key().unwrap_or_default()),
        };
        dated |= matches!(w.precision, DatePrecision::Month | DatePrecision::Year) || !f.relative;
        firsts.push(w.first);
        feats.insert(
            key,
            Feat {
                kind: Kind::Date,
                at: (s.start + f.start, s.start + f.end),
            },
        );
    }
    let mut quantity = false;
    for t in s.toks.iter().filter(|t| inside(t.start, t.end)) {
        if in_date(t) || super::text::is_stopword(&t.norm) {
            continue;
        }
        let at = (t.start, t.end);
        if let Some((_, n)) = NUMBER_WORDS.iter().find(|(w, _)| *w == t.norm) {
            quantity = true;
            feats.insert(
                format!("n:{n}"),
                Feat {
                    kind: Kind::Number,
                    at,
                },
            );
        } else if t.is_number() {
            quantity = true;
            feats.insert(
                format!("n:{}", t.norm),
                Feat {
                    kind: Kind::Number,
                    at,
                },
            );
        } else if t.norm.chars().count() > 2 {
            let kind = if t.cap && names.contains(&t.stem) {
                Kind::Name
            } else {
                Kind::Term
            };
            feats
                .entry(format!("t:{}", synonym(&t.stem)))
                .or_insert(Feat { kind, at });
        }
    }
    Item {
        doc: 0,
        sent: si,
        feats,
        firsts,
        quantity,
        dated,
    }
}

/// Words news copy uses interchangeably for one act, as one feature.
fn synonym(stem: &str) -> &str {
    match stem {
        "declin" | "rebuff" | "refus" | "reject" | "rechaz" | "rechazo" => "reject",
        "offer" | "ofrec" | "ofrecimiento" => "offer",
        "captur" | "seiz" | "captura" => "captur",
        other => other,
    }
}

/// Cosine a link needs where the evidence is weaker (see [`analyse`]).
pub const STRICT: f64 = 0.4;
/// Articles published further apart than this need [`STRICT`] similarity or a shared date.
pub const FAR_DAYS: i64 = 45;

/// Groups the corpus's sentences into facts and fills the matrix.
///
/// Link rules between clauses of different articles, beyond the module docs: both give
/// numbers and share none → no link (four officials ≠ six officials); otherwise [`STRICT`]
/// similarity is needed when both give dates and share none, when only one gives a number
/// and no number or date is shared (a death toll is not stated by a sentence that only
/// mentions the strikes), or when both articles are dated more than [`FAR_DAYS`] apart and
/// share no date (two NBC reports seven months apart are not one fact).
pub fn analyse(docs: &[Doc], _per: &[ArticleFraming]) -> Facts {
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
                    super::text::fold(slice_chars(&s.text, range.0 - s.start, range.1 - s.start));
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
fn group(items: &[Item], links: &BTreeMap<(usize, usize), f64>) -> Vec<Vec<usize>> {
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

fn mean_link(g: &[usize], h: &[usize], links: &BTreeMap<(usize, usize), f64>) -> f64 {
    let mut total = 0.0;
    for &i in g {
        for &j in h {
            total += links.get(&(i.min(j), i.max(j))).copied().unwrap_or(0.0);
        }
    }
    total / (g.len() * h.len()).max(1) as f64
}

fn build(
    docs: &[Doc],
    items: &[Item],
    groups: Vec<Vec<usize>>,
    links: &BTreeMap<(usize, usize), f64>,
    df: &BTreeMap<&str, usize>,
) -> Facts {
    // Facts across articles; a group's statements are its clauses (one per article).
    let mut facts: Vec<Vec<usize>> = Vec::new();
    let mut in_fact: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut adjacent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(x, y) in links.keys() {
        adjacent.entry(x).or_default().push(y);
        adjacent.entry(y).or_default().push(x);
    }
    for mut g in groups.into_iter().filter(|g| g.len() >= 2) {
        // A clause already used by another fact may still state this one: the best-linked
        // clause of each article the group lacks joins it (never a second clause per article).
        let present: BTreeSet<usize> = g.iter().map(|&i| items[i].doc).collect();
        let linked: BTreeSet<usize> = g
            .iter()
            .flat_map(|i| adjacent.get(i).into_iter().flatten().copied())
            .filter(|&j| !present.contains(&items[j].doc))
            .collect();
        let mut best: BTreeMap<usize, (f64, usize)> = BTreeMap::new();
        for j in linked {
            let m = mean_link(&[j], &g, links);
            let e = best.entry(items[j].doc).or_insert((m, j));
            if m > e.0 {
                *e = (m, j);
            }
        }
        g.extend(
            best.into_values()
                .filter(|(m, _)| *m >= GROUP)
                .map(|(_, j)| j),
        );
        g.sort_by_key(|&i| (items[i].doc, items[i].sent));
        for &i in &g {
            in_fact.insert((items[i].doc, items[i].sent));
        }
        // Clauses of the same sentences (a reused paragraph matches clause by clause) are one fact.
        let key = |g: &[usize]| {
            g.iter()
                .map(|&i| (items[i].doc, items[i].sent))
                .collect::<BTreeSet<_>>()
        };
        match facts.iter_mut().find(|f| key(f) == key(&g)) {
            Some(f) => f.extend(g),
            None => facts.push(g),
        }
    }
    for f in &mut facts {
        f.sort_by_key(|&i| (items[i].doc, items[i].sent, i));
    }
    // Facts one article alone states: its first clause with a quantity or a month/year date,
    // for sentences stating no shared fact.
    let mut seen = BTreeSet::new();
    for (i, it) in items.iter().enumerate() {
        let key = (it.doc, it.sent);
        if (it.quantity || it.dated) && !in_fact.contains(&key) && seen.insert(key) {
            facts.push(vec![i]);
        }
    }
    facts.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then((items[a[0]].doc, items[a[0]].sent).cmp(&(items[b[0]].doc, items[b[0]].sent)))
    });
    let mut out = Facts {
        articles: docs.iter().map(|d| d.id.clone()).collect(),
        facts: Vec::new(),
    };
    for (k, g) in facts.into_iter().enumerate() {
        out.facts.push(fact(k, docs, items, &g, df));
    }
    out
}

fn fact(k: usize, docs: &[Doc], items: &[Item], g: &[usize], df: &BTreeMap<&str, usize>) -> Fact {
    let r = &items[g[0]];
    let rs = &docs[r.doc].sents[r.sent];
    let rare = |key: &str| df.get(key).copied().unwrap_or(0);
    // A fact one article alone states is labelled from its whole sentence.
    let single = g.iter().all(|&i| items[i].doc == r.doc);
    let own: Vec<&Item> = if single {
        items
            .iter()
            .filter(|it| it.doc == r.doc && it.sent == r.sent)
            .collect()
    } else {
        g.iter()
            .map(|&i| &items[i])
            .filter(|it| it.doc == r.doc)
            .collect()
    };
    let others: Vec<&Item> = g
        .iter()
        .map(|&i| &items[i])
        .filter(|it| it.doc != r.doc)
        .collect();
    // Key words: numbers, dates and rare names — for a shared fact, those its statements share.
    let mut keys: Vec<(&String, &Feat)> = own
        .iter()
        .flat_map(|it| it.feats.iter())
        .filter(|(key, f)| {
            let anchor = matches!(f.kind, Kind::Number | Kind::Date);
            if !single {
                others.iter().any(|it| it.feats.contains_key(*key))
                    && (anchor || rare(key) <= 2 * RARE_DF)
            } else {
                anchor || (f.kind == Kind::Name && rare(key) <= RARE_DF)
            }
        })
        .collect();
    if single && keys.len() < 4 {
        let mut more: Vec<(&String, &Feat)> = own
            .iter()
            .flat_map(|it| it.feats.iter())
            .filter(|(key, f)| f.kind == Kind::Term && rare(key) <= 1)
            .collect();
        more.sort_by_key(|(_, f)| f.at);
        more.truncate(4 - keys.len());
        keys.extend(more);
    }
    keys.sort_by_key(|(key, f)| {
        (
            !matches!(f.kind, Kind::Number | Kind::Date),
            rare(key),
            f.at,
        )
    });
    keys.truncate(6);
    keys.sort_by_key(|(_, f)| f.at);
    // A number is shown with the word it counts ("65 people").
    let word = |f: &Feat| {
        let end = match f.kind {
            Kind::Number => rs
                .toks
                .iter()
                .find(|t| t.start >= f.at.1)
                .filter(|t| !t.gap && !super::text::is_stopword(&t.norm))
                .map_or(f.at.1, |t| t.end),
            _ => f.at.1,
        };
        slice_chars(&rs.text, f.at.0 - rs.start, end - rs.start).to_string()
    };
    keys.dedup_by_key(|(_, f)| f.at);
    let mut shown: Vec<(usize, String, Kind)> = Vec::new();
    for (_, f) in &keys {
        let w = word(f);
        let end = f.at.0 + w.chars().count();
        if shown.last().is_some_and(|(e, _, _)| *e > f.at.0) {
            continue; // already inside the previous key ("six Mexican" then "Mexican")
        }
        shown.push((end, w, f.kind));
    }
    let label = shown
        .iter()
        .map(|(_, w, _)| w.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    let anchors = shown
        .iter()
        .filter(|(_, _, k)| *k != Kind::Term)
        .map(|(_, w, _)| w.clone())
        .collect();
    let mut first: Option<Ymd> = g
        .iter()
        .flat_map(|&i| items[i].firsts.iter().copied())
        .min();
    for &i in g {
        if let Some(p) = docs[items[i].doc].published {
            first = Some(first.map_or(p, |f| f.min(p)));
        }
    }
    let coverage = docs
        .iter()
        .enumerate()
        .map(|(di, d)| match g.iter().find(|&&i| items[i].doc == di) {
            Some(&i) => FactCell {
                status: FactStatus::Included,
                sentence: Some(items[i].sent as u32),
                paragraph: d.sents[items[i].sent].paragraph,
            },
            None => FactCell {
                status: match (d.published, first) {
                    (None, _) => FactStatus::Undated,
                    (Some(p), Some(f)) if p < f => FactStatus::Predates,
                    _ => FactStatus::Omitted,
                },
                sentence: None,
                paragraph: None,
            },
        })
        .collect();
    Fact {
        id: format!("F{}", k + 1),
        label,
        text: rs.text.clone(),
        anchors,
        first_known: first.map(Ymd::iso),
        articles: g
            .iter()
            .map(|&i| items[i].doc)
            .collect::<BTreeSet<_>>()
            .len() as u32,
        coverage,
    }
}
