//! 跳到项目台账: the first thing Tab reaches on the page, shown only while it has the focus;
//! it takes the keyboard past the header, the overview and the charts to the ledger's search
//! box (or, before the ledger is there, to its heading).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::focus;
use crate::i18n::{Say, board as w};

/// The ledger's search box, if the ledger is shown.
fn search_box() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector("[data-testid=filter-search]")
        .ok()??
        .dyn_into()
        .ok()
}

/// The skip link.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        match search_box() {
            // Focus scrolls it into view.
            Some(search) => {
                let _ = search.focus();
            }
            None => focus::to("ledger-title"),
        }
    };
    view! {
        <a class="skip-link" href="#ledger-title" data-testid="skip-link" on:click=skip>{w::SKIP_TO_LEDGER.say()}</a>
    }
}
