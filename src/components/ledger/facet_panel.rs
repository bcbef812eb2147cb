//! The facet controls: one group of checkboxes per facet, each with its count. Beside the
//! table on a wide screen; on a phone in a drawer over the page, opened by a 筛选 button
//! that counts the choices made.

use bulletin_core::filter::{Facet, FacetCounts, ViewState};
use leptos::prelude::*;

use crate::i18n::lang;

use crate::browser::media;
use crate::components::dialog::Dialog;
use crate::i18n::{Say, ledger as w};

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
fn groups(counts: Memo<FacetCounts>, view: RwSignal<ViewState>) -> impl IntoView {
    // A notice without sectors or problem types has no such facet to offer, nor one where no
    // deadline is set a 整改时限 facet — until one is.
    Facet::ALL
        .into_iter()
        .map(|facet| {
            let options = move || {
                counts.with(|c| {
                    c.options_in(facet, lang())
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
                        <legend>{facet.label_in(lang())}</legend>
                        <div class="facet-options">{options}</div>
                    </fieldset>
                </Show>
            }
        })
        .collect_view()
}

/// The facets beside the table; nothing on a phone, where [`FacetDrawer`] has them.
#[component]
pub fn FacetPanel(counts: Memo<FacetCounts>, view: RwSignal<ViewState>) -> impl IntoView {
    let phone = media::phone();
    move || {
        (!phone.get()).then(|| {
            view! {
                <details class="facets" open>
                    <summary>{w::FILTERS.say()}</summary>
                    {groups(counts, view)}
                </details>
            }
        })
    }
}

/// On a phone, “筛选（2）”: a button that counts the options chosen and opens the facets in
/// a drawer over the page (closed by its button, Escape or a tap beside it), with the
/// number of projects they leave and a button that clears them (the search stays);
/// nothing elsewhere.
#[component]
pub fn FacetDrawer(counts: Memo<FacetCounts>, view: RwSignal<ViewState>) -> impl IntoView {
    let phone = media::phone();
    let open = RwSignal::new(false);
    let chosen = move || {
        view.with(|v| {
            Facet::ALL
                .into_iter()
                .map(|f| v.filter.selected(f).count())
                .sum::<usize>()
        })
    };
    let matching = move || counts.with(|c| c.matching.len());
    let close = Callback::new(move |()| open.set(false));
    move || {
        phone.get().then(|| {
            view! {
                <button
                    type="button"
                    class="facets-open"
                    data-testid="facets-open"
                    data-chosen=move || chosen().to_string()
                    aria-haspopup="dialog"
                    on:click=move |_| open.set(true)
                >
                    {move || match chosen() {
                        0 => w::FILTERS.say().to_owned(),
                        n => w::filters_chosen(n),
                    }}
                </button>
                <Show when=move || open.get()>
                    <Dialog title=w::FILTERS.say().to_owned() test_id="facets-drawer" on_close=close>
                        <button type="button" class="drawer-close" data-testid="facets-close" on:click=move |_| close.run(())>
                            {w::CLOSE.say()}
                        </button>
                        <div class="drawer-facets">{groups(counts, view)}</div>
                        <div class="drawer-foot">
                            <p class="result-count">
                                {move || w::matching(matching())}
                            </p>
                            <button type="button" data-testid="facets-clear" disabled=move || chosen() == 0
                                on:click=move |_| view.update(|v| Facet::ALL.into_iter().for_each(|f| v.filter.clear_facet(f)))>
                                {w::CLEAR_FILTERS.say()}
                            </button>
                            <button type="button" class="primary" data-testid="facets-done" on:click=move |_| close.run(())>
                                {w::SEE_RESULTS.say()}
                            </button>
                        </div>
                    </Dialog>
                </Show>
            }
        })
    }
}
