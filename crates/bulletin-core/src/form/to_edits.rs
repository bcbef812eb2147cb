//! Turning what a user typed into one undoable step: edits addressed by identity, made
//! against the record as it was when the editor opened, so they land on that record or fail.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::field::Kind;
use super::record::{Part, Record, Target};
use crate::edit::{Edit, Step, new_id, resolve, segment_id};
use crate::{Bulletin, Diagnostic};

/// Why a form cannot be saved: a message per field key, `""` for the record as a whole.
pub type FormError = HashMap<String, String>;

fn whole(message: impl Into<String>) -> FormError {
    HashMap::from([(String::new(), message.into())])
}

/// The names of the projects that use problem type `id` (a type still in use cannot go).
pub fn in_use(b: &Bulletin, id: &str) -> Vec<String> {
    b.projects
        .iter()
        .filter(|p| p.problem_types.iter().any(|t| t == id))
        .map(|p| p.name.clone())
        .collect()
}

/// The names of the projects filed under sector `id` (a sector still in use cannot go).
pub fn sector_in_use(b: &Bulletin, id: &str) -> Vec<String> {
    b.projects
        .iter()
        .filter(|p| p.sector.as_deref() == Some(id))
        .map(|p| p.name.clone())
        .collect()
}

/// Why an item in use by `users` cannot be deleted yet, naming them.
fn still_used(users: &[String], what: &str, undo: &str) -> String {
    let names: Vec<String> = users.iter().map(|n| format!("“{n}”")).collect();
    format!(
        "仍有 {} 个项目{what}：{}。请先{undo}，再删除。",
        users.len(),
        names.join("、")
    )
}

impl Record {
    /// The values typed, by where they are stored in the record (`period/start`), or every
    /// field's error (by the form's key).
    pub fn values(
        &self,
        typed: &HashMap<&str, String>,
    ) -> Result<Vec<(&'static str, Value)>, FormError> {
        let base = self.base();
        let mut values = Vec::new();
        let mut errors = FormError::new();
        for f in &self.fields {
            let text = typed.get(f.key).map(String::as_str).unwrap_or_default();
            match f.read(text) {
                Ok(v) => {
                    let v = match &f.kind {
                        Kind::Rows(rows) => rows.keep_members(at(base, f.path), v),
                        _ => v,
                    };
                    values.push((f.path, v));
                }
                Err(e) => {
                    errors.insert(f.key.to_owned(), e);
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        districts(base, &mut values);
        Ok(values)
    }

    /// The step that saves `typed` into `doc` (the document now), or `None` when nothing
    /// changed. An existing record is changed field by field against what it held when
    /// opened; a record without an id, or missing a field, is replaced whole, so a record
    /// changed meanwhile is never overwritten silently.
    pub fn save_step(
        &self,
        typed: &HashMap<&str, String>,
        doc: &Value,
        when: &str,
    ) -> Result<Option<Step>, FormError> {
        let values = self.values(typed)?;
        let typed_name = values
            .iter()
            .find(|(k, _)| matches!(*k, "name" | "title"))
            .and_then(|(_, v)| v.as_str())
            .map(str::to_owned);
        let name = |fallback: &str| typed_name.clone().unwrap_or_else(|| fallback.to_owned());
        let noun = self.part.noun();
        match &self.target {
            Target::At { pointer, opened } => {
                let changed: Vec<(&str, Value)> = values
                    .iter()
                    .filter(|(k, v)| !same_value(at(opened, k), v))
                    .cloned()
                    .collect();
                if changed.is_empty() {
                    return Ok(None);
                }
                let by_identity = pointer.rsplit('/').next().is_some_and(|last| {
                    segment_id(last).is_some()
                        || matches!(self.part, Part::Summary | Part::Bulletin)
                });
                let edits = if by_identity {
                    field_edits(pointer, opened, changed)
                } else {
                    // Addressed by place (a requirement): the whole record is set, so that
                    // one moved or changed meanwhile is refused rather than overwritten.
                    let mut after = opened.clone();
                    for (path, v) in changed {
                        put(&mut after, path, v);
                    }
                    vec![Edit::Set {
                        path: pointer.clone(),
                        before: opened.clone(),
                        after,
                    }]
                };
                let label = match self.part {
                    Part::Summary | Part::Bulletin => format!("修改{noun}"),
                    _ => format!("修改{noun}“{}”", name(&noun_name(opened))),
                };
                Ok(Some(Step {
                    label,
                    at: when.to_owned(),
                    edits,
                }))
            }
            Target::New { template } => {
                let list = self.part.pointer();
                let items = resolve(doc, list)
                    .and_then(Value::as_array)
                    .ok_or_else(|| whole(format!("通报中没有{noun}列表")))?;
                let mut item = template.clone();
                for (path, v) in values {
                    // A new item's empty groups are left out, as a file would leave them.
                    if !(v.is_null() && at(&item, path).is_none()) {
                        put(&mut item, path, v);
                    }
                }
                if let Some(prefix) = self.part.id_prefix() {
                    let ids = items
                        .iter()
                        .filter_map(|v| v.get("id").and_then(Value::as_str));
                    put(&mut item, "id", json!(new_id(&name(""), prefix, ids)));
                }
                Ok(Some(Step {
                    label: format!("新增{noun}“{}”", name("")),
                    at: when.to_owned(),
                    edits: vec![Edit::Insert {
                        path: list.to_owned(),
                        index: items.len(),
                        value: item,
                    }],
                }))
            }
        }
    }

    /// The step that deletes this record from `doc`, or why it cannot be deleted: a problem
    /// type still used by projects, or a record no longer as it was opened.
    pub fn delete_step(&self, b: &Bulletin, doc: &Value, when: &str) -> Result<Step, String> {
        let Target::At { opened, .. } = &self.target else {
            return Err("新增的内容还没有保存，无需删除".to_owned());
        };
        if !self.deletable {
            return Err(format!("{}不能删除", self.part.noun()));
        }
        let id = opened.get("id").and_then(Value::as_str).unwrap_or_default();
        let refusal = match self.part {
            Part::ProblemType => Some((in_use(b, id), "使用这个问题类型", "在这些项目中去掉它")),
            Part::Sector => Some((
                sector_in_use(b, id),
                "属于这个领域",
                "把这些项目改到其他领域或“未注明”",
            )),
            _ => None,
        };
        if let Some((users, what, undo)) = refusal
            && !users.is_empty()
        {
            return Err(still_used(&users, what, undo));
        }
        let list = self.part.pointer();
        let index = resolve(doc, list)
            .and_then(Value::as_array)
            .and_then(|items| items.iter().position(|v| v == opened))
            .ok_or_else(|| {
                format!(
                    "这条{}已被删除或改动，请关闭后重新打开再删除",
                    self.part.noun()
                )
            })?;
        Ok(Step {
            label: format!("删除{}“{}”", self.part.noun(), noun_name(opened)),
            at: when.to_owned(),
            edits: vec![Edit::Remove {
                path: list.to_owned(),
                index,
                value: opened.clone(),
            }],
        })
    }

    /// The diagnostics path prefix of this record in `doc` (`projects[3]`), which is how
    /// validation names the fields of a refused step.
    fn diagnostic_prefix(&self, doc: &Value) -> String {
        let list = self.part.pointer().trim_start_matches('/');
        match &self.target {
            Target::At { .. } if matches!(self.part, Part::Summary | Part::Bulletin) => {
                list.to_owned()
            }
            Target::At { opened, .. } => resolve(doc, self.part.pointer())
                .and_then(Value::as_array)
                .and_then(|items| {
                    items
                        .iter()
                        .position(|v| match (v.get("id"), opened.get("id")) {
                            (Some(a), Some(b)) => a == b,
                            _ => v == opened,
                        })
                })
                .map(|i| format!("{list}[{i}]"))
                .unwrap_or_default(),
            Target::New { .. } => resolve(doc, self.part.pointer())
                .and_then(Value::as_array)
                .map(|items| format!("{list}[{}]", items.len()))
                .unwrap_or_default(),
        }
    }
}

/// Whether a field still holds what was typed: numbers by value, so that a figure written
/// `44.80` or `5E1` in the file is not "changed" by a form saved without touching it.
fn same_value(stored: Option<&Value>, typed: &Value) -> bool {
    match (stored, typed) {
        (Some(Value::Number(a)), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (Some(a), b) => a == b,
        (None, b) => b.is_null(),
    }
}

fn noun_name(v: &Value) -> String {
    ["name", "title"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .to_owned()
}

/// Refusal messages of a step that failed validation, by field of `record` (as it sits in
/// `doc`, the document before the step); `""` collects the rest.
pub fn by_field(record: &Record, doc: &Value, found: &[Diagnostic]) -> FormError {
    let prefix = record.diagnostic_prefix(doc);
    let mut out = FormError::new();
    for d in found {
        let within = match prefix.as_str() {
            "" => Some(d.path.as_str()),
            p => d
                .path
                .as_str()
                .strip_prefix(p)
                .and_then(|rest| rest.strip_prefix('.')),
        };
        // The field whose path the diagnostic's is, or lies within (`problems[2].text`).
        let field = within.and_then(|w| {
            record.fields.iter().find(|f| {
                let dotted = f.path.replace('/', ".");
                w.strip_prefix(dotted.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
            })
        });
        match field {
            Some(f) => out
                .entry(f.key.to_owned())
                .or_insert_with(|| d.message.clone()),
            None => out.entry(String::new()).or_insert_with(|| d.to_string()),
        };
    }
    out
}

/// The value at `path` (keys joined by `/`) of a record.
fn at<'a>(record: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('/').try_fold(record, |v, key| v.get(key))
}

/// Sets `path` of a record to `value`, making the groups on the way (`source` for
/// `source/issuer`) where they are missing or `null`.
fn put(record: &mut Value, path: &str, value: Value) {
    let mut slot = record;
    for key in path.split('/') {
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        let Some(map) = slot.as_object_mut() else {
            return;
        };
        slot = map.entry(key.to_owned()).or_insert(Value::Null);
    }
    *slot = value;
}

/// The edits that set each changed field of the record at `pointer`, which held `opened`:
/// a field there is set where it is; fields of a group the record lacks (or holds as
/// `null`) set the group once, made from them all.
fn field_edits(pointer: &str, opened: &Value, changed: Vec<(&str, Value)>) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::new();
    for (path, value) in changed {
        let keys: Vec<&str> = path.split('/').collect();
        // The first key on the way whose value is not an object with the next key.
        let mut depth = 0;
        let mut here = opened;
        while depth + 1 < keys.len() {
            match here.get(keys[depth]) {
                Some(next) if next.is_object() => {
                    here = next;
                    depth += 1;
                }
                _ => break,
            }
        }
        let head = keys[..=depth].join("/");
        let target = format!("{pointer}/{head}");
        let before = at(opened, &head).cloned().unwrap_or(Value::Null);
        let rest = &keys[depth + 1..];
        if rest.is_empty() {
            edits.push(Edit::Set {
                path: target,
                before,
                after: value,
            });
            continue;
        }
        let made = edits.iter_mut().find_map(|e| match e {
            Edit::Set { path, after, .. } if *path == target => Some(after),
            _ => None,
        });
        match made {
            Some(after) => put(after, &rest.join("/"), value),
            None => {
                let mut after = Value::Object(Map::new());
                put(&mut after, &rest.join("/"), value);
                edits.push(Edit::Set {
                    path: target,
                    before,
                    after,
                });
            }
        }
    }
    edits
}

/// A project's 县区 as typed (`districts`), stored as the notice has them: a project that
/// lists its districts keeps the list (and a `district` it names besides, the first of
/// them, so that whatever reads the single district agrees with the list shown); one with a
/// single `district` keeps that while one is typed, and lists them once there are several.
fn districts(base: &Value, values: &mut Vec<(&'static str, Value)>) {
    let Some(i) = values.iter().position(|(k, _)| *k == "districts") else {
        return;
    };
    let names = values[i].1.as_array().cloned().unwrap_or_default();
    let first = names.first().cloned().unwrap_or(Value::Null);
    let listed = base.get("districts").is_some_and(Value::is_array);
    let single = base.get("district").is_some_and(|d| !d.is_null());
    let shown = match base.get("districts") {
        Some(Value::Array(list)) => list.clone(),
        _ => base
            .get("district")
            .filter(|d| !d.is_null())
            .cloned()
            .into_iter()
            .collect(),
    };
    if same_value(Some(&Value::Array(shown)), &values[i].1) {
        values.remove(i);
        return;
    }
    if listed {
        if single {
            values.push(("district", first));
        }
    } else if names.len() <= 1 {
        values[i] = ("district", first);
    } else if base.get("district").is_some() {
        values.push(("district", first));
    }
}
