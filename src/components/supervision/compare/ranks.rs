//! District ranks before and after, and the change in items per status class.

use bulletin_core::display::{NOT_REPORTED, rank_move, signed_count};
use bulletin_core::filter::ViewState;
use bulletin_core::supervision::{CountChange, RankChange};
use leptos::prelude::*;

use super::{CompareTable, ShowProjects, shower};

#[component]
pub fn Ranks(ranks: Vec<RankChange>, view: RwSignal<ViewState>) -> impl IntoView {
    let place = |r: Option<u64>| r.map_or_else(|| "未排名".to_owned(), |r| format!("第 {r} 名"));
    let rows = ranks
        .into_iter()
        .map(|r| {
            let n = r.project_ids.len();
            let show = shower(view, format!("县区：{}", r.district), r.project_ids);
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
                    <td>{place(r.before)}</td>
                    <td>{place(r.after)}</td>
                    <td class=format!("move move-{direction}")>
                        {match direction { "up" => "▲ ", "down" => "▼ ", _ => "" }}
                        {rank_move(r.before, r.after)}
                    </td>
                    <td>
                        <ShowProjects n=n show=show />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <CompareTable class="compare-ranks" caption="县区排名变化（名次相同为并列）" headings=&["县区", "上期", "本期", "变化", "本期涉及"]>
            {rows}
        </CompareTable>
    }
}

#[component]
pub fn Counts(counts: Vec<CountChange>) -> impl IntoView {
    let n = |v: Option<u64>| v.map_or_else(|| NOT_REPORTED.to_owned(), |v| format!("{v} 件"));
    let rows = counts
        .into_iter()
        .map(|c| {
            view! {
                <tr data-testid="compare-count-row" data-status=c.class.id()>
                    <th scope="row">{c.class.label()}</th>
                    <td>{n(c.before)}</td>
                    <td>{n(c.after)}</td>
                    <td class="num" data-field="count-delta">{signed_count(c.delta, "件")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <CompareTable class="compare-counts" caption="民生实事各类别件数变化" headings=&["类别", "上期", "本期", "变化"]>
            {rows}
        </CompareTable>
    }
}
