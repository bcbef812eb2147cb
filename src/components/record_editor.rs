//! A dialog that edits one record of the bulletin by JSON pointer — the summary, a sector,
//! a problem type or a work requirement — from a list of field specs. Values are checked as
//! the user types with the format's rules; saving is one undoable step validated like a file.

use std::collections::HashMap;

use bulletin_core::edit::{Edit, Step, new_id};
use leptos::prelude::*;
use serde_json::{Value, json};

use super::dialog::Dialog;
use crate::copy::{UserCopy, now};

/// What kind of value a field holds, and its rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Text; `required` rejects blank.
    Text { required: bool },
    /// Longer text.
    Paragraph,
    /// A non-negative integer; `nullable` allows blank for "not reported".
    Count { nullable: bool },
    /// A non-negative number up to `max`; blank is "not reported" when `nullable`.
    Number { nullable: bool, max: Option<f64> },
    /// One of (value, label).
    Choice(Vec<(String, String)>),
    /// A list of texts, one per line.
    Lines,
}

/// One field of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: Kind,
}

/// A record to edit, or to add to a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub title: String,
    /// Pointer of the record (`/sectors/3`), or of the list a new record is added to.
    pub pointer: String,
    pub fields: Vec<Field>,
    /// For a new record: the id prefix if the list's items have ids, else `None`.
    pub new: Option<Option<&'static str>>,
    /// Whether the record can be deleted (it is an element of a list).
    pub deletable: bool,
}

/// The text shown in a field for a stored value.
fn to_text(kind: &Kind, value: &Value) -> String {
    match (kind, value) {
        (_, Value::Null) => String::new(),
        (Kind::Lines, Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// A JSON number, whole numbers without a fraction (as the export writes them).
fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

/// The value typed in a field, or what is wrong with it.
pub fn parse(kind: &Kind, text: &str) -> Result<Value, String> {
    let t = text.trim();
    match kind {
        Kind::Text { required: true } if t.is_empty() => Err("不能为空".to_owned()),
        Kind::Text { .. } => Ok(json!(t)),
        Kind::Paragraph => Ok(json!(text.trim_end())),
        Kind::Count { nullable: true } | Kind::Number { nullable: true, .. } if t.is_empty() => {
            Ok(Value::Null)
        }
        Kind::Count { .. } | Kind::Number { .. } if t.is_empty() => Err("请填写数字".to_owned()),
        Kind::Count { .. } => t
            .parse::<u64>()
            .map(|n| json!(n))
            .map_err(|_| "应为非负整数，如 6".to_owned()),
        Kind::Number { max, .. } => match t.parse::<f64>() {
            Ok(n) if !n.is_finite() || n < 0.0 => Err("应为非负数".to_owned()),
            Ok(n) if max.is_some_and(|m| n > m) => {
                Err(format!("不能超过 {}", max.unwrap_or_default()))
            }
            Ok(n) => Ok(number(n)),
            Err(_) => Err("应为数字，如 21.4".to_owned()),
        },
        Kind::Choice(options) => options
            .iter()
            .find(|(v, _)| v == t)
            .map(|(v, _)| json!(v))
            .ok_or_else(|| "请选择".to_owned()),
        Kind::Lines => Ok(json!(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        )),
    }
}

/// The editor, when a record is open.
#[component]
pub fn RecordEditor(copy: UserCopy, record: RwSignal<Option<Record>>) -> impl IntoView {
    move || {
        record
            .get()
            .map(|r| view! { <RecordDialog copy=copy open=record record=r /> })
    }
}

#[component]
fn RecordDialog(copy: UserCopy, open: RwSignal<Option<Record>>, record: Record) -> impl IntoView {
    let wb = copy.workbench;
    let Record {
        title,
        pointer,
        fields,
        new,
        deletable,
    } = record;
    let stored = wb.with_untracked(|w| {
        if new.is_some() {
            json!({})
        } else {
            w.current()
                .pointer(&pointer)
                .cloned()
                .unwrap_or(Value::Null)
        }
    });
    let texts: HashMap<&'static str, RwSignal<String>> = fields
        .iter()
        .map(|f| (f.key, RwSignal::new(to_text(&f.kind, &stored[f.key]))))
        .collect();
    let refused = RwSignal::new(HashMap::<String, String>::new());
    let close = move || open.set(None);
    let error_of = {
        let (texts, fields) = (texts.clone(), fields.clone());
        move |key: &'static str| {
            let text = texts[key];
            let kind = fields.iter().find(|f| f.key == key).map(|f| f.kind.clone());
            move || {
                let typed = kind.as_ref().and_then(|k| text.with(|t| parse(k, t).err()));
                typed.or_else(|| refused.with(|r| r.get(key).cloned()))
            }
        }
    };
    let any_error = {
        let (texts, fields) = (texts.clone(), fields.clone());
        move || {
            fields
                .iter()
                .any(|f| texts[f.key].with(|t| parse(&f.kind, t).is_err()))
        }
    };

    let save = {
        let (texts, fields, pointer, stored) = (
            texts.clone(),
            fields.clone(),
            pointer.clone(),
            stored.clone(),
        );
        let title = title.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut values = Vec::new();
            for f in &fields {
                match texts[f.key].with_untracked(|t| parse(&f.kind, t)) {
                    Ok(v) => values.push((f.key, v)),
                    Err(_) => return,
                }
            }
            let (edits, base) = match new {
                None => {
                    let edits: Vec<Edit> = values
                        .into_iter()
                        .filter(|(k, v)| stored.get(*k) != Some(v))
                        .map(|(k, v)| Edit::Set {
                            path: format!("{pointer}/{k}"),
                            before: stored.get(k).cloned().unwrap_or(Value::Null),
                            after: v,
                        })
                        .collect();
                    (edits, pointer.clone())
                }
                Some(prefix) => {
                    let mut item = serde_json::Map::new();
                    let (len, ids) = wb.with_untracked(|w| {
                        let list = w
                            .current()
                            .pointer(&pointer)
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default();
                        let ids: Vec<String> = list
                            .iter()
                            .filter_map(|v| v["id"].as_str().map(str::to_owned))
                            .collect();
                        (list.len(), ids)
                    });
                    if let Some(prefix) = prefix {
                        let name = values
                            .iter()
                            .find(|(k, _)| *k == "name")
                            .and_then(|(_, v)| v.as_str())
                            .unwrap_or_default();
                        item.insert(
                            "id".into(),
                            json!(new_id(name, prefix, ids.iter().map(String::as_str))),
                        );
                    }
                    for (k, v) in values {
                        item.insert(k.into(), v);
                    }
                    let edit = Edit::Insert {
                        path: pointer.clone(),
                        index: len,
                        value: Value::Object(item),
                    };
                    (vec![edit], format!("{pointer}/{len}"))
                }
            };
            if edits.is_empty() {
                close();
                return;
            }
            match copy.apply(Step {
                label: title.clone(),
                at: now(),
                edits,
            }) {
                Ok(()) => close(),
                Err(found) => refused.set(by_field(&found, &base)),
            }
        }
    };
    let delete = {
        let (pointer, title) = (pointer.clone(), title.clone());
        move |_| {
            let Some((list, index)) = pointer.rsplit_once('/') else {
                return;
            };
            let Ok(index) = index.parse::<usize>() else {
                return;
            };
            let value = wb
                .with_untracked(|w| w.current().pointer(&pointer).cloned())
                .unwrap_or(Value::Null);
            // A problem type still in use cannot go without the user knowing where.
            if list == "/problem_types" {
                let id = value["id"].as_str().unwrap_or_default().to_owned();
                let users: Vec<String> = wb.with_untracked(|w| {
                    w.bulletin()
                        .projects
                        .iter()
                        .filter(|p| p.problem_types.contains(&id))
                        .map(|p| format!("“{}”", p.name))
                        .collect()
                });
                if !users.is_empty() {
                    refused.set(HashMap::from([(
                        String::new(),
                        format!(
                            "仍有 {} 个项目使用这个问题类型：{}。请先在这些项目中去掉它，再删除。",
                            users.len(),
                            users.join("、")
                        ),
                    )]));
                    return;
                }
            }
            let sure = web_sys::window()
                .and_then(|w| w.confirm_with_message("确定删除吗？删除后可以撤销。").ok())
                .unwrap_or(false);
            if !sure {
                return;
            }
            let step = Step {
                label: format!("删除：{title}"),
                at: now(),
                edits: vec![Edit::Remove {
                    path: list.to_owned(),
                    index,
                    value,
                }],
            };
            match copy.apply(step) {
                Ok(()) => close(),
                Err(found) => refused.set(by_field(&found, "")),
            }
        }
    };

    let inputs = fields
        .iter()
        .map(|f| {
            let text = texts[f.key];
            let key = f.key;
            let error = error_of(key);
            let input = match &f.kind {
                Kind::Paragraph | Kind::Lines => view! {
                    <textarea name=key rows=if f.kind == Kind::Lines { "5" } else { "3" }
                        prop:value=text.get_untracked() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                }
                .into_any(),
                Kind::Choice(options) => {
                    let options = options
                        .iter()
                        .map(|(v, l)| view! { <option value=v.clone() selected=text.get_untracked() == *v>{l.clone()}</option> })
                        .collect_view();
                    view! { <select name=key on:change=move |ev| text.set(event_target_value(&ev))>{options}</select> }.into_any()
                }
                kind => {
                    let numeric = matches!(kind, Kind::Count { .. } | Kind::Number { .. });
                    view! {
                        <input name=key value=text.get_untracked() inputmode=if numeric { "decimal" } else { "text" }
                            placeholder=if numeric { "未报告时留空" } else { "" }
                            on:input=move |ev| text.set(event_target_value(&ev)) />
                    }
                    .into_any()
                }
            };
            let hint = (f.kind == Kind::Lines).then_some("每行一条");
            view! {
                <label class="field">
                    <span>{f.label}{hint.map(|h| view! { <small>{format!("（{h}）")}</small> })}</span>
                    {input}
                    <span class="field-error" role="alert">{error}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <Dialog title=title test_id="record-editor" on_close=Callback::new(move |_| close())>
                <form on:submit=save novalidate>
                    {inputs}
                    <p class="field-error" role="alert">{move || refused.with(|r| r.get("").cloned())}</p>
                    <div class="dialog-actions">
                        <button type="submit" class="primary" data-testid="save-record" disabled=any_error>"保存"</button>
                        <button type="button" on:click=move |_| close()>"取消"</button>
                        {(deletable && new.is_none()).then(|| view! {
                            <button type="button" class="danger" data-testid="delete-record" on:click=delete.clone()>"删除"</button>
                        })}
                    </div>
                </form>
        </Dialog>
    }
}

/// Refusal messages by field of the record at `base` (a pointer); `""` for the rest.
pub(crate) fn by_field(found: &[bulletin_core::Diagnostic], base: &str) -> HashMap<String, String> {
    // `/sectors/3` is `sectors[3]` in diagnostics.
    let mut path = String::new();
    for part in base.split('/').filter(|p| !p.is_empty()) {
        if part.parse::<usize>().is_ok() {
            path.push_str(&format!("[{part}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
        }
    }
    let prefix = format!("{path}.");
    let mut out = HashMap::new();
    for d in found {
        let field = d
            .path
            .as_str()
            .strip_prefix(&prefix)
            .map(|f| f.split(['.', '[']).next().unwrap_or_default().to_owned());
        match field {
            Some(f) => out.entry(f).or_insert_with(|| d.message.clone()),
            None => out.entry(String::new()).or_insert_with(|| d.to_string()),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_follow_the_format_rules() {
        assert_eq!(parse(&Kind::Count { nullable: false }, " 6 "), Ok(json!(6)));
        assert!(parse(&Kind::Count { nullable: false }, "-1").is_err());
        assert!(parse(&Kind::Count { nullable: false }, "6.5").is_err());
        assert_eq!(parse(&Kind::Count { nullable: true }, ""), Ok(Value::Null));
        assert_eq!(
            parse(
                &Kind::Number {
                    nullable: true,
                    max: None
                },
                "21.40"
            ),
            Ok(json!(21.4))
        );
        assert_eq!(
            parse(
                &Kind::Number {
                    nullable: true,
                    max: None
                },
                "43"
            ),
            Ok(json!(43))
        );
        assert!(
            parse(
                &Kind::Number {
                    nullable: true,
                    max: Some(1000.0)
                },
                "1000.1"
            )
            .is_err()
        );
        assert!(
            parse(
                &Kind::Number {
                    nullable: false,
                    max: None
                },
                "NaN"
            )
            .is_err()
        );
        assert!(parse(&Kind::Text { required: true }, "  ").is_err());
        assert_eq!(parse(&Kind::Lines, "甲\n\n 乙 \n"), Ok(json!(["甲", "乙"])));
    }
}
