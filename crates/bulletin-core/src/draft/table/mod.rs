//! A table pasted as text, one row a line and cells apart by tabs (or `|`): a header row
//! naming its columns (项目名称 · 进度 · 备注 · 牵头单位 · 级别), then one project a row with
//! its progress %, lead unit, level, and the remark as its problem (赤溪、灵溪偏慢: the
//! towns are the ones of the item's own name).

use serde_json::Value;

use super::Reader;
use super::names::{self, is_unit};
use super::numerals::percent_at;
use super::phrases::lags;
use super::projects::{Mention, put};
use super::text::{has, is_han};

#[derive(Debug, Default, Clone, Copy)]
struct Columns {
    name: Option<usize>,
    progress: Option<usize>,
    remark: Option<usize>,
    lead: Option<usize>,
    level: Option<usize>,
}

/// The cells of a line: (from, to) chars.
fn cells(c: &[char]) -> Vec<(usize, usize)> {
    let sep = |ch: char| ch == '\t' || ch == '|';
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=c.len() {
        if i == c.len() || sep(c[i]) {
            let (mut a, mut b) = (start, i);
            while a < b && c[a].is_whitespace() {
                a += 1;
            }
            while b > a && c[b - 1].is_whitespace() {
                b -= 1;
            }
            out.push((a, b));
            start = i + 1;
        }
    }
    // `| a | b |` has empty cells at its ends.
    if c.first() == Some(&'|') {
        out.remove(0);
    }
    if c.last() == Some(&'|') {
        out.pop();
    }
    out
}

fn header(c: &[char], cells: &[(usize, usize)]) -> Option<Columns> {
    let mut col = Columns::default();
    for (k, &(a, b)) in cells.iter().enumerate() {
        let w = &c[a..b];
        if col.name.is_none()
            && (has(w, "项目") || has(w, "名称") || has(w, "内容") || has(w, "事项"))
        {
            col.name = Some(k);
        } else if has(w, "进度") || has(w, "完成情况") {
            col.progress = Some(k);
        } else if has(w, "备注") || has(w, "问题") || has(w, "说明") {
            col.remark = Some(k);
        } else if has(w, "牵头") || has(w, "责任") {
            col.lead = Some(k);
        } else if has(w, "级别") || has(w, "层级") || has(w, "类别") {
            col.level = Some(k);
        }
    }
    (cells.len() >= 3 && col.name.is_some() && (col.progress.is_some() || col.lead.is_some()))
        .then_some(col)
}

/// The towns of an item's name: `桥墩镇、赤溪镇、灵溪镇观美` → 桥墩镇, 赤溪镇, 灵溪镇.
fn towns(c: &[char]) -> Vec<String> {
    (2..c.len())
        .filter(|&i| matches!(c[i], '镇' | '乡') && is_han(c[i - 1]) && is_han(c[i - 2]))
        .map(|i| c[i - 2..=i].iter().collect())
        .collect()
}

/// The remark's problem in each town: `灵溪镇园区六路、金乡镇四好农村路推进缓慢` → 灵溪镇:
/// 园区六路推进缓慢, 金乡镇: 四好农村路推进缓慢 (the last part's lag goes with each).
fn problems(m: &mut Mention, s: usize, c: &[char], (a, b): (usize, usize), towns: &[String]) {
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
            m.problems.push((Some(name), words, s, pa, pb));
        }
    }
}

pub(crate) fn read(r: &mut Reader) {
    let unfinished = (0..r.sents.len().min(5)).any(|s| has(&r.sents[s].chars, "未完成"));
    let mut s = 0;
    while s < r.sents.len() {
        let c = r.sents[s].chars.clone();
        let cs = cells(&c);
        let Some(col) = header(&c, &cs) else {
            s += 1;
            continue;
        };
        let width = cs.len();
        let mut row = s + 1;
        while row < r.sents.len() {
            let c = r.sents[row].chars.clone();
            let cs = cells(&c);
            if cs.len() + 1 < width || cs.len() < 2 || !r.sents[row].line_start {
                break;
            }
            read_row(r, row, &c, &cs, col, unfinished);
            row += 1;
        }
        s = row;
    }
}

fn read_row(
    r: &mut Reader,
    s: usize,
    c: &[char],
    cs: &[(usize, usize)],
    col: Columns,
    unfinished: bool,
) {
    let cell = |k: Option<usize>| k.and_then(|k| cs.get(k)).copied().filter(|(a, b)| b > a);
    let Some((a, b)) = cell(col.name) else { return };
    let mut m = Mention {
        name: (r.sents[s].quote(r.text, a, b).to_owned(), s, a, b),
        issue: None,
        ..Mention::default()
    };
    if let Some((a2, b2)) = cell(col.progress)
        && let Some((p, end)) = percent_at(c, a2).filter(|p| p.1 <= b2)
    {
        m.figures.push((("progress_pct", p.digits), s, a2, end));
    }
    if let Some((a2, b2)) = cell(col.lead)
        && is_unit(&c[a2..b2])
    {
        m.lead = Some((r.sents[s].norm(a2, b2), s, a2, b2));
    }
    if let Some((a2, b2)) = cell(col.level) {
        let level = r.sents[s].norm(a2, b2);
        let level = level
            .trim_end_matches("民生实事")
            .trim_end_matches('级')
            .to_owned();
        if !level.is_empty() {
            m.level = Some((level, s, a2, b2));
        }
    }
    let mut status = if unfinished { Some("unfinished") } else { None };
    if let Some((a2, b2)) = cell(col.remark) {
        let towns = towns(&c[a..b]);
        for (t0, t1) in super::text::split(c, a2, b2, &['、', '，']) {
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
                m.districts.push((d, s, t0, t1));
            }
        }
        problems(&mut m, s, c, (a2, b2), &towns);
        if lags(c, a2, b2) {
            status = Some("behind");
        }
        m.issue = Some((s, s));
        let remark = r.sents[s].quote(r.text, a2, b2).to_owned();
        let i = r.len("projects");
        r.put_at(
            &format!("projects[{i}].issue"),
            Value::from(remark),
            s,
            a2,
            b2,
            None,
        );
    }
    m.issue = None;
    m.status = status.map(|st| (st, s, 0, c.len()));
    put(r, m);
}
