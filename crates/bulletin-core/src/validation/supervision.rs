//! Rules for what supervision over time adds: a bulletin's `series` and `due_soon_days`,
//! and a project's `owner`, `deadline`, `follow_ups` and `resolved_on`.

use serde_json::{Map, Value};

use super::checker::Checker;
use crate::JsonPath;

/// The longest warning time before a 整改时限, in days: a year.
pub const DUE_SOON_DAYS_MAX: u64 = 366;

/// The bulletin's `series` and `due_soon_days`.
pub(super) fn bulletin(c: &mut Checker, doc: &Map<String, Value>, root: &JsonPath) {
    if let Some((v, p)) = Checker::optional(doc, root, "series") {
        c.slug(v, &p);
    }
    if let Some((v, p)) = Checker::optional(doc, root, "due_soon_days")
        && let Some(n) = c.count(v, &p)
        && n > DUE_SOON_DAYS_MAX
    {
        c.error(&p, format!("最多 {DUE_SOON_DAYS_MAX} 天，实际是 {n}"));
    }
}

/// A project's `owner`, `deadline`, `follow_ups` and `resolved_on`.
pub(super) fn project(c: &mut Checker, o: &Map<String, Value>, path: &JsonPath) {
    if let Some((v, p)) = Checker::optional(o, path, "owner") {
        c.text(v, &p, false);
    }
    for key in ["deadline", "resolved_on"] {
        if let Some((v, p)) = Checker::optional(o, path, key) {
            c.date(v, &p);
        }
    }
    if let Some((v, p)) = Checker::optional(o, path, "follow_ups")
        && let Some(items) = c.array(v, &p)
    {
        for (i, item) in items.iter().enumerate() {
            let ip = p.index(i);
            let Some(entry) = c.object(item, &ip) else {
                continue;
            };
            if let Some((v, dp)) = c.required(entry, &ip, "date") {
                c.date(v, &dp);
            }
            if let Some((v, tp)) = c.required(entry, &ip, "text") {
                c.text(v, &tp, true);
            }
            if let Some((v, bp)) = Checker::optional(entry, &ip, "by") {
                c.text(v, &bp, false);
            }
        }
    }
}
