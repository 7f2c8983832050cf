//! One article made ready for the voices rules: its texts as segments (headline and body in
//! reading order — the *discourse* — then dek and captions, read apart), the quotations found
//! in them, tokens and sentences, and the names mentioned outside quotations.

use super::dialogue::{self, Turn};
use super::marks::{self, Piece, RawQuote, SegIn};
use super::names::NameKind;
use super::text::{sentences, tokenize, Tk, Tok};
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

/// A run of tokens in one segment: tokens `t0..t1` of segment `seg` (a phrase, a sentence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TokRange {
    /// Segment (index into [`Doc::segs`]).
    pub seg: usize,
    /// First token.
    pub t0: usize,
    /// Past the last token.
    pub t1: usize,
}

/// An article ready for attribution.
pub(crate) struct Doc {
    /// Headline, body paragraphs, then dek and captions.
    pub segs: Vec<Seg>,
    /// Quotations in reading order.
    pub quotes: Vec<RawQuote>,
    /// Piece id (the number in [`Tk::Quote`]) → (quote, piece).
    pub piece_ref: Vec<(usize, usize)>,
    /// Quote → the id of its first piece (a quote's pieces have consecutive ids).
    pub first_pid: Vec<usize>,
    /// Names outside quotations.
    pub mentions: Vec<Mention>,
    /// What the reader should know (unbalanced quote marks).
    pub warnings: Vec<String>,
}

impl Doc {
    /// A token's text.
    pub fn word(&self, seg: usize, t: usize) -> &str {
        let tok = self.segs[seg].toks[t];
        &self.segs[seg].text[tok.start..tok.end]
    }

    /// Whether token `t` is a word (not punctuation or a quotation).
    pub fn is_word(&self, seg: usize, t: usize) -> bool {
        self.segs[seg]
            .toks
            .get(t)
            .is_some_and(|k| k.kind == Tk::Word)
    }

    /// Whether token `t` is the punctuation `p`.
    pub fn is_punct(&self, seg: usize, t: usize, p: &str) -> bool {
        self.segs[seg]
            .toks
            .get(t)
            .is_some_and(|k| k.kind == Tk::Punct)
            && self.word(seg, t) == p
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
            .position(|t| t.kind == Tk::Quote(pid))?;
        Some((seg, t))
    }

    /// The piece id of piece `k` of quotation `q`.
    pub fn pid(&self, q: usize, k: usize) -> usize {
        self.first_pid
            .get(q)
            .map(|&first| first + k)
            .filter(|&id| self.piece_ref.get(id) == Some(&(q, k)))
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
    let mut first_pid = Vec::with_capacity(quotes.len());
    let mut per_seg: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); raw.len()];
    for (qi, q) in quotes.iter().enumerate() {
        first_pid.push(piece_ref.len());
        for (k, p) in q.pieces.iter().enumerate() {
            per_seg[p.seg].push((p.outer.0, p.outer.1, piece_ref.len()));
            piece_ref.push((qi, k));
        }
    }
    let mut segs = Vec::new();
    for (s, (part, index, text, discourse)) in raw.into_iter().enumerate() {
        per_seg[s].sort();
        let toks = tokenize(&text, &per_seg[s]);
        let sents = sentences(&text, &toks);
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
        first_pid,
        mentions: Vec::new(),
        warnings,
    };
    for s in 0..doc.segs.len() {
        super::mentions::find_mentions(&mut doc, s);
        super::bodies::find(&mut doc, s);
    }
    doc
}
