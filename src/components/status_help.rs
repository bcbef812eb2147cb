//! 说明: what the statuses and the grades mean, from the core's one vocabulary.

use bulletin_core::status::{Grade, Grading, Level, vocabulary};
use leptos::prelude::*;

/// A short explanation the reader can open: the two measures, each status in the
/// bulletin's words, and the grading thresholds in force.
#[component]
pub fn StatusHelp(grading: Grading) -> impl IntoView {
    let words = vocabulary();
    // Each word of `level` with its badge, keyed as the page keys it (`data-status`, or
    // `data-warning` for a warning).
    let badges = |level: Level| {
        let (class, warning) = match level {
            Level::Warning => ("warning", true),
            _ => ("status", false),
        };
        words
            .iter()
            .filter(|w| w.level == level)
            .map(|w| {
                view! {
                    <li>
                        <span class=format!("badge {class}-{}", w.key)
                            data-status=(!warning).then_some(w.key) data-warning=warning.then_some(w.key)>
                            {w.label}
                        </span>
                        {format!("：{}", w.meaning)}
                    </li>
                }
            })
            .collect_view()
    };
    let levels = [Level::Item, Level::Sector, Level::Project]
        .into_iter()
        .map(|level| {
            view! {
                <li>
                    <strong>{level.label()}</strong>
                    <ul>{badges(level)}</ul>
                </li>
            }
        })
        .collect_view();
    let warnings = badges(Level::Warning);
    let grades = Grade::ALL
        .into_iter()
        .map(|g| {
            view! {
                <li>
                    <span class=format!("badge grade-{}", g.key()) data-grade=g.key()>{g.label()}</span>
                    {format!("：{}", grading.meaning(g))}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="status-help" data-testid="status-help">
            <summary>"说明：状态与序时"</summary>
            <p>
                "通报用两种尺度说进度：按实施节点（项目是否达到序时要求）和按投资（完成年度计划与序时进度相比）。"
                "一个领域可以按节点“按序时”而投资低于序时，反之亦然；本页分开显示，不拿一个去判断另一个。"
            </p>
            <h3>"通报所述状态（按实施节点）"</h3>
            <ul class="status-levels">{levels}</ul>
            <h3>"投资与序时相比（由数字算出）"</h3>
            <p>"与序时差距 = 完成年度计划 − 序时进度，单位为百分点。"</p>
            <ul>{grades}</ul>
            <h3>"整改时限预警（由整改时限、办结日期和判断日算出）"</h3>
            <ul>{warnings}</ul>
        </details>
    }
}
