//! Long lists in pages, and wide tables collapsed to their first columns: what a view shows
//! of a list whose length grows with the corpus (facts, articles, outlets). Plain Rust, tested
//! natively; the `page` and `all` URL parameters carry the choice.

use std::ops::Range;

/// One page of a list of `total` items, `per` to a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    /// The items shown.
    pub start: usize,
    /// One past the last item shown.
    pub end: usize,
    /// This page, 0-based (clamped to the last page).
    pub index: u32,
    /// How many pages there are (at least 1).
    pub count: u32,
}

impl Page {
    /// Page `requested` (0-based) of `total` items, `per` to a page; a page past the end
    /// shows the last one, so a stale link still shows something.
    pub fn of(total: usize, per: usize, requested: u32) -> Page {
        let per = per.max(1);
        let count = total.div_ceil(per).max(1);
        let index = (requested as usize).min(count - 1);
        let start = index * per;
        Page {
            start,
            end: (start + per).min(total),
            index: index as u32,
            count: count as u32,
        }
    }

    /// The items shown.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether there is more than one page.
    pub fn is_paged(self) -> bool {
        self.count > 1
    }
}

/// How many of `total` entries a collapsible list shows: all of them when `all` is set or when
/// hiding would spare fewer than a handful, else the first `top`.
pub fn collapsed(total: usize, top: usize, all: bool) -> usize {
    // Hiding two entries behind a "show all" button saves nothing.
    const SLACK: usize = 3;
    if all || total <= top + SLACK {
        total
    } else {
        top
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_the_list_once() {
        let shown: Vec<usize> = (0..5).flat_map(|p| Page::of(23, 5, p).range()).collect();
        assert_eq!(shown, (0..23).collect::<Vec<_>>());
        assert_eq!(Page::of(23, 5, 0).count, 5);
        assert_eq!(Page::of(23, 5, 4).range(), 20..23);
    }

    #[test]
    fn a_page_past_the_end_is_the_last_and_an_empty_list_has_one_page() {
        assert_eq!(Page::of(23, 5, 99).index, 4);
        let empty = Page::of(0, 5, 3);
        assert_eq!(
            (empty.range(), empty.count, empty.is_paged()),
            (0..0, 1, false)
        );
    }

    #[test]
    fn a_list_collapses_only_when_it_saves_something() {
        assert_eq!(collapsed(60, 12, false), 12);
        assert_eq!(collapsed(60, 12, true), 60);
        assert_eq!(collapsed(14, 12, false), 14);
        assert_eq!(collapsed(5, 12, false), 5);
    }
}
