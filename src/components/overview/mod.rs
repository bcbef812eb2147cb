//! The overview (总体情况): the headline figures a leader reads first. It shows what the
//! bulletin gives and leaves out what it does not, rather than a row of 未报告.

mod status_headline;
mod summary_text;

use std::sync::Arc;

use bulletin_core::display::{
    count_unit_in, derived_percent_in, not_computable_in, not_reported_in, number_in,
    out_of_range_in, percent_in, plan_share_in, readable_amount_in, schedule_gap_in,
};
use bulletin_core::edit::RecordRef;
use bulletin_core::form::{Part, label_in};
use bulletin_core::lang::Lang;
use bulletin_core::status::Grading;
use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

use crate::browser::media;
use crate::components::Open;
use crate::components::editing::Editing;
use crate::components::status_help::StatusHelp;
use crate::i18n::lang;
use crate::i18n::{Say, overview as w};
use crate::state::edited::EditedTag;
use status_headline::StatusHeadline;
use summary_text::SummaryText;

/// Key figures of the bulletin, each with a stable test id.
#[component]
pub fn Overview(
    bulletin: Arc<Bulletin>,
    figures: Figures,
    record: RwSignal<Option<Open>>,
    /// Whether the summary paragraph quotes figures that have been edited since.
    outdated: Memo<bool>,
) -> impl IntoView {
    let s = &bulletin.summary;
    let f = figures;
    let unit = bulletin.currency_unit.clone();
    let lang = lang();
    // English moves the point into CNY k/m/bn and says the unit with the figure.
    let money = |n: Option<f64>| {
        n.map(|n| match lang {
            Lang::Zh => number_in(n, 2, lang),
            Lang::En => readable_amount_in(Some(n), &unit, lang),
        })
    };
    let money_unit = match lang {
        Lang::Zh => unit.clone(),
        Lang::En => String::new(),
    };
    let on_schedule_note = match (f.on_schedule_pct, f.items_behind) {
        (Some(_), Some(0)) => w::all_on_schedule(&derived_percent_in(f.on_schedule_pct, lang)),
        (Some(_), Some(behind)) => {
            w::some_behind(&derived_percent_in(f.on_schedule_pct, lang), behind)
        }
        _ => String::new(),
    };
    let completion = plan_share_in(s, lang);
    let completion_note = match bulletin.schedule_target_pct {
        Some(target) => w::against_target(
            &percent_in(Some(target), lang),
            &schedule_gap_in(f.schedule_gap_pp, 0, lang),
        ),
        None => w::NO_TARGET.say().to_owned(),
    };
    // A card for each figure the bulletin gives; 民生实事 always, as the page's anchor.
    let cards = [
        (
            summary_label("sub_items"),
            "kpi-sub-items",
            s.sub_items.map(|n| n.to_string()),
            // stays Chinese: the format's unit, which count_unit_in/signed_count_in put in the page's language
            count_unit_in("个", lang),
            String::new(),
        ),
        (
            summary_label("annual_investment"),
            "kpi-annual-investment",
            money(s.annual_investment),
            money_unit.clone(),
            String::new(),
        ),
        (
            summary_label("completed_investment"),
            "kpi-completed-investment",
            money(s.completed_investment),
            money_unit.clone(),
            String::new(),
        ),
        (
            summary_label("plan_pct"),
            "kpi-completion-pct",
            completion,
            String::new(),
            completion_note,
        ),
        (
            summary_label("items_on_schedule"),
            "kpi-on-schedule",
            s.items_on_schedule.map(|n| n.to_string()),
            // stays Chinese: the format's unit, which count_unit_in/signed_count_in put in the page's language
            count_unit_in("件", lang),
            on_schedule_note,
        ),
    ]
    .into_iter()
    .filter(|(_, _, value, _, _)| value.is_some())
    .map(|(label, test_id, value, unit, note)| {
        view! { <Kpi label=label test_id=test_id value=value unit=unit note=note /> }
    })
    .collect_view();
    let phone = media::phone();
    let headline = {
        let (bulletin, f) = (bulletin.clone(), f.clone());
        StoredValue::new(
            move || view! { <StatusHeadline bulletin=bulletin.clone() figures=f.clone() /> },
        )
    };
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <div class="section-head">
                <h2 id="overview-title">{w::OVERVIEW.say()}</h2>
                <EditedTag record=RecordRef::Summary />
                <Editing>
                    <button type="button" class="link" data-testid="edit-summary" on:click=move |_| record.set(Some(Open::Record(RecordRef::Summary)))>
                        {w::EDIT.say()}
                    </button>
                </Editing>
                // A notice without sectors has no sector table to add one from.
                {bulletin.sectors.is_empty().then(|| view! {
                    <Editing>
                        <button type="button" class="link" data-testid="new-sector" on:click=move |_| record.set(Some(Open::New(Part::Sector)))>
                            {w::ADD_SECTOR.say()}
                        </button>
                    </Editing>
                })}
            </div>
            // On a phone the opening paragraph is folded, so that the status is on the first
            // screen; open elsewhere, and unfolded on paper.
            {bulletin.preamble.clone().map(|p| view! {
                <details class="preamble-fold" prop:open=move || !phone.get()>
                    <summary>{w::PREAMBLE.say()}</summary>
                    <p class="preamble" data-testid="preamble">{p}</p>
                </details>
            })}
            // The status in words before the figures on a phone, after them elsewhere.
            {move || phone.get().then(|| headline.with_value(|h| h()))}
            <div class="kpis">
                // stays Chinese: the format's unit, which count_unit_in/signed_count_in put in the page's language
                <Kpi label=summary_label("items") test_id="kpi-items" value=s.items.map(|n| n.to_string()) unit=count_unit_in("件", lang) note=String::new() />
                {cards}
            </div>
            {move || (!phone.get()).then(|| headline.with_value(|h| h()))}
            <StatusHelp grading=Grading::of(&bulletin) />
            <SummaryText bulletin=bulletin.clone() outdated=outdated />
        </section>
    }
}

/// A summary field's label, as the field table has it.
fn summary_label(key: &str) -> &'static str {
    label_in(Part::Summary, key, lang()).unwrap_or_default()
}

/// One figure card; an unreported figure reads 未报告, never 0.
#[component]
fn Kpi(
    label: &'static str,
    test_id: &'static str,
    value: Option<String>,
    #[prop(into)] unit: String,
    note: String,
) -> impl IntoView {
    let reported = value.is_some();
    // “数值超出范围 亿元” would read as if it were the figure.
    let figure = value
        .as_deref()
        .is_some_and(|v| v != out_of_range_in(lang()) && v != not_computable_in(lang()));
    view! {
        <div class="kpi">
            <p class="kpi-label">{label}</p>
            <p class="kpi-figure" data-testid=test_id>
                <span class="kpi-value" class:not-reported=!reported>
                    {value.unwrap_or_else(|| not_reported_in(lang()).to_owned())}
                </span>
                {figure.then(|| view! { <span class="kpi-unit">{unit}</span> })}
            </p>
            {(!note.is_empty()).then(|| view! { <p class="kpi-note">{note}</p> })}
        </div>
    }
}
