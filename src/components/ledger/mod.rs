//! The problem ledger: facets, search, result count, CSV export and the project table.

mod facet_panel;
mod highlight;
mod table;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::csv::projects_csv;
use bulletin_core::filter::{FacetCounts, Query, ViewState, sort_projects};
use bulletin_core::form::Part;
use bulletin_core::status::ledger_headline_in;
use leptos::html::Input;
use leptos::prelude::*;

use crate::browser::clock::today;
use crate::browser::collation::Collation;
use crate::browser::download::download_text;
use crate::browser::timing::measured;
use crate::components::Open;
use crate::components::editing::Editing;
use crate::components::more::More;
use crate::components::reports::{DubandanButton, ExportXlsxButton};
use crate::i18n::lang;
use crate::i18n::toolbar::MORE;
use crate::i18n::{Say, ledger as w};
use crate::notice::Notice;
use facet_panel::{FacetDrawer, FacetPanel};
use table::LedgerTable;

/// The ledger section. `view` is the page's one filter state, shared with the charts and the URL.
#[component]
pub fn Ledger(
    bulletin: Memo<Arc<Bulletin>>,
    counts: Memo<FacetCounts>,
    view: RwSignal<ViewState>,
    editing: RwSignal<Option<Open>>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    // Creating a collator loads the browser's collation data (tens of milliseconds), so it
    // waits for the first sort by a text column.
    let collation = StoredValue::new_local(None::<Collation>);
    let rows = Memo::new(move |_| {
        let mut rows = counts.with(|c| c.matching.clone());
        let sort = view.with(|v| v.sort);
        if sort.is_some() {
            measured("ledger:sort", || {
                bulletin.with(|b| {
                    collation.update_value(|c| {
                        let c = c.get_or_insert_with(Collation::zh_cn);
                        sort_projects(b, &mut rows, sort, &|x, y| c.compare(x, y));
                    })
                })
            });
        }
        rows
    });
    let query = Memo::new(move |_| view.with(|v| Query::new(v.filter.query())));
    let total = move || bulletin.with(|b| b.projects.len());
    // What the ledger counts, against what the overview counts (items, not projects).
    let headline = move || {
        bulletin.with(|b| {
            let counted = ledger_headline_in(b, lang());
            if b.projects.is_empty() {
                counted
            } else {
                w::counted_apart(&counted)
            }
        })
    };
    let search: NodeRef<Input> = NodeRef::new();
    let initial_query = view.with_untracked(|v| v.filter.query().to_owned());

    let clear = move |_| {
        view.update(|v| v.filter = Default::default());
        if let Some(input) = search.get_untracked() {
            input.set_value("");
        }
    };
    let export = move |_| {
        let (csv, id) = bulletin
            .with_untracked(|b| (rows.with_untracked(|r| projects_csv(b, r)), b.id.clone()));
        download_text(
            &format!("{id}-projects-{}.csv", today()),
            "text/csv;charset=utf-8",
            &csv,
        );
    };

    view! {
        <section class="ledger" aria-labelledby="ledger-title">
            <h2 id="ledger-title" tabindex="-1">{w::LEDGER.say()}</h2>
            <p class="ledger-headline" data-testid="ledger-headline">{headline}</p>
            <div class="ledger-toolbar">
                <label class="search">
                    <span class="visually-hidden">{w::SEARCH.say()}</span>
                    <input
                        type="search"
                        node_ref=search
                        data-testid="filter-search"
                        maxlength="200"
                        placeholder=w::SEARCH_HINT.say()
                        value=initial_query
                        // The box is never written back while typing, so Chinese input methods
                        // are not interrupted mid-composition.
                        on:input=move |ev| view.update(|v| v.filter.set_query(&event_target_value(&ev)))
                    />
                </label>
                <FacetDrawer counts=counts view=view />
                <p class="result-count" aria-live="polite">
                    {w::SHOWING.say()}
                    <strong data-testid="result-count">{move || rows.with(Vec::len)}</strong>
                    {move || w::of_total(total())}
                </p>
                <button
                    type="button"
                    data-testid="clear-filters"
                    disabled=move || view.with(|v| v.filter.is_empty())
                    on:click=clear
                >
                    {w::CLEAR_ALL.say()}
                </button>
                <More label=MORE.say() test_id="ledger-more">
                    <Editing>
                        <button type="button" data-testid="new-project" on:click=move |_| editing.set(Some(Open::New(Part::Project)))>
                            {w::NEW_PROJECT.say()}
                        </button>
                    </Editing>
                    <button type="button" data-testid="export-csv" on:click=export>
                        {w::EXPORT_CSV.say()}
                    </button>
                    <ExportXlsxButton bulletin=bulletin rows=rows notices=notices />
                    <DubandanButton of=Signal::derive(move || rows.get()) test_id="print-dubandan-all" label=w::DUBANDAN_ALL.say() />
                </More>
            </div>
            {move || {
                view.with(|v| v.filter.only().map(|c| (c.label.clone(), c.ids.len()))).map(|(label, n)| {
                    view! {
                        <p class="chosen-projects" data-testid="chosen-projects">
                            {w::only(&label, n)}
                            <button type="button" class="link" data-testid="clear-chosen"
                                on:click=move |_| view.update(|v| v.filter.set_only(None))>
                                {w::CANCEL.say()}
                            </button>
                        </p>
                    }
                })
            }}
            <div class="ledger-body">
                <FacetPanel counts=counts view=view />
                <LedgerTable bulletin=bulletin rows=rows query=query view=view editing=editing />
            </div>
        </section>
    }
}
