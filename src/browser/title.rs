//! The page's title, as the browser's tab and history show it.

/// Sets the page's title to `text`.
pub fn set(text: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(text);
    }
}
