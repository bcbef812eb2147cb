//! The problem types of 存在问题, with how many ledger projects each holds back.

use std::sync::Arc;

use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

/// One card per problem type.
#[component]
pub fn ProblemTypes(bulletin: Arc<Bulletin>) -> impl IntoView {
    let counts = Figures::projects_per_problem_type(&bulletin);
    let cards = bulletin
        .problem_types
        .iter()
        .zip(counts)
        .map(|(t, (_, n))| {
            view! {
                <li class="problem-type" data-testid="problem-type" data-problem-type-id=t.id.clone()>
                    <h3>{t.name.clone()}</h3>
                    <p class="count">
                        <span data-testid="problem-type-count">{n}</span>
                        " 个项目"
                    </p>
                    <details>
                        <summary>"通报原文"</summary>
                        <p>{t.description.clone()}</p>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="problem-types" aria-labelledby="problem-types-title">
            <h2 id="problem-types-title">"存在问题"</h2>
            <ul class="cards">{cards}</ul>
        </section>
    }
}
