//! The only code that reads or writes the page's address and history: which bulletin it
//! shows (`?src=`, `?bulletin=`) and the ledger's view (filters, search, sort), replaced in
//! place as the user filters and pushed as a new entry when another bulletin opens.

use bulletin_core::filter::{ViewState, to_query};
use web_sys::UrlSearchParams;

/// The page's query string, with its `?`.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The query parameter `name`, trimmed, if it is there and not blank.
fn param(name: &str) -> Option<String> {
    let value = UrlSearchParams::new_with_str(&query()).ok()?.get(name)?;
    let value = value.trim().to_owned();
    (!value.is_empty()).then_some(value)
}

/// `?src=`: a bulletin file on this site.
pub fn source() -> Option<String> {
    param("src")
}

/// `?bulletin=`: a bulletin kept in this browser, by id.
pub fn bulletin_id() -> Option<String> {
    param("bulletin")
}

/// `?compare=`: the kept bulletin the shown one is compared with, by its list id.
pub fn compare_id() -> Option<String> {
    param("compare")
}

/// `?mode=view`: the board read-only (只读查看).
pub fn view_only() -> bool {
    param("mode").as_deref() == Some("view")
}

/// `?lang=`: the language the reader asked for, as written (`en`, `zh`).
pub fn lang() -> Option<String> {
    param("lang")
}

/// Sets `?lang=` to `code` and reloads the page in that language; the page's own words are
/// chosen once as it starts. Unsaved work is kept by the page's `pagehide`, as on any reload.
pub fn reload_in(code: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if let Ok(params) = UrlSearchParams::new_with_str(&query()) {
        params.set("lang", code);
        replace(
            &window,
            &location,
            &format!("?{}", String::from(params.to_string())),
        );
    }
    let _ = location.reload();
}

/// Sets or removes `?mode=view` in place, keeping the rest.
pub fn set_view_only(on: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    replace(&window, &location, &with_mode(&query(), on));
}

/// `query` with this page's 只读查看 and `?lang=` added.
fn with_reader(query: &str) -> String {
    let query = if view_only() {
        with_mode(query, true)
    } else {
        query.to_owned()
    };
    let Some(lang) = lang() else {
        return query;
    };
    let Ok(params) = UrlSearchParams::new_with_str(&query) else {
        return query;
    };
    params.set("lang", &lang);
    format!("?{}", String::from(params.to_string()))
}

/// `query` (with its `?`, or empty) with `mode=view` set or removed, the rest as it was.
fn with_mode(query: &str, view_only: bool) -> String {
    let Ok(params) = UrlSearchParams::new_with_str(query) else {
        return query.to_owned();
    };
    if view_only {
        params.set("mode", "view");
    } else {
        params.delete("mode");
    }
    let search = String::from(params.to_string());
    if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    }
}

/// Replaces the address's query with `view`, keeping `?src=`, `?bulletin=`, `?compare=`,
/// `?mode=`, `?lang=`, the path and the hash.
pub fn show_view(view: &ViewState) {
    show(view, compare_id().as_deref());
}

/// Sets `?compare=` (or removes it with `None`) in place, keeping the rest.
pub fn set_compare(view: &ViewState, compare: Option<&str>) {
    show(view, compare);
}

fn show(view: &ViewState, compare: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (src, id, lang) = (source(), bulletin_id(), lang());
    let page: Vec<(&str, &str)> = [
        ("src", src.as_deref()),
        ("bulletin", id.as_deref()),
        ("compare", compare),
        ("mode", view_only().then_some("view")),
        ("lang", lang.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k, v?)))
    .collect();
    let query = to_query(view, &page);
    replace(&window, &location, &query);
}

/// Replaces the query with `query` (with its `?`, or empty), keeping the path and the hash.
fn replace(window: &web_sys::Window, location: &web_sys::Location, query: &str) {
    if location.search().unwrap_or_default() == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}

/// Sets the address to the page's path with `query` (the ledger's filters start afresh), as
/// a new history entry when `push`, else in place of the current one; 只读查看 and the
/// language stay: they are the reader's, not the bulletin's.
pub fn go(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = with_reader(query);
    let url = format!(
        "{}{query}",
        window.location().pathname().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
}
