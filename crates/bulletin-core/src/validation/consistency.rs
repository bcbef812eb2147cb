//! Checks that do not make a bulletin invalid but that a careful reader would flag.

use crate::display::{amount, percent};
use crate::{Bulletin, Diagnostic, Figures, JsonPath, SectorStatus};

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

    let items: u64 = b.sectors.iter().map(|x| x.items).sum();
    if !b.sectors.is_empty() && items != s.items {
        out.push(Diagnostic::warning(
            summary.key("items"),
            format!(
                "各领域件数合计 {items} 件，与总体情况的 {} 件不一致",
                s.items
            ),
        ));
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

    let figures = Figures::of(b);
    if let Some(rest) = figures.unattributed_investment {
        let attributed = amount(Some(figures.attributed_investment), unit);
        if rest > TOLERANCE {
            let missing: Vec<&str> = b
                .sectors
                .iter()
                .filter(|x| x.completed_investment.is_none())
                .map(|x| x.name.as_str())
                .collect();
            let why = if missing.is_empty() {
                String::new()
            } else {
                format!("（未报告投资的领域：{}）", missing.join("、"))
            };
            out.push(Diagnostic::warning(
                sectors.clone(),
                format!(
                    "各领域已报告的完成投资合计 {attributed}，比总体完成投资少 {}，这部分投资未归入任何领域{why}",
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

    let target = b.schedule_target_pct;
    for (i, sector) in b.sectors.iter().enumerate() {
        let Some(pct) = sector.plan_pct else { continue };
        let behind_by_figures = pct < target;
        let said = sector.status;
        let disagrees = match said {
            SectorStatus::Ahead | SectorStatus::OnSchedule => behind_by_figures,
            SectorStatus::Behind => !behind_by_figures,
        };
        if disagrees {
            let relation = if behind_by_figures {
                "低于"
            } else {
                "不低于"
            };
            out.push(Diagnostic::warning(
                sectors.index(i).key("status"),
                format!(
                    "{}的状态为“{}”，但完成年度计划 {} {relation}序时进度 {}",
                    sector.name,
                    said.label(),
                    percent(Some(pct)),
                    percent(Some(target)),
                ),
            ));
        }
    }

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
