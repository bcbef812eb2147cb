//! The sector table: figures and status of each of the bulletin's sectors.

use std::sync::Arc;

use bulletin_core::display::{not_reported_in, number_in, percent_in, signed_points_in, unit_in};
use bulletin_core::edit::RecordRef;
use bulletin_core::form::Part;
use bulletin_core::status::Grading;
use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

use crate::components::Open;
use crate::i18n::lang;
use crate::state::edited::EditedTag;

use super::status::{GradeBadge, SectorStatusBadge};
use crate::components::editing::Editing;
use crate::i18n::{Say, sections as w};

/// One row per sector, with the gap of its % of plan to the schedule target.
#[component]
pub fn SectorTable(
    bulletin: Arc<Bulletin>,
    figures: Figures,
    record: RwSignal<Option<Open>>,
) -> impl IntoView {
    let lang = lang();
    let target = percent_in(bulletin.schedule_target_pct, lang);
    let grading = Grading::of(&bulletin);
    let unit = bulletin.currency_unit.clone();
    // The column headings; on a phone, where each row is a card, each cell says its own.
    let invested = w::invested(&unit_in(&unit, lang));
    let [items, sub_items, invested, plan, gap, grade, status] = [
        w::ITEMS.say(),
        w::TASKS.say(),
        invested.as_str(),
        w::PLAN_SHARE.say(),
        w::GAP.say(),
        w::GRADE.say(),
        w::REPORTED_STATUS.say(),
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
            let not_reported = |n: Option<String>| n.unwrap_or_else(|| not_reported_in(lang).to_owned());
            let label = w::edit_sector(&s.name);
            view! {
                <tr data-testid="sector-row" data-sector-id=s.id.clone()>
                    <th scope="row">
                        {s.name.clone()}
                        <EditedTag record=RecordRef::Sector(s.id.clone()) />
                        <Editing>
                            <button type="button" class="link edit" data-testid="edit-sector" aria-label=label.clone() on:click=open.clone()>
                                {w::EDIT.say()}
                            </button>
                        </Editing>
                    </th>
                    <td class="num" data-label=items.clone()>{s.items}</td>
                    <td class="num" data-label=sub_items.clone()>{not_reported(s.sub_items.map(|n| n.to_string()))}</td>
                    <td class="num" data-label=invested.clone()>{not_reported(s.completed_investment.map(|n| number_in(n, 2, lang)))}</td>
                    <td class="num" data-label=plan.clone()>{percent_in(s.plan_pct, lang)}</td>
                    <td class="num" data-label=gap.clone()>{signed_points_in(f.schedule_gap_pp, 1, lang)}</td>
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
                <h2 id="sectors-title">{w::SECTORS.say()}</h2>
                <Editing>
                    <button type="button" class="link" data-testid="new-sector" on:click=move |_| record.set(Some(Open::New(Part::Sector)))>
                        {w::ADD_SECTOR.say()}
                    </button>
                </Editing>
            </div>
            <div class="table-scroll">
                <table class="sector-table">
                    <caption>
                        {w::sector_caption(bulletin.sectors.len(), &unit_in(&unit, lang), &target)}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{w::SECTOR.say()}</th>
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
