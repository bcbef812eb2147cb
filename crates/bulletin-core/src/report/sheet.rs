//! Tables for Excel: the ledger of the listed projects and the report's attachment, as sheets
//! of typed cells (numbers as numbers, dates as dates, nothing given as an empty cell) with
//! widths that fit Chinese text.

use super::{Cell, Column, Report, Sheet};
use crate::form::{Part, field_label, fields};
use crate::supervision::{Day, Judge};
use crate::{Bulletin, Project};

/// The ledger sheet's name.
const LEDGER_NAME: &str = "问题项目台账";
/// The attachment sheet's name.
const ATTACHMENT_NAME: &str = "附件汇总表";
/// The narrowest and widest a column is made, in characters (a Chinese character counts two).
const WIDTH_MIN: f64 = 8.0;
const WIDTH_MAX: f64 = 60.0;

/// The ledger of `bulletin.projects[i]` for each `i` in `indices`, in that order (indices out
/// of range are left out).
///
/// Its columns are the CSV's (the same fields, the same labels, the id last), with the
/// supervision columns and, when any project of the bulletin gives them, each of the
/// project figures. 预警 is judged on `today` when given (the copy being worked on, as the
/// page judges it), else on the bulletin's period end; it is left empty when neither day
/// reads as a date.
pub fn ledger_sheet(bulletin: &Bulletin, indices: &[usize], today: Option<&str>) -> Sheet {
    let judge = today
        .and_then(|t| Judge::of(bulletin, true, t))
        .or_else(|| Judge::of(bulletin, false, ""));
    let keys = ledger_keys(bulletin);
    let headers: Vec<String> = keys.iter().map(|&k| header(bulletin, k)).collect();
    let rows: Vec<Vec<Cell>> = indices
        .iter()
        .filter_map(|&i| bulletin.projects.get(i))
        .map(|p| {
            keys.iter()
                .map(|&k| cell(bulletin, p, k, judge.as_ref()))
                .collect()
        })
        .collect();
    sheet(LEDGER_NAME, headers, rows)
}

/// The report's attachment as a sheet, when it has one: 序号 as a number, the rest as text.
pub fn attachment_sheet(report: &Report) -> Option<Sheet> {
    let table = report.attachment.as_ref()?;
    let count = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([table.header.len()])
        .max()
        .unwrap_or(0);
    let mut headers: Vec<String> = table.header.clone();
    headers.resize(count, String::new());
    let rows = table
        .rows
        .iter()
        .map(|row| {
            (0..count)
                .map(|c| {
                    let value = row.get(c).map_or("", String::as_str);
                    if headers[c].trim() == "序号" {
                        number_or_text(value)
                    } else {
                        text(value)
                    }
                })
                .collect()
        })
        .collect();
    Some(sheet(ATTACHMENT_NAME, headers, rows))
}

/// A ledger column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    /// A text field of the CSV, by its path in the field table.
    Csv(&'static str),
    /// A project figure, by its path in the field table.
    Figure(&'static str),
    Owner,
    Deadline,
    ResolvedOn,
    Warning,
    LatestFollowUp,
    Id,
}

/// The figures, by their paths in the field table, in the editor's order.
const FIGURES: [&str; 4] = [
    "figures/planned_investment",
    "figures/completed_investment",
    "figures/plan_pct",
    "figures/progress_pct",
];

fn ledger_keys(b: &Bulletin) -> Vec<Key> {
    let csv = crate::csv::COLUMNS;
    // The CSV's columns in its order, the problem's description followed by the project's
    // figures and supervision, staff's note and the id last.
    let (before_note, note) = csv.split_at(csv.len() - 1);
    let mut keys: Vec<Key> = before_note.iter().map(|&f| Key::Csv(f)).collect();
    keys.extend(
        FIGURES
            .into_iter()
            .filter(|&f| b.projects.iter().any(|p| figure(p, f).is_some()))
            .map(Key::Figure),
    );
    keys.extend([
        Key::Owner,
        Key::Deadline,
        Key::ResolvedOn,
        Key::Warning,
        Key::LatestFollowUp,
    ]);
    keys.extend(note.iter().map(|&f| Key::Csv(f)));
    keys.push(Key::Id);
    keys
}

fn header(b: &Bulletin, key: Key) -> String {
    let from_table = |path: &str| {
        // The caption carries the unit (`计划投资（亿元）`, `占年度计划（%）`); a bulletin
        // with no currency unit gets the bare label.
        fields(Part::Project, Some(b))
            .into_iter()
            .find(|f| f.path == path)
            .map(|f| match f.unit.as_deref() {
                Some(u) if !u.trim().is_empty() => f.caption(),
                _ => f.label.to_owned(),
            })
            .unwrap_or_else(|| path.to_owned())
    };
    match key {
        Key::Csv(f) => crate::form::label(Part::Project, f)
            .unwrap_or_default()
            .to_owned(),
        Key::Figure(f) => from_table(f),
        Key::Owner => from_table("owner"),
        Key::Deadline => from_table("deadline"),
        Key::ResolvedOn => from_table("resolved_on"),
        Key::Warning => "预警".to_owned(),
        Key::LatestFollowUp => "最新督办".to_owned(),
        Key::Id => field_label("projects", "id").to_owned(),
    }
}

fn cell(b: &Bulletin, p: &Project, key: Key, judge: Option<&Judge>) -> Cell {
    match key {
        Key::Csv("name") => text(&p.name),
        Key::Csv("sector") => match p.sector.as_deref() {
            Some(id) => text(b.sector(id).map_or(id, |s| s.name.as_str())),
            None => Cell::Empty,
        },
        Key::Csv("lead_unit") => text(p.lead_unit.as_deref().unwrap_or_default()),
        Key::Csv("districts") => text(&p.districts().join("、")),
        Key::Csv("status") => text(p.status.label()),
        Key::Csv("problem_types") => {
            let names: Vec<&str> = p
                .problem_types
                .iter()
                .map(|id| b.problem_type(id).map_or(id.as_str(), |t| t.name.as_str()))
                .collect();
            text(&names.join("、"))
        }
        Key::Csv("issue") => text(&p.issue),
        Key::Csv("note") => text(&p.note),
        Key::Csv(_) => Cell::Empty,
        Key::Figure(f) => figure(p, f).map_or(Cell::Empty, Cell::Number),
        Key::Owner => text(p.owner.as_deref().unwrap_or_default()),
        Key::Deadline => date(p.deadline.as_deref()),
        Key::ResolvedOn => date(p.resolved_on.as_deref()),
        Key::Warning => judge.map_or(Cell::Empty, |j| text(j.warning(p).label())),
        Key::LatestFollowUp => latest_follow_up(p),
        Key::Id => text(&p.id),
    }
}

/// A project figure at `path`, when given and finite.
fn figure(p: &Project, path: &str) -> Option<f64> {
    let f = p.figures.as_ref()?;
    let value = match path {
        "figures/planned_investment" => f.planned_investment,
        "figures/completed_investment" => f.completed_investment,
        "figures/plan_pct" => f.plan_pct,
        "figures/progress_pct" => f.progress_pct,
        _ => None,
    }?;
    value.is_finite().then_some(value)
}

/// The latest follow-up as the ledger shows it: `2023-07-05 电话督办（市督查室），共 2 次`.
fn latest_follow_up(p: &Project) -> Cell {
    p.latest_follow_up_line()
        .map_or(Cell::Empty, |line| text(line.trim()))
}

/// Text as it is, or an empty cell for nothing (blank) given.
fn text(value: &str) -> Cell {
    if value.trim().is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value.to_owned())
    }
}

/// A date when it reads as one, else the text as written.
fn date(value: Option<&str>) -> Cell {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Cell::Empty;
    };
    match Day::parse(value) {
        Some(day) if value.len() == 10 => Cell::Date(day.iso()),
        _ => Cell::Text(value.to_owned()),
    }
}

/// A whole number when it reads as one (序号), else text.
fn number_or_text(value: &str) -> Cell {
    match value.trim().parse::<u64>() {
        Ok(n) => Cell::Number(n as f64),
        Err(_) => text(value),
    }
}

fn sheet(name: &str, headers: Vec<String>, rows: Vec<Vec<Cell>>) -> Sheet {
    let columns = headers
        .into_iter()
        .enumerate()
        .map(|(c, header)| {
            let widest = rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(cell_width)
                .fold(0.0, f64::max);
            Column {
                // The header leaves room for its filter button.
                width: (widest.max(text_width(&header) + 2.0) + 1.0).clamp(WIDTH_MIN, WIDTH_MAX),
                header,
            }
        })
        .collect();
    Sheet {
        name: name.to_owned(),
        columns,
        rows,
    }
}

fn cell_width(cell: &Cell) -> f64 {
    match cell {
        Cell::Empty => 0.0,
        Cell::Text(t) => text_width(t),
        Cell::Number(n) => format!("{n}").len() as f64,
        Cell::Date(_) => 10.0,
    }
}

/// The width of `s` in characters, a Chinese (wide) character counting two; of several
/// lines, the widest (as a sheet's columns are measured, and the writer wraps what is wider).
pub fn text_width(s: &str) -> f64 {
    s.lines()
        .map(|line| line.chars().map(char_width).sum::<usize>())
        .max()
        .unwrap_or(0) as f64
}

fn char_width(c: char) -> usize {
    let wide = matches!(
        c as u32,
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD
    );
    if wide { 2 } else { 1 }
}

#[cfg(test)]
mod tests {
    use super::{date, number_or_text, text_width};
    use crate::report::Cell;

    #[test]
    fn chinese_counts_two() {
        assert_eq!(text_width("abc"), 3.0);
        assert_eq!(text_width("项目名称"), 8.0);
        assert_eq!(text_width("（一）A"), 7.0);
        assert_eq!(text_width("短\n更长一行"), 8.0);
        assert_eq!(text_width(""), 0.0);
    }

    #[test]
    fn dates_and_numbers_read_or_stay_text() {
        assert_eq!(date(Some("2023-06-30")), Cell::Date("2023-06-30".into()));
        assert_eq!(date(Some(" 2023-06-30 ")), Cell::Date("2023-06-30".into()));
        assert_eq!(date(Some("2023-02-30")), Cell::Text("2023-02-30".into()));
        assert_eq!(date(Some("月底前")), Cell::Text("月底前".into()));
        assert_eq!(date(Some("")), Cell::Empty);
        assert_eq!(date(None), Cell::Empty);
        assert_eq!(number_or_text(" 3 "), Cell::Number(3.0));
        assert_eq!(number_or_text("合计"), Cell::Text("合计".into()));
        assert_eq!(number_or_text(""), Cell::Empty);
    }
}
