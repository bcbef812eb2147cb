//! One value of the draft under review: its field, the value in the bulletin's words, how it
//! was worked out, the sentence it came from with its words marked, and 更正 / 不采用.

use std::collections::HashMap;

use bulletin_core::draft::review::Line;
use leptos::prelude::*;

use crate::components::editor::FieldInput;

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
        (None, true) => {
            view! { <p class="draft-how">"审核时填写，通报中没有这一项。"</p> }.into_any()
        }
        (None, false) => {
            view! { <p class="draft-how">"通报未写明：可在此填写，也可新建后在编辑中补充。"</p> }
                .into_any()
        }
    };
    let how = line
        .worked_out
        .clone()
        .map(|how| view! { <p class="draft-how"><span class="tag">"推算"</span>{how}</p> });
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
                    aria-label=format!("更正{label}")
                    on:click=move |_| editing.update(|e| *e = !*e)>
                    {if stated { "更正" } else { "填写" }}
                </button>
                {stated.then(|| {
                    let path = path.clone();
                    view! {
                        <button type="button" class="link" data-testid="draft-drop"
                            aria-label=format!("不采用{label}")
                            on:click=move |_| drop.run(path.clone())>"不采用"</button>
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
                            <button type="submit" data-testid="draft-fix-save">"确定"</button>
                            <button type="button" on:click=move |_| editing.set(false)>"取消"</button>
                        </div>
                    </form>
                }
            })}
        </div>
    }
}
