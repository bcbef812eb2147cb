//! A table pasted as text (or a .docx table, by `docx::to_text`), one row a line and cells
//! apart by tabs (or `|`): a header row naming its columns (see [`columns`]), then one
//! project a row: its district(s), figures (amounts in the draft's unit, from the header's
//! 万元 or the cell's own unit), progress %, status, lead unit, level, and the problem (存在问题,
//! else the remark) as its issue, with its towns (赤溪、灵溪偏慢: the towns are the ones of
//! the item's own name). A cell that is empty or says 无, —, 未报告 gives nothing.

mod columns;
mod row;

use serde_json::Value;

use super::Reader;
use super::names::{self, is_unit};
use super::numerals::{first_amount, json_number};
use super::phrases::lags;
use super::projects::{Mention, put};
use super::text::{has, is_han};
use columns::Columns;
use row::Row;

/// The towns of an item's name: `桥墩镇、赤溪镇、灵溪镇观美` → 桥墩镇, 赤溪镇, 灵溪镇.
fn towns(c: &[char]) -> Vec<String> {
    (2..c.len())
        .filter(|&i| matches!(c[i], '镇' | '乡') && is_han(c[i - 1]) && is_han(c[i - 2]))
        .map(|i| c[i - 2..=i].iter().collect())
        .collect()
}

/// The problem's words in each town: `灵溪镇园区六路、金乡镇四好农村路推进缓慢` → 灵溪镇:
/// 园区六路推进缓慢, 金乡镇: 四好农村路推进缓慢 (the last part's lag goes with each).
fn problems(m: &mut Mention, row: &Row, (a, b): (usize, usize), towns: &[String]) {
    let c = &row.chars;
    let parts = super::text::split(c, a, b, &['、', '，']);
    let lag_words = [
        "推进缓慢",
        "进度滞后",
        "严重滞后",
        "滞后",
        "偏慢",
        "较慢",
        "未开工",
        "未完成",
    ];
    let Some(&(la, lb)) = parts.last() else {
        return;
    };
    let tail = (la..lb).find(|&i| super::text::at_any(c, i, &lag_words).is_some());
    let tail: String = tail.map(|t| c[t..lb].iter().collect()).unwrap_or_default();
    for &(pa, pb) in &parts {
        let part = &c[pa..pb];
        let town = towns.iter().find(|t| {
            let t: Vec<char> = t.chars().collect();
            part.starts_with(&t[..2])
        });
        let (name, skip) = match town {
            Some(t) => {
                let full: Vec<char> = t.chars().collect();
                (t.clone(), if part.starts_with(&full) { 3 } else { 2 })
            }
            None => match names::district_prefix(part) {
                Some(k) => (part[..k].iter().collect(), k),
                None => continue,
            },
        };
        let mut words: String = part[skip..].iter().collect();
        if !tail.is_empty() && !words.ends_with(&tail) {
            words.push_str(&tail);
        }
        if !words.is_empty() {
            let (s, from, to) = row.local((pa, pb));
            m.problems.push((Some(name), words, s, from, to));
        }
    }
}

/// The places named in a problem's words: the item's towns (赤溪 → 赤溪镇) or districts.
fn places_in(m: &mut Mention, row: &Row, (a, b): (usize, usize), towns: &[String]) {
    let c = &row.chars;
    for (t0, t1) in super::text::split(c, a, b, &['、', '，']) {
        let token = &c[t0..t1];
        let town = towns.iter().find(|t| {
            let t: Vec<char> = t.chars().collect();
            token.starts_with(&t[..2])
        });
        let d = match town {
            Some(t) => Some(t.clone()),
            None => names::districts(c, t0, t1).into_iter().next().map(|d| d.0),
        };
        if let Some(d) = d.filter(|d| !m.districts.iter().any(|x| &x.0 == d)) {
            let (s, from, to) = row.local((t0, t1));
            m.districts.push((d, s, from, to));
        }
    }
}

pub(crate) fn read(r: &mut Reader) {
    let unfinished = (0..r.sents.len().min(5)).any(|s| has(&r.sents[s].chars, "未完成"));
    let mut any_amount = None;
    let mut s = 0;
    while s < r.sents.len() {
        let sent = &r.sents[s];
        if !sent.line_start || !sent.chars.iter().any(|&c| c == '\t' || c == '|') {
            s += 1;
            continue;
        }
        let head = Row::of(r, s);
        let unit = (s.saturating_sub(2)..s)
            .find_map(|k| columns::table_unit(&r.sents[k].chars).map(|e| (k, e)));
        let Some(mut col) = columns::header(&head, unit.map(|u| u.1)) else {
            s = head.last + 1;
            continue;
        };
        units_of_the_text(r, &head, &col, unit.map(|u| u.0), &mut any_amount);
        let width = head.cells.len();
        let mut next = head.last + 1;
        while next < r.sents.len() && r.sents[next].line_start {
            let row = Row::of(r, next);
            // A header again (the next table, or the same one's on a new page) starts anew.
            if row.cells.len() + 1 < width
                || row.cells.len() < 2
                || columns::header(&row, None).is_some()
            {
                break;
            }
            if row.cell(col.name).is_none() {
                columns::units_row(&row, &mut col);
            } else {
                read_row(r, &row, &col, unfinished);
            }
            next = row.last + 1;
        }
        s = next;
    }
}

/// A text whose only amounts are a table's, in 万元 by its header: the draft's unit is 万元
/// (亿元 when a column is in 亿元), said by the `currency_unit` finding.
fn units_of_the_text(
    r: &mut Reader,
    head: &Row,
    col: &Columns,
    unit_line: Option<usize>,
    any_amount: &mut Option<bool>,
) {
    let exps = [col.completed_exp, col.planned_exp];
    let Some(exp) = exps.iter().flatten().copied().filter(|&e| e > 0).max() else {
        return;
    };
    if r.has("currency_unit") {
        return;
    }
    // Read once: a text of many tables is not read again for each.
    let amounts = *any_amount.get_or_insert_with(|| {
        r.sents
            .iter()
            .any(|s| first_amount(&s.chars, 0, s.chars.len()).is_some())
    });
    if amounts {
        return;
    }
    r.exp = exp;
    let k = [col.completed, col.planned]
        .into_iter()
        .zip(exps)
        .find(|(_, e)| *e == Some(exp))
        .and_then(|(k, _)| k);
    let Some(&cell) = k.and_then(|k| head.cells.get(k)) else {
        return;
    };
    // Where the unit is written: the column's header, else the 单位：万元 line.
    let (s, a, b) = match unit_line {
        Some(u) if columns::unit_in(&head.chars[cell.0..cell.1]).is_none() => {
            (u, 0, r.sents[u].chars.len())
        }
        _ => head.local(cell),
    };
    let unit = row::unit_name(exp);
    let how = format!("通报金额只见于表中，以{unit}计");
    r.put_at("currency_unit", Value::from(unit), s, a, b, Some(how));
}

/// The words of a total row (合计, 总计, 小计), not a project.
fn is_total(name: &[char]) -> bool {
    let name: String = name.iter().filter(|c| !c.is_whitespace()).collect();
    ["合计", "总计", "小计", "全市合计", "全县合计", "全区合计"].contains(&name.as_str())
}

fn read_row(r: &mut Reader, row: &Row, col: &Columns, unfinished: bool) {
    let c = &row.chars;
    let Some(nc) = row.cell(col.name) else { return };
    let name = &c[nc.0..nc.1];
    // A total, or a heading row (一 · 交通出行 with every other cell empty, no number of
    // its own), is not a project; a project whose cells are all 无 or empty still is.
    let numbered = row
        .cell(col.serial)
        .is_some_and(|(a, b)| c[a..b].iter().all(char::is_ascii_digit));
    let heading = !numbered
        && (0..row.cells.len())
            .filter(|&k| Some(k) != col.name && Some(k) != col.serial)
            .all(|k| row.cells[k].0 == row.cells[k].1);
    if is_total(name) || heading || !name.iter().any(|ch| ch.is_alphanumeric()) {
        return;
    }
    let (s, a, b) = row.local(nc);
    let mut m = Mention {
        name: (row.quote(r, nc).to_owned(), s, a, b),
        ..Mention::default()
    };
    let i = r.len("projects");
    let p = |f: &str| format!("projects[{i}].{f}");
    for (k, field) in [(col.progress, "progress_pct"), (col.plan_pct, "plan_pct")] {
        if let Some(cell) = row.cell(k)
            && let Some((digits, end)) = row::percent(c, cell)
        {
            let (s, a, b) = row.local((cell.0, end));
            r.put_at(
                &p(&format!("figures.{field}")),
                json_number(&digits),
                s,
                a,
                b,
                None,
            );
        }
    }
    let amounts = [
        (col.completed, col.completed_exp, "completed_investment"),
        (col.planned, col.planned_exp, "planned_investment"),
    ];
    for (k, unit, field) in amounts {
        if let Some(cell) = row.cell(k)
            && let Some((digits, end, how)) = row::amount(c, cell, unit, r.exp)
        {
            let (s, a, b) = row.local((cell.0, end));
            r.put_at(
                &p(&format!("figures.{field}")),
                json_number(&digits),
                s,
                a,
                b,
                how,
            );
        }
    }
    if let Some(cell) = row.cell(col.lead) {
        let w = &c[cell.0..cell.1];
        let named = (2..=40).contains(&w.len())
            && w.iter().all(|&ch| is_han(ch) || "、，（）".contains(ch));
        if is_unit(w) || named {
            let (s, a, b) = row.local(cell);
            m.lead = Some((row.norm(cell), s, a, b));
        }
    }
    if let Some(cell) = row.cell(col.level) {
        let level = row.norm(cell);
        let level = level
            .trim_end_matches("民生实事")
            .trim_end_matches('级')
            .to_owned();
        if !level.is_empty() {
            let (s, a, b) = row.local(cell);
            m.level = Some((level, s, a, b));
        }
    }
    if let Some(cell) = row.cell(col.district) {
        for part in columns::places(c, cell) {
            let d = row.norm(part);
            if !m.districts.iter().any(|x| x.0 == d) {
                let (s, a, b) = row.local(part);
                m.districts.push((d, s, a, b));
            }
        }
    }
    // The problem: 存在问题, else the remark (then the remark is the note).
    let problem = row.cell(col.issue.or(col.remark));
    let remark = row.cell(col.remark).filter(|_| col.issue.is_some());
    let mut status = if unfinished { Some("unfinished") } else { None };
    let mut status_at = row.first_sentence();
    for cell in [problem, remark].into_iter().flatten() {
        if lags(c, cell.0, cell.1) {
            status = Some("behind");
        }
    }
    if let Some(cell) = problem {
        let towns = towns(name);
        if m.districts.is_empty() {
            places_in(&mut m, row, cell, &towns);
        }
        problems(&mut m, row, cell, &towns);
        let ((s1, a1), (s2, b2)) = row.span(cell);
        let words = Value::from(row.quote(r, cell));
        r.put_span(&p("issue"), words, (s1, a1), (s2, b2), None);
    }
    if let Some(cell) = remark {
        let ((s1, a1), (s2, b2)) = row.span(cell);
        let words = Value::from(row.quote(r, cell));
        r.put_span(&p("note"), words, (s1, a1), (s2, b2), None);
    }
    if let Some(cell) = row.cell(col.status)
        && let Some(st) = row::status(c, cell)
    {
        status = Some(st);
        status_at = row.local(cell);
    }
    let (s, a, b) = status_at;
    m.status = status.map(|st| (st, s, a, b));
    put(r, m);
}
