//! Finding quotations by their marks, paragraph by paragraph.
//!
//! Marks come in three families — double (`"` `“` `”` `„`), guillemets (`«` `»` `‹` `›`) and
//! single (`'` `‘` `’`) — and each mark is read in context: an opening mark follows a space or
//! an opening bracket and precedes a non-space; a closing mark follows a non-space and precedes
//! a space, punctuation or the end. A single mark between two letters is an apostrophe
//! (`won't`, `Trump’s`), and a closing single mark with nothing open is a possessive
//! (`the United States' neighbour`), so single quotes count only when they pair up.
//!
//! A quotation never crosses its paragraph, with one exception, the news convention for long
//! quotes: a paragraph that ends inside a quotation continues it when the next paragraph opens
//! with a mark of the same family. Otherwise an unclosed quotation is capped at the end of its
//! paragraph, and a warning says so; a second opening mark while one is open caps the first
//! just before it. So no quotation swallows the rest of an article.

use super::types::QuoteMark;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Guillemet,
    Single,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    Open,
    Close,
    Both,
}

/// One stretch of a quotation inside one paragraph: byte ranges with and without the marks.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Piece {
    /// Index of the paragraph (segment) in the list given to [`find`].
    pub seg: usize,
    /// From the opening mark to past the closing mark (or the capped end).
    pub outer: (usize, usize),
    /// The quoted words, trimmed.
    pub inner: (usize, usize),
}

/// A quotation: one or more pieces (more when it runs over several paragraphs).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RawQuote {
    /// Its pieces in order.
    pub pieces: Vec<Piece>,
    /// The opening mark's style.
    pub mark: QuoteMark,
    /// False when the closing mark is missing and the quote was capped.
    pub closed: bool,
}

/// A paragraph to scan.
pub(crate) struct SegIn<'a> {
    /// Its text.
    pub text: &'a str,
    /// Whether a quotation left open at its end may continue into the next paragraph.
    pub chains: bool,
    /// Skip it (dialogue paragraphs are read by their own rules).
    pub skip: bool,
    /// How warnings name it ("paragraph 3", "the headline").
    pub label: String,
}

fn classify(c: char) -> Option<(Family, Hint)> {
    Some(match c {
        '"' => (Family::Double, Hint::Both),
        '“' | '„' => (Family::Double, Hint::Open),
        '”' => (Family::Double, Hint::Close),
        '«' | '‹' => (Family::Guillemet, Hint::Open),
        '»' | '›' => (Family::Guillemet, Hint::Close),
        '\'' => (Family::Single, Hint::Both),
        '‘' => (Family::Single, Hint::Open),
        '’' => (Family::Single, Hint::Close),
        _ => return None,
    })
}

fn mark_style(c: char) -> QuoteMark {
    match c {
        '"' => QuoteMark::Straight,
        '“' | '„' | '”' => QuoteMark::Curly,
        '«' | '‹' | '»' | '›' => QuoteMark::Guillemets,
        _ => QuoteMark::Single,
    }
}

struct Open {
    fam: Family,
    at: usize,
    len: usize,
    ch: char,
}

struct Found {
    pieces: Vec<(Piece, QuoteMark, bool)>,
    warnings: Vec<String>,
}

fn preview(s: &str) -> String {
    let p: String = s.chars().take(40).collect();
    if p.len() < s.len() {
        format!("{p}…")
    } else {
        p
    }
}

fn trimmed(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (a + lead, (b - trail).max(a + lead))
}

fn scan(seg: usize, text: &str, label: &str) -> Found {
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut stack: Vec<Open> = Vec::new();
    let mut out = Found {
        pieces: Vec::new(),
        warnings: Vec::new(),
    };
    let record = |out: &mut Found, o: &Open, end_mark: Option<(usize, usize)>, cap: usize| {
        let (outer_end, inner_end) = match end_mark {
            Some((b, len)) => (b + len, b),
            None => (cap, cap),
        };
        let inner = trimmed(text, o.at + o.len, inner_end);
        if inner.0 < inner.1 {
            let piece = Piece {
                seg,
                outer: (o.at, outer_end.max(inner.1)),
                inner,
            };
            out.pieces
                .push((piece, mark_style(o.ch), end_mark.is_some()));
        }
    };
    for (i, &(b, c)) in cs.iter().enumerate() {
        let Some((fam, hint)) = classify(c) else {
            continue;
        };
        let prev = i.checked_sub(1).map(|j| cs[j].1);
        let next = cs.get(i + 1).map(|n| n.1);
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if fam == Family::Single && alnum(prev) && alnum(next) {
            continue; // apostrophe
        }
        let open_ctx = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/«“‘\"'¿¡:".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let close_ctx = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-»”’\"'…".contains(n));
        if fam == Family::Single && open_ctx && next.is_some_and(|n| n.is_ascii_digit()) {
            continue; // '90s
        }
        let can_close = match hint {
            Hint::Open => close_ctx && !open_ctx,
            _ => close_ctx || !open_ctx,
        };
        let can_open = match hint {
            Hint::Close => open_ctx && !close_ctx,
            _ => open_ctx || !close_ctx,
        };
        let mark = Open {
            fam,
            at: b,
            len: c.len_utf8(),
            ch: c,
        };
        if let Some(pos) = stack.iter().rposition(|o| o.fam == fam) {
            if can_close {
                let o = stack.remove(pos);
                stack.truncate(pos);
                if pos == 0 {
                    record(&mut out, &o, Some((b, mark.len)), 0);
                }
            } else if can_open {
                let o = stack.remove(pos);
                stack.truncate(pos);
                if pos == 0 && fam != Family::Single {
                    out.warnings.push(format!(
                        "quote marks: a quotation opened in {label} (\"{}\") is not closed before the next opening mark; it is capped there",
                        preview(text[o.at + o.len..b].trim())
                    ));
                    let cap = trimmed(text, o.at, b).1;
                    record(&mut out, &o, None, cap);
                }
                stack.push(mark);
            }
        } else if can_open {
            stack.push(mark);
        } else if can_close && fam != Family::Single {
            let near: String = text[..b]
                .chars()
                .rev()
                .take(30)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.warnings.push(format!(
                "quote marks: a closing mark in {label} has no opening mark (after \"{}\")",
                near.trim()
            ));
        }
    }
    if let Some(o) = stack.first() {
        if o.fam != Family::Single {
            let cap = text.trim_end().len();
            record(&mut out, o, None, cap);
        } else if o.ch == '‘' {
            out.warnings.push(format!(
                "quote marks: a single opening mark ‘ in {label} is never closed; it is not read as a quotation"
            ));
        }
    }
    out
}

fn opens_with(text: &str, piece: &Piece) -> bool {
    piece.outer.0 == text.len() - text.trim_start().len()
}

/// Finds the quotations of a document's paragraphs, in order, with warnings for marks that do
/// not pair up.
pub(crate) fn find(segs: &[SegIn]) -> (Vec<RawQuote>, Vec<String>) {
    let mut quotes: Vec<RawQuote> = Vec::new();
    let mut warnings = Vec::new();
    // The quote (index into `quotes`) left open at the end of the previous paragraph.
    let mut open_chain: Option<usize> = None;
    for (i, seg) in segs.iter().enumerate() {
        if seg.skip {
            open_chain = None;
            continue;
        }
        let found = scan(i, seg.text, &seg.label);
        warnings.extend(found.warnings);
        let n = found.pieces.len();
        for (k, (piece, mark, closed)) in found.pieces.into_iter().enumerate() {
            let continues = k == 0 && open_chain.is_some() && opens_with(seg.text, &piece);
            let at_end = !closed && k + 1 == n;
            if continues {
                let q = open_chain.take().unwrap_or_default();
                quotes[q].pieces.push(piece);
                quotes[q].closed = closed;
                if at_end {
                    open_chain = Some(q);
                }
                continue;
            }
            if let Some(q) = open_chain.take() {
                warnings.push(unclosed(
                    &segs[quotes[q].pieces.last().map_or(0, |p| p.seg)].label,
                ));
            }
            quotes.push(RawQuote {
                pieces: vec![piece],
                mark,
                closed,
            });
            if at_end {
                open_chain = Some(quotes.len() - 1);
            } else if !closed {
                warnings.push(unclosed(&seg.label));
            }
        }
        let next_opens = segs
            .get(i + 1)
            .is_some_and(|s| !s.skip && s.text.trim_start().starts_with(['"', '“', '«', '„', '‹']));
        if let Some(q) = open_chain {
            if !(seg.chains && next_opens) {
                warnings.push(unclosed(&seg.label));
                open_chain = None;
            }
            let _ = q;
        }
    }
    (quotes, warnings)
}

fn unclosed(label: &str) -> String {
    format!(
        "quote marks: a quotation in {label} is never closed; it is capped at the end of that paragraph"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(texts: &[&str]) -> Vec<SegIn<'static>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| SegIn {
                text: Box::leak(t.to_string().into_boxed_str()),
                chains: true,
                skip: false,
                label: format!("paragraph {}", i + 1),
            })
            .collect()
    }

    fn inner(texts: &[&str]) -> (Vec<Vec<String>>, usize) {
        let s = segs(texts);
        let (qs, w) = find(&s);
        let out = qs
            .iter()
            .map(|q| {
                q.pieces
                    .iter()
                    .map(|p| s[p.seg].text[p.inner.0..p.inner.1].to_string())
                    .collect()
            })
            .collect();
        (out, w.len())
    }

    #[test]
    fn curly_straight_guillemets_and_singles() {
        let (q, w) = inner(&[
            "“It’s true,” she said, and \"no\" twice; «basta» y 'not on the table,' the States' view.",
        ]);
        assert_eq!(
            q,
            [["It’s true,"], ["no"], ["basta"], ["not on the table,"]]
        );
        assert_eq!(w, 0);
    }

    #[test]
    fn nested_singles_stay_inside() {
        let (q, _) = inner(&["\"He told me 'never', and left,\" she said."]);
        assert_eq!(q, [["He told me 'never', and left,"]]);
    }

    #[test]
    fn multi_paragraph_quote_and_caps() {
        let (q, w) = inner(&[
            "\"We will go on.",
            "\"And we will win,\" he said.",
            "\"Open forever",
        ]);
        assert_eq!(
            q,
            vec![
                vec!["We will go on.", "And we will win,"],
                vec!["Open forever"]
            ]
        );
        assert_eq!(w, 1);
        let (q, w) = inner(&[
            "She said \"this never ends. And more.",
            "Next paragraph \"ok\".",
        ]);
        assert_eq!(q, [["this never ends. And more."], ["ok"]]);
        assert_eq!(w, 1);
    }
}
