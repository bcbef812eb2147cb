//! Validation of a bulletin document against format version 1: every error, with its path.

mod checker;
mod consistency;
mod depth;
mod incremental;
mod items;
mod notice;
mod supervision;

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::{Diagnostic, FORMAT, JsonPath, SUPPORTED_VERSIONS};
use checker::Checker;
#[cfg(test)]
pub(crate) use checker::is_slug;
pub(crate) use checker::{clip, describe, parse_date};
pub(crate) use consistency::warnings;
pub(crate) use depth::MAX_DEPTH;
pub(crate) use incremental::validate_projects;
use items::{problem_type, project, requirement, sector};
pub use supervision::DUE_SOON_DAYS_MAX;

/// The largest 占年度计划 a sector may report, in percent (a tenfold overrun is a typo).
pub const PLAN_PCT_MAX: f64 = 1000.0;

/// Checks a parsed JSON document against bulletin format version 1 and returns every error.
///
/// An empty result means the document deserialises into a [`crate::Bulletin`].
/// A wrong `format` or an unsupported `version` stops the check early: the
/// rules of version 1 say nothing useful about another kind of file.
pub fn validate(document: &Value) -> Vec<Diagnostic> {
    check(document, true)
}

/// [`validate`] for a document that was valid before an edit which left its projects, and
/// the ids of its sectors and problem types, as they were: the projects, whose rules read
/// nothing else, are not checked again, which spares a 20,000-project ledger most of the
/// work. The result is what `validate` gives for the same document.
pub(crate) fn validate_all_but_projects(document: &Value) -> Vec<Diagnostic> {
    check(document, false)
}

/// `validate`, with or without the projects' own rules.
fn check(document: &Value, projects: bool) -> Vec<Diagnostic> {
    let mut c = Checker::default();
    let root = JsonPath::root();
    let Some(doc) = c.object(document, &root) else {
        return c.errors;
    };
    if !header(&mut c, doc) {
        return c.errors;
    }
    for (key, value) in doc {
        if !projects && key == "projects" {
            // As deep as before the edit, when it was valid; measuring it costs a pass
            // over every project.
            continue;
        }
        // The document's own object is the first level, so a member may have one fewer.
        if depth::depth(value) >= MAX_DEPTH {
            c.error(
                &root.key(key),
                format!("嵌套层数过深：整个文件最多 {MAX_DEPTH} 层"),
            );
        }
    }
    if let Some((v, p)) = c.required(doc, &root, "id") {
        c.slug(v, &p);
    }
    for key in ["title", "region", "currency_unit"] {
        if let Some((v, p)) = c.required(doc, &root, key) {
            c.text(v, &p, true);
        }
    }
    supervision::bulletin(&mut c, doc, &root);
    if let Some((v, p)) = Checker::optional(doc, &root, "preamble") {
        c.text(v, &p, false);
    }
    if let Some((v, p)) = c.required(doc, &root, "period") {
        period(&mut c, v, &p);
    }
    if let Some((v, p)) = c.required(doc, &root, "schedule_target_pct")
        && !v.is_null()
    {
        c.percentage(v, &p, 100.0);
    }
    if let Some((v, p)) = Checker::optional(doc, &root, "schedule_grading") {
        grading(&mut c, v, &p);
    }
    if let Some((v, p)) = c.required(doc, &root, "summary") {
        summary(&mut c, v, &p);
    }
    let sector_ids = list(&mut c, doc, "sectors", sector);
    let type_ids = list(&mut c, doc, "problem_types", problem_type);
    if let Some((v, p)) = c.required(doc, &root, "projects")
        && let Some(items) = c.array(v, &p)
        && projects
    {
        let mut seen = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let ip = p.index(i);
            if let Some(id) = project(&mut c, item, &ip, sector_ids.as_ref(), type_ids.as_ref()) {
                unique(&mut c, &mut seen, &id, &ip);
            }
        }
    }
    list(&mut c, doc, "requirements", requirement);
    if let Some((v, p)) = Checker::optional(doc, &root, "attachments") {
        strings(&mut c, v, &p);
    }
    if let Some((v, p)) = Checker::optional(doc, &root, "district_ranking") {
        notice::ranking(&mut c, v, &p);
    }
    if let Some((v, p)) = Checker::optional(doc, &root, "source") {
        notice::source(&mut c, v, &p);
    }
    if let Some((v, p)) = Checker::optional(doc, &root, "snapshot") {
        snapshot(&mut c, v, &p);
    }
    c.errors
}

/// The grading thresholds: points under the schedule, red no nearer to it than yellow.
fn grading(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    let mut read = |key: &str| {
        let (v, p) = c.required(o, path, key)?;
        c.percentage(v, &p, 100.0)
    };
    let yellow = read("yellow_from");
    let red = read("red_from");
    if let (Some(yellow), Some(red)) = (yellow, red)
        && red < yellow
    {
        c.error(
            &path.key("red_from"),
            format!(
                "红色的界限（低于序时 {} 个百分点）应不小于黄色的界限（{} 个百分点）",
                crate::display::number(red, 1),
                crate::display::number(yellow, 1)
            ),
        );
    }
}

/// Checks `format` and `version`; false when the rest cannot be read as version 1.
fn header(c: &mut Checker, doc: &Map<String, Value>) -> bool {
    let root = JsonPath::root();
    let before = c.errors.len();
    if let Some((v, p)) = c.required(doc, &root, "format")
        && v.as_str() != Some(FORMAT)
    {
        c.error(
            &p,
            format!(
                "这不是民生实事督查通报文件：格式标识应为“{FORMAT}”，实际是{}",
                describe(v)
            ),
        );
    }
    if let Some((v, p)) = c.required(doc, &root, "version") {
        let supported: Vec<String> = SUPPORTED_VERSIONS.iter().map(u64::to_string).collect();
        match v.as_u64() {
            Some(n) if SUPPORTED_VERSIONS.contains(&n) => {}
            Some(n) => c.error(
                &p,
                format!(
                    "不支持的格式版本 {n}；本程序支持的版本：{}",
                    supported.join("、")
                ),
            ),
            None => c.error(
                &p,
                format!(
                    "版本号应为整数，实际是{}；本程序支持的版本：{}",
                    describe(v),
                    supported.join("、")
                ),
            ),
        }
    }
    c.errors.len() == before
}

fn period(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    if let Some((v, p)) = c.required(o, path, "year") {
        match v.as_i64() {
            Some(year) if (1900..=2200).contains(&year) => {}
            _ => c.error(
                &p,
                format!("应为 1900 到 2200 之间的年份，实际是{}", describe(v)),
            ),
        }
    }
    if let Some((v, p)) = c.required(o, path, "label") {
        c.text(v, &p, true);
    }
    let start = c
        .required(o, path, "start")
        .and_then(|(v, p)| c.date(v, &p));
    let end = c.required(o, path, "end").and_then(|(v, p)| c.date(v, &p));
    if let (Some(s), Some(e)) = (start, end)
        && s > e
    {
        c.error(&path.key("start"), "开始日期晚于结束日期");
    }
}

fn summary(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    let items = c
        .required(o, path, "items")
        .filter(|(v, _)| !v.is_null())
        .and_then(|(v, p)| c.count(v, &p));
    nullable(c, o, path, "sub_items", |c, v, p| c.count(v, p).map(drop));
    for key in ["annual_investment", "completed_investment"] {
        nullable(c, o, path, key, |c, v, p| c.amount(v, p).map(drop));
    }
    if let Some((v, p)) = c.required(o, path, "items_on_schedule")
        && !v.is_null()
        && let (Some(on), Some(all)) = (c.count(v, &p), items)
        && on > all
    {
        c.error(&p, format!("按序时推进的件数 {on} 超过总件数 {all}"));
    }
    if let Some((v, p)) = Checker::optional(o, path, "plan_pct") {
        c.percentage(v, &p, PLAN_PCT_MAX);
    }
    if let Some((v, p)) = Checker::optional(o, path, "status_counts") {
        notice::status_counts(c, v, &p);
    }
    if let Some((v, p)) = c.required(o, path, "text") {
        c.text(v, &p, false);
    }
}

fn snapshot(c: &mut Checker, value: &Value, path: &JsonPath) {
    let Some(o) = c.object(value, path) else {
        return;
    };
    if let Some((v, p)) = c.required(o, path, "exported_at")
        && let Some(s) = c.text(v, &p, false)
        && !checker::is_rfc3339(s)
    {
        c.error(
            &p,
            format!(
                "应为 RFC 3339 时间（如 2026-11-28T15:04:06+08:00），实际是“{}”",
                clip(s)
            ),
        );
    }
    if let Some((v, p)) = c.required(o, path, "app_version") {
        c.text(v, &p, false);
    }
    if let Some((v, p)) = c.required(o, path, "based_on") {
        c.slug(v, &p);
    }
}

/// Checks a required array of objects whose `id`s must be unique; returns the ids
/// that were readable, or `None` when the list itself is unusable (so that
/// references into it are not reported a second time).
fn list(
    c: &mut Checker,
    doc: &Map<String, Value>,
    key: &str,
    item: fn(&mut Checker, &Value, &JsonPath) -> Option<String>,
) -> Option<Vec<String>> {
    let (v, p) = c.required(doc, &JsonPath::root(), key)?;
    let items = c.array(v, &p)?;
    let mut seen = HashMap::new();
    let mut ids = Vec::with_capacity(items.len());
    let mut complete = true;
    for (i, value) in items.iter().enumerate() {
        let ip = p.index(i);
        match item(c, value, &ip) {
            Some(id) => {
                unique(c, &mut seen, &id, &ip);
                ids.push(id);
            }
            None => complete = false,
        }
    }
    // With an unreadable id among them, references into the list would be reported as
    // unknown when the real fault is the id itself; such a list is not used for them.
    complete.then_some(ids)
}

pub(super) fn id_and_name(
    c: &mut Checker,
    o: &Map<String, Value>,
    path: &JsonPath,
) -> Option<String> {
    if let Some((v, p)) = c.required(o, path, "name") {
        c.text(v, &p, true);
    }
    let (v, p) = c.required(o, path, "id")?;
    c.slug(v, &p).map(str::to_owned)
}

fn unique(c: &mut Checker, seen: &mut HashMap<String, JsonPath>, id: &str, path: &JsonPath) {
    if let Some(first) = seen.insert(id.to_owned(), path.clone()) {
        c.error(
            &path.key("id"),
            format!("编号“{id}”重复（{}已用了这个编号）", first.place()),
        );
    }
}

pub(super) fn reference(
    c: &mut Checker,
    id: &str,
    path: &JsonPath,
    known: Option<&Vec<String>>,
    what: &str,
) {
    let Some(known) = known else { return };
    if !known.iter().any(|k| k == id) {
        let mut listed: Vec<&str> = Vec::new();
        for k in known {
            if !listed.contains(&k.as_str()) {
                listed.push(k);
            }
        }
        if listed.len() > 12 {
            listed.truncate(12);
            listed.push("…");
        }
        c.error(
            path,
            format!(
                "引用了不存在的{what}“{id}”；可以填写的{what}编号：{}",
                listed.join("、")
            ),
        );
    }
}

pub(super) fn nullable(
    c: &mut Checker,
    o: &Map<String, Value>,
    path: &JsonPath,
    key: &str,
    check: impl FnOnce(&mut Checker, &Value, &JsonPath) -> Option<()>,
) {
    if let Some((v, p)) = c.required(o, path, key)
        && !v.is_null()
    {
        check(c, v, &p);
    }
}

pub(super) fn strings(c: &mut Checker, value: &Value, path: &JsonPath) {
    if let Some(items) = c.array(value, path) {
        for (i, item) in items.iter().enumerate() {
            c.text(item, &path.index(i), false);
        }
    }
}
