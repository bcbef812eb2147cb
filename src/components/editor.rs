//! The editor: one dialog for every record a user edits — the bulletin's own fields, the
//! summary, a sector, a problem type, a work requirement, a project. Fields, rules, templates
//! and the edits a save makes all come from `bulletin_core::form`; this only binds inputs to
//! them. Inputs are named by the bulletin's JSON fields.

use std::collections::HashMap;

use bulletin_core::edit::RecordRef;
use bulletin_core::form::{Field, Kind, Part, Record, by_field, to_text};
use leptos::prelude::*;

use super::dialog::Dialog;
use super::supervision::{FollowUpDialog, FollowUpRows};
use crate::browser::clock::now;
use crate::browser::confirm;
use crate::i18n::{Say, editor as w, lang};
use crate::state::working_copy::UserCopy;

/// What the user asked to edit: a record there is, or a new item of a list. The record
/// itself is read when the editor opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Open {
    Record(RecordRef),
    New(Part),
    /// A follow-up (督办) to add to the project with this id.
    FollowUp(String),
}

/// The editor, while one is open.
#[component]
pub fn Editor(copy: UserCopy, open: RwSignal<Option<Open>>) -> impl IntoView {
    move || {
        let what = open.get()?;
        let close = Callback::new(move |_| open.set(None));
        let record = copy.workbench.with_untracked(|w| {
            let (b, doc) = (w.bulletin(), w.current());
            match &what {
                Open::Record(r) => Record::open(b, doc, r),
                Open::New(part) => Record::new_of(*part, b, doc),
                Open::FollowUp(_) => None,
            }
        });
        if let Open::FollowUp(id) = what {
            return Some(view! { <FollowUpDialog copy=copy id=id close=close /> }.into_any());
        }
        match record {
            Some(record) => {
                Some(view! { <EditorDialog copy=copy open=open record=record /> }.into_any())
            }
            None => {
                copy.tell(w::GONE.say());
                None
            }
        }
    }
}

/// Test ids of the dialog, its save and its delete button.
fn test_ids(part: Part) -> (&'static str, &'static str, &'static str) {
    match part {
        Part::Project => ("project-editor", "save-project", "delete-project"),
        _ => ("record-editor", "save-record", "delete-record"),
    }
}

#[component]
fn EditorDialog(copy: UserCopy, open: RwSignal<Option<Open>>, record: Record) -> impl IntoView {
    let wb = copy.workbench;
    let texts: HashMap<&'static str, RwSignal<String>> = record
        .fields
        .iter()
        .map(|f| {
            (
                f.key,
                RwSignal::new(to_text(&f.kind, &record.initial(f.key))),
            )
        })
        .collect();
    let refused = RwSignal::new(HashMap::<String, String>::new());
    let close = move || open.set(None);
    let record = StoredValue::new(record);
    let typed = {
        let texts = texts.clone();
        move || -> HashMap<&'static str, String> {
            texts.iter().map(|(k, t)| (*k, t.get_untracked())).collect()
        }
    };
    let any_error = {
        let texts = texts.clone();
        move || {
            record.with_value(|r| {
                r.fields
                    .iter()
                    .any(|f| texts[f.key].with(|t| f.read(t).is_err()))
            })
        }
    };

    let save = {
        let typed = typed.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let made = record
                .with_value(|r| wb.with_untracked(|w| r.save_step(&typed(), w.current(), &now())));
            let step = match made {
                Ok(Some(step)) => step,
                Ok(None) => return close(),
                Err(errors) => return refused.set(errors),
            };
            let doc_before = wb.with_untracked(|w| w.current().clone());
            match copy.apply(step) {
                Ok(()) => close(),
                Err(found) => refused.set(record.with_value(|r| by_field(r, &doc_before, &found))),
            }
        }
    };
    let delete = move |_| {
        let made = record.with_value(|r| {
            wb.with_untracked(|w| r.delete_step(w.bulletin(), w.current(), &now()))
        });
        let step = match made {
            Ok(step) => step,
            Err(why) => return refused.set(HashMap::from([(String::new(), why)])),
        };
        if !confirm::ask(&w::confirm_delete(&step.label)) {
            return;
        }
        match copy.apply(step) {
            Ok(()) => close(),
            Err(found) => refused.set(HashMap::from([(
                String::new(),
                found.first().map(|d| d.message.clone()).unwrap_or_default(),
            )])),
        }
    };

    let (fields, part, title, deletable) =
        record.with_value(|r| (r.fields.clone(), r.part, r.title_in(lang()), r.deletable));
    let (dialog_id, save_id, delete_id) = test_ids(part);
    let inputs = fields
        .into_iter()
        .map(|f| {
            let text = texts[f.key];
            view! { <FieldInput field=f text=text refused=refused /> }
        })
        .collect_view();

    view! {
        <Dialog title=title test_id=dialog_id on_close=Callback::new(move |_| close())>
            <form on:submit=save novalidate>
                {inputs}
                <p class="field-error" role="alert">{move || refused.with(|r| r.get("").cloned())}</p>
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-testid=save_id disabled=any_error>{w::SAVE.say()}</button>
                    <button type="button" on:click=move |_| close()>{w::CANCEL.say()}</button>
                    {deletable.then(|| view! {
                        <button type="button" class="danger" data-testid=delete_id on:click=delete>
                            {w::delete(part.noun_in(lang()))}
                        </button>
                    })}
                </div>
            </form>
        </Dialog>
    }
}

/// One field: its label with unit and help, the input its kind calls for, and its error
/// (from the field's rules as typed, else from the last refused save).
#[component]
pub(crate) fn FieldInput(
    field: Field,
    text: RwSignal<String>,
    refused: RwSignal<HashMap<String, String>>,
) -> impl IntoView {
    let key = field.key;
    let error = {
        let field = field.clone();
        move || {
            text.with(|t| field.read(t).err())
                .or_else(|| refused.with(|r| r.get(key).cloned()))
        }
    };
    let invalid = {
        let error = error.clone();
        move || error().is_some().to_string()
    };
    let set = move |ev| text.set(event_target_value(&ev));
    let caption = field.caption_in(lang());
    let options = field.options_in(lang());
    let help = field
        .help_in(lang())
        .map(|h| view! { <small>{w::hint(h)}</small> });
    let input = match field.kind {
        Kind::Paragraph | Kind::OptionalParagraph | Kind::Lines { .. } | Kind::Rows(_) => {
            let rows = match field.kind {
                Kind::Paragraph | Kind::OptionalParagraph => "3",
                _ => "5",
            };
            view! {
                <textarea name=key rows=rows
                    aria-invalid=invalid prop:value=text.get_untracked() on:input=set></textarea>
            }
            .into_any()
        }
        Kind::FollowUps => {
            let error = Signal::derive(error);
            return view! { <FollowUpRows caption=caption text=text error=error /> }.into_any();
        }
        Kind::Choice(_) => {
            let options = options
                .into_iter()
                .map(|(v, l)| {
                    let selected = text.with_untracked(|t| *t == v);
                    view! { <option value=v selected=selected>{l}</option> }
                })
                .collect_view();
            view! { <select name=key on:change=set>{options}</select> }.into_any()
        }
        Kind::Many(_) => {
            let boxes = options
                .into_iter()
                .map(|(v, l)| {
                    let checked = text.with_untracked(|t| t.lines().any(|x| x == v));
                    let value = v.clone();
                    view! {
                        <label class="check">
                            <input type="checkbox" name=key value=v checked=checked on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                text.update(|t| {
                                    let mut chosen: Vec<String> = t
                                        .lines()
                                        .filter(|x| *x != value)
                                        .map(str::to_owned)
                                        .collect();
                                    if on {
                                        chosen.push(value.clone());
                                    }
                                    *t = chosen.join("\n");
                                });
                            } />
                            {l}
                        </label>
                    }
                })
                .collect_view();
            return view! {
                <fieldset class="field">
                    <legend>{caption}</legend>
                    {boxes}
                    <span class="field-error" role="alert">{error}</span>
                </fieldset>
            }
            .into_any();
        }
        kind => {
            let numeric = matches!(kind, Kind::Count { .. } | Kind::Number { .. });
            let input_type = match kind {
                Kind::Date { .. } => "date",
                Kind::Link => "url",
                _ => "text",
            };
            let placeholder = match kind {
                Kind::OptionalText | Kind::Names => w::NOT_STATED.say(),
                _ if numeric => w::BLANK_IF_NOT_REPORTED.say(),
                _ => "",
            };
            view! {
                <input name=key type=input_type value=text.get_untracked()
                    inputmode=if numeric { "decimal" } else if input_type == "url" { "url" } else { "text" }
                    placeholder=placeholder
                    aria-invalid=invalid on:input=set />
            }
            .into_any()
        }
    };
    view! {
        <label class="field">
            <span>{caption}{help}</span>
            {input}
            <span class="field-error" role="alert">{error}</span>
        </label>
    }
    .into_any()
}
