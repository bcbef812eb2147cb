//! The work requirements (工作要求).

use std::sync::Arc;

use bulletin_core::Bulletin;
use leptos::prelude::*;

/// The bulletin's work requirements, in order.
#[component]
pub fn Requirements(bulletin: Arc<Bulletin>) -> impl IntoView {
    let items = bulletin
        .requirements
        .iter()
        .map(|r| {
            view! {
                <li data-testid="requirement">
                    <h3>{r.title.clone()}</h3>
                    <p>{r.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="requirements" aria-labelledby="requirements-title">
            <h2 id="requirements-title">"工作要求"</h2>
            <ol>{items}</ol>
        </section>
    }
}
