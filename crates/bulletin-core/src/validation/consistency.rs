//! Checks that do not make a bulletin invalid but that a careful reader would flag.

use crate::display::amount;
use crate::{Bulletin, Diagnostic, Figures, JsonPath};

/// Amounts closer than this are equal: the source rounds to 0.1.
const TOLERANCE: f64 = 0.05;

/// Every consistency warning of a valid bulletin.
// None reads a project: the workbench keeps the warnings as they were after an edit of
// projects only (edit/workbench.rs), so a warning about projects must change that too.
pub(crate) fn warnings(b: &Bulletin) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let root = JsonPath::root();
    let summary = root.key("summary");
    let sectors = root.key("sectors");
    let unit = b.currency_unit.as_str();
    let s = &b.summary;
    let figures = Figures::of(b);

    let items: u64 = b.sectors.iter().map(|x| x.items).sum();
    if let Some(total) = s.items
        && !b.sectors.is_empty()
        && items != total
    {
        out.push(Diagnostic::warning(
            summary.key("items"),
            format!("各领域件数合计 {items} 件，与总体情况的 {total} 件不一致"),
        ));
    }
    // Notices do publish classes that leave items out; said calmly, as a fact of the file.
    if let (Some(total), Some(counts)) = (s.items, &s.status_counts) {
        let counted: u64 = counts.values().fold(0, |a, &n| a.saturating_add(n));
        let words = figures
            .status_counts
            .iter()
            .map(|(class, n)| format!("{} {n} 件", class.label()))
            .collect::<Vec<_>>()
            .join("、");
        if counted < total {
            out.push(Diagnostic::warning(
                summary.key("status_counts"),
                format!(
                    "各类合计 {counted} 件（{words}），总数 {total} 件中有 {} 件未归入任何一类",
                    total - counted
                ),
            ));
        } else if counted > total {
            out.push(Diagnostic::warning(
                summary.key("status_counts"),
                format!(
                    "各类合计 {counted} 件（{words}），比总数 {total} 件多 {} 件",
                    counted - total
                ),
            ));
        }
    }
    let sub_items: Option<u64> = b.sectors.iter().map(|x| x.sub_items).sum();
    if let (Some(sum), Some(total)) = (sub_items, s.sub_items)
        && !b.sectors.is_empty()
        && sum != total
    {
        out.push(Diagnostic::warning(
            summary.key("sub_items"),
            format!("各领域事项合计 {sum} 个，与总体情况的 {total} 个不一致"),
        ));
    }
    if let (Some(done), Some(plan)) = (s.completed_investment, s.annual_investment)
        && done > plan + TOLERANCE
    {
        out.push(Diagnostic::warning(
            summary.key("completed_investment"),
            format!(
                "完成投资 {} 超过年度总投资 {}",
                amount(Some(done), unit),
                amount(Some(plan), unit)
            ),
        ));
    }

    if let Some(rest) = figures.unattributed_investment {
        let attributed = amount(Some(figures.attributed_investment), unit);
        // Where a sector gives no figure the rest may well be its: only a sum of every
        // sector's figure can contradict the total.
        let all_reported =
            !b.sectors.is_empty() && b.sectors.iter().all(|x| x.completed_investment.is_some());
        if rest > TOLERANCE && all_reported {
            out.push(Diagnostic::warning(
                sectors.clone(),
                format!(
                    "各领域完成投资合计 {attributed}，比总体完成投资 {} 少 {}",
                    amount(s.completed_investment, unit),
                    amount(Some(rest), unit)
                ),
            ));
        } else if rest < -TOLERANCE {
            out.push(Diagnostic::warning(
                sectors.clone(),
                format!(
                    "各领域完成投资合计 {attributed}，超过总体完成投资 {}",
                    amount(s.completed_investment, unit)
                ),
            ));
        }
    }

    // A sector's status is about its milestones, its 占年度计划 about money: the bulletin
    // may well call a sector 按序时 at 43 % against a 50 % schedule, so the two are never
    // compared here (see crate::status).

    if let Some((year, _)) = b.period.start.split_once('-')
        && year.parse::<i64>().ok() != Some(b.period.year)
    {
        out.push(Diagnostic::warning(
            root.key("period").key("year"),
            format!(
                "年份 {} 与开始日期 {} 不在同一年",
                b.period.year, b.period.start
            ),
        ));
    }
    out
}
