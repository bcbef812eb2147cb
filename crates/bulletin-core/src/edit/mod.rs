//! Editing a bulletin. Every change is recorded as edits of the JSON document (set a value,
//! insert or remove an array element), so every part of a bulletin — fields this version does
//! not know included — is edited, undone, listed and stored the same way.

mod changes;
mod diff;
mod ids;
mod pointer;
mod storage;
mod sync;
mod touched;
mod workbench;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json_number::same_value;

pub use changes::{Change, ChangeKind, changes_between};
pub use diff::edits_between;
pub use ids::new_id;
pub use pointer::{
    describe, item_pointer, item_segment, pointer_segment, resolve, resolve_mut, segment_id,
};
pub use storage::{STORAGE_VERSION, StorageError, Stored, fingerprint, storage_key};
pub use sync::{Op, replay};
pub use touched::{RecordRef, touched};
pub use workbench::{HISTORY_LIMIT, Workbench};

/// One edit of the document, reversible because it carries what it replaces. Stored as
/// `{"op": "set", "path": …, "before": …, "after": …}` (and `insert`/`remove` with `index`
/// and `value`); read through [`EditFields`] rather than serde's internally tagged enums,
/// which buffer every value first (more code in the page's wasm, for no gain).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", try_from = "EditFields")]
pub enum Edit {
    /// Replace the value at `path` (a JSON pointer such as `/projects/3/note`).
    Set {
        path: String,
        before: Value,
        after: Value,
    },
    /// Insert `value` at `index` of the array at `path`.
    Insert {
        path: String,
        index: usize,
        value: Value,
    },
    /// Remove the element `index` (which is `value`) of the array at `path`.
    Remove {
        path: String,
        index: usize,
        value: Value,
    },
}

/// The fields of a stored edit, each there or not (`null` is there).
#[derive(Deserialize)]
struct EditFields {
    op: String,
    path: String,
    #[serde(default, deserialize_with = "present")]
    before: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    after: Option<Value>,
    #[serde(default)]
    index: Option<usize>,
    #[serde(default, deserialize_with = "present")]
    value: Option<Value>,
}

/// A field that is there, whatever it holds (`null` included).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

impl TryFrom<EditFields> for Edit {
    type Error = String;

    fn try_from(f: EditFields) -> Result<Self, String> {
        let missing = |name: &str| format!("修改缺少“{name}”");
        match f.op.as_str() {
            "set" => Ok(Edit::Set {
                path: f.path,
                before: f.before.ok_or_else(|| missing("before"))?,
                after: f.after.ok_or_else(|| missing("after"))?,
            }),
            "insert" | "remove" => {
                let index = f.index.ok_or_else(|| missing("index"))?;
                let value = f.value.ok_or_else(|| missing("value"))?;
                Ok(if f.op == "insert" {
                    Edit::Insert {
                        path: f.path,
                        index,
                        value,
                    }
                } else {
                    Edit::Remove {
                        path: f.path,
                        index,
                        value,
                    }
                })
            }
            op => Err(format!("无法识别的修改“{op}”")),
        }
    }
}

impl Edit {
    /// The edit that undoes this one.
    pub fn inverse(&self) -> Edit {
        match self.clone() {
            Edit::Set {
                path,
                before,
                after,
            } => Edit::Set {
                path,
                before: after,
                after: before,
            },
            Edit::Insert { path, index, value } => Edit::Remove { path, index, value },
            Edit::Remove { path, index, value } => Edit::Insert { path, index, value },
        }
    }

    /// The pointer this edit touches.
    pub fn path(&self) -> &str {
        match self {
            Edit::Set { path, .. } | Edit::Insert { path, .. } | Edit::Remove { path, .. } => path,
        }
    }

    /// Applies the edit to `doc`; refuses, leaving `doc` as it was, if it does not fit: its
    /// target is gone, or no longer holds what the edit was made against.
    pub fn apply(&self, doc: &mut Value) -> Result<(), String> {
        match self {
            Edit::Set {
                path,
                before,
                after,
            } => {
                // A member the record lacks reads as `null`, as the format has it: setting it
                // adds it, and undoing that leaves `null`.
                if before.is_null() && resolve(doc, path).is_none() {
                    let (parent, key) = path.rsplit_once('/').unwrap_or_default();
                    let key = key.replace("~1", "/").replace("~0", "~");
                    return match resolve_mut(doc, parent).and_then(Value::as_object_mut) {
                        Some(map) if !key.starts_with('@') => {
                            map.insert(key, after.clone());
                            Ok(())
                        }
                        _ => Err(format!("要修改的内容已不存在（{}）", describe(path))),
                    };
                }
                let slot = resolve_mut(doc, path)
                    .ok_or_else(|| format!("要修改的内容已不存在（{}）", describe(path)))?;
                // A number is the one the edit was made against however its exponent is
                // spelled: a copy read back by serde_json spells it its own way.
                if !same_value(slot, before) {
                    return Err(format!(
                        "要修改的内容已被改动（{}），请重新打开后再改",
                        describe(path)
                    ));
                }
                *slot = after.clone();
            }
            Edit::Insert { path, index, value } => {
                let items = array(doc, path)?;
                if let Some(id) = value.get("id").and_then(Value::as_str)
                    && items
                        .iter()
                        .any(|v| v.get("id").and_then(Value::as_str) == Some(id))
                {
                    return Err(format!("“{id}”已经存在（{}）", describe(path)));
                }
                // Items before it may have been removed meanwhile; it then goes last.
                let at = (*index).min(items.len());
                items.insert(at, value.clone());
            }
            Edit::Remove { path, index, value } => {
                let items = array(doc, path)?;
                let at = if items.get(*index).is_some_and(|v| same_value(v, value)) {
                    Some(*index)
                } else {
                    // It may have moved; an item with an id is found by it.
                    value
                        .get("id")
                        .and_then(Value::as_str)
                        .and_then(|id| {
                            items
                                .iter()
                                .position(|v| v.get("id").and_then(Value::as_str) == Some(id))
                        })
                        .filter(|i| same_value(&items[*i], value))
                };
                let at =
                    at.ok_or_else(|| format!("要删除的内容已被改动或删除（{}）", describe(path)))?;
                items.remove(at);
            }
        }
        Ok(())
    }
}

fn array<'a>(doc: &'a mut Value, path: &str) -> Result<&'a mut Vec<Value>, String> {
    resolve_mut(doc, path)
        .and_then(Value::as_array_mut)
        .ok_or_else(|| format!("列表已不存在（{}）", describe(path)))
}

/// One user action: its edits are undone and redone together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What the user did, in Chinese, for the change list.
    pub label: String,
    /// When, RFC 3339.
    pub at: String,
    pub edits: Vec<Edit>,
}
