//! Printing: the browser's print dialog, and the page made ready for paper around it —
//! every folded part (details) unfolded — then put back as it was when the dialog closes.
//! Ctrl+P is made ready the same way. What is printed is the print stylesheet's to say: the
//! board, or a dialog holding something printable (督办单, 通报文稿) alone.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::listen::on_window;

thread_local! {
    /// The folded parts unfolded for the print, to fold again after it.
    static UNFOLDED: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

/// Unfolds every folded part; the print's time goes to `printed_at`.
fn prepare(printed_at: RwSignal<String>) {
    printed_at.try_set(super::clock::local_time(&super::clock::now()));
    let Some(all) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("details:not([open])").ok())
    else {
        return;
    };
    let mut opened = Vec::new();
    for i in 0..all.length() {
        if let Some(el) = all
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_attribute("open", "");
            opened.push(el);
        }
    }
    UNFOLDED.with(|u| u.borrow_mut().extend(opened));
}

fn restore() {
    for el in UNFOLDED.with(|u| std::mem::take(&mut *u.borrow_mut())) {
        let _ = el.remove_attribute("open");
    }
}

/// While the calling component lives: any print (the page's buttons or Ctrl+P) is prepared
/// before and put back after; `printed_at` holds the time of the last print.
pub fn follow_prints(printed_at: RwSignal<String>) {
    on_window(leptos::ev::beforeprint, move |_| prepare(printed_at));
    on_window(leptos::ev::afterprint, move |_| restore());
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
