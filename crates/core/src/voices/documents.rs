//! Documents and interviews: where the article invokes a report, memoir, order or statement
//! and who wrote it ("an NBC News report", "X released a report", "signed an executive
//! order", "a report by Y"), and the one person it says it interviews.

use super::doc::TokRange;
use super::lex::{self, has};
use super::np::{np_right, subject_of};
use super::resolve::Ctx;
use super::text::fold;
use super::types::ActorKind;

/// A report, memoir or other document and its author, where it is first invoked.
#[derive(Debug, Clone)]
pub(crate) struct DocRef {
    /// Segment.
    pub seg: usize,
    /// Token of the head noun or verb.
    pub t: usize,
    /// Author (actor index).
    pub owner: usize,
    /// "report", "memoir".
    pub head: String,
}

impl DocRef {
    /// Where the head noun or verb is printed (one token).
    pub(crate) fn head_range(&self) -> TokRange {
        TokRange {
            seg: self.seg,
            t0: self.t,
            t1: self.t + 1,
        }
    }
}

impl Ctx<'_> {
    pub(crate) fn doc_before(&self, seg: usize, t: usize, back: usize) -> Option<&DocRef> {
        let aside = !self.doc.segs[seg].discourse;
        self.docs
            .iter()
            .rev()
            .find(|d| (d.seg == seg && d.t < t) || (!aside && d.seg < seg && seg - d.seg <= back))
    }

    pub(crate) fn find_documents(&mut self) {
        let doc = self.doc;
        for s in (0..doc.segs.len()).filter(|&s| doc.segs[s].discourse) {
            for t in 0..doc.segs[s].toks.len() {
                if !doc.is_word(s, t) {
                    continue;
                }
                let w = fold(doc.word(s, t));
                let (lo, hi) = doc.sentence_of(s, t);
                let mut owner = None;
                let mut head: Option<String> = None;
                if has(lex::DOC_HEADS, &w) && !super::text::is_cap(doc.word(s, t)) {
                    // "an NBC News report", "Trump's memoir", "a report by the group"
                    owner = t
                        .checked_sub(1)
                        .and_then(|k| {
                            doc.segs[s].tok_mention[k].filter(|&m| doc.mentions[m].t1 == t)
                        })
                        .and_then(|m| self.actor_of(m));
                    if owner.is_none()
                        && doc.is_word(s, t + 1)
                        && matches!(doc.word(s, t + 1), "by" | "from")
                    {
                        owner = np_right(doc, s, t + 2, hi)
                            .map(|np| self.resolve(&np))
                            .and_then(|w| w.actor());
                    }
                } else if matches!(
                    w.as_str(),
                    "reported"
                        | "reports"
                        | "released"
                        | "published"
                        | "issued"
                        | "unveiled"
                        | "signed"
                ) {
                    let named = (t + 1..(t + 5).min(hi))
                        .find(|&k| doc.is_word(s, k) && has(lex::DOC_HEADS, doc.word(s, k)));
                    if let Some(k) = named {
                        head = Some(fold(doc.word(s, k)));
                    }
                    if w.starts_with("report") || named.is_some() {
                        owner = subject_of(doc, s, t, lo)
                            .map(|np| self.resolve(&np))
                            .and_then(|w| w.actor());
                    }
                }
                if let Some(owner) = owner {
                    let head = match head {
                        Some(h) => h,
                        None if has(lex::DOC_HEADS, &w) => w,
                        None => "report".into(),
                    };
                    self.docs.push(DocRef {
                        seg: s,
                        t,
                        owner,
                        head,
                    });
                }
            }
        }
    }

    pub(crate) fn find_interviewee(&self) -> Option<usize> {
        let doc = self.doc;
        let first_turn = doc.segs.iter().position(|s| s.turn.is_some())?;
        let mut found = std::collections::BTreeSet::new();
        for s in 0..first_turn {
            for &(lo, hi) in &doc.segs[s].sents {
                let cue = (lo..hi).any(|t| {
                    doc.is_word(s, t)
                        && matches!(
                            fold(doc.word(s, t)).as_str(),
                            "spoke"
                                | "sat"
                                | "caught"
                                | "talked"
                                | "conversation"
                                | "q&a"
                                | "interview"
                                | "interviewed"
                                | "entrevista"
                                | "entrevistado"
                                | "entrevistada"
                        )
                });
                if cue {
                    for m in doc
                        .mentions
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| m.seg == s && m.t0 >= lo && m.t1 <= hi)
                    {
                        if let Some(g) = self
                            .actor_of(m.0)
                            .filter(|&g| self.kind(g) == ActorKind::Person)
                        {
                            found.insert(g);
                        }
                    }
                }
            }
        }
        (found.len() == 1).then(|| *found.iter().next().unwrap_or(&0))
    }
}
