//! What a click on a chart did, said beside the chart, with a way to the ledger.

use crate::i18n::{Say, charts as w};
use leptos::prelude::*;

/// “已筛选：交通出行 · 5 个项目 · 查看台账”, while this chart has a selection.
#[component]
pub fn SelectionNote(chosen: Signal<Vec<String>>, matching: Signal<usize>) -> impl IntoView {
    let to_ledger = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("ledger-title"));
        if let Some(heading) = heading {
            heading.scroll_into_view();
            if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
                let _ = heading.focus();
            }
        }
    };
    move || {
        chosen.with(|c| {
            (!c.is_empty()).then(|| {
                view! {
                    <p class="chart-selection" data-testid="chart-selection" role="status">
                        {w::filtered(c, matching.get())}
                        <a href="#ledger-title" on:click=to_ledger>{w::TO_LEDGER.say()}</a>
                    </p>
                }
            })
        })
    }
}
