//! District ranks before and after, and the change in items per status class.

use bulletin_core::display::{rank_move_in, signed_count_in};
use bulletin_core::filter::ViewState;
use bulletin_core::supervision::{CountChange, RankChange};
use leptos::prelude::*;

use super::{CompareTable, ShowProjects, shower};
use crate::i18n::{lang, supervision as w};

#[component]
pub fn Ranks(ranks: Vec<RankChange>, view: RwSignal<ViewState>) -> impl IntoView {
    let rows = ranks
        .into_iter()
        .map(|r| {
            let n = r.project_ids.len();
            let show = shower(view, w::of_district(&r.district), r.project_ids);
            let direction = match r.moved {
                Some(m) if m > 0 => "up",
                Some(m) if m < 0 => "down",
                Some(_) => "same",
                None => "new",
            };
            view! {
                <tr data-testid="compare-rank-row" class:clickable={n > 0} on:click=move |_| show.run(())
                    data-district=r.district.clone()
                    data-rank=r.after.map(|a| a.to_string()).unwrap_or_default()
                    data-previous-rank=r.before.map(|b| b.to_string()).unwrap_or_default()>
                    <th scope="row">{r.district.clone()}</th>
                    <td>{w::place(r.before)}</td>
                    <td>{w::place(r.after)}</td>
                    <td class=format!("move move-{direction}")>
                        {match direction { "up" => "▲ ", "down" => "▼ ", _ => "" }}
                        {rank_move_in(r.before, r.after, lang())}
                    </td>
                    <td>
                        <ShowProjects n=n show=show />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <CompareTable class="compare-ranks" caption=w::RANKS headings=&[w::DISTRICT, w::BEFORE, w::AFTER, w::CHANGE, w::INVOLVED]>
            {rows}
        </CompareTable>
    }
}

#[component]
pub fn Counts(counts: Vec<CountChange>) -> impl IntoView {
    let n = |v: Option<u64>| w::items(v.map(|v| v as i64));
    let rows = counts
        .into_iter()
        .map(|c| {
            view! {
                <tr data-testid="compare-count-row" data-status=c.class.id()>
                    <th scope="row">{c.class.label_in(lang())}</th>
                    <td>{n(c.before)}</td>
                    <td>{n(c.after)}</td>
                    // stays Chinese: the format's unit, which unit_in/signed_count_in put in the page's language
                    <td class="num" data-field="count-delta">{signed_count_in(c.delta, "件", lang())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <CompareTable class="compare-counts" caption=w::COUNTS headings=&[w::CLASS, w::BEFORE, w::AFTER, w::CHANGE]>
            {rows}
        </CompareTable>
    }
}
