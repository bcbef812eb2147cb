//! One value of the draft under review: its field, the value in the bulletin's words, how it
//! was worked out, the sentence it came from with its words marked, and 更正 / 不采用.

use std::collections::HashMap;

use bulletin_core::draft::review::Line;
use leptos::prelude::*;

use crate::components::editor::FieldInput;
use crate::i18n::{Say, draft as w};

/// The most of a value shown beside its field.
const SHOWN_MAX: usize = 60;

/// A line; `correct` takes the text typed for its path and says what is wrong with it, if
/// anything; `drop` leaves its value out of the draft.
#[component]
pub fn DraftLine(
    line: Line,
    correct: Callback<(String, String), Result<(), String>>,
    drop: Callback<String>,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let text = RwSignal::new(line.text.clone());
    let refused = RwSignal::new(HashMap::<String, String>::new());
    let stated = line.finding.is_some();
    let key = line.field.key.to_owned();
    let path = line.path.clone();
    let submit = {
        let path = path.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match correct.run((path.clone(), text.get_untracked())) {
                Ok(()) => editing.set(false),
                Err(e) => refused.set(HashMap::from([(key.clone(), e)])),
            }
        }
    };
    let source = match (&line.source, stated) {
        (Some(q), _) => view! {
            <blockquote class="draft-source" data-testid="draft-source">
                {q.before.clone()}<mark>{q.quote.clone()}</mark>{q.after.clone()}
            </blockquote>
        }
        .into_any(),
        (None, true) => view! { <p class="draft-how">{w::FILLED_IN.say()}</p> }.into_any(),
        (None, false) => view! { <p class="draft-how">{w::NOT_STATED.say()}</p> }.into_any(),
    };
    let how = line
        .worked_out
        .clone()
        .map(|how| view! { <p class="draft-how"><span class="tag">{w::WORKED_OUT.say()}</span>{how}</p> });
    let field = line.field.clone();
    let label = line.label.clone();
    // A paragraph read whole is in its sentence below: its first words are enough here.
    let long = line.shown.chars().count() > SHOWN_MAX;
    let shown = if long {
        format!(
            "{}…",
            line.shown.chars().take(SHOWN_MAX).collect::<String>()
        )
    } else {
        line.shown.clone()
    };
    view! {
        <div class="draft-line" class:draft-missing=!stated data-testid="draft-value"
            data-path=line.path.clone() data-value=line.value.clone()>
            <div class="draft-line-head">
                <span class="draft-label">{label.clone()}</span>
                <strong class="draft-shown" title=long.then(|| line.shown.clone())>{shown}</strong>
                <button type="button" class="link" data-testid="draft-correct"
                    aria-label=w::correct(&label)
                    on:click=move |_| editing.update(|e| *e = !*e)>
                    {if stated { w::CORRECT.say() } else { w::FILL_IN.say() }}
                </button>
                {stated.then(|| {
                    let path = path.clone();
                    view! {
                        <button type="button" class="link" data-testid="draft-drop"
                            aria-label=w::leave_out(&label)
                            on:click=move |_| drop.run(path.clone())>{w::LEAVE_OUT.say()}</button>
                    }
                })}
            </div>
            {how}
            {source}
            {move || editing.get().then(|| {
                let field = field.clone();
                let submit = submit.clone();
                view! {
                    <form class="draft-fix" on:submit=submit novalidate>
                        <FieldInput field=field text=text refused=refused />
                        <div class="dialog-actions">
                            <button type="submit" data-testid="draft-fix-save">{w::OK.say()}</button>
                            <button type="button" on:click=move |_| editing.set(false)>{w::CANCEL.say()}</button>
                        </div>
                    </form>
                }
            })}
        </div>
    }
}
