//! The facet controls: one group of checkboxes per facet, each with its count.

use bulletin_core::filter::{Facet, FacetCounts, ViewState};
use leptos::prelude::*;

/// The stable test id of a facet's control.
fn test_id(facet: Facet) -> &'static str {
    match facet {
        Facet::Sector => "filter-sector",
        Facet::ProblemType => "filter-problem-type",
        Facet::Status => "filter-status",
        Facet::Unit => "filter-unit",
        Facet::District => "filter-district",
        Facet::Warning => "filter-warning",
    }
}

/// Every facet; an option with no projects under the other choices shows 0 and stays usable.
#[component]
pub fn FacetPanel(counts: Memo<FacetCounts>, view: RwSignal<ViewState>) -> impl IntoView {
    // A notice without sectors or problem types has no such facet to offer, nor one where no
    // deadline is set a 整改时限 facet — until one is.
    let groups = Facet::ALL
        .into_iter()
        .map(|facet| {
            let options = move || {
                counts.with(|c| {
                    c.options(facet)
                        .iter()
                        .map(|o| {
                            let value = o.value.clone();
                            view! {
                                <label class="facet-option" class:zero=o.count == 0>
                                    <input
                                        type="checkbox"
                                        value=o.value.clone()
                                        prop:checked=o.selected
                                        on:change=move |_| view.update(|v| v.filter.toggle(facet, &value))
                                    />
                                    <span class="facet-label">{o.label.clone()}</span>
                                    <span class="facet-count">{o.count}</span>
                                </label>
                            }
                        })
                        .collect_view()
                })
            };
            view! {
                <Show when=move || counts.with(|c| !c.options(facet).is_empty())>
                    <fieldset class="facet" data-testid=test_id(facet)>
                        <legend>{facet.label()}</legend>
                        <div class="facet-options">{options}</div>
                    </fieldset>
                </Show>
            }
        })
        .collect_view();
    view! {
        <details class="facets" open>
            <summary>"筛选"</summary>
            {groups}
        </details>
    }
}
