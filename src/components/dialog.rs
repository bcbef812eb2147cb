//! A modal dialog: a titled panel over a backdrop; Escape or a click outside closes it.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::focus;

/// The dialog frame around an editor form.
#[component]
pub fn Dialog(
    title: String,
    test_id: &'static str,
    on_close: Callback<()>,
    /// For what needs the width of the page (a draft's review), not one record's fields.
    #[prop(optional)]
    wide: bool,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{test_id}-title");
    // Focus goes back to what opened the dialog (the row's 编辑 or 督办 button, say) when it
    // closes.
    let opener = StoredValue::new_local(focus::active());
    on_cleanup(move || {
        if let Some(Some(el)) = opener.try_get_value() {
            focus::back_to(&el);
        }
    });
    let labelled_by = title_id.clone();
    // Keyboard focus moves into the dialog — to its first field, if it has one — unless
    // something in it already took it, so that typing, Escape and Tab work at once.
    let panel: NodeRef<Div> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(el) = panel.get()
            && !focus::active().is_some_and(|a| el.contains(Some(&a)))
        {
            let field = el
                .query_selector("input, select, textarea")
                .ok()
                .flatten()
                .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
            let _ = match field {
                Some(field) => field.focus(),
                None => el.focus(),
            };
        }
    });
    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())>
            <div
                node_ref=panel
                tabindex="-1"
                class="dialog"
                class:wide=wide
                role="dialog"
                aria-modal="true"
                aria-labelledby=labelled_by
                data-testid=test_id
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        on_close.run(());
                    }
                }
            >
                <h2 id=title_id>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
