//! The user's working copy of a bulletin: the loaded original, the current document, and
//! undo/redo history.
//!
//! A step costs what it changes, so that editing a 20,000-project ledger stays interactive:
//! its edits are applied to the current document in place (and taken back exactly if one
//! fails or the result is invalid); an edit confined to projects is validated and re-read
//! for those projects only; the typed bulletin is shared with the app through an `Arc`.

mod in_place;

use std::sync::Arc;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::{Change, Edit, Step, changes, edits_between, resolve};
use crate::json_number::{counterpart, has_exponent, has_own_spellings, respell_like};
use crate::validation::{validate_all_but_projects, validate_projects, warnings};
use crate::{Bulletin, Diagnostic, Extra, JsonPath, Loaded, Project, ProjectStatus, validate};
use in_place::{Applied, Segment};

/// Steps kept for undo; older ones are dropped.
pub const HISTORY_LIMIT: usize = 200;

/// Original, current copy and history of one bulletin.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbench {
    original: Value,
    current: Value,
    /// The current document, typed; shared with the app, and changed in place by a step
    /// when nobody else holds it.
    bulletin: Arc<Bulletin>,
    /// Consistency warnings of the current bulletin.
    warnings: Vec<Diagnostic>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The original's fingerprint, worked out on the first save (a pass over the whole
    /// original) and kept: the original never changes.
    fingerprint: Kept,
}

/// A value worked out once; it takes no part in comparing workbenches.
#[derive(Debug, Clone, Default)]
struct Kept(std::sync::OnceLock<String>);

impl PartialEq for Kept {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Workbench {
    /// A fresh copy of `original` with no edits.
    pub fn new(original: &Bulletin) -> Self {
        let value = serde_json::to_value(original).unwrap_or(Value::Null);
        Self {
            original: value.clone(),
            current: value,
            bulletin: Arc::new(original.clone()),
            warnings: warnings(original),
            undo: Vec::new(),
            redo: Vec::new(),
            fingerprint: Kept::default(),
        }
    }

    /// A fresh copy of a loaded bulletin with no edits, made from its document as parsed, so
    /// that whatever the app does not own (numbers as written, key order) is exported as it came.
    pub fn from_loaded(loaded: &Loaded) -> Self {
        Self {
            original: loaded.document.clone(),
            current: loaded.document.clone(),
            bulletin: Arc::new(loaded.bulletin.clone()),
            warnings: loaded.warnings.clone(),
            undo: Vec::new(),
            redo: Vec::new(),
            fingerprint: Kept::default(),
        }
    }

    /// Rebuilds a workbench from stored parts; `None` if the current document is not a valid bulletin.
    pub(crate) fn from_parts(
        original: Value,
        mut current: Value,
        mut undo: Vec<Step>,
        mut redo: Vec<Step>,
    ) -> Option<Self> {
        // Parts read back by serde_json have its spelling of every exponent (`1e+2` for the
        // file's `1E2`); where they hold the original's numbers they are given its spelling,
        // so that the export still writes them as the file did.
        if has_own_spellings(&original) {
            respell_like(&mut current, &original);
            for edit in undo.iter_mut().chain(&mut redo).flat_map(|s| &mut s.edits) {
                match edit {
                    Edit::Set {
                        path,
                        before,
                        after,
                    } => {
                        if let Some(like) = resolve(&original, path) {
                            respell_like(before, like);
                            respell_like(after, like);
                        }
                    }
                    Edit::Insert { path, index, value } | Edit::Remove { path, index, value } => {
                        let items = resolve(&original, path).and_then(Value::as_array);
                        if let Some(like) =
                            items.and_then(|items| counterpart(value, items, *index))
                        {
                            respell_like(value, like);
                        }
                    }
                }
            }
        }
        if !validate(&current).is_empty() {
            return None;
        }
        let bulletin: Bulletin = serde_json::from_value(current.clone()).ok()?;
        Some(Self {
            original,
            current,
            warnings: warnings(&bulletin),
            bulletin: Arc::new(bulletin),
            undo,
            redo,
            fingerprint: Kept::default(),
        })
    }

    /// The current bulletin.
    pub fn bulletin(&self) -> &Bulletin {
        &self.bulletin
    }

    /// The current bulletin as a shared handle, for the app to keep without copying it. A
    /// step made while the app still holds the handle copies the bulletin once (the handle
    /// keeps showing the bulletin as it was); drop it before the next step to avoid that.
    pub fn shared(&self) -> Arc<Bulletin> {
        Arc::clone(&self.bulletin)
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

    /// [`super::fingerprint`] of the original, worked out once.
    pub fn original_fingerprint(&self) -> &str {
        self.fingerprint
            .0
            .get_or_init(|| super::fingerprint(&self.original))
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
    pub fn apply(&mut self, mut step: Step) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        for edit in &mut step.edits {
            spell_as_in(edit, &self.current);
        }
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

    /// Applies `edits` to the current document, and keeps the result only if it is still a
    /// valid bulletin; otherwise the document is put back exactly as it was.
    fn run(&mut self, edits: &[Edit]) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        let mut applied = Vec::with_capacity(edits.len());
        for edit in edits {
            match in_place::apply(&mut self.current, edit) {
                Ok(done) => applied.push(done),
                Err(e) => {
                    self.roll_back(applied);
                    return Err(vec![Diagnostic::error(
                        JsonPath::root(),
                        format!("无法修改：{e}"),
                    )]);
                }
            }
        }
        let reach = Reach::of(&applied);
        let projects_touched = !reach.changed.is_empty() || !reach.moves.is_empty();
        let errors = if reach.projects_only() {
            validate_projects(&self.current, &reach.changed, reach.ids_changed)
        } else if !reach.whole && !reach.references && !projects_touched {
            validate_all_but_projects(&self.current)
        } else {
            // Projects and other parts changed together (their errors would have to be
            // interleaved in `validate`'s order), or what projects refer to changed.
            validate(&self.current)
        };
        if !errors.is_empty() {
            self.roll_back(applied);
            return Err(errors);
        }
        let fresh = match Fresh::read(&self.current, &reach, self.bulletin.projects.len()) {
            Ok(fresh) => fresh,
            Err(e) => {
                self.roll_back(applied);
                return Err(vec![Diagnostic::error(
                    JsonPath::root(),
                    format!("无法读取通报数据：{e}"),
                )]);
            }
        };
        fresh.put(&mut self.bulletin, &reach);
        if !reach.projects_only() {
            // Consistency warnings read the summary, sectors and period, never the projects.
            self.warnings = warnings(&self.bulletin);
        }
        Ok(self.warnings.clone())
    }

    /// Takes back applied edits, last first.
    fn roll_back(&mut self, applied: Vec<Applied>) {
        for done in applied.into_iter().rev() {
            in_place::revert(&mut self.current, done);
        }
    }
}

/// Gives what `edit` replaces or removes the spelling of its numbers in `doc`. An edit made
/// against a copy read back by serde_json (in the import worker, another tab, a stored
/// history) carries the reader's spelling of exponents; it still fits (a number is the same
/// however its exponent is spelled), and undoing it then puts back exactly what was there.
fn spell_as_in(edit: &mut Edit, doc: &Value) {
    match edit {
        Edit::Set { path, before, .. } if has_exponent(before) => {
            if let Some(slot) = resolve(doc, path) {
                respell_like(before, slot);
            }
        }
        Edit::Remove { path, index, value } if has_exponent(value) => {
            let items = resolve(doc, path).and_then(Value::as_array);
            if let Some(item) = items.and_then(|items| counterpart(value, items, *index)) {
                respell_like(value, item);
            }
        }
        _ => {}
    }
}

/// What a step's edits reached, which decides what is validated and read again.
#[derive(Debug, Default)]
struct Reach {
    /// The root or the project list as a whole was replaced: everything is read again.
    whole: bool,
    /// A member other than `projects` changed.
    rest: bool,
    /// What projects refer to may have changed: the list of sectors or problem types, one
    /// of their items as a whole, or an item's id.
    references: bool,
    /// Positions, in the edited document, of the projects changed or inserted.
    changed: Vec<usize>,
    /// Insertions into and removals from the project list, in order, as they happened.
    moves: Vec<Move>,
    /// Whether a project's id may have changed (or a project was inserted).
    ids_changed: bool,
}

/// An insertion into or a removal from the project list, at a position.
#[derive(Debug, Clone, Copy)]
enum Move {
    Insert(usize),
    Remove(usize),
}

impl Reach {
    fn of(applied: &[Applied]) -> Self {
        let mut reach = Reach::default();
        for done in applied {
            match (done.at(), done) {
                ([], _) => reach.whole = true,
                ([Segment::Key(k), inside @ ..], _) if k != "projects" => {
                    reach.rest = true;
                    // Only an edit inside one sector or problem type, off its id, leaves
                    // the ids that projects refer to as they were.
                    let listed = k == "sectors" || k == "problem_types";
                    let off_id =
                        matches!(inside, [Segment::Index(_), Segment::Key(key), ..] if key != "id");
                    reach.references |= listed && !off_id;
                }
                ([Segment::Key(_)], Applied::Inserted { index, .. }) => {
                    // Later positions move up by one; the new project is checked and read.
                    for i in &mut reach.changed {
                        if *i >= *index {
                            *i += 1;
                        }
                    }
                    reach.changed.push(*index);
                    reach.moves.push(Move::Insert(*index));
                    reach.ids_changed = true;
                }
                ([Segment::Key(_)], Applied::Removed { index, .. }) => {
                    reach.changed.retain(|i| i != index);
                    for i in &mut reach.changed {
                        if *i > *index {
                            *i -= 1;
                        }
                    }
                    reach.moves.push(Move::Remove(*index));
                }
                ([Segment::Key(_), Segment::Index(i), inside @ ..], _) => {
                    if !reach.changed.contains(i) {
                        reach.changed.push(*i);
                    }
                    // Only setting the project whole or its `id` can change the id.
                    let id_set = match inside {
                        [] => true,
                        [Segment::Key(key)] => key == "id",
                        _ => false,
                    };
                    reach.ids_changed |=
                        id_set && matches!(done, Applied::Set { .. } | Applied::Added { .. });
                }
                // The list set whole, or anything this does not recognise.
                _ => reach.whole = true,
            }
        }
        reach
    }

    /// Whether the moves turn a typed list of `before` projects into one of `after`, each
    /// at a place the list has: otherwise the bookkeeping is wrong (a bug) and the whole
    /// bulletin is read again rather than trusted.
    fn fits(&self, before: usize, after: usize) -> bool {
        let len = self.moves.iter().try_fold(before, |len, m| match *m {
            Move::Insert(i) if i <= len => Some(len + 1),
            Move::Remove(i) if i < len => Some(len - 1),
            _ => None,
        });
        len == Some(after) && self.changed.iter().all(|i| *i < after)
    }

    /// Whether only project items changed (inserted, removed or edited).
    fn projects_only(&self) -> bool {
        !self.whole && !self.rest
    }
}

/// The parts of the typed bulletin read again after a step, before any is put in place, so
/// that a failure to read leaves the typed bulletin as it was.
enum Fresh {
    Whole(Bulletin),
    Parts {
        /// Everything but the projects, when something besides them changed.
        rest: Option<Bulletin>,
        /// The changed and inserted projects, by position.
        projects: Vec<(usize, Project)>,
    },
}

impl Fresh {
    /// Reads what `reach` says changed in `doc`; `typed` is how many projects the typed
    /// bulletin has before the step.
    fn read(doc: &Value, reach: &Reach, typed: usize) -> Result<Self, serde_json::Error> {
        // Read from text, as `Bulletin` itself is: through a `Value`, fields collected by
        // `#[serde(flatten)]` would lose numbers as written (`-0`, integers wider than 64 bits).
        let items = doc
            .get("projects")
            .and_then(Value::as_array)
            .filter(|items| reach.fits(typed, items.len()));
        let (false, Some(items), Value::Object(members)) = (reach.whole, items, doc) else {
            return Ok(Fresh::Whole(serde_json::from_str(&serde_json::to_string(
                doc,
            )?)?));
        };
        let rest = if reach.rest {
            Some(serde_json::from_str(&serde_json::to_string(
                &WithoutProjects(members),
            )?)?)
        } else {
            None
        };
        let projects = reach
            .changed
            .iter()
            .filter_map(|&i| items.get(i).map(|v| (i, v)))
            .map(|(i, v)| Ok((i, serde_json::from_str(&serde_json::to_string(v)?)?)))
            .collect::<Result<_, serde_json::Error>>()?;
        Ok(Fresh::Parts { rest, projects })
    }

    /// Puts what was read in place; `Arc::make_mut` copies the bulletin first only if the
    /// app still holds it.
    fn put(self, bulletin: &mut Arc<Bulletin>, reach: &Reach) {
        let (rest, projects) = match self {
            Fresh::Whole(whole) => {
                *bulletin = Arc::new(whole);
                return;
            }
            Fresh::Parts { rest, projects } => (rest, projects),
        };
        if rest.is_none() && projects.is_empty() && reach.moves.is_empty() {
            // Nothing to put; `make_mut` would copy a bulletin the app holds for nothing.
            return;
        }
        let b = Arc::make_mut(bulletin);
        if let Some(mut rest) = rest {
            rest.projects = std::mem::take(&mut b.projects);
            *b = rest;
        }
        for m in &reach.moves {
            match *m {
                // A stand-in, replaced below: an inserted project is among the changed ones.
                // Both in range: `Reach::fits` held before anything was read.
                Move::Insert(i) => b.projects.insert(i.min(b.projects.len()), placeholder()),
                Move::Remove(i) if i < b.projects.len() => drop(b.projects.remove(i)),
                Move::Remove(_) => {}
            }
        }
        for (i, project) in projects {
            if let Some(slot) = b.projects.get_mut(i) {
                *slot = project;
            }
        }
    }
}

/// A stand-in for a project that is read right after.
fn placeholder() -> Project {
    Project {
        id: String::new(),
        name: String::new(),
        sector: None,
        lead_unit: None,
        district: None,
        districts: None,
        problems: None,
        figures: None,
        level: None,
        status: ProjectStatus::OnSchedule,
        owner: None,
        deadline: None,
        follow_ups: None,
        resolved_on: None,
        problem_types: Vec::new(),
        issue: String::new(),
        note: String::new(),
        extra: Extra::new(),
    }
}

/// The document with an empty project list, written without copying the rest of it.
struct WithoutProjects<'a>(&'a Map<String, Value>);

impl Serialize for WithoutProjects<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            if key == "projects" {
                map.serialize_entry(key, &[] as &[Value])?;
            } else {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
