//! Reading and changing the URL state from components.
//!
//! The app keeps its state in the router's query string ([`Nav::router`]); component tests use
//! an in-memory query ([`Nav::memory`]). Views only see [`Nav`], so they work with either.
//! Navigation never changes the path: the site may be served under any sub-path.

use std::rc::Rc;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::state::query::UrlState;

/// How a navigation enters the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A new history entry, scrolled to the top (a new view or article).
    Page,
    /// A new history entry, scroll kept (a filter or detail change).
    Stay,
    /// Replaces the current entry (typing in the search box).
    Replace,
}

type GoFn = Rc<dyn Fn(String, Step)>;

/// The URL state and the way to change it, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The current state, parsed from the query.
    pub state: Memo<UrlState>,
    go: StoredValue<GoFn, LocalStorage>,
}

impl Nav {
    /// State kept in the browser URL through `leptos_router` (call inside `<Router>`).
    pub fn router() -> Self {
        let query = use_query_map();
        let navigate = use_navigate();
        let state = Memo::new(move |_| query.with(|q| UrlState::from_lookup(|key| q.get(key))));
        let go: GoFn = Rc::new(move |query: String, step: Step| {
            // Keep the current path (e.g. /framelens/), change only the query.
            let path = window().location().pathname().unwrap_or_default();
            let url = if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            };
            navigate(
                &url,
                NavigateOptions {
                    resolve: false,
                    replace: step == Step::Replace,
                    scroll: step == Step::Page,
                    ..NavigateOptions::default()
                },
            );
        });
        Self {
            state,
            go: StoredValue::new_local(go),
        }
    }

    /// State kept in memory, starting from `query`; for component tests. The signal holds the
    /// current query string.
    #[cfg(all(test, target_arch = "wasm32"))]
    pub fn memory(query: &str) -> (Self, RwSignal<String>) {
        let current = RwSignal::new(query.trim_start_matches('?').to_owned());
        let state = Memo::new(move |_| UrlState::from_query(&current.get()));
        let go: GoFn = Rc::new(move |query: String, _| current.set(query));
        (
            Self {
                state,
                go: StoredValue::new_local(go),
            },
            current,
        )
    }

    /// Moves to `target`.
    pub fn go(&self, target: &UrlState, step: Step) {
        if self.state.with_untracked(|s| s == target) {
            return;
        }
        let go = self.go.get_value();
        go(target.to_query(), step);
    }

    /// Moves to the state `change` makes of the current one.
    pub fn update(&self, step: Step, change: impl FnOnce(&mut UrlState)) {
        let before = self.state.get_untracked();
        let mut target = before.clone();
        change(&mut target);
        self.go(&target.settled_after(&before), step);
    }

    /// Opens the detail `key` of the current view (a cell, a bar), or closes it when it is the
    /// one open. The scroll position is kept.
    pub fn toggle_open(self, key: String) {
        self.update(Step::Stay, move |s| {
            s.open = if s.open.as_deref() == Some(key.as_str()) {
                None
            } else {
                Some(key)
            };
        });
    }

    /// A reactive `href` for the state `to` makes of the current one.
    pub fn href(self, to: impl Fn(&UrlState) -> UrlState + 'static) -> impl Fn() -> String {
        move || self.state.with(|s| to(s).href())
    }

    /// A click handler for a link to the state `to` makes of the current one: a plain click
    /// navigates in place; modified clicks (new tab, new window) are left to the browser.
    pub fn on_click(
        self,
        step: Step,
        to: impl Fn(&UrlState) -> UrlState + 'static,
    ) -> impl Fn(MouseEvent) {
        move |ev: MouseEvent| {
            if ev.default_prevented()
                || ev.button() != 0
                || ev.meta_key()
                || ev.ctrl_key()
                || ev.shift_key()
                || ev.alt_key()
            {
                return;
            }
            ev.prevent_default();
            let target = self.state.with_untracked(|s| to(s));
            self.go(&target, step);
        }
    }
}

/// The [`Nav`] provided by the page.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
