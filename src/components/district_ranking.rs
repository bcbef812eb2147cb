//! The district ranking (县区综合排名), when the notice gives one; a row's button filters
//! the ledger by that district.

use crate::i18n::{Say, sections as w};
use bulletin_core::DistrictRank;
use bulletin_core::filter::{Facet, ViewState};
use leptos::prelude::*;

/// The notice's ranking of the districts, best first; ties share a rank.
#[component]
pub fn DistrictRanking(ranking: Vec<DistrictRank>, view: RwSignal<ViewState>) -> impl IntoView {
    let mut ranking = ranking;
    ranking.sort_by_key(|r| r.rank);
    let rows = ranking
        .into_iter()
        .map(|r| {
            let district = r.district.clone();
            let chosen = {
                let district = district.clone();
                Signal::derive(move || {
                    view.with(|v| v.filter.selected(Facet::District).any(|d| d == district))
                })
            };
            let toggle = {
                let district = district.clone();
                move |_| view.update(|v| v.filter.toggle(Facet::District, &district))
            };
            view! {
                <tr data-testid="ranking-row" data-district=district.clone() data-rank=r.rank.to_string()>
                    <td class="num">{w::rank(r.rank)}</td>
                    <th scope="row">{district.clone()}</th>
                    <td>
                        <button type="button" class="link" aria-pressed=move || chosen.get().to_string() on:click=toggle>
                            {move || if chosen.get() { w::UNFILTER.say() } else { w::FILTER_LEDGER.say() }}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="ranking" aria-labelledby="ranking-title">
            <h2 id="ranking-title">{w::RANKING.say()}</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr><th scope="col" class="num">{w::RANK.say()}</th><th scope="col">{w::DISTRICT.say()}</th><th scope="col">{w::LEDGER.say()}</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
