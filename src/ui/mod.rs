//! The page's components. Shared state comes from context ([`Ctx`]); logic lives in plain
//! functions under `state` and `insights`, so components stay small.
//!
//! Corpus strings are only ever inserted as text nodes or attribute values, never as HTML.

#[cfg(feature = "views")]
pub mod article;
#[cfg(feature = "views")]
pub mod article_parts;
pub mod body;
pub mod common;
#[cfg(feature = "views")]
pub mod compare;
#[cfg(feature = "views")]
pub mod facts;
pub mod filters;
#[cfg(feature = "views")]
pub mod frames;
#[cfg(feature = "views")]
pub mod headlines;
#[cfg(feature = "views")]
pub mod heatmap;
#[cfg(feature = "views")]
pub mod method;
#[cfg(feature = "views")]
pub mod naming;
pub mod nav;
pub mod overview;
pub mod pager;
pub mod shell;
pub mod theme;
#[cfg(feature = "views")]
pub mod voices;

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::data::Data;
use nav::Nav;

/// What every view reads: the data, the URL state and the articles passing the filters.
#[derive(Clone)]
pub struct Ctx {
    /// The loaded corpus and what was derived from it.
    pub data: Arc<Data>,
    /// The URL state.
    pub nav: Nav,
    /// Indices of the articles passing the filters, in reading order.
    pub visible: Memo<Vec<usize>>,
    /// Whether the window is narrow (a phone): charts switch to their compact layout.
    pub narrow: ReadSignal<bool>,
}

/// Below this width (CSS pixels) charts use their compact layout.
const NARROW_PX: f64 = 640.0;

/// Whether the window is narrower than [`NARROW_PX`].
fn window_is_narrow() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW_PX)
}

impl Ctx {
    /// Builds the context for `data` under `nav` (and provides both).
    pub fn provide(data: Arc<Data>, nav: Nav) -> Ctx {
        let state = nav.state;
        let for_memo = data.clone();
        let visible = Memo::new(move |_| state.with(|s| for_memo.visible(s)));
        let (narrow, set_narrow) = signal(window_is_narrow());
        let handle = window_event_listener(leptos::ev::resize, move |_| {
            let now = window_is_narrow();
            if now != narrow.get_untracked() {
                set_narrow.set(now);
            }
        });
        // Escape closes the opened detail (a heatmap cell, a bar, a fact).
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" && nav.state.with_untracked(|s| s.open.is_some()) {
                nav.update(nav::Step::Stay, |s| s.open = None);
            }
        });
        on_cleanup(move || {
            handle.remove();
            keys.remove();
        });
        let ctx = Ctx {
            data,
            nav,
            visible,
            narrow,
        };
        provide_context(ctx.clone());
        ctx
    }
}

/// The [`Ctx`] provided by the explorer.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
