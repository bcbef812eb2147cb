//! The summary paragraph against the figures it quotes: once a quoted figure is edited, the
//! paragraph is the source's wording of figures that no longer hold, and a sentence made
//! from the current figures is shown beside it.

use serde_json::Value;

use crate::display::{amount, derived_percent, schedule_gap, share};
use crate::{Bulletin, Figures, Summary};

/// Whether the summary paragraph is still the original's while a figure it speaks of (the
/// counts, the investments, the schedule) has been edited since.
pub fn outdated(original: &Value, current: &Bulletin) -> bool {
    let Some(before) = original
        .get("summary")
        .and_then(|s| serde_json::from_value::<Summary>(s.clone()).ok())
    else {
        return false;
    };
    let now = &current.summary;
    let target_before = original.get("schedule_target_pct").and_then(Value::as_f64);
    let figures_changed = before.items != now.items
        || before.sub_items != now.sub_items
        || before.annual_investment != now.annual_investment
        || before.completed_investment != now.completed_investment
        || before.items_on_schedule != now.items_on_schedule
        || target_before != current.schedule_target_pct;
    // Text the user rewrote is theirs, and speaks of the figures as they are.
    figures_changed && before.text == now.text
}

/// The summary's figures in the bulletin's way of saying them, from the current figures.
pub fn from_figures(b: &Bulletin) -> String {
    let s = &b.summary;
    let f = Figures::of(b);
    let unit = b.currency_unit.as_str();
    let items = s
        .items
        .map_or_else(|| "各项".to_owned(), |n| format!("{n}件"));
    let mut out = format!("{items}民生实事");
    if let Some(sub) = s.sub_items {
        out.push_str(&format!("细分为{sub}个子项"));
    }
    if s.annual_investment.is_some() {
        out.push_str(&format!(
            "，年度总投资{}",
            amount(s.annual_investment, unit)
        ));
    }
    out.push('。');
    if s.completed_investment.is_some() {
        out.push_str(&format!("完成投资{}", amount(s.completed_investment, unit)));
        if s.annual_investment.is_some() {
            out.push_str(&format!(
                "，为年度计划的{}，{}",
                share(s.completed_investment, s.annual_investment),
                schedule_gap(f.schedule_gap_pp, 0)
            ));
        }
        out.push('。');
    }
    if let (Some(all), Some(on)) = (s.items, s.items_on_schedule) {
        out.push_str(&format!(
            "从实施节点看，{all}件中{on}件达序时要求，占比{}。",
            derived_percent(f.on_schedule_pct)
        ));
    }
    out
}
