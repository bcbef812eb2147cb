//! Editing a bulletin. Every change is recorded as edits of the JSON document (set a value,
//! insert or remove an array element), so every part of a bulletin — fields this version does
//! not know included — is edited, undone, listed and stored the same way.

mod changes;
mod diff;
mod ids;
mod storage;
mod workbench;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use changes::{Change, ChangeKind, changes_between};
pub use diff::edits_between;
pub use ids::new_id;
pub use storage::{STORAGE_VERSION, StorageError, Stored, fingerprint, storage_key};
pub use workbench::{HISTORY_LIMIT, Workbench};

/// One edit of the document, reversible because it carries what it replaces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
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

    /// Applies the edit to `doc`; refuses, leaving `doc` as it was, if it does not fit.
    pub fn apply(&self, doc: &mut Value) -> Result<(), String> {
        match self {
            Edit::Set {
                path,
                before,
                after,
            } => {
                let slot = doc
                    .pointer_mut(path)
                    .ok_or_else(|| format!("找不到 {path}"))?;
                if slot != before {
                    return Err(format!("{path} 已被改动"));
                }
                *slot = after.clone();
            }
            Edit::Insert { path, index, value } => {
                let items = array(doc, path)?;
                if *index > items.len() {
                    return Err(format!("{path} 没有第 {index} 项"));
                }
                items.insert(*index, value.clone());
            }
            Edit::Remove { path, index, value } => {
                let items = array(doc, path)?;
                if items.get(*index) != Some(value) {
                    return Err(format!("{path}/{index} 已被改动"));
                }
                items.remove(*index);
            }
        }
        Ok(())
    }
}

fn array<'a>(doc: &'a mut Value, path: &str) -> Result<&'a mut Vec<Value>, String> {
    doc.pointer_mut(path)
        .and_then(Value::as_array_mut)
        .ok_or_else(|| format!("{path} 不是列表"))
}

/// Escapes one key or index for a JSON pointer.
pub fn pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
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
