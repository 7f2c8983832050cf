//! What follows a headline's verb group: the patient or `by …` agent, an infinitive
//! complement and the adjunct, cut where punctuation, a subordinator, a place or an
//! infinitive begins.

use super::super::words::{INFINITIVE_NOUNS, LOCATIVES, SUBORDINATORS};
use super::super::{phrase, Phrase};
use crate::text::Token;

/// The roles found after the verb group.
pub(super) struct Roles {
    /// A passive's `by …` phrase.
    pub(super) by_agent: Option<Phrase>,
    /// An active verb's object.
    pub(super) patient: Option<Phrase>,
    /// The infinitive after a verb of pressure.
    pub(super) complement: Option<Phrase>,
    /// The rest.
    pub(super) adjunct: Option<Phrase>,
}

/// The words after the verb group, and how to cut them into phrases.
pub(super) struct After<'a> {
    /// The headline.
    pub(super) cs: &'a [char],
    /// The tokens after the verb group.
    pub(super) rest: &'a [Token],
    /// The main verb takes an infinitive ([`super::takes_infinitive`]).
    pub(super) control: bool,
}

impl After<'_> {
    /// Whether token `t`, `j` tokens into a phrase, ends it: punctuation before it, a
    /// subordinator, a place, or an infinitive's "to" (after a verb of pressure, or unless a
    /// noun taking an infinitive came before: "plan to …").
    fn stop(&self, t: &Token, j: usize) -> bool {
        let (cs, rest) = (self.cs, self.rest);
        let j_abs = |t: &Token| {
            rest.iter()
                .position(|x| x.start == t.start)
                .map_or(usize::MAX, |p| p + 1)
        };
        let n = t.norm.as_str();
        (j > 0
            && t.gap
            && !cs[t.start - 1].is_alphanumeric()
            && !matches!(cs[t.start - 1], '\'' | '’' | '"' | '“' | '”'))
            || SUBORDINATORS.contains(&n)
            || LOCATIVES.contains(&n)
            || (n == "to"
                && (self.control
                    || !rest[..j_abs(t).saturating_sub(1)]
                        .iter()
                        .any(|x| INFINITIVE_NOUNS.contains(&x.stem.as_str()))))
    }

    /// Past the phrase starting at `from`.
    fn run(&self, from: usize) -> usize {
        let mut k = from;
        while k < self.rest.len() && !self.stop(&self.rest[k], k - from) {
            k += 1;
        }
        k
    }

    /// Tokens `from..to` as a phrase (`to` > `from`).
    fn phrase(&self, from: usize, to: usize) -> Phrase {
        phrase(self.cs, self.rest[from].start, self.rest[to - 1].end)
    }

    /// Everything from `from` to the end, if anything.
    fn tail(&self, from: usize) -> Option<Phrase> {
        (from < self.rest.len()).then(|| self.phrase(from, self.rest.len()))
    }

    /// After a passive verb: a `by …` (`por …`) agent, the rest an adjunct.
    pub(super) fn passive(&self) -> Roles {
        let mut roles = Roles {
            by_agent: None,
            patient: None,
            complement: None,
            adjunct: None,
        };
        let by = self
            .rest
            .iter()
            .position(|t| t.norm == "by" || t.norm == "por");
        if let Some(b) = by {
            let k = self.run(b + 1);
            if k > b + 1 {
                roles.by_agent = Some(self.phrase(b + 1, k));
            }
            roles.adjunct = if b > 0 {
                Some(self.phrase(0, b))
            } else {
                self.tail(k)
            };
        } else {
            roles.adjunct = self.tail(0);
        }
        roles
    }

    /// After an active verb: the patient up to a stop, then an infinitive complement (after a
    /// verb of pressure) or an adjunct.
    pub(super) fn active(&self) -> Roles {
        let k = self.run(0);
        let patient = (k > 0).then(|| self.phrase(0, k));
        let infinitive = self.control && self.rest.get(k).is_some_and(|t| t.norm == "to");
        Roles {
            by_agent: None,
            patient,
            complement: if infinitive { self.tail(k) } else { None },
            adjunct: if infinitive { None } else { self.tail(k) },
        }
    }
}
