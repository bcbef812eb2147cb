//! A modal dialog: a titled panel over a backdrop; Escape or a click outside closes it.

use leptos::prelude::*;

/// The dialog frame around an editor form.
#[component]
pub fn Dialog(
    title: String,
    test_id: &'static str,
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{test_id}-title");
    let labelled_by = title_id.clone();
    view! {
        <div class="dialog-backdrop" on:click=move |_| on_close.run(())>
            <div
                class="dialog"
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
