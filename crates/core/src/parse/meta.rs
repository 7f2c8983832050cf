//! Metadata rules on top of the layout: date, byline, credits, dateline, wire, outlet and
//! truncation — each with the evidence it rests on.

use super::credits::{self, by_line, name_line, parse_credit_line, possessive_person};
use super::roles::{Layout, Role};
use super::{text_evidence, text_evidence_part, Page};
use crate::date::{date_coverage, find_dates};
use crate::lexicon;
use crate::model::*;
use regex::Regex;
use std::sync::OnceLock;

/// A warning for the source lines too long to read whole (see
/// [`crate::lines::MAX_LINE_CHARS`]): the line itself when there is one, else how many and the
/// first few (one warning, however many there are).
fn cut_lines(lines: &[crate::lines::Line]) -> Vec<String> {
    // (line number, characters, pieces) of each cut line.
    let mut cut: Vec<(u32, usize, u32)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let last = lines.get(i + 1).is_none_or(|n| n.piece == 0);
        if l.piece > 0 && last {
            let first = i - l.piece as usize;
            let chars: usize = lines[first..=i].iter().map(|p| p.chars).sum();
            cut.push((l.number(), chars, l.piece + 1));
        }
    }
    let max = crate::lines::MAX_LINE_CHARS;
    match cut.as_slice() {
        [] => Vec::new(),
        [(line, chars, pieces)] => vec![format!(
            "line {line} is {chars} characters long: read as {pieces} pieces of at most {max} characters, cut at sentence ends or between words"
        )],
        many => {
            let shown: Vec<String> = many.iter().take(5).map(|c| c.0.to_string()).collect();
            let more = many.len().saturating_sub(5);
            let rest = if more > 0 { format!(" and {more} more") } else { String::new() };
            vec![format!(
                "{} lines are longer than {max} characters (lines {}{rest}): each read in pieces of at most {max} characters, cut at sentence ends or between words",
                many.len(),
                shown.join(", ")
            )]
        }
    }
}

pub(crate) fn build_article(page: &Page<'_>, layout: &Layout) -> Article {
    let input = page.input;
    let lines = &page.lines;
    let mut warnings = input.warnings.clone();
    let (headline, headline_evidence) = headline(page, layout, &mut warnings);
    let dek = layout.dek.map(|d| Sourced {
        value: lines[d].text.clone(),
        evidence: text_evidence(&lines[d]),
    });

    let mut body = Vec::new();
    let mut captions = Vec::new();
    let mut removed = Vec::new();
    let mut credit_lines = Vec::new();
    let mut source_lines = Vec::new();
    for (i, role) in layout.roles.iter().enumerate() {
        let line = &lines[i];
        match role {
            Role::Body(kind) => body.push(Paragraph {
                text: line.text.clone(),
                kind: *kind,
                line: line.number(),
            }),
            Role::Caption { kind, text, credit } => captions.push(Caption {
                text: text.clone(),
                kind: *kind,
                credit: credit.clone(),
                line: line.number(),
            }),
            Role::Credit => credit_lines.push(i),
            Role::Source(name) => source_lines.push((i, name.clone())),
            Role::Removed(reason) => removed.push(Removed {
                text: line.text.clone(),
                reason: *reason,
                line: line.number(),
            }),
            Role::Blank | Role::Headline | Role::Dek => {}
        }
    }
    for &i in credit_lines
        .iter()
        .chain(source_lines.iter().map(|(i, _)| i))
    {
        removed.push(Removed {
            text: lines[i].text.clone(),
            reason: RemovalReason::Credit,
            line: lines[i].number(),
        });
    }
    removed.sort_by_key(|r| r.line);
    warnings.extend(cut_lines(lines));
    if body.is_empty() {
        warnings.push("no article body found: no run of prose lines in the page".into());
    }

    let mut credits_out = Vec::new();
    for &i in &credit_lines {
        for (name, role) in parse_credit_line(&lines[i].text) {
            credits_out.push(Credit {
                name,
                role,
                evidence: text_evidence(&lines[i]),
            });
        }
    }
    let (byline, byline_evidence) = byline(page, layout, &credits_out);
    let dateline_hit = body.iter().take(2).find_map(|p| {
        credits::dateline(&p.text).map(|(m, place, agency)| (p.line, m, place, agency))
    });
    let dateline = dateline_hit.as_ref().and_then(|(line, m, place, _)| {
        place.as_ref().map(|pl| Sourced {
            value: pl.clone(),
            evidence: Evidence::text(m.clone(), *line),
        })
    });
    let wire = wire(page, &dateline_hit, &source_lines);
    let outlet = outlet(
        page,
        layout,
        &credit_lines,
        &wire,
        &dateline_hit,
        &credits_out,
    );
    if outlet.is_none() {
        warnings.push("outlet unknown: nothing in the text or URL names it; set `outlet` for this file in corpus.toml".into());
    }
    let (published, published_evidence) = published(page, layout);
    let truncation_evidence = truncation(page, &removed, &body, &headline);

    Article {
        id: input.id.clone(),
        source_file: input.source_file.clone(),
        sha256: input.sha256.clone(),
        format: input.format,
        site: input.hints.site.clone(),
        outlet,
        wire,
        published,
        published_evidence,
        headline,
        headline_evidence,
        dek,
        byline,
        byline_evidence,
        credits: credits_out,
        dateline,
        body,
        captions,
        removed,
        truncated: !truncation_evidence.is_empty(),
        truncation_evidence,
        warnings,
        voices: None,
        framing: None,
    }
}

fn headline(
    page: &Page<'_>,
    layout: &Layout,
    warnings: &mut Vec<String>,
) -> (String, Option<Evidence>) {
    if let Some(h) = layout.headline {
        let line = &page.lines[h];
        return (line.text.clone(), Some(text_evidence(line)));
    }
    if let Some(title) = page
        .input
        .hints
        .html_title
        .as_deref()
        .map(strip_site_suffix)
        .filter(|t| !t.is_empty())
    {
        let ev = Evidence::from(EvidenceSource::HtmlMeta, title.clone());
        return (title, Some(ev));
    }
    warnings.push("no headline found: no title-shaped line above the body".into());
    (String::new(), None)
}

/// "Headline - Site Name" / "Headline | Site" → "Headline".
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some(pos) = title.rfind(sep) {
            let (head, tail) = title.split_at(pos);
            if tail.split_whitespace().count() <= 5 && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Lines above the body, nearest to the headline first.
fn header_lines(page: &Page<'_>, layout: &Layout) -> Vec<usize> {
    let Some((s, _)) = layout.window else {
        return Vec::new();
    };
    // Up to the first body block: a date or byline may sit between the dek and the lead.
    let first_body = layout
        .roles
        .iter()
        .position(|r| matches!(r, Role::Body(_)))
        .unwrap_or(s);
    let anchor = layout.headline.unwrap_or(s) as i64;
    let mut idx: Vec<usize> = (0..first_body)
        .filter(|&i| page.lines[i].words > 0)
        .filter(|&i| {
            !matches!(
                layout.roles[i],
                Role::Caption { .. } | Role::Headline | Role::Dek
            )
        })
        .collect();
    // Metadata lines kept inside an extractor's text (a byline under the lead) count too.
    idx.extend(
        (first_body..layout.roles.len())
            .filter(|&i| layout.roles[i] == Role::Removed(RemovalReason::Metadata))
            .take(3),
    );
    idx.sort_by_key(|&i| ((i as i64 - anchor).abs(), i));
    idx
}

fn byline(page: &Page<'_>, layout: &Layout, credits: &[Credit]) -> (Vec<String>, Option<Evidence>) {
    let header = header_lines(page, layout);
    for &i in &header {
        if let Some(names) = by_line(&page.lines[i].text) {
            return (names, Some(text_evidence(&page.lines[i])));
        }
    }
    let anchor = layout.headline.or(layout.window.map(|w| w.0)).unwrap_or(0);
    for &i in &header {
        let near = page.lines[i.min(anchor)..i.max(anchor)]
            .iter()
            .filter(|l| l.words > 0)
            .count()
            <= 4;
        if near {
            if let Some(name) = name_line(&page.lines[i].text) {
                return (vec![name], Some(text_evidence(&page.lines[i])));
            }
        }
    }
    let reporters: Vec<&Credit> = credits
        .iter()
        .filter(|c| c.role == CreditRole::Reporting)
        .collect();
    if let Some(first) = reporters.first() {
        return (
            reporters.iter().map(|c| c.name.clone()).collect(),
            Some(first.evidence.clone()),
        );
    }
    if let Some(author) = page.input.hints.html_byline.as_deref() {
        let names: Vec<String> = credits::split_names(author)
            .into_iter()
            .filter(|n| credits::is_person_name(n))
            .collect();
        if !names.is_empty() {
            let ev = Evidence::from(EvidenceSource::HtmlMeta, author.to_string());
            return (names, Some(ev));
        }
    }
    (Vec::new(), None)
}

type DatelineHit = Option<(u32, String, Option<String>, Option<String>)>;

fn wire(
    page: &Page<'_>,
    dateline: &DatelineHit,
    sources: &[(usize, String)],
) -> Option<Attribution> {
    if let Some(w) = &page.input.hints.wire {
        return Some(config_attr(w));
    }
    if let Some((line, m, _, Some(agency))) = dateline {
        let ev = Evidence::text(m.clone(), *line);
        return Some(Attribution {
            name: agency.clone(),
            evidence: ev,
        });
    }
    sources.iter().find_map(|(i, name)| {
        let org = lexicon::org_by_name(name)?;
        org.wire.then(|| Attribution {
            name: org.name.to_string(),
            evidence: text_evidence(&page.lines[*i]),
        })
    })
}

fn config_attr(name: &str) -> Attribution {
    Attribution {
        name: name.to_string(),
        evidence: Evidence::from(EvidenceSource::Config, name.to_string()),
    }
}

fn outlet_name(page: &Page<'_>, printed: &str) -> Option<String> {
    let printed = printed.trim();
    if let Some(o) = lexicon::org_by_name(printed) {
        return Some(o.name.to_string());
    }
    page.input
        .hints
        .known_outlets
        .iter()
        .find(|k| k.as_str() == printed)
        .cloned()
}

fn outlet(
    page: &Page<'_>,
    layout: &Layout,
    credit_lines: &[usize],
    wire: &Option<Attribution>,
    dateline: &DatelineHit,
    credits: &[Credit],
) -> Option<Attribution> {
    let hints = &page.input.hints;
    if let Some(o) = &hints.outlet {
        return Some(config_attr(o));
    }
    let lines = &page.lines;
    // An outlet's name printed on its own line above the article (an aggregator's header).
    for i in header_lines(page, layout) {
        if let Some(name) = outlet_name(page, &lines[i].text) {
            return Some(Attribution {
                name,
                evidence: text_evidence(&lines[i]),
            });
        }
    }
    // Staff credit: "Fox News Digital’s Adam Shaw … contributed to this report".
    for &i in credit_lines {
        for part in credits::split_names(&lines[i].text) {
            if let Some((org, _)) = possessive_person(&part) {
                if let Some(name) = outlet_name(page, &org) {
                    return Some(Attribution {
                        name,
                        evidence: text_evidence_part(&lines[i], &part),
                    });
                }
            }
        }
    }
    // The wire's own complete story: its dateline, and its own sign-off (or no other credit).
    if let (Some(w), Some(_)) = (wire, dateline) {
        let signed = credits.iter().any(|c| {
            matches!(
                c.role,
                CreditRole::Reporting | CreditRole::Editing | CreditRole::Writing
            )
        });
        if signed || credits.is_empty() {
            return Some(w.clone());
        }
    }
    // The site's own related links name it: "RelatedTRT World - …".
    static SELF_LINK: OnceLock<Regex> = OnceLock::new();
    let self_link = SELF_LINK.get_or_init(|| {
        Regex::new(r"^(?i:related|read more|see also|also read)\s*:?\s*(.+?)\s+[-–—|]\s+\S")
            .expect("valid regex")
    });
    for (i, role) in layout.roles.iter().enumerate() {
        if *role == Role::Removed(RemovalReason::RelatedLink) {
            if let Some(c) = self_link.captures(&lines[i].text) {
                if let Some(name) = outlet_name(page, &c[1]) {
                    let ev = text_evidence(&lines[i])
                        .with_note("the site's own related-story link names the outlet");
                    return Some(Attribution { name, evidence: ev });
                }
            }
        }
    }
    if let Some(org) = hints.host.as_deref().and_then(lexicon::org_by_host) {
        let host = hints.host.clone().unwrap_or_default();
        return Some(Attribution {
            name: org.name.to_string(),
            evidence: Evidence::from(EvidenceSource::Url, host),
        });
    }
    hints.html_site_name.as_ref().map(|s| Attribution {
        name: s.clone(),
        evidence: Evidence::from(EvidenceSource::HtmlMeta, s.clone()),
    })
}

fn published(page: &Page<'_>, layout: &Layout) -> (Option<String>, Option<Evidence>) {
    let hints = &page.input.hints;
    if let Some(d) = &hints.published {
        let ev = Evidence::from(EvidenceSource::Config, d.clone());
        return (Some(d.clone()), Some(ev));
    }
    static STAMP: OnceLock<Regex> = OnceLock::new();
    let stamp = STAMP.get_or_init(|| {
        Regex::new(r"(?i)^(?:published|posted|updated|last updated|publicado|actualizado|first published)\b").expect("valid regex")
    });
    let lines = &page.lines;
    let mut candidates = header_lines(page, layout);
    if let Some((_, e)) = layout.window {
        candidates.extend(
            (e + 1..lines.len())
                .filter(|&i| lines[i].words > 0)
                .take(4)
                .filter(|&i| stamp.is_match(&lines[i].text)),
        );
    }
    for i in candidates {
        let text = &lines[i].text;
        let dated = date_coverage(text) >= 0.5 || stamp.is_match(text) || name_line(text).is_some();
        if !dated
            || matches!(
                layout.roles[i],
                Role::Removed(RemovalReason::Teaser | RemovalReason::RelatedList)
            )
        {
            continue;
        }
        if let Some(d) = find_dates(text).first() {
            return (Some(d.iso()), Some(text_evidence_part(&lines[i], &d.text)));
        }
    }
    if let Some(raw) = &hints.html_published {
        let iso = find_dates(raw).first().map(|d| d.iso());
        if let Some(iso) = iso {
            let ev = Evidence::from(EvidenceSource::HtmlMeta, raw.clone());
            return (Some(iso), Some(ev));
        }
    }
    (None, None)
}

/// Evidence that the page holds only part of the article.
fn truncation(
    page: &Page<'_>,
    removed: &[Removed],
    body: &[Paragraph],
    headline: &str,
) -> Vec<Evidence> {
    let mut ev: Vec<Evidence> = removed
        .iter()
        .filter(|r| r.reason == RemovalReason::Paywall)
        .map(|r| {
            Evidence::text(r.text.clone(), r.line)
                .with_note("a paywall prompt: the page shows only part of the article")
        })
        .take(1)
        .collect();
    ev.extend(unintroduced_surname(body, headline, page));
    if let Some(last) = body.iter().rev().find(|p| p.kind == BlockKind::Paragraph) {
        let l = crate::lines::analyse(0, &last.text);
        if l.words >= 12 && !l.ends_sentence {
            ev.push(
                Evidence::text(last.text.clone(), last.line)
                    .with_note("the body stops mid-sentence"),
            );
        }
    }
    ev
}

/// "However, Kelly said…" where no earlier text names Kelly: the page lost the paragraph
/// that introduced the speaker.
fn unintroduced_surname(body: &[Paragraph], headline: &str, page: &Page<'_>) -> Option<Evidence> {
    static CUE: OnceLock<Regex> = OnceLock::new();
    let cue = CUE.get_or_init(|| {
        Regex::new(r"\b(\p{Lu}\p{Ll}+)\s+(?:said|says|told|wrote|added|argued|noted|stated|claimed|warned|dijo|afirmó|señaló|explicó|agregó|escribió)\b")
            .expect("valid regex")
    });
    let mut seen = String::from(headline);
    if let Some(d) = &page.input.hints.html_title {
        seen.push_str(d);
    }
    // Names already found earlier in the text (the text only grows, so they stay found): each
    // is searched for once, not at every "X said" (a page of 12,000 such paragraphs).
    let mut introduced: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for p in body {
        for c in cue.captures_iter(&p.text) {
            let m = c.get(1).expect("group 1");
            let name = m.as_str();
            let preceded_by_capital = p.text[..m.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with([',', '.'])
                });
            let known_word = crate::text::words::is_function_word(name)
                || lexicon::org_by_name(name).is_some()
                || [
                    "He",
                    "She",
                    "It",
                    "They",
                    "We",
                    "I",
                    "You",
                    "Officials",
                    "Police",
                    "Authorities",
                ]
                .contains(&name);
            if preceded_by_capital || known_word || introduced.contains(name) {
                continue;
            }
            // A name is one word: it cannot straddle the join of `seen` and this paragraph.
            if seen.contains(name) || p.text[..m.start()].contains(name) {
                introduced.insert(name);
                continue;
            }
            return Some(
                Evidence::text(c.get(0).map_or(name, |w| w.as_str()), p.line).with_note(format!(
                    "{name} is quoted but never introduced: the page lost text"
                )),
            );
        }
        seen.push(' ');
        seen.push_str(&p.text);
    }
    None
}
