//! Keeps the ledger's view in the address bar, replaced (not pushed) as the user filters.

use bulletin_core::filter::{ViewState, to_query};

/// The page's query string, with its `?`.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the address bar's query with `view`, keeping `?src=`, `?bulletin=` and the path and hash.
pub fn replace_with(view: &ViewState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let src = crate::source::requested_source();
    let id = crate::bulletins::requested_id();
    let page: Vec<(&str, &str)> = [("src", src.as_deref()), ("bulletin", id.as_deref())]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
    let query = to_query(view, &page);
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if location.search().unwrap_or_default() == query {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}
