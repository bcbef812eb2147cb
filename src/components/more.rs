//! Controls a phone folds away: on a narrow screen they wait behind one “更多” button, so
//! that a row of buttons does not take the first screen; elsewhere they stand in their row
//! as if the fold were not there (`style/main.css`, `.more`).

use leptos::prelude::*;

use crate::browser::media;

/// `children` behind a button labelled `label` on a phone, in line with their neighbours
/// elsewhere.
#[component]
pub fn More(
    /// What the folding button says (更多).
    label: &'static str,
    /// The folding button's test id.
    test_id: &'static str,
    children: Children,
) -> impl IntoView {
    let phone = media::phone();
    view! {
        <details class="more" prop:open=move || !phone.get()>
            <summary class="more-summary" data-testid=test_id>{label}</summary>
            <div class="more-items">{children()}</div>
        </details>
    }
}
