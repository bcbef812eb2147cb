//! What a table's header row names: each cell's column, read from the words offices write
//! (项目名称 · 所在县区 · 计划投资（万元） · 完成投资（万元） · 占年度计划（%） · 形象进度 ·
//! 存在问题 · 牵头部门 · 备注 …), and the unit of its amounts.

use super::row::Row;
use crate::draft::text::{at, find, has};

/// The column of each kind, by its index among the row's cells (the first of a kind wins).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Columns {
    pub serial: Option<usize>,
    pub name: Option<usize>,
    pub district: Option<usize>,
    pub progress: Option<usize>,
    pub plan_pct: Option<usize>,
    pub completed: Option<usize>,
    pub planned: Option<usize>,
    pub status: Option<usize>,
    pub issue: Option<usize>,
    pub remark: Option<usize>,
    pub lead: Option<usize>,
    pub level: Option<usize>,
    /// The unit of the completed and planned investments, as a power of ten of 元, when the
    /// header (or a `单位：万元` line above it) says it.
    pub completed_exp: Option<i32>,
    pub planned_exp: Option<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Serial,
    Name,
    District,
    Progress,
    PlanPct,
    Completed,
    Planned,
    Status,
    Issue,
    Remark,
    Lead,
    Level,
}

/// The column a header cell names; the more exact words first (所在县区 before 项目,
/// 完成投资占年度计划 before 完成投资, 序时进度 is no project's progress).
fn kind(w: &[char]) -> Option<Kind> {
    let any = |words: &[&str]| words.iter().any(|x| has(w, x));
    let is = |word: &str| w.iter().copied().eq(word.chars());
    Some(if any(&["序号", "编号"]) || is("序") {
        Kind::Serial
    } else if any(&["县区", "区县", "县（", "县市区", "所在地", "属地", "乡镇"]) || is("地区")
    {
        Kind::District
    } else if any(&["序时", "计划进度", "目标进度", "时间节点", "总投资"]) {
        return None;
    } else if any(&[
        "占年度",
        "占全年",
        "占计划",
        "完成比例",
        "完成率",
        "占比",
        "完成年度计划",
    ]) || has(w, "进度") && has(w, "投资")
    {
        Kind::PlanPct
    } else if any(&["进度", "完成情况"]) {
        Kind::Progress
    } else if has(w, "投资") && any(&["完成", "累计"]) && !has(w, "计划完成") {
        Kind::Completed
    } else if any(&["计划投资", "年度投资", "投资计划"]) {
        Kind::Planned
    } else if any(&["状态", "进展", "推进情况", "是否滞后"]) {
        Kind::Status
    } else if any(&["问题", "困难", "原因"]) {
        Kind::Issue
    } else if any(&["备注", "说明"]) {
        Kind::Remark
    } else if any(&["牵头", "责任", "主管", "主办"]) {
        Kind::Lead
    } else if any(&["级别", "层级", "类别"]) {
        Kind::Level
    } else if any(&["项目", "名称", "内容", "事项", "实事", "任务"]) {
        Kind::Name
    } else {
        return None;
    })
}

/// The unit an amount's words name: 亿元 8, 万元 4, 元 0.
pub(super) fn unit_in(w: &[char]) -> Option<i32> {
    if has(w, "亿元") || has(w, "（亿") {
        Some(8)
    } else if has(w, "万元") || has(w, "（万") {
        Some(4)
    } else if has(w, "元") {
        Some(0)
    } else {
        None
    }
}

/// The unit of the whole table, from `单位：万元` (or `单位:亿元`) in the words before it.
pub(super) fn table_unit(c: &[char]) -> Option<i32> {
    let k = find(c, "单位", 0)?;
    unit_in(&c[k..c.len().min(k + 8)])
}

/// The columns of a header row: a name and one more column a project has (its progress,
/// unit, district, problem, status or figures); `None` when the row is not one.
pub(super) fn header(row: &Row, unit: Option<i32>) -> Option<Columns> {
    let mut col = Columns::default();
    for (k, &(a, b)) in row.cells.iter().enumerate() {
        let w = &row.chars[a..b];
        let Some(kind) = kind(w) else { continue };
        let slot = match kind {
            Kind::Serial => &mut col.serial,
            Kind::Name => &mut col.name,
            Kind::District => &mut col.district,
            Kind::Progress => &mut col.progress,
            Kind::PlanPct => &mut col.plan_pct,
            Kind::Completed => &mut col.completed,
            Kind::Planned => &mut col.planned,
            Kind::Status => &mut col.status,
            Kind::Issue => &mut col.issue,
            Kind::Remark => &mut col.remark,
            Kind::Lead => &mut col.lead,
            Kind::Level => &mut col.level,
        };
        if slot.is_none() {
            *slot = Some(k);
            match kind {
                Kind::Completed => col.completed_exp = unit_in(w).or(unit),
                Kind::Planned => col.planned_exp = unit_in(w).or(unit),
                _ => {}
            }
        }
    }
    let more = [
        col.progress,
        col.lead,
        col.district,
        col.issue,
        col.status,
        col.completed,
        col.planned,
        col.plan_pct,
    ];
    (row.cells.len() >= 3 && col.name.is_some() && more.iter().any(Option::is_some)).then_some(col)
}

/// A second header row of units only (`\t\t（万元）\t（万元）`): the units it gives.
pub(super) fn units_row(row: &Row, col: &mut Columns) {
    if let Some((a, b)) = row.cell(col.completed)
        && let Some(e) = unit_in(&row.chars[a..b])
    {
        col.completed_exp = Some(e);
    }
    if let Some((a, b)) = row.cell(col.planned)
        && let Some(e) = unit_in(&row.chars[a..b])
    {
        col.planned_exp = Some(e);
    }
}

/// The parts of a cell naming several places: `赣榆区、海州区`, `舒城县，霍山县`, `赣榆区 海州区`
/// (a .docx cell's paragraphs); a mark inside brackets does not split.
pub(super) fn places(c: &[char], (a, b): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = a;
    for i in a..=b {
        if i < b {
            match c[i] {
                '（' => depth += 1,
                '）' => depth -= 1,
                _ => {}
            }
        }
        let sep = i == b || depth <= 0 && ("、，；/".contains(c[i]) || c[i].is_whitespace());
        if sep {
            let (mut x, mut y) = (start, i);
            while x < y && c[x].is_whitespace() {
                x += 1;
            }
            while y > x && c[y - 1].is_whitespace() {
                y -= 1;
            }
            let part = &c[x..y];
            let vague = ["全", "各", "相关", "有关", "部分"];
            if y > x
                && !super::row::blank(part)
                && !vague.iter().any(|v| at(part, 0, v))
                && !has(part, "县区")
            {
                out.push((x, y));
            }
            start = i + 1;
        }
    }
    out
}
