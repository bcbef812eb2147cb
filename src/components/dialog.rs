//! A modal dialog: a titled panel over a backdrop; Escape or a click outside closes it.
//! While it is open Tab goes round inside it and the page behind is inert; when it closes
//! the focus goes back to what opened it.

use leptos::html::Div;
use leptos::prelude::*;

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
    // The page behind, inert while the dialog is open: the `<body>` child that holds it.
    let holder = StoredValue::new_local(None::<web_sys::Element>);
    on_cleanup(move || {
        // Live again first: an inert opener could not take the focus.
        if let Some(Some(h)) = holder.try_get_value() {
            focus::release(&h);
        }
        if let Some(Some(el)) = opener.try_get_value() {
            focus::back_to(&el);
        }
    });
    let labelled_by = title_id.clone();
    // Keyboard focus moves into the dialog — to its first field, if it has one — unless
    // something in it already took it, so that typing, Escape and Tab work at once.
    let panel: NodeRef<Div> = NodeRef::new();
    Effect::new(move |_| {
        let Some(el) = panel.get() else { return };
        if holder.with_value(Option::is_none) {
            holder.set_value(focus::hold(&el));
        }
        if !focus::active().is_some_and(|a| el.contains(Some(&a))) {
            let field = focus::tabbable(&el)
                .into_iter()
                .find(|f| matches!(f.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
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
                    if ev.key() == "Escape" && !ev.is_composing() {
                        on_close.run(());
                    } else if let Some(el) = panel.get_untracked() {
                        focus::keep_tab_inside(&el, &ev);
                    }
                }
            >
                <h2 id=title_id>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
