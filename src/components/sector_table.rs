//! The sector table: figures and status of each of the bulletin's sectors.

use std::sync::Arc;

use bulletin_core::display::{NOT_REPORTED, number, percent, signed_points};
use bulletin_core::edit::RecordRef;
use bulletin_core::form::Part;
use bulletin_core::status::Grading;
use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

use crate::components::Open;
use crate::state::edited::EditedTag;

use super::status::{GradeBadge, SectorStatusBadge};
use crate::components::editing::Editing;

/// One row per sector, with the gap of its % of plan to the schedule target.
#[component]
pub fn SectorTable(
    bulletin: Arc<Bulletin>,
    figures: Figures,
    record: RwSignal<Option<Open>>,
) -> impl IntoView {
    let target = percent(bulletin.schedule_target_pct);
    let grading = Grading::of(&bulletin);
    let unit = bulletin.currency_unit.clone();
    // The column headings; on a phone, where each row is a card, each cell says its own.
    let invested = format!("完成投资（{unit}）");
    let [items, sub_items, invested, plan, gap, grade, status] = [
        "件数",
        "事项",
        invested.as_str(),
        "占年度计划",
        "与序时差距",
        "投资与序时相比",
        "通报所述状态",
    ]
    .map(str::to_owned);
    let rows = bulletin
        .sectors
        .iter()
        .zip(&figures.sectors)
        .map(|(s, f)| {
            let open = {
                let id = s.id.clone();
                move |_| record.set(Some(Open::Record(RecordRef::Sector(id.clone()))))
            };
            let not_reported = |n: Option<String>| n.unwrap_or_else(|| NOT_REPORTED.to_owned());
            let label = format!("编辑领域“{}”", s.name);
            view! {
                <tr data-testid="sector-row" data-sector-id=s.id.clone()>
                    <th scope="row">
                        {s.name.clone()}
                        <EditedTag record=RecordRef::Sector(s.id.clone()) />
                        <Editing>
                            <button type="button" class="link edit" data-testid="edit-sector" aria-label=label.clone() on:click=open.clone()>
                                "编辑"
                            </button>
                        </Editing>
                    </th>
                    <td class="num" data-label=items.clone()>{s.items}</td>
                    <td class="num" data-label=sub_items.clone()>{not_reported(s.sub_items.map(|n| n.to_string()))}</td>
                    <td class="num" data-label=invested.clone()>{not_reported(s.completed_investment.map(|n| number(n, 2)))}</td>
                    <td class="num" data-label=plan.clone()>{percent(s.plan_pct)}</td>
                    <td class="num" data-label=gap.clone()>{signed_points(f.schedule_gap_pp, 1)}</td>
                    <td class="grade" data-label=grade.clone()>
                        {grading
                            .grade(f.schedule_gap_pp)
                            .map(|g| view! { <GradeBadge grade=g sector_id=s.id.clone() /> })}
                    </td>
                    <td class="reported" data-label=status.clone()><SectorStatusBadge status=s.status sector_id=s.id.clone() /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="sectors" aria-labelledby="sectors-title">
            <div class="section-head">
                <h2 id="sectors-title">"分领域进展"</h2>
                <Editing>
                    <button type="button" class="link" data-testid="new-sector" on:click=move |_| record.set(Some(Open::New(Part::Sector)))>
                        "新增领域"
                    </button>
                </Editing>
            </div>
            <div class="table-scroll">
                <table class="sector-table">
                    <caption>
                        {format!(
                            "{} 个领域；完成投资单位：{unit}；与序时差距 = 占年度计划 − 序时进度 {target}（百分点），由此得出“投资与序时相比”；“通报所述状态”是通报按实施节点所说的，两者可以不同",
                            bulletin.sectors.len(),
                        )}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"领域"</th>
                            <th scope="col" class="num">{items}</th>
                            <th scope="col" class="num">{sub_items}</th>
                            <th scope="col" class="num">{invested}</th>
                            <th scope="col" class="num">{plan}</th>
                            <th scope="col" class="num">{gap}</th>
                            <th scope="col">{grade}</th>
                            <th scope="col">{status}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
