//! What is overdue, at a glance: the count of projects past their 整改时限 and of those due
//! soon, the day they are judged on, and a button that shows them in the ledger.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::filter::{Facet, ViewState};
use bulletin_core::supervision::{Judge, Warning};
use leptos::prelude::*;

use crate::components::status::WarningBadge;
use crate::i18n::{Say, lang, supervision as w};

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
    let judged = move || {
        judge
            .get()
            .map(|j| j.describe_in(lang()))
            .unwrap_or_default()
    };
    view! {
        <section class="overdue" aria-label=w::DEADLINES.say() data-testid="overdue">
            <p>
                <WarningBadge warning=Warning::Overdue />
                " "
                <strong class="overdue-count" data-testid="overdue-count">{move || counts.get().0}</strong>
                {move || w::overdue_after(counts.get().0)}
                <WarningBadge warning=Warning::DueSoon />
                " "
                <strong data-testid="due-soon-count">{move || counts.get().1}</strong>
                {move || w::due_soon_after(counts.get().1)}
                {move || {
                    let (_, _, set) = counts.get();
                    if set == 0 {
                        w::NO_DEADLINES.say().to_owned()
                    } else {
                        w::with_deadline(set)
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
                    {w::SHOW_OVERDUE.say()}
                </button>
                <button type="button" data-testid="show-due-soon"
                    disabled=move || counts.get().1 == 0
                    on:click=move |_| show(Warning::DueSoon)>
                    {w::SHOW_DUE_SOON.say()}
                </button>
            </div>
            </Show>
        </section>
    }
}
