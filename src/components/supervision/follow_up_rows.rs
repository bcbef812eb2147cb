//! The project editor's 督办记录: one row of inputs per follow-up (date, what was done, by
//! whom), a button to add one dated today and one to remove each. The rows are held as the
//! field's text, which `bulletin_core::form::follow_ups` reads and checks.

use bulletin_core::form::follow_ups::{Entry, entries, held};
use leptos::prelude::*;

use crate::browser::clock::today;
use crate::i18n::{Say, supervision as w};

/// The follow-up rows of field `caption`, bound to its `text`.
#[component]
pub fn FollowUpRows(
    caption: String,
    text: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let rows = RwSignal::new(entries(&text.get_untracked()));
    let write = move || text.set(rows.with_untracked(|r| held(r)));
    // Typing changes a row in place; only adding or removing one draws the rows again.
    let edit = move |i: usize, set: fn(&mut Entry, String)| {
        move |ev| {
            let value = event_target_value(&ev);
            rows.update_untracked(|r| {
                if let Some(row) = r.get_mut(i) {
                    set(row, value);
                }
            });
            write();
        }
    };
    let list = move || {
        let n = rows.with(Vec::len);
        (0..n)
            .map(|i| {
                let row = rows.with_untracked(|r| r[i].clone());
                let place = i + 1;
                view! {
                    <li class="follow-up-row" data-testid="follow-up-row">
                        <input type="date" name="follow_up_date" value=row.date
                            aria-label=w::row_date(place)
                            on:input=edit(i, |r, v| r.date = v) />
                        <input type="text" name="follow_up_text" value=row.text
                            aria-label=w::row_text(place) placeholder=w::FOLLOW_UP_TEXT.say()
                            on:input=edit(i, |r, v| r.text = v) />
                        <input type="text" name="follow_up_by" value=row.by
                            aria-label=w::row_by(place) placeholder=w::FOLLOW_UP_BY_OPTIONAL.say()
                            on:input=edit(i, |r, v| r.by = v) />
                        <button type="button" class="link danger"
                            aria-label=w::row_delete(place)
                            on:click=move |_| {
                                rows.update(|r| {
                                    if i < r.len() {
                                        r.remove(i);
                                    }
                                });
                                write();
                            }>
                            {w::DELETE.say()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="field follow-ups">
            <legend>{caption}</legend>
            <ol class="follow-up-rows">{list}</ol>
            <button type="button" data-testid="add-follow-up-row" on:click=move |_| {
                rows.update(|r| r.push(Entry::on(&today())));
                write();
            }>
                {w::ADD_FOLLOW_UP.say()}
            </button>
            <span class="field-error" role="alert">{move || error.get()}</span>
        </fieldset>
    }
}
