//! The user's working copy of a bulletin: the loaded original, the current document, and
//! undo/redo history.

use serde_json::Value;

use super::{Change, Edit, Step, changes, edits_between};
use crate::validation::warnings;
use crate::{Bulletin, Diagnostic, JsonPath, Loaded, validate};

/// Steps kept for undo; older ones are dropped.
pub const HISTORY_LIMIT: usize = 200;

/// Original, current copy and history of one bulletin.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbench {
    original: Value,
    current: Value,
    bulletin: Bulletin,
    /// Consistency warnings of the current bulletin.
    warnings: Vec<Diagnostic>,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Workbench {
    /// A fresh copy of `original` with no edits.
    pub fn new(original: &Bulletin) -> Self {
        let value = serde_json::to_value(original).unwrap_or(Value::Null);
        Self {
            original: value.clone(),
            current: value,
            bulletin: original.clone(),
            warnings: warnings(original),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// A fresh copy of a loaded bulletin with no edits, made from its document as parsed, so
    /// that whatever the app does not own (numbers as written, key order) is exported as it came.
    pub fn from_loaded(loaded: &Loaded) -> Self {
        Self {
            original: loaded.document.clone(),
            current: loaded.document.clone(),
            bulletin: loaded.bulletin.clone(),
            warnings: loaded.warnings.clone(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Rebuilds a workbench from stored parts; `None` if the current document is not a valid bulletin.
    pub(crate) fn from_parts(
        original: Value,
        current: Value,
        undo: Vec<Step>,
        redo: Vec<Step>,
    ) -> Option<Self> {
        if !validate(&current).is_empty() {
            return None;
        }
        let bulletin: Bulletin = serde_json::from_value(current.clone()).ok()?;
        Some(Self {
            original,
            current,
            warnings: warnings(&bulletin),
            bulletin,
            undo,
            redo,
        })
    }

    /// The current bulletin.
    pub fn bulletin(&self) -> &Bulletin {
        &self.bulletin
    }

    /// Consistency warnings of the current bulletin.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The current document as JSON.
    pub fn current(&self) -> &Value {
        &self.current
    }

    /// The current document as a snapshot file: pretty JSON, every field and number as it
    /// stands in the copy (unknown ones included), with `snapshot` saying when and from what
    /// it was exported.
    pub fn snapshot_text(&self, exported_at: &str, app_version: &str) -> String {
        let mut doc = self.current.clone();
        if let Value::Object(map) = &mut doc {
            let mut snapshot = map
                .get("snapshot")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            snapshot.insert("exported_at".into(), Value::from(exported_at));
            snapshot.insert("app_version".into(), Value::from(app_version));
            snapshot.insert("based_on".into(), Value::from(self.bulletin.id.as_str()));
            map.insert("snapshot".into(), Value::Object(snapshot));
        }
        serde_json::to_string_pretty(&doc).unwrap_or_default()
    }

    /// The document as loaded, before any edit.
    pub fn original(&self) -> &Value {
        &self.original
    }

    /// Undo history, oldest first.
    pub fn undo_steps(&self) -> &[Step] {
        &self.undo
    }

    /// Redo history, next step last.
    pub fn redo_steps(&self) -> &[Step] {
        &self.redo
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies `step` if the result is a valid bulletin; otherwise nothing changes and the
    /// errors say why. Returns the new consistency warnings.
    pub fn apply(&mut self, step: Step) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        let warnings = self.run(&step.edits)?;
        self.undo.push(step);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(warnings)
    }

    /// Undoes the last step; false if there is none.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let inverse: Vec<Edit> = step.edits.iter().rev().map(Edit::inverse).collect();
        if self.run(&inverse).is_err() {
            self.undo.push(step);
            return false;
        }
        self.redo.push(step);
        true
    }

    /// Redoes the last undone step; false if there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        if self.run(&step.edits).is_err() {
            self.redo.push(step);
            return false;
        }
        self.undo.push(step);
        true
    }

    /// What differs from the original, each with the time of the last step that touched it.
    pub fn changes(&self) -> Vec<Change> {
        changes::between(&self.original, &self.current, &self.undo)
    }

    /// A step that puts one change back as it was in the original.
    pub fn revert_step(&self, change: &Change, at: &str) -> Step {
        Step {
            label: format!("撤销修改：{}", change.label),
            at: at.to_owned(),
            edits: change.revert_edits(),
        }
    }

    /// A step that puts the whole document back as loaded; undoable like any other.
    pub fn reset_step(&self, at: &str) -> Step {
        self.replace_step(&self.original, "全部恢复为原始数据", at)
    }

    /// A step that makes the document `doc` (a snapshot being imported, say), recorded as
    /// only the edits that differ so that history and storage stay small.
    pub fn replace_step(&self, doc: &Value, label: &str, at: &str) -> Step {
        Step {
            label: label.to_owned(),
            at: at.to_owned(),
            edits: edits_between(&self.current, doc),
        }
    }

    /// Applies `edits` to a copy, and keeps the copy only if it is still a valid bulletin.
    fn run(&mut self, edits: &[Edit]) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        let mut next = self.current.clone();
        for edit in edits {
            edit.apply(&mut next).map_err(|e| {
                vec![Diagnostic::error(
                    JsonPath::root(),
                    format!("无法修改：{e}"),
                )]
            })?;
        }
        let errors = validate(&next);
        if !errors.is_empty() {
            return Err(errors);
        }
        let bulletin: Bulletin = serde_json::from_value(next.clone()).map_err(|e| {
            vec![Diagnostic::error(
                JsonPath::root(),
                format!("无法读取通报数据：{e}"),
            )]
        })?;
        // Validated just above; only the consistency checks are left to run.
        self.warnings = warnings(&bulletin);
        self.current = next;
        self.bulletin = bulletin;
        Ok(self.warnings.clone())
    }
}
