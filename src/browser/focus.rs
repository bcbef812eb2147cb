//! The keyboard's focus: what has it, giving it back to what opened a dialog, moving the
//! reader to a section (focus scrolls it into view) such as a heading with
//! `tabindex="-1"`, keeping Tab inside a modal dialog and the page behind it inert.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Focuses the element with this id, if there is one that can be focused.
pub fn to(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element that has the keyboard's focus, if it is an HTML element.
pub fn active() -> Option<HtmlElement> {
    active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// The element that has the keyboard's focus, HTML or SVG (a chart's bar).
pub fn active_element() -> Option<Element> {
    document().and_then(|d| d.active_element())
}

/// Gives the focus back to `el`, if it is still in the page.
pub fn back_to(el: &HtmlElement) {
    if el.is_connected() {
        let _ = el.focus();
    }
}

/// What Tab reaches inside `root`, in the page's order: enabled controls, links, summaries
/// and anything with a tabindex of 0 or more, that is drawn (not in a closed `<details>`,
/// not `display: none`).
pub fn tabbable(root: &Element) -> Vec<HtmlElement> {
    const CANDIDATES: &str =
        "a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]";
    let Ok(nodes) = root.query_selector_all(CANDIDATES) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|k| nodes.get(k)?.dyn_into::<HtmlElement>().ok())
        .filter(|el| {
            el.tab_index() >= 0
                && !el.matches(":disabled").unwrap_or(false)
                && (el.offset_width() > 0 || el.offset_height() > 0)
        })
        .collect()
}

/// On Tab from the last of `root`'s tabbable elements (or from outside it), focuses the
/// first; on Shift+Tab from the first (or from `root` itself), the last: focus goes round
/// inside `root` and never out of it. Other keys are left alone.
pub fn keep_tab_inside(root: &Element, ev: &KeyboardEvent) {
    if ev.key() != "Tab" || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
        return;
    }
    let all = tabbable(root);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        // Nothing to go to: the focus stays where it is, inside.
        ev.prevent_default();
        return;
    };
    let active = active_element();
    let is = |el: &HtmlElement| active.as_ref().is_some_and(|a| el.is_same_node(Some(a)));
    let inside = active.as_ref().is_some_and(|a| root.contains(Some(a)));
    let at_root = active.as_ref().is_some_and(|a| root.is_same_node(Some(a)));
    let to = if ev.shift_key() {
        (!inside || at_root || is(first)).then_some(last)
    } else {
        (!inside || is(last)).then_some(first)
    };
    if let Some(to) = to {
        ev.prevent_default();
        let _ = to.focus();
    }
}

thread_local! {
    /// The open modal dialogs, each as the child of `<body>` that holds it, the last on top.
    static MODALS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Marks the `inert` this module set, so that it never takes away one it did not.
const MARK: &str = "data-inert-behind-dialog";

/// The child of `<body>` that holds `el`.
fn body_child(el: &Element) -> Option<Element> {
    let body = document()?.body()?;
    let mut at = el.clone();
    loop {
        let parent = at.parent_element()?;
        if parent.is_same_node(Some(&body)) {
            return Some(at);
        }
        at = parent;
    }
}

/// Makes the page behind `dialog` inert (it cannot be focused, clicked or read) while it is
/// open, until [`release`] with what this returns: the `<body>` child that holds it. The
/// notices are left alone, so that one raised while a dialog is open is still read out.
pub fn hold(dialog: &Element) -> Option<Element> {
    let holder = body_child(dialog)?;
    MODALS.with(|m| m.borrow_mut().push(holder.clone()));
    shut_behind();
    Some(holder)
}

/// Whether a modal dialog is open.
pub fn dialog_open() -> bool {
    MODALS.with(|m| !m.borrow().is_empty())
}

/// Undoes [`hold`]: the page behind is live again, or only the dialog below, if one is open.
pub fn release(holder: &Element) {
    MODALS.with(|m| m.borrow_mut().retain(|h| !h.is_same_node(Some(holder))));
    shut_behind();
}

/// Makes every child of `<body>` inert but the top dialog's and the notices; with no
/// dialog open, none.
fn shut_behind() {
    let top = MODALS.with(|m| m.borrow().last().cloned());
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let mut child = body.first_element_child();
    while let Some(el) = child {
        let shut = top.as_ref().is_some_and(|t| !t.is_same_node(Some(&el)))
            && !el.class_list().contains("notice")
            && !matches!(
                el.tag_name().as_str(),
                "SCRIPT" | "NOSCRIPT" | "LINK" | "STYLE"
            );
        if shut {
            if !el.has_attribute("inert") {
                let _ = el.set_attribute("inert", "");
                let _ = el.set_attribute(MARK, "");
            }
        } else if el.has_attribute(MARK) {
            let _ = el.remove_attribute("inert");
            let _ = el.remove_attribute(MARK);
        }
        child = el.next_element_sibling();
    }
}
