//! Per sector: 占年度计划, the gap to 序时 and items on schedule, before and after, and by
//! how much each moved.

use std::sync::Arc;

use bulletin_core::display::{NOT_REPORTED, percent, signed_count, signed_points};
use bulletin_core::filter::ViewState;
use bulletin_core::supervision::{Change, Comparison, SectorChange};
use leptos::prelude::*;

use super::{CompareTable, ShowProjects, shower};

/// `前 → 后` of a change, each 未报告 where not given.
fn both<T: Copy>(c: &Change<T>, show: impl Fn(Option<T>) -> String) -> String {
    format!("{} → {}", show(c.before), show(c.after))
}

#[component]
pub fn Sectors(c: Arc<Comparison>, view: RwSignal<ViewState>) -> impl IntoView {
    let rows = c
        .sectors
        .iter()
        .cloned()
        .map(|s| view! { <SectorRow s=s view=view /> })
        .collect_view();
    view! {
        <CompareTable class="compare-sectors" caption="各领域变化" headings=&["领域", "占年度计划", "变化（个百分点）", "与序时差距（个百分点）", "变化", "按序时件数", "变化"]>
            {rows}
        </CompareTable>
    }
}

#[component]
fn SectorRow(s: SectorChange, view: RwSignal<ViewState>) -> impl IntoView {
    let SectorChange {
        id,
        name,
        plan_pct,
        gap_pp,
        on_schedule,
        on_schedule_worked_out,
        project_ids,
        in_before,
        in_after,
        ..
    } = s;
    let where_ = match (in_before, in_after) {
        (false, _) => Some("（本期新增）"),
        (_, false) => Some("（本期没有）"),
        _ => None,
    };
    let n = project_ids.len();
    let show = shower(view, format!("领域：{name}"), project_ids);
    let count = |v: Option<i64>| v.map_or_else(|| NOT_REPORTED.to_owned(), |n| format!("{n} 件"));
    let worked_out = move || {
        on_schedule_worked_out.then(|| {
            view! { <small class="derived" title="按通报所说的领域状态推算：按序时推进的领域，其实事都按序时">"（推算）"</small> }
        })
    };
    // Any number of the row shows the sector's projects.
    view! {
        <tr data-testid="compare-sector-row" data-sector-id=id class:clickable={n > 0} on:click=move |_| show.run(())>
            <th scope="row">
                {name}{where_}
                <ShowProjects n=n show=show />
            </th>
            <td>{both(&plan_pct, percent)}</td>
            <td class="num" data-field="plan-pct-delta">{signed_points(plan_pct.delta, 2)}</td>
            <td>{both(&gap_pp, |v| signed_points(v, 2))}</td>
            <td class="num" data-field="gap-delta">{signed_points(gap_pp.delta, 2)}</td>
            <td>{both(&on_schedule, count)}{worked_out()}</td>
            <td class="num" data-field="on-schedule-delta">{signed_count(on_schedule.delta, "件")}{worked_out()}</td>
        </tr>
    }
}
