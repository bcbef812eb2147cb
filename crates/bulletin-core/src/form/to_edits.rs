//! Turning what a user typed into one undoable step: edits addressed by identity, made
//! against the record as it was when the editor opened, so they land on that record or fail.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

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

impl Record {
    /// The values typed, by the JSON key they are stored under, or every field's error
    /// (by the form's key).
    pub fn values(
        &self,
        typed: &HashMap<&str, String>,
    ) -> Result<Vec<(&'static str, Value)>, FormError> {
        let mut values = Vec::new();
        let mut errors = FormError::new();
        for f in &self.fields {
            let text = typed.get(f.key).map(String::as_str).unwrap_or_default();
            match f.read(text) {
                Ok(v) => values.push((f.stored, v)),
                Err(e) => {
                    errors.insert(f.key.to_owned(), e);
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // A project that names a `district` besides its `districts` keeps it the first of
        // them, so that whatever reads the single district agrees with the list shown. One
        // whose `district` is null (how notices naming several are transcribed) keeps null.
        let base = self.base();
        let listed = values
            .iter()
            .find(|(k, v)| *k == "districts" && !same_value(base.get("districts"), v))
            .map(|(_, v)| v.get(0).cloned().unwrap_or(Value::Null));
        if let Some(first) = listed
            && base.get("district").is_some_and(|d| !d.is_null())
        {
            values.push(("district", first));
        }
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
        at: &str,
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
                    .filter(|(k, v)| !same_value(opened.get(*k), v))
                    .cloned()
                    .collect();
                if changed.is_empty() {
                    return Ok(None);
                }
                let by_identity = pointer
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| segment_id(last).is_some() || self.part == Part::Summary);
                let edits = if by_identity && changed.iter().all(|(k, _)| opened.get(*k).is_some())
                {
                    changed
                        .into_iter()
                        .map(|(k, v)| Edit::Set {
                            path: format!("{pointer}/{k}"),
                            before: opened[k].clone(),
                            after: v,
                        })
                        .collect()
                } else {
                    let mut after = opened.clone();
                    if let Some(map) = after.as_object_mut() {
                        for (k, v) in changed {
                            map.insert(k.to_owned(), v);
                        }
                    }
                    vec![Edit::Set {
                        path: pointer.clone(),
                        before: opened.clone(),
                        after,
                    }]
                };
                let label = match self.part {
                    Part::Summary => "修改总体情况".to_owned(),
                    _ => format!("修改{noun}“{}”", name(&noun_name(opened))),
                };
                Ok(Some(Step {
                    label,
                    at: at.to_owned(),
                    edits,
                }))
            }
            Target::New { template } => {
                let list = self.part.pointer();
                let items = resolve(doc, list)
                    .and_then(Value::as_array)
                    .ok_or_else(|| whole(format!("通报中没有{noun}列表")))?;
                let mut item: Map<String, Value> =
                    template.as_object().cloned().unwrap_or_default();
                for (k, v) in values {
                    item.insert(k.to_owned(), v);
                }
                if let Some(prefix) = self.part.id_prefix() {
                    let ids = items
                        .iter()
                        .filter_map(|v| v.get("id").and_then(Value::as_str));
                    let id = new_id(&name(""), prefix, ids);
                    item.insert("id".to_owned(), json!(id));
                }
                Ok(Some(Step {
                    label: format!("新增{noun}“{}”", name("")),
                    at: at.to_owned(),
                    edits: vec![Edit::Insert {
                        path: list.to_owned(),
                        index: items.len(),
                        value: Value::Object(item),
                    }],
                }))
            }
        }
    }

    /// The step that deletes this record from `doc`, or why it cannot be deleted: a problem
    /// type still used by projects, or a record no longer as it was opened.
    pub fn delete_step(&self, b: &Bulletin, doc: &Value, at: &str) -> Result<Step, String> {
        let Target::At { opened, .. } = &self.target else {
            return Err("新增的内容还没有保存，无需删除".to_owned());
        };
        if !self.deletable {
            return Err(format!("{}不能删除", self.part.noun()));
        }
        if self.part == Part::ProblemType {
            let id = opened.get("id").and_then(Value::as_str).unwrap_or_default();
            let users = in_use(b, id);
            if !users.is_empty() {
                let names: Vec<String> = users.iter().map(|n| format!("“{n}”")).collect();
                return Err(format!(
                    "仍有 {} 个项目使用这个问题类型：{}。请先在这些项目中去掉它，再删除。",
                    users.len(),
                    names.join("、")
                ));
            }
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
            at: at.to_owned(),
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
            Target::At { .. } if self.part == Part::Summary => list.to_owned(),
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
    let prefix = format!("{}.", record.diagnostic_prefix(doc));
    let mut out = FormError::new();
    for d in found {
        let field = d
            .path
            .as_str()
            .strip_prefix(&prefix)
            .map(|f| f.split(['.', '[']).next().unwrap_or_default().to_owned())
            .and_then(|f| record.fields.iter().find(|x| x.stored == f))
            .map(|x| x.key.to_owned());
        match field {
            Some(f) => out.entry(f).or_insert_with(|| d.message.clone()),
            None => out.entry(String::new()).or_insert_with(|| d.to_string()),
        };
    }
    out
}
