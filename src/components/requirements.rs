//! The work requirements (工作要求).

use std::sync::Arc;

use bulletin_core::Bulletin;
use leptos::prelude::*;

use crate::components::Open;
use crate::state::edited::EditedTag;

/// The bulletin's work requirements, in order.
#[component]
pub fn Requirements(bulletin: Arc<Bulletin>, record: RwSignal<Option<Open>>) -> impl IntoView {
    let items = bulletin
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| {
            view! {
                <li data-testid="requirement">
                    <h3>
                        {r.title.clone()}
                        <EditedTag key=format!("requirement:{i}") />
                        <button type="button" class="link edit" data-testid="edit-requirement" on:click=move |_| record.set(Some(Open::Requirement(Some(i))))>
                            "编辑"
                        </button>
                    </h3>
                    <p>{r.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="requirements" aria-labelledby="requirements-title">
            <div class="section-head">
                <h2 id="requirements-title">"工作要求"</h2>
                <button type="button" class="link" data-testid="new-requirement" on:click=move |_| record.set(Some(Open::Requirement(None)))>
                    "新增工作要求"
                </button>
            </div>
            <ol>{items}</ol>
        </section>
    }
}
