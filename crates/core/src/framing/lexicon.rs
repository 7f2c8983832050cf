//! The frame cue lexicon: `crates/core/lexicon/frames.tsv`, a file this crate owns, embedded at compile time
//! (core reads no files at run time) and parsed here.
//!
//! One cue per line, tab-separated: `frame`, `weight`, `lang`, `cue`, and an optional note.
//! `#` starts a comment line. `frame` is a frame id (see [`FrameId`]) or `none` for a
//! *blocker*: a phrase whose words must not count as the shorter cues inside it ("press
//! conference" keeps "press" from reading as political pressure). Blockers have weight 0;
//! every other cue a weight in (0, 3]. `lang` is `en`, `es` or `any` (informational: every cue
//! is tried on every text). A cue is one or more words, matched as whole consecutive words
//! ignoring case, accents and inflection ([`crate::text::stem`]); a word ending in `*` matches
//! any word that starts with it ("extradit*").

use super::frames::FrameId;
use crate::text::{fold, tokenize, Token};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The lexicon file, as shipped.
pub const FRAMES_TSV: &str = include_str!("../../lexicon/frames.tsv");

/// Path of the lexicon in the repository, for diagnostics.
pub const FRAMES_TSV_PATH: &str = "crates/core/lexicon/frames.tsv";

/// One word of a cue.
#[derive(Debug, Clone, PartialEq)]
pub enum CueWord {
    /// Matches a word with this stem.
    Stem(String),
    /// Matches a word whose normalised form starts with this.
    Prefix(String),
}

impl CueWord {
    fn matches(&self, t: &Token) -> bool {
        match self {
            CueWord::Stem(s) => &t.stem == s,
            CueWord::Prefix(p) => t.norm.starts_with(p.as_str()),
        }
    }
}

/// One line of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// The frame it evokes; `None` for a blocker.
    pub frame: Option<FrameId>,
    /// Its weight (0 for a blocker).
    pub weight: f64,
    /// `en`, `es` or `any`.
    pub lang: String,
    /// The cue as written in the file.
    pub text: String,
    /// Its words, compiled.
    pub words: Vec<CueWord>,
    /// 1-based line in the file.
    pub line: u32,
}

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// 1-based line.
    pub line: u32,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A parsed lexicon, indexed by first word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    /// Every cue, in file order.
    pub cues: Vec<Cue>,
    by_first_stem: BTreeMap<String, Vec<usize>>,
    /// Cues whose first word is a prefix, by the prefix's first character (an empty prefix
    /// under `None`): a token is tried only against the prefixes it could start with.
    by_first_prefix: BTreeMap<Option<char>, Vec<usize>>,
}

/// Compiles a cue or term ("act of war", "extradit*", "U.S. troops") into words.
pub fn compile_words(cue: &str) -> Result<Vec<CueWord>, String> {
    let mut words = Vec::new();
    for piece in cue.split_whitespace() {
        if let Some(p) = piece.strip_suffix('*') {
            let toks = tokenize(p);
            if toks.len() != 1 || toks[0].end != p.chars().count() || toks[0].start != 0 {
                return Err(format!("`{piece}`: `*` must end a single word"));
            }
            if toks[0].norm.chars().count() < 3 {
                return Err(format!("`{piece}`: a `*` prefix needs at least 3 letters"));
            }
            words.push(CueWord::Prefix(fold(&toks[0].norm)));
        } else {
            if piece.contains('*') {
                return Err(format!("`{piece}`: `*` may only end a word"));
            }
            words.extend(tokenize(piece).into_iter().map(|t| CueWord::Stem(t.stem)));
        }
    }
    if words.is_empty() {
        return Err("empty cue".into());
    }
    if words.len() > 8 {
        return Err("a cue has at most 8 words".into());
    }
    Ok(words)
}

/// Parses the lexicon format described in the module docs. The first error stops parsing.
pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
    let mut lex = Lexicon::default();
    let mut seen: BTreeMap<(Option<FrameId>, String), u32> = BTreeMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i as u32 + 1;
        let err = |message: String| LexiconError { line, message };
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        if cols.len() < 4 {
            return Err(err(format!(
                "expected 4 tab-separated columns (frame, weight, lang, cue), found {}",
                cols.len()
            )));
        }
        let frame = match cols[0].trim() {
            "none" => None,
            id => Some(FrameId::from_id(id).ok_or_else(|| err(format!("unknown frame `{id}`")))?),
        };
        let weight: f64 = cols[1]
            .trim()
            .parse()
            .map_err(|_| err(format!("weight `{}` is not a number", cols[1].trim())))?;
        match frame {
            None if weight != 0.0 => return Err(err("a blocker (`none`) has weight 0".into())),
            Some(_) if !(weight > 0.0 && weight <= 3.0) => {
                return Err(err(format!("weight {weight} is outside (0, 3]")))
            }
            _ => {}
        }
        let lang = cols[2].trim();
        if !matches!(lang, "en" | "es" | "any") {
            return Err(err(format!("lang `{lang}` is not en, es or any")));
        }
        let cue = cols[3].trim();
        let words = compile_words(cue).map_err(err)?;
        let key = (frame, format!("{words:?}"));
        if let Some(first) = seen.insert(key, line) {
            return Err(err(format!(
                "`{cue}` repeats line {first} for the same frame"
            )));
        }
        let idx = lex.cues.len();
        match &words[0] {
            CueWord::Stem(s) => lex.by_first_stem.entry(s.clone()).or_default().push(idx),
            CueWord::Prefix(p) => lex
                .by_first_prefix
                .entry(p.chars().next())
                .or_default()
                .push(idx),
        }
        lex.cues.push(Cue {
            frame,
            weight,
            lang: lang.to_string(),
            text: cue.to_string(),
            words,
            line,
        });
    }
    Ok(lex)
}

/// The shipped lexicon, parsed once. A malformed file gives an empty lexicon and the error
/// (the build reports it; a test keeps it from shipping).
pub fn embedded() -> &'static Result<Lexicon, LexiconError> {
    static L: OnceLock<Result<Lexicon, LexiconError>> = OnceLock::new();
    L.get_or_init(|| parse(FRAMES_TSV))
}

/// A cue found in a run of words: word indices `first..last` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    /// Index into [`Lexicon::cues`].
    pub cue: usize,
    /// First word.
    pub first: usize,
    /// One past the last word.
    pub last: usize,
}

/// Whether `words` match `toks` starting at `at` (consecutive words, no punctuation between).
pub fn matches_at(words: &[CueWord], toks: &[Token], at: usize) -> bool {
    at + words.len() <= toks.len()
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| w.matches(&toks[at + k]) && (k == 0 || !toks[at + k].gap))
}

impl Lexicon {
    /// Every cue in `toks`, overlaps resolved: longer cues first; a shorter cue is dropped
    /// where it overlaps a longer one, but cues of the same span and words (one phrase listed
    /// for two frames) are all kept. Sorted by position.
    pub fn find(&self, toks: &[Token]) -> Vec<CueMatch> {
        let mut all = Vec::new();
        for at in 0..toks.len() {
            let first = toks[at].norm.chars().next();
            let cands = self
                .by_first_stem
                .get(&toks[at].stem)
                .into_iter()
                .chain(first.and_then(|c| self.by_first_prefix.get(&Some(c))))
                .chain(self.by_first_prefix.get(&None))
                .flatten();
            for &c in cands {
                let words = &self.cues[c].words;
                if matches_at(words, toks, at) {
                    all.push(CueMatch {
                        cue: c,
                        first: at,
                        last: at + words.len(),
                    });
                }
            }
        }
        all.sort_by_key(|m| (std::cmp::Reverse(m.last - m.first), m.first, m.cue));
        let mut kept: Vec<CueMatch> = Vec::new();
        for m in all {
            let clash = kept.iter().any(|k| {
                k.first < m.last
                    && m.first < k.last
                    && !(k.first == m.first
                        && k.last == m.last
                        && self.cues[k.cue].words == self.cues[m.cue].words)
            });
            if !clash {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| (m.first, m.cue));
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicon_parses() {
        let lex = embedded()
            .as_ref()
            .expect("crates/core/lexicon/frames.tsv is well-formed");
        assert!(lex.cues.len() > 200, "{} cues", lex.cues.len());
        for lang in ["en", "es"] {
            for f in FrameId::ALL.iter().filter(|f| **f != FrameId::Other) {
                assert!(
                    lex.cues
                        .iter()
                        .any(|c| c.frame == Some(*f) && c.lang == lang),
                    "no {lang} cue for {f:?}"
                );
            }
        }
    }

    #[test]
    fn malformed_lines_are_errors_with_their_line() {
        let bad = [
            ("security\t1\ten", 1, "columns"),
            ("# c\nsecurityy\t1\ten\tx", 2, "unknown frame"),
            ("security_and_defense\tx\ten\tx", 1, "not a number"),
            ("security_and_defense\t4\ten\tx", 1, "outside"),
            ("security_and_defense\t1\tfr\tx", 1, "lang"),
            ("security_and_defense\t1\ten\tex*tra", 1, "`*`"),
            ("security_and_defense\t1\ten\t  ", 1, "empty"),
            ("none\t1\ten\tpress conference", 1, "blocker"),
            (
                "political\t1\ten\tpressure\npolitical\t0.5\ten\tpressures",
                2,
                "repeats line 1",
            ),
        ];
        for (text, line, msg) in bad {
            let e = parse(text).expect_err(text);
            assert_eq!(e.line, line, "{text}");
            assert!(e.message.contains(msg), "{text}: {}", e.message);
        }
    }

    #[test]
    fn longer_cues_win_and_blockers_consume() {
        let lex = parse(
            "security_and_defense\t0.5\ten\twar\n\
             external_regulation_and_reputation\t1\ten\tact of war\n\
             political\t1\ten\tpress*\n\
             none\t0\ten\tpress conference\n\
             crime_and_punishment\t1\ten\textradit*\n\
             security_and_defense\t1\ten\tmilitary intervention\n\
             external_regulation_and_reputation\t1\ten\tmilitary intervention",
        )
        .unwrap();
        let toks = tokenize(
            "an act of war, a press conference, pressing, extradited, military intervention",
        );
        let found: Vec<&str> = lex
            .find(&toks)
            .iter()
            .map(|m| lex.cues[m.cue].text.as_str())
            .collect();
        assert_eq!(
            found,
            [
                "act of war",
                "press conference",
                "press*",
                "extradit*",
                "military intervention",
                "military intervention"
            ]
        );
    }
}
