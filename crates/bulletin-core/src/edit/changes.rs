//! The change list: what differs between the loaded original and the current copy, in words
//! a user reads, each revertible on its own. Lists of items with ids (sectors, problem types,
//! projects) are matched by id, so deleting one project does not show every later one changed.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

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
    if out.is_empty() {
        return out;
    }
    // Each edit's path is put in identity form once, not once per change: finding an item by
    // id walks its list, and a long history times many changes times 20,000 projects adds up.
    let touched: Vec<(&str, Vec<String>)> = history
        .iter()
        .map(|s| {
            let paths = s
                .edits
                .iter()
                .map(|e| by_identity(e.path(), current))
                .collect();
            (s.at.as_str(), paths)
        })
        .collect();
    for change in &mut out {
        change.at = touched
            .iter()
            .rev()
            .find(|(_, paths)| paths.iter().any(|p| related(p, &change.path)))
            .map(|(at, _)| (*at).to_owned());
    }
    out
}

/// `path` with list indices replaced by the ids of the items now there, as change paths
/// are written (histories stored by older versions address items by index).
fn by_identity(path: &str, doc: &Value) -> String {
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let mut out = String::new();
    let mut at = Some(doc);
    for (n, segment) in segments.iter().enumerate() {
        let item = at.and_then(Value::as_array).and_then(|items| {
            let i: usize = segment.parse().ok()?;
            items.get(i)
        });
        match item.and_then(id_of) {
            Some(id) => out.push_str(&format!("/{}", super::item_segment(id))),
            None => out.push_str(&format!("/{segment}")),
        }
        // Where the path leads matters only for an index further on; without one, the
        // rest is copied as it is, sparing the lookup of an `@id` in a long list.
        let index_ahead = segments[n + 1..].iter().any(|s| s.parse::<usize>().is_ok());
        at = at
            .filter(|_| index_ahead)
            .and_then(|v| super::resolve(v, &format!("/{segment}")));
    }
    out
}

fn related(a: &str, b: &str) -> bool {
    a.is_empty() || b.starts_with(a) || a.starts_with(b)
}

fn walk(before: &Value, after: &Value, path: &str, label: &str, out: &mut Vec<Change>) {
    match (before, after) {
        // Not compared whole first: equal members yield nothing below, and comparing the
        // whole document and then each member would read a 20,000-project list twice.
        // A member on one side only reads as `null` on the other, as the format has it.
        (Value::Object(b), Value::Object(a)) => {
            let added = a.iter().filter(|(k, _)| !b.contains_key(*k));
            for (key, bv, av) in b
                .iter()
                .map(|(k, bv)| (k, bv, a.get(k).unwrap_or(&Value::Null)))
                .chain(added.map(|(k, av)| (k, &Value::Null, av)))
            {
                let p = format!("{path}/{}", pointer_segment(key));
                // A group added or taken away is its fields set or cleared, one by one.
                let empty = Value::Object(Default::default());
                let (bv, av) = match (bv, av) {
                    (Value::Null, Value::Object(_)) if is_group(key) => (&empty, av),
                    (Value::Object(_), Value::Null) if is_group(key) => (bv, &empty),
                    pair => pair,
                };
                let named = if is_group(key) && bv.is_object() && av.is_object() {
                    label.to_owned()
                } else {
                    member_label(label, path, key)
                };
                walk(bv, av, &p, &named, out);
            }
        }
        (Value::Array(b), Value::Array(a)) => match (ids(b), ids(a)) {
            // The same items in the same places, each id once (the usual case: fields
            // edited, nothing added, removed or moved): matching by id pairs each item with
            // the one in its place, so they are paired by place, without hashing every id,
            // and equal lists yield nothing as the check below would.
            (Some(b_ids), Some(a_ids)) if b_ids == a_ids && distinct(&b_ids) => {
                for ((bv, av), id) in b.iter().zip(a).zip(a_ids) {
                    if !equal(bv, av) {
                        let label = format!("{}“{}”", item_kind(path), name_of(av));
                        walk(bv, av, &item_pointer(path, id), &label, out);
                    }
                }
            }
            _ if equal(before, after) => {}
            (Some(b_ids), Some(a_ids)) => items(b, a, &b_ids, &a_ids, path, out),
            _ => out.push(changed(before, after, path, label)),
        },
        _ if equal(before, after) => {}
        _ => out.push(changed(before, after, path, label)),
    }
}

/// A value changed in place.
fn changed(before: &Value, after: &Value, path: &str, label: &str) -> Change {
    Change {
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
    }
}

/// `a == b`, but that a number is unchanged however its exponent is spelled: the original
/// as loaded spells it as its file does, a copy read back by serde_json its own way.
fn equal(a: &Value, b: &Value) -> bool {
    crate::json_number::same_value(a, b)
}

fn id_of(v: &Value) -> Option<&str> {
    let map = v.as_object()?;
    // Items put their id first, and looking there first spares hashing the key for each of
    // tens of thousands of projects.
    match map.iter().next() {
        Some((key, id)) if key == "id" => id.as_str(),
        _ => map.get("id").and_then(Value::as_str),
    }
}

/// The ids of `items`, if every one has a text id.
fn ids(items: &[Value]) -> Option<Vec<&str>> {
    items.iter().map(id_of).collect()
}

fn distinct(ids: &[&str]) -> bool {
    let mut seen = HashSet::with_capacity(ids.len());
    ids.iter().all(|id| seen.insert(*id))
}

/// Compares two lists of items by id (hashed: a ledger has tens of thousands of projects).
fn items(
    before: &[Value],
    after: &[Value],
    before_ids: &[&str],
    after_ids: &[&str],
    path: &str,
    out: &mut Vec<Change>,
) {
    let kind_name = item_kind(path);
    // Where an id repeats, the last item with it is the one matched.
    let before_by_id: HashMap<&str, &Value> = before_ids.iter().copied().zip(before).collect();
    let after_set: HashSet<&str> = after_ids.iter().copied().collect();
    for (i, (a, id)) in after.iter().zip(after_ids).enumerate() {
        match before_by_id.get(id) {
            Some(b) if equal(b, a) => {}
            Some(b) => walk(
                b,
                a,
                &item_pointer(path, id),
                &format!("{kind_name}“{}”", name_of(a)),
                out,
            ),
            None => out.push(Change {
                kind: ChangeKind::Added,
                path: item_pointer(path, id),
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
    for (i, (b, id)) in before.iter().zip(before_ids).enumerate() {
        if after_set.contains(id) {
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

/// `项目“X”的备注` for `label` = `项目“X”` and `key` = `note` inside `path`; a member of a
/// group of fields (`period`, `source`, a project's `figures`) is named by the field alone.
fn member_label(parent: &str, path: &str, key: &str) -> String {
    let list = path.rsplit('/').next().unwrap_or_default();
    // An item of a list is named by the list it is in (`/projects/@p-1` → projects).
    let list = if super::segment_id(list).is_some() {
        path.rsplit('/').nth(1).unwrap_or_default()
    } else {
        list
    };
    let field = crate::form::field_label(list, key);
    if parent.is_empty() {
        field.to_owned()
    } else {
        format!("{parent}的{field}")
    }
}

/// Whether members of `key` are named without it (the group adds nothing a reader needs).
fn is_group(key: &str) -> bool {
    matches!(
        key,
        "period" | "source" | "figures" | "schedule_grading" | "status_counts"
    )
}

impl Change {
    /// A value before or after the change as the reader knows it: statuses, sectors and
    /// problem types by their names in `bulletin`, empty as （空）, long text cut.
    pub fn value_text(&self, value: &Option<Value>, bulletin: &crate::Bulletin) -> String {
        let field = self.path.rsplit('/').next().unwrap_or_default();
        let in_list = |list: &str| self.path.starts_with(&format!("/{list}/"));
        let name = |v: &Value| -> String {
            let Some(id) = v.as_str() else {
                return v.to_string();
            };
            let known = match field {
                "status" if in_list("projects") => {
                    crate::ProjectStatus::from_id(id).map(|s| s.label().to_owned())
                }
                "status" if in_list("sectors") => {
                    crate::SectorStatus::from_id(id).map(|s| s.label().to_owned())
                }
                "sector" => bulletin.sector(id).map(|s| s.name.clone()),
                _ if self.path.contains("/problem_types") && in_list("projects") => {
                    bulletin.problem_type(id).map(|t| t.name.clone())
                }
                _ => None,
            };
            known.unwrap_or_else(|| id.to_owned())
        };
        let text = match value {
            None | Some(Value::Null) => return "（空）".to_owned(),
            Some(Value::String(s)) if s.is_empty() => return "（空）".to_owned(),
            Some(Value::Array(items)) if items.is_empty() => return "（无）".to_owned(),
            Some(Value::Array(items)) => items.iter().map(name).collect::<Vec<_>>().join("、"),
            Some(v @ Value::String(_)) => name(v),
            Some(v) => v.to_string(),
        };
        text.chars().take(60).collect()
    }
}
