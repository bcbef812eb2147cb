//! What is overdue, at a glance: the count of projects past their 整改时限 and of those due
//! soon, the day they are judged on, and a button that shows them in the ledger.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::filter::{Facet, ViewState};
use bulletin_core::supervision::{Judge, Warning};
use leptos::prelude::*;

use crate::components::status::WarningBadge;

/// The overview's line on deadlines.
#[component]
pub fn Overdue(
    bulletin: Memo<Arc<Bulletin>>,
    judge: Memo<Option<Judge>>,
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let counts = Memo::new(move |_| {
        let judge = judge.get();
        bulletin.with(|b| {
            let mut overdue = 0;
            let mut soon = 0;
            let mut set = 0;
            for p in &b.projects {
                set += usize::from(p.deadline.is_some());
                match judge.map(|j| j.warning(p)) {
                    Some(Warning::Overdue) => overdue += 1,
                    Some(Warning::DueSoon) => soon += 1,
                    _ => {}
                }
            }
            (overdue, soon, set)
        })
    });
    let show = move |w: Warning| {
        view.update(|v| {
            v.filter.clear_facet(Facet::Warning);
            v.filter.select(Facet::Warning, w.id());
        })
    };
    let judged = move || judge.get().map(|j| j.describe()).unwrap_or_default();
    view! {
        <section class="overdue" aria-label="整改时限" data-testid="overdue">
            <p>
                <WarningBadge warning=Warning::Overdue />
                " "
                <strong class="overdue-count" data-testid="overdue-count">{move || counts.get().0}</strong>
                " 个项目，"
                <WarningBadge warning=Warning::DueSoon />
                " "
                <strong data-testid="due-soon-count">{move || counts.get().1}</strong>
                " 个"
                {move || {
                    let (_, _, set) = counts.get();
                    if set == 0 {
                        "（尚无项目定有整改时限）".to_owned()
                    } else {
                        format!("（{set} 个项目定有整改时限）")
                    }
                }}
            </p>
            // Until a deadline is set there is nothing to judge, nor to show.
            <Show when=move || counts.get().2 != 0>
            <p class="overdue-judged" data-testid="warning-judged">{judged}</p>
            <div class="overdue-actions">
                <button type="button" data-testid="show-overdue"
                    disabled=move || counts.get().0 == 0
                    on:click=move |_| show(Warning::Overdue)>
                    "在台账中查看已逾期项目"
                </button>
                <button type="button" data-testid="show-due-soon"
                    disabled=move || counts.get().1 == 0
                    on:click=move |_| show(Warning::DueSoon)>
                    "查看临近时限项目"
                </button>
            </div>
            </Show>
        </section>
    }
}
