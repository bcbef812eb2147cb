//! Rules for what notices of other cities add to a bulletin: status counts, the district
//! ranking, the notice's source, and a project's districts, problems and figures.

use serde_json::{Map, Value};

use super::checker::Checker;
use super::{PLAN_PCT_MAX, nullable};
use crate::JsonPath;
use crate::status::ItemStatus;

/// `summary.status_counts`: a count for each class the vocabulary knows.
pub(super) fn status_counts(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    for (key, n) in o {
        let p = path.key(key);
        if ItemStatus::from_id(key).is_none() {
            let known: Vec<String> = ItemStatus::ALL
                .iter()
                .map(|s| format!("{}（{}）", s.label(), s.id()))
                .collect();
            c.error(
                &p,
                format!("不认识的状态类别；可以使用：{}", known.join("、")),
            );
        }
        c.count(n, &p);
    }
}

/// `district_ranking`: each entry a district and a rank from 1 (ties allowed).
pub(super) fn ranking(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(items) = c.array(value, path) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let ip = path.index(i);
        let Some(o) = c.object(item, &ip) else {
            continue;
        };
        if let Some((v, p)) = c.required(o, &ip, "district") {
            c.text(v, &p, true);
        }
        if let Some((v, p)) = c.required(o, &ip, "rank")
            && c.count(v, &p) == Some(0)
        {
            c.error(&p, "名次从 1 开始");
        }
    }
}

/// `source`: issuer, number, date, address and the original text, each text or `null`.
pub(super) fn source(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    for key in ["issuer", "number", "url", "text"] {
        if let Some((v, p)) = Checker::optional(o, path, key) {
            c.text(v, &p, false);
        }
    }
    if let Some((v, p)) = Checker::optional(o, path, "published") {
        c.date(v, &p);
    }
}

/// A project's optional `districts`, `problems`, `figures` and `level`.
pub(super) fn project_additions(c: &mut Checker, o: &Map<String, Value>, path: &JsonPath) {
    if let Some((v, p)) = Checker::optional(o, path, "districts")
        && let Some(items) = c.array(v, &p)
    {
        for (i, item) in items.iter().enumerate() {
            c.text(item, &p.index(i), true);
        }
    }
    if let Some((v, p)) = Checker::optional(o, path, "problems")
        && let Some(items) = c.array(v, &p)
    {
        for (i, item) in items.iter().enumerate() {
            let ip = p.index(i);
            let Some(problem) = c.object(item, &ip) else {
                continue;
            };
            nullable(c, problem, &ip, "district", |c, v, p| {
                c.text(v, p, true).map(drop)
            });
            if let Some((v, tp)) = c.required(problem, &ip, "text") {
                c.text(v, &tp, true);
            }
        }
    }
    if let Some((v, p)) = Checker::optional(o, path, "figures")
        && let Some(figures) = c.object(v, &p)
    {
        for key in ["planned_investment", "completed_investment"] {
            if let Some((v, fp)) = Checker::optional(figures, &p, key) {
                c.amount(v, &fp);
            }
        }
        for key in ["plan_pct", "progress_pct"] {
            if let Some((v, fp)) = Checker::optional(figures, &p, key) {
                c.percentage(v, &fp, PLAN_PCT_MAX);
            }
        }
    }
    if let Some((v, p)) = Checker::optional(o, path, "level") {
        c.text(v, &p, true);
    }
}
