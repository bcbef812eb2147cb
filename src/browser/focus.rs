//! The keyboard's focus: what has it, giving it back to what opened a dialog, and moving
//! the reader to a section (focus scrolls it into view) such as a heading with
//! `tabindex="-1"`.

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

/// The element that has the keyboard's focus, if it is an HTML element.
pub fn active() -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Gives the focus back to `el`, if it is still in the page.
pub fn back_to(el: &web_sys::HtmlElement) {
    if el.is_connected() {
        let _ = el.focus();
    }
}
