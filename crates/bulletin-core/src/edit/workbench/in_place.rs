//! Edits applied to the working copy in place, each leaving a record of exactly where it
//! landed, so that a step that fails halfway is taken back to the very document it started
//! from without the copy of the whole document the workbench used to make for every step.
//!
//! The rules — how a pointer finds its target, when an edit refuses, what it says — are those
//! of [`Edit::apply`]; tests/incremental_edit.rs holds the two to the same results.

use serde_json::Value;

use crate::edit::{Edit, describe, segment_id};
use crate::json_number::same_value;

/// One step of a pointer resolved to what it named when the edit was applied: a key, or the
/// index an `@id` segment stood for at the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    Key(String),
    Index(usize),
}

/// What an applied edit did, where, and what it displaced.
#[derive(Debug)]
pub(super) enum Applied {
    /// The value at `at` was replaced; `before` is what was there.
    Set { at: Vec<Segment>, before: Value },
    /// The member at `at` was added to its object (it was missing, which reads as `null`).
    Added { at: Vec<Segment> },
    /// An element went in at `index` of the list at `list`.
    Inserted { list: Vec<Segment>, index: usize },
    /// The element `value` came out of `index` of the list at `list`.
    Removed {
        list: Vec<Segment>,
        index: usize,
        value: Value,
    },
}

impl Applied {
    /// Where the edit landed: the value set, or the list changed.
    pub fn at(&self) -> &[Segment] {
        match self {
            Applied::Set { at, .. } | Applied::Added { at } => at,
            Applied::Inserted { list, .. } | Applied::Removed { list, .. } => list,
        }
    }
}

/// Applies `edit` to `doc` as [`Edit::apply`] would; on refusal `doc` is untouched.
pub(super) fn apply(doc: &mut Value, edit: &Edit) -> Result<Applied, String> {
    match edit {
        Edit::Set {
            path,
            before,
            after,
        } => {
            let gone = || format!("要修改的内容已不存在（{}）", describe(path));
            // A member the record lacks reads as `null`: setting it adds it.
            if before.is_null() && locate(doc, path).is_none() {
                let (parent, key) = path.rsplit_once('/').ok_or_else(gone)?;
                let key = unescape(key);
                return match locate(doc, parent) {
                    Some((Value::Object(map), mut at)) if !key.starts_with('@') => {
                        map.insert(key.clone(), after.clone());
                        at.push(Segment::Key(key));
                        Ok(Applied::Added { at })
                    }
                    _ => Err(gone()),
                };
            }
            let (slot, at) = locate(doc, path).ok_or_else(gone)?;
            if !same_value(slot, before) {
                return Err(format!(
                    "要修改的内容已被改动（{}），请重新打开后再改",
                    describe(path)
                ));
            }
            // The old value is moved out, not cloned: it is what a rollback puts back.
            let before = std::mem::replace(slot, after.clone());
            Ok(Applied::Set { at, before })
        }
        Edit::Insert { path, index, value } => {
            let (items, list) = array(doc, path)?;
            if let Some(id) = id_of(value)
                && items.iter().any(|v| id_of(v) == Some(id))
            {
                return Err(format!("“{id}”已经存在（{}）", describe(path)));
            }
            // Items before it may have been removed meanwhile; it then goes last.
            let at = (*index).min(items.len());
            items.insert(at, value.clone());
            Ok(Applied::Inserted { list, index: at })
        }
        Edit::Remove { path, index, value } => {
            let (items, list) = array(doc, path)?;
            let at = if items.get(*index).is_some_and(|v| same_value(v, value)) {
                Some(*index)
            } else {
                // It may have moved; an item with an id is found by it.
                id_of(value)
                    .and_then(|id| items.iter().position(|v| id_of(v) == Some(id)))
                    .filter(|i| items.get(*i).is_some_and(|v| same_value(v, value)))
            };
            let at =
                at.ok_or_else(|| format!("要删除的内容已被改动或删除（{}）", describe(path)))?;
            let value = items.remove(at);
            Ok(Applied::Removed {
                list,
                index: at,
                value,
            })
        }
    }
}

/// Takes back an edit that was the last one applied to `doc`, leaving `doc` exactly as it
/// was before it (key order and numbers as written included).
pub(super) fn revert(doc: &mut Value, applied: Applied) {
    // The record names places that existed right after the edit, and `doc` is in that state,
    // so each lookup below finds its target; a miss could only mean a bug, and then doing
    // nothing is still better than a panic in the user's tab.
    match applied {
        Applied::Set { at, before } => {
            if let Some(slot) = follow(doc, &at) {
                *slot = before;
            }
        }
        Applied::Added { mut at } => {
            if let Some(Segment::Key(key)) = at.pop()
                && let Some(Value::Object(map)) = follow(doc, &at)
            {
                // It went in last, so taking it out keeps the other members' order.
                map.shift_remove(&key);
            }
        }
        Applied::Inserted { list, index } => {
            if let Some(Value::Array(items)) = follow(doc, &list)
                && index < items.len()
            {
                items.remove(index);
            }
        }
        Applied::Removed { list, index, value } => {
            if let Some(Value::Array(items)) = follow(doc, &list) {
                let at = index.min(items.len());
                items.insert(at, value);
            }
        }
    }
}

/// `v.get("id")` as text, looked up first where items put it: as their first member, which
/// spares hashing the key for each of the 20,000 projects a lookup by id may pass.
fn id_of(v: &Value) -> Option<&str> {
    let map = v.as_object()?;
    match map.iter().next() {
        Some((key, id)) if key == "id" => id.as_str(),
        _ => map.get("id").and_then(Value::as_str),
    }
}

fn array<'a>(doc: &'a mut Value, path: &str) -> Result<(&'a mut Vec<Value>, Vec<Segment>), String> {
    match locate(doc, path) {
        Some((Value::Array(items), at)) => Ok((items, at)),
        _ => Err(format!("列表已不存在（{}）", describe(path))),
    }
}

/// The value `path` names and the resolved steps to it; `None` when any step is missing.
/// The same lookup as [`crate::edit::resolve_mut`], recording where it went.
fn locate<'a>(doc: &'a mut Value, path: &str) -> Option<(&'a mut Value, Vec<Segment>)> {
    let mut trail = Vec::new();
    if path.is_empty() {
        return Some((doc, trail));
    }
    let mut parts = path.split('/');
    // A pointer starts with '/'; the empty piece before it is skipped.
    parts.next().filter(|first| first.is_empty())?;
    let mut at = doc;
    for segment in parts {
        at = match at {
            Value::Object(map) => {
                let key = unescape(segment);
                let next = map.get_mut(&key)?;
                trail.push(Segment::Key(key));
                next
            }
            Value::Array(items) => {
                let i = position(items, segment)?;
                trail.push(Segment::Index(i));
                items.get_mut(i)?
            }
            _ => return None,
        };
    }
    Some((at, trail))
}

/// The value at resolved steps.
fn follow<'a>(doc: &'a mut Value, at: &[Segment]) -> Option<&'a mut Value> {
    at.iter().try_fold(doc, |v, segment| match (v, segment) {
        (Value::Object(map), Segment::Key(key)) => map.get_mut(key),
        (Value::Array(items), Segment::Index(i)) => items.get_mut(*i),
        _ => None,
    })
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// The position in `items` that `segment` names: an index, or the item with that id.
fn position(items: &[Value], segment: &str) -> Option<usize> {
    match segment_id(segment) {
        Some(id) => items.iter().position(|v| id_of(v) == Some(id.as_str())),
        // JSON pointer: no leading zeros, no signs.
        None if segment == "0" || (!segment.starts_with('0') && !segment.starts_with('+')) => {
            segment.parse::<usize>().ok().filter(|i| *i < items.len())
        }
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(v: &Value) -> String {
        serde_json::to_string(v).unwrap_or_default()
    }

    #[test]
    fn edits_land_where_edit_apply_puts_them_and_revert_exactly() {
        let doc = json!({
            "b": 1, "a": {"x": [1, 2]},
            "projects": [{"id": "p", "n": 1.50}, {"id": "q/~", "n": -0}, {"n": 3}]
        });
        let edits = [
            Edit::Set {
                path: "/projects/@q~1~0/n".into(),
                before: json!(0),
                after: json!(7),
            },
            // A member the object lacks is added (it read as null), and the rollback takes
            // it out again; one under a missing parent, or made against a value, is refused.
            Edit::Set {
                path: "/projects/@p/x~1y".into(),
                before: json!(null),
                after: json!({"k": 1}),
            },
            Edit::Set {
                path: "/c".into(),
                before: json!(null),
                after: json!("new"),
            },
            Edit::Set {
                path: "/nowhere/c".into(),
                before: json!(null),
                after: json!(1),
            },
            Edit::Set {
                path: "/c".into(),
                before: json!(1),
                after: json!(2),
            },
            Edit::Set {
                path: "/projects/@gone".into(),
                before: json!(null),
                after: json!(1),
            },
            Edit::Set {
                path: "".into(),
                before: doc.clone(),
                after: json!(null),
            },
            Edit::Insert {
                path: "/projects".into(),
                index: 99,
                value: json!({"n": 4}),
            },
            Edit::Insert {
                path: "/projects".into(),
                index: 0,
                value: json!({"id": "p"}),
            },
            Edit::Remove {
                path: "/projects".into(),
                index: 0,
                value: json!({"id": "q/~", "n": -0}),
            },
            Edit::Remove {
                path: "/projects".into(),
                index: 2,
                value: json!({"n": 3}),
            },
            Edit::Set {
                path: "/a/x/01".into(),
                before: json!(2),
                after: json!(3),
            },
            Edit::Set {
                path: "/a/x/1".into(),
                before: json!(5),
                after: json!(3),
            },
            Edit::Insert {
                path: "/b".into(),
                index: 0,
                value: json!(1),
            },
        ];
        for edit in &edits {
            let mut theirs = doc.clone();
            let mut ours = doc.clone();
            let expected = edit.apply(&mut theirs);
            let got = apply(&mut ours, edit);
            assert_eq!(got.as_ref().err(), expected.as_ref().err(), "{edit:?}");
            assert_eq!(text(&ours), text(&theirs), "{edit:?}");
            if let Ok(applied) = got {
                revert(&mut ours, applied);
                assert_eq!(text(&ours), text(&doc), "{edit:?}");
            }
        }
    }
}
