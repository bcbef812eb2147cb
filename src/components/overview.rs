//! The overview (总体情况): the headline figures a leader reads first.

use std::sync::Arc;

use bulletin_core::display::{
    NOT_COMPUTABLE, NOT_REPORTED, OUT_OF_RANGE, derived_percent, number, percent, schedule_gap,
    share,
};
use bulletin_core::status::{Grading, ItemStatus};
use bulletin_core::summary_text;
use bulletin_core::{Bulletin, Figures};
use leptos::prelude::*;

use crate::components::Open;
use crate::components::status::GradeBadge;
use crate::components::status_help::StatusHelp;
use crate::state::edited::EditedTag;

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
    let money = |n: Option<f64>| n.map(|n| number(n, 2));
    let gap = schedule_gap(f.schedule_gap_pp, 0);
    let on_schedule_note = match f.on_schedule_pct {
        Some(_) if f.items_behind == 0 => {
            format!("占 {}，全部达序时", derived_percent(f.on_schedule_pct))
        }
        Some(_) => format!(
            "占 {}，{} 件未达序时",
            derived_percent(f.on_schedule_pct),
            f.items_behind
        ),
        None => String::new(),
    };
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <div class="section-head">
                <h2 id="overview-title">"总体情况"</h2>
                <EditedTag key="summary".to_owned() />
                <button type="button" class="link" data-testid="edit-summary" on:click=move |_| record.set(Some(Open::Summary))>
                    "编辑"
                </button>
            </div>
            {bulletin.preamble.clone().map(|p| view! { <p class="preamble" data-testid="preamble">{p}</p> })}
            <div class="kpis">
                <Kpi label="民生实事" test_id="kpi-items" value=Some(s.items.to_string()) unit="件" note=String::new() />
                <Kpi
                    label="细分子项"
                    test_id="kpi-sub-items"
                    value=s.sub_items.map(|n| n.to_string())
                    unit="个"
                    note=String::new()
                />
                <Kpi
                    label="年度总投资"
                    test_id="kpi-annual-investment"
                    value=money(s.annual_investment)
                    unit=unit.clone()
                    note=String::new()
                />
                <Kpi
                    label="已完成投资"
                    test_id="kpi-completed-investment"
                    value=money(s.completed_investment)
                    unit=unit.clone()
                    note=String::new()
                />
                <Kpi
                    label="完成年度计划"
                    test_id="kpi-completion-pct"
                    value=s
                        .completed_investment
                        .and(s.annual_investment)
                        .map(|_| share(s.completed_investment, s.annual_investment))
                    unit=""
                    note=format!("序时进度 {}，{}", percent(Some(bulletin.schedule_target_pct)), gap)
                />
                <Kpi
                    label="按序时推进"
                    test_id="kpi-on-schedule"
                    value=Some(s.items_on_schedule.to_string())
                    unit="件"
                    note=on_schedule_note
                />
            </div>
            <StatusHeadline bulletin=bulletin.clone() figures=f.clone() />
            <StatusHelp grading=Grading::of(&bulletin) />
            <SummaryText bulletin=bulletin.clone() outdated=outdated />
        </section>
    }
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
        .is_some_and(|v| v != OUT_OF_RANGE && v != NOT_COMPUTABLE);
    view! {
        <div class="kpi">
            <p class="kpi-label">{label}</p>
            <p class="kpi-figure" data-testid=test_id>
                <span class="kpi-value" class:not-reported=!reported>
                    {value.unwrap_or_else(|| NOT_REPORTED.to_owned())}
                </span>
                {figure.then(|| view! { <span class="kpi-unit">{unit}</span> })}
            </p>
            {(!note.is_empty()).then(|| view! { <p class="kpi-note">{note}</p> })}
        </div>
    }
}

/// The two measures in one sentence each, saying what they count: items by their milestones
/// (the bulletin's status), investment against the schedule (worked out).
#[component]
fn StatusHeadline(bulletin: Arc<Bulletin>, figures: Figures) -> impl IntoView {
    let s = &bulletin.summary;
    let counts = [
        (ItemStatus::OnSchedule, s.items_on_schedule),
        (ItemStatus::Behind, figures.items_behind),
    ];
    let parts = counts
        .into_iter()
        .enumerate()
        .map(|(i, (status, n))| {
            view! {
                {(i > 0).then_some("、")}
                <span class="status-count" data-testid="status-count" data-status=status.id() data-count=n.to_string()>
                    {format!("{n} 件{}", status.label())}
                </span>
            }
        })
        .collect_view();
    let grade = Grading::of(&bulletin).grade(figures.schedule_gap_pp);
    let money = grade.map(|g| {
        view! {
            <p>
                {format!(
                    "从投资看：完成年度计划 {}，序时进度 {}，",
                    share(s.completed_investment, s.annual_investment),
                    percent(Some(bulletin.schedule_target_pct)),
                )}
                <GradeBadge grade=g />
                {format!("（{}）。", schedule_gap(figures.schedule_gap_pp, 0))}
            </p>
        }
    });
    view! {
        <div class="status-headline" data-testid="status-headline">
            <p>{format!("从实施节点看：{} 件民生实事中 ", s.items)}{parts}"。"</p>
            {money}
        </div>
    }
}

/// The bulletin's own summary paragraph; once a figure it quotes has been edited it is marked
/// as the source's wording, with a sentence from the current figures beside it.
#[component]
fn SummaryText(bulletin: Arc<Bulletin>, outdated: Memo<bool>) -> impl IntoView {
    let text = bulletin.summary.text.clone();
    let now = summary_text::from_figures(&bulletin);
    move || {
        if outdated.get() {
            view! {
                <div class="summary-text outdated" data-testid="summary-outdated">
                    <p class="summary-now" data-testid="summary-now">
                        <strong>"按当前数字："</strong>
                        {now.clone()}
                    </p>
                    <p class="summary-original">
                        <strong>"通报原文（其中的数字已被修改，仅作对照）："</strong>
                        {text.clone()}
                    </p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="summary-text">{text.clone()}</p> }.into_any()
        }
    }
}
