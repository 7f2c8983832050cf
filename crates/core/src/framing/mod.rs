//! Framing analysis: how each outlet framed the story, shown with the words it rests on.
//!
//! Per article ([`ArticleFraming`]): the headline and body split into sentences, each with the
//! Policy Frames Codebook frames its cue words evoke ([`frames`], cues from the lexicon file
//! `crates/core/lexicon/frames.tsv`, [`lexicon`]); the headline frame apart from the body's primary frame
//! and the share of body sentences per frame; headline agency ([`headline`]); the naming
//! choices found for the concept slots of `corpus.toml` ([`naming`]); and the dates the
//! article mentions, resolved against its publication date ([`dates`]).
//!
//! Across the corpus ([`CorpusFraming`]): frame shares per outlet, naming counts per outlet
//! and the noun phrases no slot covers, shared text between articles with MinHash/LSH
//! ([`shared`]), facts and who left them out ([`facts`]), and the timeline ([`timeline`]).
//!
//! Every span is in **Unicode scalar (char) offsets** relative to the text it points into:
//! the body paragraph `article.body[paragraph].text`, or the headline when `paragraph` is
//! null. Sentence `0` of every article is its headline; body sentences follow in order, and
//! every cross-reference names a sentence by `(article id, sentence index)`. The method and
//! its limits are written up in `METHOD.md` at the repository root.

pub use framelens_model::framing::{
    ArticleFraming, CorpusFraming, FramingConfig, LexiconInfo, OutletFrames, Sentence,
};
pub mod dates;
pub mod facts;
pub mod frames;
pub mod headline;
pub mod lexicon;
pub mod naming;
pub mod shared;
pub mod timeline;

use crate::config::CorpusConfig;
use crate::model::{Article, Corpus, Diagnostic, Severity};
use crate::text::{self, Token};
use frames::SentenceFrame;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// An article prepared for analysis: its sentences and their words.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Article id.
    pub id: String,
    /// Outlet name (`Article::outlet_label`).
    pub outlet: String,
    /// Publication date.
    pub published: Option<dates::Ymd>,
    /// Sentence 0 is the headline.
    pub sents: Vec<Sent>,
}

/// A sentence prepared for analysis.
#[derive(Debug, Clone)]
pub struct Sent {
    /// Body paragraph index; None for the headline.
    pub paragraph: Option<u32>,
    /// First char in the paragraph.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// Its words, offsets relative to the paragraph.
    pub toks: Vec<Token>,
}

impl Sent {
    /// A span of the text this sentence is in (offsets from that text's start, in chars).
    pub fn span(&self, start: usize, end: usize) -> crate::model::Span {
        match self.paragraph {
            Some(p) => crate::model::Span::body(p, start as u32, end as u32),
            None => crate::model::Span::headline(start as u32, end as u32),
        }
    }
}

/// A wire dateline opening the first paragraph ("MEXICO CITY (Reuters) -", "Jan 15 (Reuters) -").
fn dateline_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"^\s*[\p{Lu}][\p{L}\d .,'’-]{0,40}?\s*\([\p{L} ]{2,25}\)\s*(?:\.?[-–—]+|:)\s*")
            .expect("dateline regex")
    })
}

/// Outlet name for grouping (see `Article::outlet_label`).
pub fn outlet_name(a: &Article) -> String {
    a.outlet_label().to_string()
}

/// Splits an article into sentences (headline first) and words.
pub fn prepare(a: &Article) -> Doc {
    let mut sents = vec![Sent {
        paragraph: None,
        start: 0,
        end: a.headline.chars().count(),
        text: a.headline.clone(),
        toks: text::tokenize(&a.headline),
    }];
    for (pi, p) in a.body.iter().enumerate() {
        let skip = if pi == 0 {
            dateline_re()
                .find(&p.text)
                .map(|m| text::char_at(&p.text, m.end()))
                .unwrap_or(0)
        } else {
            0
        };
        let rest = text::slice_chars(&p.text, skip, usize::MAX);
        for span in text::split_sentences(rest) {
            let (start, end) = (span.start + skip, span.end + skip);
            let s = text::slice_chars(&p.text, start, end).to_string();
            let toks = text::tokenize(&s)
                .into_iter()
                .map(|mut t| {
                    t.start += start;
                    t.end += start;
                    t
                })
                .collect();
            sents.push(Sent {
                paragraph: Some(pi as u32),
                start,
                end,
                text: s,
                toks,
            });
        }
    }
    Doc {
        id: a.id.clone(),
        outlet: outlet_name(a),
        published: a.published.as_deref().and_then(dates::Ymd::parse),
        sents,
    }
}

/// Runs the framing analysis over the parsed corpus, filling `Article.framing` and `Corpus.framing`.
/// Problems a maintainer should see go into `diags` (warnings name the file).
pub fn analyse(corpus: &mut Corpus, cfg: &CorpusConfig, diags: &mut Vec<Diagnostic>) {
    let (lex, lex_err) = frames::lexicon_or_empty();
    if let Some(e) = lex_err {
        diags.push(Diagnostic {
            severity: Severity::Warning,
            file: lexicon::FRAMES_TSV_PATH.into(),
            line: Some(e.line),
            message: format!(
                "frame lexicon is malformed, so no frames are reported: {}",
                e.message
            ),
        });
    }
    let slots = naming::compile(&cfg.framing, diags);
    let docs: Vec<Doc> = crate::par::map(&corpus.articles, prepare);

    // Each article on its own (every core with the `parallel` feature), in order.
    let mut per_article: Vec<ArticleFraming> = crate::par::map_indexed(&docs, |i, d| {
        let a = &corpus.articles[i];
        let sentences: Vec<Sentence> = d
            .sents
            .iter()
            .map(|s| Sentence {
                span: s.span(s.start, s.end),
                frames: frames::score_frames(lex, &s.toks, s.span(0, 0)),
            })
            .collect();
        let body: Vec<&[SentenceFrame]> =
            sentences[1..].iter().map(|s| s.frames.as_slice()).collect();
        let (frame_shares, no_frame_cue) = frames::shares(&body);
        let hits = naming::find_hits(&slots, d);
        ArticleFraming {
            headline_frame: frames::headline_frame(&sentences[0].frames),
            primary_frame: frames::primary_frame(&frame_shares),
            body_sentences: body.len() as u32,
            frame_shares,
            no_frame_cue,
            headline: headline_with_naming(headline::parse(&a.headline, &a.body), &slots, &hits),
            naming: hits,
            dates: timeline::mentions(d),
            facts: facts::ArticleFacts::default(),
            sentences,
        }
    });

    let outlets = outlet_frames(corpus, &per_article);
    let naming = naming::aggregate(&slots, &docs, &per_article);
    let shared_text = shared::analyse(&docs);
    let facts = facts::analyse(&docs, &per_article);
    // `facts.articles` lists the articles in corpus order, as `per_article` does.
    debug_assert!(facts.articles.iter().zip(&docs).all(|(a, d)| *a == d.id));
    for (af, row) in per_article.iter_mut().zip(facts::article_rows(&facts)) {
        af.facts = row;
    }
    let timeline = timeline::build(corpus, &docs, &per_article);
    for (a, f) in corpus.articles.iter_mut().zip(per_article) {
        a.framing = Some(f);
    }
    corpus.framing = Some(CorpusFraming {
        frames: frames::legend(),
        lexicon: Some(LexiconInfo {
            file: lexicon::FRAMES_TSV_PATH.into(),
            cues: lex.cues.len() as u32,
            min_score: frames::MIN_SCORE,
        }),
        outlets,
        naming,
        shared_text,
        facts,
        timeline,
    });
}

/// Notes how the headline names the story's concepts ("names the US action as \"offer of US
/// troops to help\""), from the naming hits in sentence 0.
fn headline_with_naming(
    mut h: headline::HeadlineAgency,
    slots: &[naming::Slot],
    hits: &[naming::NamingHit],
) -> headline::HeadlineAgency {
    for hit in hits.iter().filter(|n| n.sentence == 0) {
        if let Some(slot) = slots.iter().find(|s| s.config.id == hit.slot) {
            let l = &slot.config.label;
            let label = l
                .strip_prefix("The ")
                .map_or(l.clone(), |r| format!("the {r}"));
            h.notes.push(format!("names {label} as \"{}\"", hit.term));
        }
    }
    h
}

fn outlet_frames(corpus: &Corpus, per: &[ArticleFraming]) -> Vec<OutletFrames> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        groups.entry(outlet_name(a)).or_default().push(i);
    }
    groups
        .into_iter()
        .map(|(outlet, idx)| {
            let body: Vec<&[SentenceFrame]> = idx
                .iter()
                .flat_map(|&i| per[i].sentences[1..].iter().map(|s| s.frames.as_slice()))
                .collect();
            let (frame_shares, no_frame_cue) = frames::shares(&body);
            OutletFrames {
                outlet,
                articles: idx.iter().map(|&i| corpus.articles[i].id.clone()).collect(),
                body_sentences: body.len() as u32,
                frame_shares,
                no_frame_cue,
                headline_frames: idx.iter().map(|&i| per[i].headline_frame.frame).collect(),
            }
        })
        .collect()
}
