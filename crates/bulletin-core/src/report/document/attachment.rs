//! The attachment 推进未达序时民生实事项目及存在问题汇总表: the projects still held back
//! when the period ended, each in the bulletin's words.

use super::{chinese_date, typeset};
use crate::report::Table;
use crate::supervision::{Day, is_closed, is_resolved};
use crate::{Bulletin, Project, ProjectStatus};

/// The attachment's title.
pub(crate) const TITLE: &str = "推进未达序时民生实事项目及存在问题汇总表";

/// Whether `p` is listed: lagging (推进滞后), in difficulty (存在困难) or listed as not yet
/// finished (尚未完成), and not resolved by the period's end (with no readable end, not
/// resolved at all) — the projects 红黑榜 counts as problems.
pub(crate) fn listed(b: &Bulletin, p: &Project) -> bool {
    let resolved = match Day::parse(&b.period.end) {
        Some(end) => is_resolved(p, end),
        None => is_closed(p),
    };
    !resolved
        && matches!(
            p.status,
            ProjectStatus::Behind | ProjectStatus::AtRisk | ProjectStatus::Unfinished
        )
}

/// The attachment of `b`, when it lists any project. 领域 is a column when the bulletin has
/// sectors; 责任人 and 整改时限 when any listed project has one.
pub(crate) fn table(b: &Bulletin) -> Option<Table> {
    let projects: Vec<&Project> = b.projects.iter().filter(|p| listed(b, p)).collect();
    if projects.is_empty() {
        return None;
    }
    let with_sector = !b.sectors.is_empty();
    let owner = |p: &Project| given(p.owner.as_deref()).map(str::to_owned);
    let deadline = |p: &Project| {
        given(p.deadline.as_deref()).map(|d| chinese_date(d).unwrap_or_else(|| d.to_owned()))
    };
    let with_owner = projects.iter().any(|p| owner(p).is_some());
    let with_deadline = projects.iter().any(|p| deadline(p).is_some());
    let mut header = vec!["序号", "项目"];
    header.extend(with_sector.then_some("领域"));
    header.extend(["牵头单位", "县区", "状态", "存在问题"]);
    header.extend(with_owner.then_some("责任人"));
    header.extend(with_deadline.then_some("整改时限"));
    let rows = projects
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![(i + 1).to_string(), typeset(p.name.trim())];
            if with_sector {
                let sector = p.sector.as_deref().and_then(|id| b.sector(id));
                row.push(sector.map(|s| s.name.trim().to_owned()).unwrap_or_default());
            }
            row.push(given(p.lead_unit.as_deref()).unwrap_or_default().to_owned());
            row.push(p.districts().join("、"));
            row.push(p.status.label().to_owned());
            row.push(issue(p));
            if with_owner {
                row.push(owner(p).unwrap_or_default());
            }
            if with_deadline {
                row.push(deadline(p).unwrap_or_default());
            }
            row
        })
        .collect();
    Some(Table {
        title: TITLE.to_owned(),
        header: header.into_iter().map(str::to_owned).collect(),
        rows,
    })
}

/// A text that says something, trimmed.
fn given(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// The project's problem: its issue, else its problems by district (`赣榆区：…；海州区：…`).
fn issue(p: &Project) -> String {
    if let Some(issue) = given(Some(&p.issue)) {
        return typeset(issue);
    }
    let by_district: Vec<String> = p
        .problems
        .iter()
        .flatten()
        .filter_map(|x| {
            let text = given(Some(&x.text))?;
            Some(match given(x.district.as_deref()) {
                Some(d) => format!("{d}：{}", typeset(text)),
                None => typeset(text),
            })
        })
        .collect();
    by_district.join("；")
}
