//! Moving the reader to a section: focus (which scrolls it into view) for an element that
//! can take it, such as a heading with `tabindex="-1"`.

use wasm_bindgen::JsCast;

/// Focuses the element with this id, if there is one that can be focused.
pub fn to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
