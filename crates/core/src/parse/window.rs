//! Where the article is: the body window, the headline and the dek.
//!
//! The body is found as the maximum-sum run of lines (Finn et al.'s body-text extraction, on
//! lines instead of tokens): prose lines score their word count, furniture scores against.
//! A run of teaser headlines or a menu is a wall the window will not cross; a one-line
//! "Related…" link between two paragraphs is not. Captions and credit lines are neutral.
//! The headline is then the best title-shaped line above the body, scored on how much of
//! the body's opening it announces, its nearness to the body and its shape.

use super::classify::Local;
use crate::lines::{final_mark, Line};
use crate::model::RemovalReason;
use std::collections::HashSet;

/// Score of a line for the maximum-sum window.
fn score(line: &Line, local: &Local, template: bool) -> i64 {
    let w = line.words as i64;
    match local {
        Local::Boiler(_) => -(6 + w.min(10)),
        Local::Caption { .. } | Local::Credit | Local::Source(_) | Local::Meta => 0,
        Local::Plain if template => -(4 + w.min(10)),
        Local::Plain if line.ends_ellipsis => -(2 + w.min(10)),
        Local::Plain if line.is_prose() => w,
        Local::Plain if line.ends_sentence && line.words >= 3 && line.stop_ratio > 0.0 => w / 2,
        Local::Plain => -(2 + w.min(8)),
    }
}

/// Accumulated furniture after which the body cannot resume: a menu, a teaser list, a
/// comment thread's header. A single inline link or prompt stays well under it.
const GAP_WALL: i64 = 40;

/// The inclusive range of line indices holding the body, or `None` when no prose is found.
///
/// Lines are cut into segments wherever the furniture between two prose lines outweighs
/// [`GAP_WALL`] (or a comment section starts); the body is the best maximum-sum run of the
/// best segment. Without the cut, a long article followed by a long cookie notice would be
/// read as one body.
pub fn body_window(lines: &[Line], locals: &[Local], template: &[bool]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut run = 0i64;
    let mut start = 0usize;
    let mut gap = 0i64;
    for (i, line) in lines.iter().enumerate() {
        if line.text.is_empty() {
            continue;
        }
        let s = score(line, &locals[i], template[i]);
        if s < 0 {
            gap -= s;
        } else if s > 0 {
            gap = 0;
        }
        let comments = matches!(
            locals[i],
            Local::Boiler(RemovalReason::Comments | RemovalReason::AuthorBio)
        ) || is_page_end(line);
        // Once an article has been read, a comment section ends the page's article part.
        if comments && best.is_some_and(|(b, _, _)| b >= 50) {
            break;
        }
        let wall = gap > GAP_WALL || comments;
        if run <= 0 || wall {
            run = 0;
            start = i;
            if wall {
                gap = 0;
                continue;
            }
        }
        run += s;
        if run > 0 && best.is_none_or(|(b, _, _)| run > b) {
            best = Some((run, start, i));
        }
    }
    let (total, mut s, e) = best?;
    // A window must hold at least one prose line, or it is a lucky label.
    if total < 8 || !lines[s..=e].iter().any(Line::is_prose) {
        return None;
    }
    while s < e && score(&lines[s], &locals[s], template[s]) <= 0 {
        s += 1;
    }
    Some((s, e))
}

/// A copyright or rights line: the page's footer has begun.
fn is_page_end(line: &Line) -> bool {
    let lower = line.text.to_lowercase();
    line.words <= 25
        && (lower.contains('©')
            || lower.contains("all rights reserved")
            || lower.contains("todos los derechos"))
}

/// Content words (not stopwords, at least three letters), lower-cased.
pub fn content_words(text: &str) -> HashSet<String> {
    crate::lines::words(text)
        .filter(|w| w.chars().count() >= 3 && !crate::text::words::is_function_word(w))
        .map(str::to_lowercase)
        .collect()
}

/// Whether a line could be a headline on its own.
fn headline_shaped(line: &Line, local: &Local) -> bool {
    matches!(local, Local::Plain)
        && (3..=30).contains(&line.words)
        && !line.ends_ellipsis
        && !(line.all_caps && line.words <= 3)
}

/// Picks the headline among the lines above the body (and the body's first line, for pages
/// that print the headline flush against the lead). Returns its index.
pub fn pick_headline(
    lines: &[Line],
    locals: &[Local],
    body_start: usize,
    body_end: usize,
) -> Option<usize> {
    let lead: HashSet<String> = lines[body_start..=body_end]
        .iter()
        .filter(|l| l.is_prose())
        .take(3)
        .flat_map(|l| content_words(&l.text))
        .collect();
    let upper = body_start.min(lines.len().saturating_sub(1));
    let candidates: Vec<usize> = (0..=upper)
        .filter(|&i| headline_shaped(&lines[i], &locals[i]))
        .filter(|&i| i < body_start || !lines[i].is_prose())
        .collect();
    let nonempty_between = |a: usize, b: usize| lines[a..b].iter().filter(|l| l.words > 0).count();
    let mut best: Option<(f32, usize)> = None;
    for &i in &candidates {
        let line = &lines[i];
        let words = content_words(&line.text);
        let overlap = if words.is_empty() {
            0.0
        } else {
            words.iter().filter(|w| lead.contains(*w)).count() as f32 / words.len() as f32
        };
        let dist = nonempty_between(i, body_start) as f32;
        let mut s = 6.0 * overlap + 2.0 * (1.0 - (dist / 15.0).min(1.0));
        if (6..=22).contains(&line.words) {
            s += 1.0;
        }
        if line.ends_sentence && !line.text.ends_with('?') && !line.text.ends_with('!') {
            s -= 2.5;
        }
        if line.cap_ratio >= 0.99 && line.words <= 4 {
            s -= 1.5;
        }
        let key = line.key();
        if lines[..body_start]
            .iter()
            .filter(|l| l.key() == key)
            .count()
            >= 2
        {
            s += 1.0;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, i));
        }
    }
    best.filter(|(s, _)| *s >= 1.5)
        .map(|(_, i)| i)
        .or_else(|| title_line(lines, locals, body_end))
}

/// The simplest page there is: a title line, a blank line, then the body. When no other line
/// makes a headline, the page's first line is it if it is headline-shaped, is set apart by a
/// blank line, does not end like a sentence of prose (a title may end in "?" or "!"), and prose
/// follows within the body.
fn title_line(lines: &[Line], locals: &[Local], body_end: usize) -> Option<usize> {
    let i = lines.iter().position(|l| l.words > 0)?;
    let line = &lines[i];
    let apart = lines
        .get(i + 1)
        .is_some_and(|n| n.words == 0 && n.text.is_empty());
    let prose_after = lines
        .get(i + 1..=body_end)
        .is_some_and(|rest| rest.iter().any(Line::is_prose));
    let sentence = line.ends_sentence && !matches!(final_mark(&line.text), Some('?' | '!'));
    (headline_shaped(line, &locals[i]) && apart && prose_after && !sentence && i <= body_end)
        .then_some(i)
}

/// The dek: a sentence right under the headline that stands apart from the body, because
/// non-prose lines (a date, a caption, the headline again) separate it from the lead.
pub fn pick_dek(
    lines: &[Line],
    locals: &[Local],
    headline: usize,
    body_start: usize,
) -> Option<usize> {
    let next = (headline + 1..lines.len()).find(|&i| lines[i].words > 0)?;
    let cand = &lines[next];
    // Many deks carry no final stop; a sentence-like line (function words, not Title Case)
    // right under the headline reads the same.
    let sentence_like = cand.ends_sentence
        || (cand.words >= 8 && cand.stop_ratio >= 0.15 && !cand.title_case_run());
    if !matches!(locals[next], Local::Plain) || !sentence_like || cand.words < 6 || cand.words > 60
    {
        return None;
    }
    // Only when something that is not prose stands between it and the body's next prose line.
    let after = (next + 1..lines.len()).find(|&i| lines[i].words > 0)?;
    let separated = !lines[after].is_prose() || after < body_start && next < body_start;
    separated.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;
    use crate::parse::classify::classify;

    fn setup(text: &str) -> (Vec<Line>, Vec<Local>, Vec<bool>) {
        let lines = split_lines(text);
        let locals = lines.iter().map(classify).collect();
        let template = vec![false; lines.len()];
        (lines, locals, template)
    }

    const PAGE: &str = "Menu\nWorld\nMexico rejects unilateral US military action after report\nBy Jane Roe\n\
        Mexico's president said on Tuesday that her nation would reject any unilateral U.S. military action in Mexico.\n\
        Related: Another story about something else\n\
        The comments came in response to questions about a report that the administration is considering strikes.\n\
        More news\nTurkish Airlines flight makes emergency landing in Barcelona after threat\n\
        Syria's use of force against Kurdish-led SDF seems an option, Turkey says\n\
        Russia expels British diplomat for alleged spying, London mulling response\n";

    #[test]
    fn the_window_spans_the_body_across_a_related_link_and_stops_at_teasers() {
        let (lines, locals, t) = setup(PAGE);
        let (s, e) = body_window(&lines, &locals, &t).unwrap();
        assert_eq!((s, e), (4, 6));
    }

    #[test]
    fn the_headline_is_the_title_line_that_announces_the_lead() {
        let (lines, locals, t) = setup(PAGE);
        let (s, e) = body_window(&lines, &locals, &t).unwrap();
        assert_eq!(pick_headline(&lines, &locals, s, e), Some(2));
    }

    #[test]
    fn a_title_line_a_blank_line_and_the_body() {
        let lead = "The committee voted on Tuesday to send the bill to the full house, where it \
                    faces a close vote next month after a year of hearings on the matter.";
        let text = format!("Will the House pass the bill before the recess?\n\n{lead}\n\n{lead}\n");
        let (lines, locals, template) = setup(&text);
        let (s, e) = body_window(&lines, &locals, &template).unwrap();
        assert_eq!(pick_headline(&lines, &locals, s, e), Some(0));
        // A lede ending like a sentence is not taken for a title.
        let text = format!("{lead}\n\n{lead}\n");
        let (lines, locals, template) = setup(&text);
        let (s, e) = body_window(&lines, &locals, &template).unwrap();
        assert_eq!(pick_headline(&lines, &locals, s, e), None);
    }

    #[test]
    fn a_page_of_labels_has_no_body() {
        let (lines, locals, t) = setup("Home\nNews\nSport\nWeather\nContact us\n");
        assert_eq!(body_window(&lines, &locals, &t), None);
    }
}
