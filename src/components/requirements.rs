//! The work requirements (工作要求).

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::edit::RecordRef;
use bulletin_core::form::Part;
use leptos::prelude::*;

use crate::components::Open;
use crate::components::editing::Editing;
use crate::i18n::{Say, sections as w};
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
                        <EditedTag record=RecordRef::Requirement(i) />
                        <Editing>
                            <button type="button" class="link edit" data-testid="edit-requirement" on:click=move |_| record.set(Some(Open::Record(RecordRef::Requirement(i))))>
                                {w::EDIT.say()}
                            </button>
                        </Editing>
                    </h3>
                    <p>{r.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="requirements" aria-labelledby="requirements-title">
            <div class="section-head">
                <h2 id="requirements-title">{w::REQUIREMENTS.say()}</h2>
                <Editing>
                    <button type="button" class="link" data-testid="new-requirement" on:click=move |_| record.set(Some(Open::New(Part::Requirement)))>
                        {w::ADD_REQUIREMENT.say()}
                    </button>
                </Editing>
            </div>
            <ol>{items}</ol>
            {bulletin.attachments.clone().filter(|a| !a.is_empty()).map(|names| {
                view! {
                    <div class="attachments" data-testid="attachments">
                        <h3>{w::ATTACHMENTS.say()}</h3>
                        <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        <p class="hint">{w::ATTACHMENTS_NOTE.say()}</p>
                    </div>
                }
            })}
        </section>
    }
}
