//! Light and dark: the system preference by default, and a toggle that sticks.
//!
//! The choice is stored in `localStorage` and applied as `data-theme` on `<html>`; a tiny inline
//! script in `index.html` applies it before the first paint, so the page never flashes.

use leptos::prelude::*;

/// The `localStorage` key holding `light` or `dark`.
pub const STORAGE_KEY: &str = "framelens-theme";

/// The theme set on `<html>`, or else the system preference.
fn effective_dark() -> bool {
    let set = document()
        .document_element()
        .and_then(|e| e.get_attribute("data-theme"));
    match set.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    }
}

/// Applies a theme and remembers it.
fn apply(dark: bool) {
    let name = if dark { "dark" } else { "light" };
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", name);
    }
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(STORAGE_KEY, name);
    }
}

/// A button switching between light and dark (pressed = dark).
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(effective_dark());
    let toggle = move |_| {
        let next = !dark.get_untracked();
        apply(next);
        dark.set(next);
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || dark.get().to_string()
            on:click=toggle
        >
            <span class="theme-icon" aria-hidden="true"></span>
            "Dark mode"
        </button>
    }
}
