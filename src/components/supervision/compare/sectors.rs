//! Per sector: 占年度计划, the gap to 序时 and items on schedule, before and after, and by
//! how much each moved.

use std::sync::Arc;

use bulletin_core::display::{percent_in, signed_count_in, signed_points_in};
use bulletin_core::filter::ViewState;
use bulletin_core::supervision::{Change, Comparison, SectorChange};
use leptos::prelude::*;

use super::{CompareTable, ShowProjects, shower};
use crate::i18n::{Say, lang, supervision as w};

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
        <CompareTable class="compare-sectors" caption=w::SECTORS headings=&[w::SECTOR, w::PLAN_PCT, w::CHANGE_POINTS, w::GAP_POINTS, w::CHANGE, w::ON_SCHEDULE, w::CHANGE]>
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
        (false, _) => Some(w::NEW_SECTOR.say()),
        (_, false) => Some(w::GONE_SECTOR.say()),
        _ => None,
    };
    let n = project_ids.len();
    let show = shower(view, w::of_sector(&name), project_ids);
    let count = w::items;
    let worked_out = move || {
        on_schedule_worked_out.then(|| {
            view! { <small class="derived" title=w::WORKED_OUT_HOW.say()>{w::WORKED_OUT.say()}</small> }
        })
    };
    // Any number of the row shows the sector's projects.
    view! {
        <tr data-testid="compare-sector-row" data-sector-id=id class:clickable={n > 0} on:click=move |_| show.run(())>
            <th scope="row">
                {name}{where_}
                <ShowProjects n=n show=show />
            </th>
            <td>{both(&plan_pct, |v| percent_in(v, lang()))}</td>
            <td class="num" data-field="plan-pct-delta">{signed_points_in(plan_pct.delta, 2, lang())}</td>
            <td>{both(&gap_pp, |v| signed_points_in(v, 2, lang()))}</td>
            <td class="num" data-field="gap-delta">{signed_points_in(gap_pp.delta, 2, lang())}</td>
            <td>{both(&on_schedule, count)}{worked_out()}</td>
            // stays Chinese: the format's unit, which unit_in/signed_count_in put in the page's language
            <td class="num" data-field="on-schedule-delta">{signed_count_in(on_schedule.delta, "件", lang())}{worked_out()}</td>
        </tr>
    }
}
