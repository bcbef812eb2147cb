//! The project editor: a dialog to change, add or delete a ledger project. Inputs are named
//! by the bulletin's JSON fields; every save is one undoable step, validated like a file.

use std::collections::HashMap;

use bulletin_core::ProjectStatus;
use bulletin_core::edit::{Edit, Step, new_id};
use leptos::html::Input;
use leptos::prelude::*;
use serde_json::{Value, json};

use super::dialog::Dialog;
use super::record_editor::by_field;
use crate::copy::{UserCopy, now};

/// Which project the editor is open on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Editing {
    Project(String),
    New,
}

/// The editor, when one is open.
#[component]
pub fn ProjectEditor(copy: UserCopy, editing: RwSignal<Option<Editing>>) -> impl IntoView {
    move || {
        editing
            .get()
            .map(|target| view! { <EditorDialog copy=copy editing=editing target=target /> })
    }
}

/// Text of an optional field: `null` for blank.
fn optional(text: &str) -> Value {
    let t = text.trim();
    if t.is_empty() { Value::Null } else { json!(t) }
}

#[component]
fn EditorDialog(
    copy: UserCopy,
    editing: RwSignal<Option<Editing>>,
    target: Editing,
) -> impl IntoView {
    let wb = copy.workbench;
    let (sectors, types) = wb.with_untracked(|w| {
        let b = w.bulletin();
        (
            b.sectors
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect::<Vec<_>>(),
            b.problem_types
                .iter()
                .map(|t| (t.id.clone(), t.name.clone()))
                .collect::<Vec<_>>(),
        )
    });
    // The project as it is now (unknown fields included), and where it is.
    let (index, original) = wb.with_untracked(|w| {
        let projects = w.current()["projects"].as_array().cloned().unwrap_or_default();
        match &target {
            Editing::Project(id) => projects
                .iter()
                .position(|p| p["id"] == json!(id))
                .map(|i| (Some(i), projects[i].clone()))
                .unwrap_or((None, Value::Null)),
            Editing::New => (
                None,
                json!({
                    "id": "", "name": "", "sector": sectors.first().map(|s| s.0.clone()).unwrap_or_default(),
                    "lead_unit": null, "district": null, "status": "at_risk",
                    "problem_types": [], "issue": "", "note": ""
                }),
            ),
        }
    });
    if original.is_null() {
        editing.set(None);
    }
    let text = |key: &str| original[key].as_str().unwrap_or_default().to_owned();
    let name = RwSignal::new(text("name"));
    let sector = RwSignal::new(text("sector"));
    let lead_unit = RwSignal::new(text("lead_unit"));
    let district = RwSignal::new(text("district"));
    let status = RwSignal::new(text("status"));
    let chosen_types = RwSignal::new(
        original["problem_types"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let issue = RwSignal::new(text("issue"));
    let note = RwSignal::new(text("note"));
    let errors = RwSignal::new(HashMap::<String, String>::new());
    let first: NodeRef<Input> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(el) = first.get() {
            let _ = el.focus();
        }
    });

    let name_error = move || {
        name.with(|n| n.trim().is_empty())
            .then_some("请填写项目名称")
    };
    let error_of = move |field: &'static str| move || errors.with(|e| e.get(field).cloned());
    let close = move || editing.set(None);
    let original_for_save = original.clone();

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if name_error().is_some() {
            return;
        }
        let mut project = original_for_save.clone();
        project["name"] = json!(name.get_untracked().trim());
        project["sector"] = json!(sector.get_untracked());
        project["lead_unit"] = optional(&lead_unit.get_untracked());
        project["district"] = optional(&district.get_untracked());
        project["status"] = json!(status.get_untracked());
        project["problem_types"] = json!(chosen_types.get_untracked());
        project["issue"] = json!(issue.get_untracked());
        project["note"] = json!(note.get_untracked());
        let (edits, at, label) = match index {
            Some(i) => {
                let edits: Vec<Edit> = [
                    "name",
                    "sector",
                    "lead_unit",
                    "district",
                    "status",
                    "problem_types",
                    "issue",
                    "note",
                ]
                .iter()
                .filter(|k| original_for_save[**k] != project[**k])
                .map(|k| Edit::Set {
                    path: format!("/projects/{i}/{k}"),
                    before: original_for_save[*k].clone(),
                    after: project[*k].clone(),
                })
                .collect();
                (
                    edits,
                    i,
                    format!("修改项目“{}”", name.get_untracked().trim()),
                )
            }
            None => {
                let n = wb.with_untracked(|w| w.bulletin().projects.len());
                let id = wb.with_untracked(|w| {
                    new_id(
                        &name.get_untracked(),
                        "project",
                        w.bulletin().projects.iter().map(|p| p.id.as_str()),
                    )
                });
                project["id"] = json!(id);
                let edit = Edit::Insert {
                    path: "/projects".to_owned(),
                    index: n,
                    value: project,
                };
                (
                    vec![edit],
                    n,
                    format!("新增项目“{}”", name.get_untracked().trim()),
                )
            }
        };
        if edits.is_empty() {
            close();
            return;
        }
        match copy.apply(Step {
            label,
            at: now(),
            edits,
        }) {
            Ok(()) => close(),
            Err(found) => errors.set(by_field(&found, &format!("/projects/{at}"))),
        }
    };
    let delete = {
        let original = original.clone();
        move |_| {
            let Some(i) = index else { return };
            let name = original["name"].as_str().unwrap_or_default().to_owned();
            let sure = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message(&format!("确定删除项目“{name}”吗？删除后可以撤销。"))
                        .ok()
                })
                .unwrap_or(false);
            if !sure {
                return;
            }
            let step = Step {
                label: format!("删除项目“{name}”"),
                at: now(),
                edits: vec![Edit::Remove {
                    path: "/projects".to_owned(),
                    index: i,
                    value: original.clone(),
                }],
            };
            match copy.apply(step) {
                Ok(()) => close(),
                Err(e) => copy.report("删除项目", &e),
            }
        }
    };

    let sector_options = sectors
        .into_iter()
        .map(|(id, label)| {
            let selected = sector.get_untracked() == id;
            view! { <option value=id selected=selected>{label}</option> }
        })
        .collect_view();
    let status_options = ProjectStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.id() selected=status.get_untracked() == s.id()>{s.label()}</option> })
        .collect_view();
    let type_boxes = types
        .into_iter()
        .map(|(id, label)| {
            let checked = chosen_types.with_untracked(|c| c.contains(&id));
            let value = id.clone();
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        name="problem_types"
                        value=id
                        checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen_types.update(|c| {
                                c.retain(|t| *t != value);
                                if on {
                                    c.push(value.clone());
                                }
                            });
                        }
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    let title = if index.is_some() {
        "编辑项目"
    } else {
        "新增项目"
    };

    view! {
        <Dialog title=title.to_owned() test_id="project-editor" on_close=Callback::new(move |_| close())>
                <form on:submit=save novalidate>
                    <label class="field">
                        <span>"项目名称"</span>
                        <input name="name" node_ref=first value=name.get_untracked() aria-invalid=move || name_error().is_some().to_string()
                            on:input=move |ev| name.set(event_target_value(&ev)) />
                        <span class="field-error" role="alert">{name_error}</span>
                    </label>
                    <label class="field">
                        <span>"所属领域"</span>
                        <select name="sector" on:change=move |ev| sector.set(event_target_value(&ev))>{sector_options}</select>
                        <span class="field-error">{error_of("sector")}</span>
                    </label>
                    <label class="field">
                        <span>"牵头单位"</span>
                        <input name="lead_unit" value=lead_unit.get_untracked() placeholder="未注明" on:input=move |ev| lead_unit.set(event_target_value(&ev)) />
                    </label>
                    <label class="field">
                        <span>"县区"</span>
                        <input name="district" value=district.get_untracked() placeholder="未注明" on:input=move |ev| district.set(event_target_value(&ev)) />
                    </label>
                    <label class="field">
                        <span>"状态"</span>
                        <select name="status" on:change=move |ev| status.set(event_target_value(&ev))>{status_options}</select>
                    </label>
                    <fieldset class="field">
                        <legend>"问题类型"</legend>
                        {type_boxes}
                        <span class="field-error">{error_of("problem_types")}</span>
                    </fieldset>
                    <label class="field">
                        <span>"存在问题"</span>
                        <textarea name="issue" rows="3" prop:value=issue.get_untracked() on:input=move |ev| issue.set(event_target_value(&ev))></textarea>
                    </label>
                    <label class="field">
                        <span>"备注"</span>
                        <textarea name="note" rows="2" prop:value=note.get_untracked() on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                    </label>
                    <p class="field-error" role="alert">{error_of("")}</p>
                    <div class="dialog-actions">
                        <button type="submit" class="primary" data-testid="save-project" disabled=move || name_error().is_some()>"保存"</button>
                        <button type="button" on:click=move |_| close()>"取消"</button>
                        {index.is_some().then(|| view! {
                            <button type="button" class="danger" data-testid="delete-project" on:click=delete.clone()>"删除项目"</button>
                        })}
                    </div>
                </form>
        </Dialog>
    }
}
