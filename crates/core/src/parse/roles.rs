//! A role for every line: headline, dek, body block, caption, credit, metadata or removed.

use super::classify::{is_link_run, Local};
use super::window::{body_window, content_words, pick_dek, pick_headline};
use super::Page;
use crate::lines::Line;
use crate::model::{BlockKind, CaptionKind, RemovalReason, SourceFormat};

/// What a line became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Role {
    Blank,
    Headline,
    Dek,
    Body(BlockKind),
    Caption {
        kind: CaptionKind,
        text: String,
        credit: Option<String>,
    },
    /// A foot-of-story credit line ("(Reporting by …)").
    Credit,
    /// A "SOURCE: AFP" line, naming the agency.
    Source(String),
    /// Removed with a reason.
    Removed(RemovalReason),
}

/// The page's layout: roles per line, and the positions that anchor the metadata rules.
pub(crate) struct Layout {
    pub roles: Vec<Role>,
    pub headline: Option<usize>,
    pub dek: Option<usize>,
    /// First and last line of the body window.
    pub window: Option<(usize, usize)>,
}

fn next_nonempty(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| lines[i].words > 0 || !lines[i].text.is_empty())
}

fn bullet(text: &str) -> bool {
    text.starts_with(['•', '·', '▪', '◦', '*', '–', '-', '►', '‣'])
        && text.chars().nth(1).is_some_and(char::is_whitespace)
}

/// A short line naming what the next line's caption shows: the image's alt text or title.
fn is_alt_text(page: &Page<'_>, i: usize) -> bool {
    let line = &page.lines[i];
    if line.words == 0 || line.words > 15 || line.is_prose() {
        return false;
    }
    let Some(n) = next_nonempty(&page.lines, i + 1) else {
        return false;
    };
    let Local::Caption { text, .. } = &page.locals[n] else {
        return false;
    };
    let caption = content_words(text);
    let own = content_words(&line.text);
    !own.is_empty() && own.iter().all(|w| caption.contains(w))
}

/// A caption whose credit is printed on the next line ("…in Palacio Nacional." then
/// "Foto: Cuartoscuro"): it follows an image file name or a non-prose line, and is followed
/// by a credit-only line.
fn is_split_caption(page: &Page<'_>, i: usize) -> bool {
    let line = &page.lines[i];
    if bullet(&line.text) || line.words < 4 || line.words > 60 {
        return false;
    }
    let next_is_credit = next_nonempty(&page.lines, i + 1).is_some_and(|j| {
        matches!(
            page.locals[j],
            Local::Caption {
                kind: CaptionKind::Credit,
                ..
            }
        )
    });
    let prev = (0..i).rev().find(|&j| !page.lines[j].text.is_empty());
    let after_furniture =
        prev.is_none_or(|j| !matches!(page.locals[j], Local::Plain) || !page.lines[j].is_prose());
    next_is_credit && after_furniture
}

/// Assigns roles to every line of the page.
pub(crate) fn assign(page: &Page<'_>) -> Layout {
    let lines = &page.lines;
    let n = lines.len();
    // Saved HTML arrives as an extractor's main text: it already chose the article, so the
    // window spans it all and only line-local rules cut (prompts, captions, credits, links).
    let window = if page.input.format == SourceFormat::Html {
        let nonempty: Vec<usize> = (0..n).filter(|&i| !lines[i].text.is_empty()).collect();
        nonempty.first().zip(nonempty.last()).map(|(&a, &b)| (a, b))
    } else {
        body_window(lines, &page.locals, &page.template)
    };
    let (mut s, e) = window.unwrap_or((n, n));
    let html = page.input.format == SourceFormat::Html;
    let headline = if html {
        html_title_line(page, s)
    } else if window.is_some() {
        pick_headline(lines, &page.locals, s, e)
    } else {
        None
    };
    if let Some(h) = headline {
        if h >= s {
            s = h + 1;
        }
    }
    let dek = headline.and_then(|h| pick_dek(lines, &page.locals, h, s));
    if let Some(d) = dek {
        if d >= s {
            s = d + 1;
        }
    }
    let headline_key = headline.map(|h| lines[h].key());
    let mut roles = Vec::with_capacity(n);
    for (i, line) in lines.iter().enumerate() {
        let role = if line.text.is_empty() {
            Role::Blank
        } else if Some(i) == headline {
            Role::Headline
        } else if Some(i) == dek {
            Role::Dek
        } else if headline_key.as_deref() == Some(line.key().as_str()) {
            Role::Removed(RemovalReason::Duplicate)
        } else {
            line_role(page, i, s, e)
        };
        roles.push(role);
    }
    // A caption printed twice keeps one copy.
    let mut seen = std::collections::HashSet::new();
    for role in roles.iter_mut() {
        if let Role::Caption { text, .. } = role {
            if !seen.insert(text.clone()) {
                *role = Role::Removed(RemovalReason::Duplicate);
            }
        }
    }
    Layout {
        roles,
        headline,
        dek,
        window: window.map(|_| (s, e)),
    }
}

/// For saved HTML: the extractor's first line when it repeats the page's `<title>`; otherwise
/// the headline comes from the title itself (see `meta`).
fn html_title_line(page: &Page<'_>, first: usize) -> Option<usize> {
    let title = crate::lines::normalise_key(page.input.hints.html_title.as_deref()?);
    let line = page.lines.get(first)?;
    let key = line.key();
    (!key.is_empty() && line.words >= 3 && title.contains(&key)).then_some(first)
}

fn line_role(page: &Page<'_>, i: usize, s: usize, e: usize) -> Role {
    let line = &page.lines[i];
    let before = i < s;
    let after = i > e;
    let near_end = after
        && page.lines[e.min(i)..i]
            .iter()
            .filter(|l| l.words > 0)
            .count()
            <= 8;
    match &page.locals[i] {
        Local::Caption { kind, text, credit } if !after => Role::Caption {
            kind: *kind,
            text: text.clone(),
            credit: credit.clone(),
        },
        Local::Caption { .. } => Role::Removed(RemovalReason::Teaser),
        Local::Credit if !after || near_end => Role::Credit,
        Local::Source(src) if !after || near_end => Role::Source(src.clone()),
        Local::Credit | Local::Source(_) => Role::Removed(RemovalReason::OutsideArticle),
        Local::Meta => Role::Removed(RemovalReason::Metadata),
        Local::Boiler(r) => Role::Removed(*r),
        Local::Plain if page.template[i] => Role::Removed(RemovalReason::SiteTemplate),
        Local::Plain if !after && is_split_caption(page, i) => Role::Caption {
            kind: CaptionKind::Caption,
            text: line.text.clone(),
            credit: next_nonempty(&page.lines, i + 1).map(|j| page.lines[j].text.clone()),
        },
        Local::Plain if !after && is_alt_text(page, i) => Role::Caption {
            kind: CaptionKind::AltText,
            text: line.text.clone(),
            credit: None,
        },
        Local::Plain if before => Role::Removed(before_role(line)),
        Local::Plain
            if after && page.locals[e..i].contains(&Local::Boiler(RemovalReason::Comments)) =>
        {
            Role::Removed(RemovalReason::Comments)
        }
        Local::Plain if after && follows(page, e, i, RemovalReason::Comments) => {
            Role::Removed(RemovalReason::Comments)
        }
        Local::Plain if after && follows(page, e, i, RemovalReason::AuthorBio) => {
            Role::Removed(RemovalReason::AuthorBio)
        }
        Local::Plain if after => Role::Removed(after_role(line)),
        Local::Plain => body_role(page, i, e),
    }
}

/// Whether a marker of `reason` (a comment-section or author-box header) stands between the
/// body's end and line `i`: everything after it belongs to that section.
fn follows(page: &Page<'_>, e: usize, i: usize, reason: RemovalReason) -> bool {
    page.locals[e.min(i)..i].contains(&Local::Boiler(reason))
}

fn is_byline_shaped(text: &str) -> bool {
    super::credits::by_line(text).is_some() || super::credits::name_line(text).is_some()
}

fn before_role(line: &Line) -> RemovalReason {
    if super::credits::by_line(&line.text).is_some()
        || super::credits::name_line(&line.text).is_some()
        || crate::lexicon::org_by_name(&line.text).is_some()
    {
        RemovalReason::Metadata
    } else if line.is_prose() {
        RemovalReason::OutsideArticle
    } else {
        RemovalReason::Navigation
    }
}

fn after_role(line: &Line) -> RemovalReason {
    if is_link_run(line) || line.words < 4 {
        RemovalReason::Navigation
    } else if line.ends_ellipsis || line.is_title_like() {
        RemovalReason::Teaser
    } else {
        RemovalReason::OutsideArticle
    }
}

fn body_role(page: &Page<'_>, i: usize, e: usize) -> Role {
    // An extractor keeps the byline line at the top of its text ("Lucía Ferrer"): metadata.
    if page.input.format == SourceFormat::Html && is_byline_shaped(&page.lines[i].text) {
        let rank = page.lines[..i].iter().filter(|l| l.words > 0).count();
        if rank < 4 {
            return Role::Removed(RemovalReason::Metadata);
        }
    }
    let line = &page.lines[i];
    let next_is_prose = next_nonempty(&page.lines, i + 1)
        .filter(|&j| j <= e)
        .is_some_and(|j| page.lines[j].is_prose());
    let quoted = line.text.contains(['"', '“', '”', '«']);
    if bullet(&line.text) {
        return Role::Body(BlockKind::ListItem);
    }
    if line.text.ends_with('?') && line.words <= 14 && !quoted && next_is_prose && i > 0 {
        return Role::Body(BlockKind::Subheading);
    }
    if line.is_prose() || (line.ends_sentence && line.words >= 2 && line.stop_ratio > 0.0) {
        return Role::Body(BlockKind::Paragraph);
    }
    if line.is_title_like() && (2..=20).contains(&line.words) && next_is_prose && !is_link_run(line)
    {
        return Role::Body(BlockKind::Subheading);
    }
    // Between two body lines, an unmarked short line is more often content (a citation, a
    // verse, a table row) than furniture; a Title Case run is still a teaser headline. In an
    // HTML extractor's output, the extractor already decided: keep it.
    let inside = next_nonempty(&page.lines, i + 1).is_some_and(|j| j <= e);
    let extracted = page.input.format == SourceFormat::Html;
    if extracted || (inside && !line.title_case_run() && !is_link_run(line) && !line.ends_ellipsis)
    {
        return Role::Body(BlockKind::Paragraph);
    }
    Role::Removed(if line.words >= 5 {
        RemovalReason::Teaser
    } else {
        RemovalReason::Navigation
    })
}
