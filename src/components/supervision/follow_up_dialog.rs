//! 督办 from the ledger: one dialog to add a follow-up to a project, dated today.

use bulletin_core::form::follow_ups::{Entry, add_step};
use leptos::prelude::*;

use crate::browser::clock::{now, today};
use crate::components::dialog::Dialog;
use crate::i18n::{Say, supervision as w};
use crate::state::working_copy::UserCopy;

/// The dialog adding a follow-up to project `id`; `close` ends it.
#[component]
pub fn FollowUpDialog(copy: UserCopy, id: String, close: Callback<()>) -> impl IntoView {
    let name = copy.workbench.with_untracked(|w| {
        w.bulletin()
            .projects
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    });
    let date = RwSignal::new(today());
    let text = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entry = Entry {
            date: date.get_untracked(),
            text: text.get_untracked(),
            by: by.get_untracked(),
            extra: Default::default(),
        };
        let made = copy.workbench.with_untracked(|w| {
            id.with_value(|id| add_step(w.bulletin(), w.current(), id, entry, &now()))
        });
        let step = match made {
            Ok(step) => step,
            Err(why) => return refused.set(Some(why)),
        };
        match copy.apply(step) {
            Ok(()) => close.run(()),
            Err(found) => refused.set(found.first().map(|d| d.to_string())),
        }
    };
    let set = |s: RwSignal<String>| move |ev| s.set(event_target_value(&ev));
    view! {
        <Dialog title=w::follow_up_title(&name) test_id="follow-up-dialog" on_close=close>
            <form on:submit=save novalidate>
                <label class="field">
                    <span>{w::FOLLOW_UP_DATE.say()}</span>
                    <input type="date" name="follow_up_date" prop:value=move || date.get() on:input=set(date) />
                </label>
                <label class="field">
                    <span>{w::FOLLOW_UP_TEXT.say()}<small>{w::FOLLOW_UP_TEXT_HINT.say()}</small></span>
                    <textarea name="follow_up_text" rows="3" on:input=set(text)></textarea>
                </label>
                <label class="field">
                    <span>{w::FOLLOW_UP_BY.say()}<small>{w::OPTIONAL.say()}</small></span>
                    <input type="text" name="follow_up_by" on:input=set(by) />
                </label>
                <p class="field-error" role="alert">{move || refused.get()}</p>
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-testid="save-follow-up">{w::SAVE.say()}</button>
                    <button type="button" on:click=move |_| close.run(())>{w::CANCEL.say()}</button>
                </div>
            </form>
        </Dialog>
    }
}
