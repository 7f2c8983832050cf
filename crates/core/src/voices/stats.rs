//! Who gets heard: tallies per article, summed per outlet and per actor across the corpus.
//!
//! Counted: headline and body only (dek and captions repeat the article; their quotes are
//! listed apart and never counted). Interviewers' questions are not voices. Scare quotes count
//! as quoted words of whoever they are attributed to. Anonymous sources are tallied under
//! `(anonymous)` (their reports as `indirect`), quotes with no speaker under `(unresolved)`,
//! actors no corpus.toml group lists under the group `(unplaced)`.

use super::types::{
    FirstVoice, Heard, Part, QuoteKind, Resolution, Share, Span, Speaker, VoiceKind,
};
use super::ArticleVoices;
use std::collections::BTreeMap;

/// Key for anonymous voices.
pub const ANONYMOUS: &str = "(anonymous)";
/// Key for quotes with no speaker.
pub const UNRESOLVED: &str = "(unresolved)";
/// Group of actors no group lists.
pub const UNPLACED: &str = "(unplaced)";

/// Per actor id: display name and group.
pub(crate) type Directory = BTreeMap<String, (String, Option<String>)>;

fn add(map: &mut BTreeMap<String, Share>, key: &str, name: &str, q: u32, w: u32, i: u32) {
    let e = map.entry(key.to_string()).or_insert_with(|| Share {
        key: key.to_string(),
        name: name.to_string(),
        quotes: 0,
        words: 0,
        indirect: 0,
    });
    e.quotes += q;
    e.words += w;
    e.indirect += i;
}

fn sorted(map: BTreeMap<String, Share>) -> Vec<Share> {
    let mut v: Vec<Share> = map.into_values().collect();
    v.sort_by(|a, b| {
        (b.words, b.quotes, b.indirect)
            .cmp(&(a.words, a.quotes, a.indirect))
            .then(a.key.cmp(&b.key))
    });
    v
}

fn pos(s: &Span) -> (Part, u32, u32) {
    (s.part, s.paragraph, s.start)
}

/// Tallies one article.
pub(crate) fn heard(v: &ArticleVoices, dir: &Directory) -> Heard {
    let mut h = Heard::default();
    let mut actors = BTreeMap::new();
    let mut groups = BTreeMap::new();
    let group_of = |actor: &str| {
        dir.get(actor)
            .and_then(|d| d.1.clone())
            .unwrap_or_else(|| UNPLACED.to_string())
    };
    let mut tally = |sp: &Speaker, q: u32, w: u32, i: u32| {
        let (key, name, group) = match (&sp.actor, sp.resolution) {
            (Some(id), _) => (
                id.clone(),
                sp.name.clone().unwrap_or_default(),
                group_of(id),
            ),
            (None, Resolution::Anonymous) => (ANONYMOUS.into(), ANONYMOUS.into(), ANONYMOUS.into()),
            _ => (UNRESOLVED.into(), UNRESOLVED.into(), UNRESOLVED.into()),
        };
        add(&mut actors, &key, &name, q, w, i);
        add(&mut groups, &group, &group, q, w, i);
    };
    let mut firsts: Vec<((Part, u32, u32), FirstVoice, bool)> = Vec::new();
    let voice = |kind, sp: &Speaker, at: &Span| FirstVoice {
        kind,
        name: sp.name.clone().unwrap_or_default(),
        actor: sp.actor.clone(),
        group: sp
            .actor
            .as_ref()
            .and_then(|a| dir.get(a))
            .and_then(|d| d.1.clone()),
        evidence: *at,
    };
    for q in &v.quotes {
        if q.speaker.resolution == Resolution::Interviewer {
            continue;
        }
        match q.kind {
            QuoteKind::Speech => h.direct += 1,
            QuoteKind::Scare => h.scare += 1,
        }
        if q.speaker.resolution == Resolution::Unresolved {
            h.unresolved += 1;
        } else if q.kind == QuoteKind::Speech {
            firsts.push((
                pos(&q.spans[0]),
                voice(VoiceKind::Direct, &q.speaker, &q.spans[0]),
                true,
            ));
        }
        h.words += q.words;
        tally(&q.speaker, 1, q.words, 0);
    }
    for i in &v.indirect {
        h.indirect += 1;
        tally(&i.speaker, 0, 0, 1);
        firsts.push((
            pos(&i.cue.span),
            voice(VoiceKind::Indirect, &i.speaker, &i.cue.span),
            false,
        ));
    }
    for a in &v.anonymous {
        h.anonymous += 1;
        let sp = Speaker {
            name: Some(a.description.clone()),
            resolution: Resolution::Anonymous,
            ..Speaker::unresolved()
        };
        tally(&sp, 0, 0, 1);
        firsts.push((
            pos(&a.span),
            voice(VoiceKind::Anonymous, &sp, &a.span),
            false,
        ));
    }
    firsts.sort_by_key(|f| f.0);
    h.first_voice = firsts.first().map(|f| f.1.clone());
    h.first_quoted = firsts.iter().find(|f| f.2).map(|f| f.1.clone());
    h.by_actor = sorted(actors);
    h.by_group = sorted(groups);
    h.relayed = v.relayed.iter().map(|r| r.source.clone()).collect();
    h.relayed.sort();
    h.relayed.dedup();
    h
}

/// Sums articles' tallies (first voices are per article, so left empty).
pub(crate) fn sum<'a>(items: impl Iterator<Item = &'a Heard>) -> Heard {
    let mut h = Heard::default();
    let mut actors = BTreeMap::new();
    let mut groups = BTreeMap::new();
    for x in items {
        h.direct += x.direct;
        h.scare += x.scare;
        h.indirect += x.indirect;
        h.anonymous += x.anonymous;
        h.unresolved += x.unresolved;
        h.words += x.words;
        for s in &x.by_actor {
            add(&mut actors, &s.key, &s.name, s.quotes, s.words, s.indirect);
        }
        for s in &x.by_group {
            add(&mut groups, &s.key, &s.name, s.quotes, s.words, s.indirect);
        }
        h.relayed.extend(x.relayed.iter().cloned());
    }
    h.relayed.sort();
    h.relayed.dedup();
    h.by_actor = sorted(actors);
    h.by_group = sorted(groups);
    h
}
