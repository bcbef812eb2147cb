//! Printing: the browser's print dialog, and the page made ready for paper around it —
//! every folded part (details) unfolded, what is printed said on the root element
//! (`data-print="report"` or `"dubandan"`, which the print stylesheet reads) — then put back
//! as it was when the dialog closes. Ctrl+P is made ready the same way.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::listen::on_window;

/// What a print is of.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Printed {
    /// The board as a report.
    Report,
    /// The 督办单 sheets shown.
    Dubandan,
}

thread_local! {
    /// The folded parts unfolded for the print, to fold again after it.
    static UNFOLDED: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
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
    if let Some(root) = root() {
        let _ = root.remove_attribute("data-print");
    }
}

/// While the calling component lives: any print (the page's buttons or Ctrl+P) is prepared
/// before and put back after; `printed_at` holds the time of the last print.
pub fn follow_prints(printed_at: RwSignal<String>) {
    on_window(leptos::ev::beforeprint, move |_| prepare(printed_at));
    on_window(leptos::ev::afterprint, move |_| restore());
}

/// Opens the print dialog on `what`.
pub fn print(what: Printed) {
    if let Some(root) = root() {
        let _ = root.set_attribute(
            "data-print",
            match what {
                Printed::Report => "report",
                Printed::Dubandan => "dubandan",
            },
        );
    }
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
