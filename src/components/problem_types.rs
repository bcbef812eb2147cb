//! The problem types of 存在问题, with how many ledger projects each holds back.

use std::sync::Arc;

use bulletin_core::edit::RecordRef;
use bulletin_core::form::Part;
use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

use crate::components::Open;
use crate::components::editing::Editing;
use crate::i18n::{Say, sections as w};
use crate::state::edited::EditedTag;

/// One card per problem type.
#[component]
pub fn ProblemTypes(bulletin: Arc<Bulletin>, record: RwSignal<Option<Open>>) -> impl IntoView {
    let counts = Figures::projects_per_problem_type(&bulletin);
    let cards = bulletin
        .problem_types
        .iter()
        .zip(counts)
        .map(|(t, (_, n))| {
            let open = {
                let id = t.id.clone();
                move |_| record.set(Some(Open::Record(RecordRef::ProblemType(id.clone()))))
            };
            let label = w::edit_problem_type(&t.name);
            view! {
                <li class="problem-type" data-testid="problem-type" data-problem-type-id=t.id.clone()>
                    <h3>
                        {t.name.clone()}
                        <EditedTag record=RecordRef::ProblemType(t.id.clone()) />
                        <Editing>
                            <button type="button" class="link edit" data-testid="edit-problem-type" aria-label=label.clone() on:click=open.clone()>
                                {w::EDIT.say()}
                            </button>
                        </Editing>
                    </h3>
                    <p class="count">
                        <span data-testid="problem-type-count">{n}</span>
                        {w::projects_after(n)}
                    </p>
                    <details>
                        <summary>{w::NOTICE_TEXT.say()}</summary>
                        <p>{t.description.clone()}</p>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="problem-types" aria-labelledby="problem-types-title">
            <div class="section-head">
                <h2 id="problem-types-title">{w::PROBLEMS.say()}</h2>
                <Editing>
                    <button type="button" class="link" data-testid="new-problem-type" on:click=move |_| record.set(Some(Open::New(Part::ProblemType)))>
                        {w::ADD_PROBLEM_TYPE.say()}
                    </button>
                </Editing>
            </div>
            <ul class="cards">{cards}</ul>
        </section>
    }
}
