//! Media queries: what the reader's system asks of the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Whether the user's system asks for dark colours.
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The layout for phones: `style/main.css` switches at the same width (its
/// `@media (max-width: 640px)` section), and the views that lay out differently there
/// (the ledger's cards and their height, the filter drawer) read [`phone`].
pub const PHONE: &str = "(max-width: 640px)";

thread_local! {
    /// Whether [`PHONE`] matches, kept up to date by one listener for the page's lifetime.
    static IS_PHONE: ArcRwSignal<bool> = follow(PHONE);
}

/// A signal of whether `query` matches, updated whenever that changes.
fn follow(query: &str) -> ArcRwSignal<bool> {
    let signal = ArcRwSignal::new(false);
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return signal;
    };
    signal.set(list.matches());
    let to = signal.clone();
    let changed = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(list) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::MediaQueryList>().ok())
        {
            to.set(list.matches());
        }
    });
    let _ = list.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
    // Both live as long as the page.
    changed.forget();
    std::mem::forget(list);
    signal
}

/// Whether the page has the phone layout ([`PHONE`]), following the window as it turns or
/// is resized.
pub fn phone() -> Signal<bool> {
    IS_PHONE.with(|s| s.clone()).into()
}
