//! The page's components. Shared state comes from context ([`Ctx`]); logic lives in plain
//! functions under `state` and `insights`, so components stay small.
//!
//! Corpus strings are only ever inserted as text nodes or attribute values, never as HTML.

pub mod article;
pub mod body;
pub mod common;
pub mod compare;
pub mod facts;
pub mod filters;
pub mod frames;
pub mod headlines;
pub mod method;
pub mod naming;
pub mod nav;
pub mod overview;
pub mod shell;
pub mod theme;
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
}

impl Ctx {
    /// Builds the context for `data` under `nav` (and provides both).
    pub fn provide(data: Arc<Data>, nav: Nav) -> Ctx {
        let state = nav.state;
        let for_memo = data.clone();
        let visible = Memo::new(move |_| state.with(|s| for_memo.visible(s)));
        let ctx = Ctx { data, nav, visible };
        provide_context(ctx.clone());
        ctx
    }
}

/// The [`Ctx`] provided by the explorer.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
