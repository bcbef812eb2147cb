//! The change list: what differs between the loaded original and the current copy, in words
//! a user reads, each revertible on its own. Lists of items with ids (sectors, problem types,
//! projects) are matched by id, so deleting one project does not show every later one changed.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::{Edit, Step, item_pointer, pointer_segment};

/// Whether something was changed, added or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Changed,
    Added,
    Removed,
}

/// One difference from the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// JSON pointer: in the current document, or for a removal in the original.
    pub path: String,
    /// What changed, in Chinese: `项目“秦东门大街东延工程”的备注`.
    pub label: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// When the last step touching it was made (RFC 3339), if still in the history.
    pub at: Option<String>,
    revert: Vec<Edit>,
}

impl Change {
    /// The edits that put this change back as it was, against the current document.
    pub fn revert_edits(&self) -> Vec<Edit> {
        self.revert.clone()
    }
}

/// Every difference between two documents, without times.
pub fn changes_between(original: &Value, current: &Value) -> Vec<Change> {
    between(original, current, &[])
}

/// Every difference between `original` and `current`.
pub(crate) fn between(original: &Value, current: &Value, history: &[Step]) -> Vec<Change> {
    let mut out = Vec::new();
    walk(original, current, "", "", &mut out);
    for change in &mut out {
        change.at = history
            .iter()
            .rev()
            .find(|s| {
                s.edits
                    .iter()
                    .any(|e| related(&by_identity(e.path(), current), &change.path))
            })
            .map(|s| s.at.clone());
    }
    out
}

/// `path` with list indices replaced by the ids of the items now there, as change paths
/// are written (histories stored by older versions address items by index).
fn by_identity(path: &str, doc: &Value) -> String {
    let mut out = String::new();
    let mut at = Some(doc);
    for segment in path.split('/').skip(1) {
        let item = at.and_then(Value::as_array).and_then(|items| {
            let i: usize = segment.parse().ok()?;
            items.get(i)
        });
        match item.and_then(id_of) {
            Some(id) => out.push_str(&format!("/{}", super::item_segment(id))),
            None => out.push_str(&format!("/{segment}")),
        }
        at = at.and_then(|v| super::resolve(v, &format!("/{segment}")));
    }
    out
}

fn related(a: &str, b: &str) -> bool {
    a.is_empty() || b.starts_with(a) || a.starts_with(b)
}

fn walk(before: &Value, after: &Value, path: &str, label: &str, out: &mut Vec<Change>) {
    if before == after {
        return;
    }
    match (before, after) {
        (Value::Object(b), Value::Object(a)) if same_keys(b, a) => {
            for (key, bv) in b {
                if let Some(av) = a.get(key) {
                    let p = format!("{path}/{}", pointer_segment(key));
                    walk(bv, av, &p, &field_label(label, path, key), out);
                }
            }
        }
        (Value::Array(b), Value::Array(a)) if has_ids(b) && has_ids(a) => items(b, a, path, out),
        _ => out.push(Change {
            kind: ChangeKind::Changed,
            path: path.to_owned(),
            label: if label.is_empty() {
                "全部数据".to_owned()
            } else {
                label.to_owned()
            },
            before: Some(before.clone()),
            after: Some(after.clone()),
            at: None,
            revert: vec![Edit::Set {
                path: path.to_owned(),
                before: after.clone(),
                after: before.clone(),
            }],
        }),
    }
}

fn same_keys(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    a.len() == b.len() && a.keys().all(|k| b.contains_key(k))
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn has_ids(items: &[Value]) -> bool {
    items.iter().all(|v| id_of(v).is_some())
}

/// Compares two lists of items by id (hashed: a ledger has tens of thousands of projects).
fn items(before: &[Value], after: &[Value], path: &str, out: &mut Vec<Change>) {
    let kind_name = item_kind(path);
    let before_by_id: HashMap<&str, &Value> =
        before.iter().filter_map(|b| Some((id_of(b)?, b))).collect();
    let after_ids: HashSet<&str> = after.iter().filter_map(id_of).collect();
    for (i, a) in after.iter().enumerate() {
        let id = id_of(a).unwrap_or_default();
        let p = item_pointer(path, id);
        match before_by_id.get(id) {
            Some(b) if *b == a => {}
            Some(b) => walk(b, a, &p, &format!("{kind_name}“{}”", name_of(a)), out),
            None => out.push(Change {
                kind: ChangeKind::Added,
                path: p,
                label: format!("新增{kind_name}“{}”", name_of(a)),
                before: None,
                after: Some(a.clone()),
                at: None,
                revert: vec![Edit::Remove {
                    path: path.to_owned(),
                    index: i,
                    value: a.clone(),
                }],
            }),
        }
    }
    for (i, b) in before.iter().enumerate() {
        if id_of(b).is_some_and(|id| after_ids.contains(id)) {
            continue;
        }
        out.push(Change {
            kind: ChangeKind::Removed,
            path: format!("{path}/{i}"),
            label: format!("删除{kind_name}“{}”", name_of(b)),
            before: Some(b.clone()),
            after: None,
            at: None,
            revert: vec![Edit::Insert {
                path: path.to_owned(),
                index: i.min(after.len()),
                value: b.clone(),
            }],
        });
    }
}

fn name_of(v: &Value) -> String {
    v.get("name")
        .and_then(Value::as_str)
        .or_else(|| id_of(v))
        .unwrap_or_default()
        .to_owned()
}

fn item_kind(path: &str) -> &'static str {
    match path {
        "/sectors" => "领域",
        "/problem_types" => "问题类型",
        "/projects" => "项目",
        _ => "条目",
    }
}

/// `项目“X”的备注` for `label` = `项目“X”` and `key` = `note` inside `path`.
fn field_label(parent: &str, path: &str, key: &str) -> String {
    let list = path.split('/').nth(1).unwrap_or_default();
    let field = crate::form::field_label(list, key);
    if parent.is_empty() {
        field.to_owned()
    } else {
        format!("{parent}的{field}")
    }
}
