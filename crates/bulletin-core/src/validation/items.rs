//! The rules of each item of the bulletin's lists: sectors, problem types, work requirements
//! and projects.

use std::collections::HashMap;

use serde_json::Value;

use super::checker::Checker;
use super::{PLAN_PCT_MAX, id_and_name, notice, nullable, reference, strings, supervision};
use crate::{JsonPath, ProjectStatus, SectorStatus};

pub(super) fn sector(c: &mut Checker, value: &Value, path: &JsonPath) -> Option<String> {
    let o = c.object(value, path)?;
    let id = id_and_name(c, o, path);
    if let Some((v, p)) = c.required(o, path, "items") {
        c.count(v, &p);
    }
    nullable(c, o, path, "sub_items", |c, v, p| c.count(v, p).map(drop));
    nullable(c, o, path, "completed_investment", |c, v, p| {
        c.amount(v, p).map(drop)
    });
    nullable(c, o, path, "plan_pct", |c, v, p| {
        c.percentage(v, p, PLAN_PCT_MAX).map(drop)
    });
    if let Some((v, p)) = c.required(o, path, "status") {
        let allowed: Vec<_> = SectorStatus::ALL
            .iter()
            .map(|s| (s.id(), s.label()))
            .collect();
        c.one_of(v, &p, &allowed);
    }
    if let Some((v, p)) = Checker::optional(o, path, "text") {
        c.text(v, &p, false);
    }
    for key in ["highlights", "problems"] {
        if let Some((v, p)) = c.required(o, path, key) {
            strings(c, v, &p);
        }
    }
    id
}

pub(super) fn problem_type(c: &mut Checker, value: &Value, path: &JsonPath) -> Option<String> {
    let o = c.object(value, path)?;
    let id = id_and_name(c, o, path);
    if let Some((v, p)) = c.required(o, path, "description") {
        c.text(v, &p, false);
    }
    id
}

/// Requirements have no id, so this always returns `None`.
pub(super) fn requirement(c: &mut Checker, value: &Value, path: &JsonPath) -> Option<String> {
    let o = c.object(value, path)?;
    if let Some((v, p)) = c.required(o, path, "title") {
        c.text(v, &p, true);
    }
    if let Some((v, p)) = c.required(o, path, "text") {
        c.text(v, &p, false);
    }
    None
}

pub(super) fn project(
    c: &mut Checker,
    value: &Value,
    path: &JsonPath,
    sectors: Option<&Vec<String>>,
    types: Option<&Vec<String>>,
) -> Option<String> {
    let o = c.object(value, path)?;
    let id = id_and_name(c, o, path);
    // A notice without sectors files its projects under none.
    if let Some((v, p)) = c.required(o, path, "sector")
        && !v.is_null()
        && let Some(s) = c.slug(v, &p)
    {
        reference(c, s, &p, sectors, "领域");
    }
    notice::project_additions(c, o, path);
    supervision::project(c, o, path);
    nullable(c, o, path, "lead_unit", |c, v, p| {
        c.text(v, p, false).map(drop)
    });
    // A project that lists its `districts` needs no single `district` besides.
    if o.contains_key("districts") {
        if let Some((v, p)) = Checker::optional(o, path, "district") {
            c.text(v, &p, false);
        }
    } else {
        nullable(c, o, path, "district", |c, v, p| {
            c.text(v, p, false).map(drop)
        });
    }
    if let Some((v, p)) = c.required(o, path, "status") {
        let allowed: Vec<_> = ProjectStatus::ALL
            .iter()
            .map(|s| (s.id(), s.label()))
            .collect();
        c.one_of(v, &p, &allowed);
    }
    if let Some((v, p)) = c.required(o, path, "problem_types")
        && let Some(items) = c.array(v, &p)
    {
        let mut seen = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let ip = p.index(i);
            if let Some(t) = c.slug(item, &ip) {
                reference(c, t, &ip, types, "问题类型");
                if let Some(first) = seen.insert(t.to_owned(), ip.clone()) {
                    c.error(
                        &ip,
                        format!("问题类型“{t}”重复列出（{}已列出）", first.place()),
                    );
                }
            }
        }
    }
    for key in ["issue", "note"] {
        if let Some((v, p)) = c.required(o, path, key) {
            c.text(v, &p, false);
        }
    }
    id
}
