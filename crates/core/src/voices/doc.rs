//! One article made ready for the voices rules: its texts as segments (headline and body in
//! reading order — the *discourse* — then dek and captions, read apart), the quotations found
//! in them, tokens and sentences, and the names mentioned outside quotations.

use super::dialogue::{self, Turn};
use super::lex::{self, has};
use super::marks::{self, Piece, RawQuote, SegIn};
use super::names::{parse_chunk, NameKind};
use super::text::{fold, is_cap, sentences, strip_possessive, tokenize, Tk, Tok};
use super::types::{Gender, Part, QuoteMark};
use crate::model::{Article, BlockKind, CaptionKind};

/// A text of the article.
pub(crate) struct Seg {
    /// Which text.
    pub part: Part,
    /// Paragraph or caption index.
    pub index: u32,
    /// The text.
    pub text: String,
    /// Tokens (each quotation piece is one token).
    pub toks: Vec<Tok>,
    /// Sentences as token ranges.
    pub sents: Vec<(usize, usize)>,
    /// Headline or body: counted, and read in order.
    pub discourse: bool,
    /// The mention each token belongs to.
    pub tok_mention: Vec<Option<usize>>,
    /// Its dialogue turn, for interview and dash lines.
    pub turn: Option<Turn>,
}

/// A name printed outside quotation marks.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Segment.
    pub seg: usize,
    /// First token, role words included.
    pub t0: usize,
    /// Past the last token.
    pub t1: usize,
    /// The name as read (possessive stripped, leading "The" dropped).
    pub name: String,
    /// What it names.
    pub kind: NameKind,
    /// Printed role ("Mexican President", "broadcaster").
    pub role: Option<String>,
    /// Gender shown by the text (honorific, title, "X said she…") or a first name.
    pub gender: Option<Gender>,
    /// Gazetteer name of a known outlet.
    pub canonical: Option<String>,
    /// Whether "the" was printed before it.
    pub had_the: bool,
    /// "X's".
    pub possessive: bool,
    /// Head noun of an appositive after it (", a top conservative group,").
    pub appositive: Option<String>,
}

/// An article ready for attribution.
pub(crate) struct Doc {
    /// Headline, body paragraphs, then dek and captions.
    pub segs: Vec<Seg>,
    /// Quotations in reading order.
    pub quotes: Vec<RawQuote>,
    /// Piece id (the number in [`Tk::Quote`]) → (quote, piece).
    pub piece_ref: Vec<(usize, usize)>,
    /// Names outside quotations.
    pub mentions: Vec<Mention>,
    /// What the reader should know (unbalanced quote marks).
    pub warnings: Vec<String>,
}

impl Doc {
    /// A token's text.
    pub fn word(&self, seg: usize, t: usize) -> &str {
        let tok = self.segs[seg].toks[t];
        &self.segs[seg].text[tok.s..tok.e]
    }

    /// Whether token `t` is a word (not punctuation or a quotation).
    pub fn is_word(&self, seg: usize, t: usize) -> bool {
        self.segs[seg].toks.get(t).is_some_and(|k| k.k == Tk::Word)
    }

    /// Whether token `t` is the punctuation `p`.
    pub fn is_punct(&self, seg: usize, t: usize, p: &str) -> bool {
        self.segs[seg].toks.get(t).is_some_and(|k| k.k == Tk::Punct) && self.word(seg, t) == p
    }

    /// The sentence (token range) holding token `t`.
    pub fn sentence_of(&self, seg: usize, t: usize) -> (usize, usize) {
        let s = &self.segs[seg];
        s.sents
            .iter()
            .copied()
            .find(|&(a, b)| a <= t && t < b)
            .unwrap_or((0, s.toks.len()))
    }

    /// The token index of quotation piece `pid`.
    pub fn piece_tok(&self, pid: usize) -> Option<(usize, usize)> {
        let (q, k) = self.piece_ref[pid];
        let seg = self.quotes[q].pieces[k].seg;
        let t = self.segs[seg]
            .toks
            .iter()
            .position(|t| t.k == Tk::Quote(pid))?;
        Some((seg, t))
    }

    /// The piece id of piece `k` of quotation `q`.
    pub fn pid(&self, q: usize, k: usize) -> usize {
        self.piece_ref
            .iter()
            .position(|&r| r == (q, k))
            .unwrap_or(0)
    }
}

fn segments(a: &Article) -> Vec<(Part, u32, String, bool)> {
    let mut segs = vec![(Part::Headline, 0, a.headline.clone(), true)];
    for (i, p) in a.body.iter().enumerate() {
        segs.push((Part::Body, i as u32, p.text.clone(), true));
    }
    if let Some(d) = &a.dek {
        segs.push((Part::Dek, 0, d.value.clone(), false));
    }
    for (i, c) in a.captions.iter().enumerate() {
        if matches!(c.kind, CaptionKind::Caption | CaptionKind::AltText) {
            // A photo credit ("REUTERS/Henry Romero") names no actor of the story.
            let cut = c
                .credit
                .as_deref()
                .and_then(|k| c.text.find(k))
                .unwrap_or(c.text.len());
            let text = c.text[..cut].trim_end_matches(['(', ' ']).to_string();
            segs.push((Part::Caption, i as u32, text, false));
        }
    }
    segs
}

fn label(part: Part, index: u32) -> String {
    match part {
        Part::Headline => "the headline".into(),
        Part::Dek => "the dek".into(),
        Part::Body => format!("paragraph {}", index + 1),
        Part::Caption => format!("caption {}", index + 1),
    }
}

/// Builds the doc: segments, quotations, tokens, sentences and name mentions.
pub(crate) fn build(a: &Article) -> Doc {
    let raw = segments(a);
    let body_texts: Vec<&str> = a.body.iter().map(|p| p.text.as_str()).collect();
    let lines = dialogue::detect(&body_texts);
    let line_of = |part: Part, i: u32| {
        (part == Part::Body)
            .then(|| lines.get(i as usize).cloned().flatten())
            .flatten()
    };
    let inputs: Vec<SegIn> = raw
        .iter()
        .map(|(part, i, text, _)| SegIn {
            text,
            chains: *part == Part::Body
                && a.body
                    .get(*i as usize)
                    .is_some_and(|p| p.kind == BlockKind::Paragraph),
            skip: line_of(*part, *i).is_some(),
            label: label(*part, *i),
        })
        .collect();
    let (mut quotes, warnings) = marks::find(&inputs);
    for (s, (part, i, _, _)) in raw.iter().enumerate() {
        if let Some(line) = line_of(*part, *i) {
            let mark = if line.label.is_some() {
                QuoteMark::Label
            } else {
                QuoteMark::Dash
            };
            let pieces = line
                .pieces
                .iter()
                .map(|&r| Piece {
                    seg: s,
                    outer: r,
                    inner: r,
                })
                .collect();
            quotes.push(RawQuote {
                pieces,
                mark,
                closed: true,
            });
        }
    }
    quotes.sort_by_key(|q| (q.pieces[0].seg, q.pieces[0].outer.0));
    let mut piece_ref = Vec::new();
    let mut per_seg: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); raw.len()];
    for (qi, q) in quotes.iter().enumerate() {
        for (k, p) in q.pieces.iter().enumerate() {
            per_seg[p.seg].push((p.outer.0, p.outer.1, piece_ref.len()));
            piece_ref.push((qi, k));
        }
    }
    let mut segs = Vec::new();
    for (s, (part, index, text, discourse)) in raw.into_iter().enumerate() {
        per_seg[s].sort();
        let toks = tokenize(&text, &per_seg[s]);
        let ends = |pid: usize| {
            let (q, k) = piece_ref[pid];
            let p = &quotes[q].pieces[k];
            text[p.inner.0..p.inner.1].ends_with(['.', '?', '!', '…'])
        };
        let sents = sentences(&text, &toks, ends);
        let turn = line_of(part, index).map(|l| l.turn);
        let tok_mention = vec![None; toks.len()];
        segs.push(Seg {
            part,
            index,
            text,
            toks,
            sents,
            discourse,
            tok_mention,
            turn,
        });
    }
    let mut doc = Doc {
        segs,
        quotes,
        piece_ref,
        mentions: Vec::new(),
        warnings,
    };
    for s in 0..doc.segs.len() {
        find_mentions(&mut doc, s);
        super::bodies::find(&mut doc, s);
    }
    doc
}

const CONNECTORS: &[&str] = &[
    "of", "de", "del", "la", "las", "los", "van", "von", "da", "al", "bin", "el",
];

fn find_mentions(doc: &mut Doc, s: usize) {
    let n = doc.segs[s].toks.len();
    let cap_word = |doc: &Doc, t: usize| doc.is_word(s, t) && is_cap(doc.word(s, t));
    // A capitalised function word ("Are", "He", "In") is no part of a name, except the article
    // before an organisation ("The Heritage Foundation").
    let function = |doc: &Doc, t: usize| {
        let w = fold(doc.word(s, t));
        crate::lexicon::is_stopword(&w)
            && !matches!(w.as_str(), "the" | "el" | "la" | "los" | "las")
    };
    let name_word = |doc: &Doc, t: usize| cap_word(doc, t) && !function(doc, t);
    let mut t = 0;
    while t < n {
        if !name_word(doc, t) {
            t += 1;
            continue;
        }
        let start = t;
        let mut end = t + 1;
        loop {
            let (_, poss) = strip_possessive(doc.word(s, end - 1));
            let title_next = end < n
                && cap_word(doc, end)
                && (has(lex::TITLE_WORDS, doc.word(s, end))
                    || has(lex::ROLE_QUALIFIERS, doc.word(s, end)));
            if poss && !title_next {
                break;
            }
            if end < n
                && name_word(doc, end)
                && !matches!(fold(doc.word(s, end)).as_str(), "the" | "el" | "la")
            {
                end += 1;
                continue;
            }
            let mut k = end;
            while k < n && doc.is_word(s, k) && CONNECTORS.contains(&doc.word(s, k)) {
                k += 1;
            }
            // "Rosaly Lopes of NASA": a person of an organisation, not one name.
            let of_org = k < n
                && doc.word(s, k - 1) == "of"
                && super::names::org_kind(&[doc.word(s, k)]).is_some();
            if k > end && k < n && name_word(doc, k) && !of_org {
                end = k + 1;
                continue;
            }
            break;
        }
        let words: Vec<&str> = (start..end).map(|i| doc.word(s, i)).collect();
        if let Some(p) = parse_chunk(&words) {
            let t0 = start
                + if p.role.is_some() {
                    p.skip
                } else {
                    p.name_from
                };
            let mut m = Mention {
                seg: s,
                t0,
                t1: end,
                name: p.name,
                kind: p.kind,
                role: p.role,
                gender: p.gender,
                canonical: p.canonical,
                had_the: p.had_the,
                possessive: p.possessive,
                appositive: None,
            };
            if m.role.is_none() && matches!(m.kind, NameKind::Person | NameKind::Unknown) {
                m.role = role_before(doc, s, t0);
                if m.role.is_some() && m.kind == NameKind::Unknown {
                    m.kind = NameKind::Person;
                }
            }
            m.appositive = appositive_after(doc, s, end);
            if m.kind == NameKind::Person || m.kind == NameKind::Unknown {
                m.gender = kin_before(doc, s, t0)
                    .or(m.gender)
                    .or(pronoun_after(doc, s, end));
            }
            let id = doc.mentions.len();
            for i in m.t0..m.t1 {
                doc.segs[s].tok_mention[i] = Some(id);
            }
            doc.mentions.push(m);
        }
        t = end;
    }
}

/// Lower-case role words right before a name ("broadcaster Sean Hannity", "His former defense
/// secretary, Mark Esper").
fn role_before(doc: &Doc, s: usize, t0: usize) -> Option<String> {
    let mut k = t0;
    if k > 0 && doc.is_punct(s, k - 1, ",") {
        k -= 1;
    }
    // "secretario de Seguridad": the chunk completes the office, it is not its holder.
    if k > 0 && doc.is_word(s, k - 1) && CONNECTORS.contains(&fold(doc.word(s, k - 1)).as_str()) {
        return None;
    }
    let end = k;
    let mut has_role = false;
    while k > 0 && doc.is_word(s, k - 1) && end - (k - 1) <= 5 {
        let w = doc.word(s, k - 1);
        let f = fold(strip_possessive(w).0);
        if !is_cap(w) && has(lex::ROLE_WORDS, &f) {
            has_role = true;
        } else if !(has(lex::ROLE_QUALIFIERS, &f) || has(lex::PLACES, &f)) || f == "the" {
            break;
        }
        k -= 1;
    }
    while k < end
        && ["el", "la", "los", "las", "the", "de", "del", "of"]
            .contains(&fold(doc.word(s, k)).as_str())
    {
        k += 1;
    }
    (has_role && k < end).then(|| {
        let seg = &doc.segs[s];
        seg.text[seg.toks[k].s..seg.toks[end - 1].e].to_string()
    })
}

/// "Steenburgen’s son, filmmaker Charlie McDowell", "the actress Mary Steenburgen": a
/// gendered noun just before a name shows the person's gender.
fn kin_before(doc: &Doc, s: usize, t0: usize) -> Option<Gender> {
    const MALE: &[&str] = &[
        "son",
        "father",
        "husband",
        "brother",
        "boyfriend",
        "nephew",
        "uncle",
        "grandson",
        "grandfather",
        "actor",
        "hijo",
        "padre",
        "esposo",
        "hermano",
        "sobrino",
        "tio",
    ];
    const FEMALE: &[&str] = &[
        "daughter",
        "mother",
        "wife",
        "sister",
        "girlfriend",
        "niece",
        "aunt",
        "granddaughter",
        "grandmother",
        "actress",
        "businesswoman",
        "hija",
        "madre",
        "esposa",
        "hermana",
        "sobrina",
        "tia",
        "actriz",
    ];
    for k in (t0.saturating_sub(5)..t0).rev() {
        if doc.is_punct(s, k, ",") {
            continue;
        }
        if !doc.is_word(s, k) || is_cap(doc.word(s, k)) {
            return None;
        }
        let w = fold(doc.word(s, k));
        if has(MALE, &w) {
            return Some(Gender::Male);
        }
        if has(FEMALE, &w) {
            return Some(Gender::Female);
        }
    }
    None
}

/// ", a top conservative group," → "top conservative group".
fn appositive_after(doc: &Doc, s: usize, end: usize) -> Option<String> {
    if !doc.is_punct(s, end, ",") || !doc.is_word(s, end + 1) {
        return None;
    }
    let det = fold(doc.word(s, end + 1));
    if !matches!(det.as_str(), "a" | "an" | "the" | "un" | "una") {
        return None;
    }
    let close =
        (end + 2..(end + 10).min(doc.segs[s].toks.len())).find(|&k| doc.is_punct(s, k, ","))?;
    (close > end + 2 && (end + 2..close).all(|k| doc.is_word(s, k))).then(|| {
        let seg = &doc.segs[s];
        seg.text[seg.toks[end + 2].s..seg.toks[close - 1].e].to_string()
    })
}

/// "Sheinbaum said she…", "Trump (adv) hinted he…": the gender the text shows.
fn pronoun_after(doc: &Doc, s: usize, end: usize) -> Option<Gender> {
    let mut k = end;
    while doc.is_word(s, k) && {
        let w = doc.word(s, k);
        has(lex::AUX_ADVERBS, w) || (w.ends_with("ly") && !is_cap(w))
    } {
        k += 1;
    }
    const NOT_VERBS: &[&str] = &[
        "and", "or", "nor", "but", "y", "o", "as", "than", "while", "when", "if", "because",
        "with", "to", "whom", "who", "and", "of", "in", "on", "at", "for",
    ];
    if !doc.is_word(s, k) || is_cap(doc.word(s, k)) || has(NOT_VERBS, doc.word(s, k)) {
        return None;
    }
    k += 1;
    if doc.is_word(s, k) && matches!(fold(doc.word(s, k)).as_str(), "that" | "que") {
        k += 1;
    }
    if !doc.is_word(s, k) {
        return None;
    }
    let w = fold(doc.word(s, k));
    if w == "she" {
        Some(Gender::Female)
    } else if w == "he" {
        Some(Gender::Male)
    } else {
        None
    }
}
