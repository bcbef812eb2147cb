//! 新建通报: from the office's own notice (read, reviewed and accepted: `super::draft`), or
//! blank from its title, region, period, 序时进度 and unit (the fields of the bulletin's
//! editor), kept beside the others and opened; the rest is filled in the editors, every
//! figure 未报告 until then.

use std::collections::HashMap;

use bulletin_core::blank::{blank, blank_fields, blank_start};
use bulletin_core::form::FormError;
use leptos::prelude::*;

use leptos::task::spawn_local;

use super::dialog::Dialog;
use super::draft::{DraftReview, DraftStart, Reviewing};
use super::editor::FieldInput;
use super::switcher::LEAVE_UNSAVED;
use crate::browser::clock::today;
use crate::browser::confirm;
use crate::i18n::{Say, files as w};
use crate::notice::Notice;
use crate::state::library;
use crate::state::shown::Bulletins;
use crate::state::working_copy::UserCopy;

/// The toolbar's button.
#[component]
pub fn NewBulletinButton(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <button type="button" data-testid="new-bulletin" on:click=move |_| open.set(true)>
            {w::NEW_BULLETIN.say()}
        </button>
    }
}

/// The dialog, while it is open.
#[component]
pub fn NewBulletinDialog(
    open: RwSignal<bool>,
    copy: UserCopy,
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    move || {
        open.get().then(
            || view! { <NewBulletin open=open copy=copy bulletins=bulletins notices=notices /> },
        )
    }
}

#[component]
fn NewBulletin(
    open: RwSignal<bool>,
    copy: UserCopy,
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let reviewing = RwSignal::new(None::<Reviewing>);
    // Only going into and out of the review redraws the dialog, not each correction.
    let in_review = Memo::new(move |_| reviewing.with(Option::is_some));
    let close = move || open.set(false);
    view! {
        <Dialog title=w::NEW_BULLETIN.say().to_owned() test_id="new-bulletin-dialog" wide=true
            on_close=Callback::new(move |_| close())>
            {move || if in_review.get() {
                view! {
                    <DraftReview reviewing=reviewing copy=copy bulletins=bulletins notices=notices
                        done=Callback::new(move |_| close()) />
                }
                .into_any()
            } else {
                view! {
                    <DraftStart pasted=pasted reviewing=reviewing />
                    <BlankForm open=open copy=copy bulletins=bulletins notices=notices />
                }
                .into_any()
            }}
        </Dialog>
    }
}

#[component]
fn BlankForm(
    open: RwSignal<bool>,
    copy: UserCopy,
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let year = today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    let start = blank_start(year);
    let fields = blank_fields();
    let texts: HashMap<&'static str, RwSignal<String>> = fields
        .iter()
        .map(|f| {
            (
                f.key,
                RwSignal::new(start.get(f.key).cloned().unwrap_or_default()),
            )
        })
        .collect();
    let refused = RwSignal::new(FormError::new());
    let close = move || open.set(false);
    let typed = {
        let texts = texts.clone();
        move || -> HashMap<&'static str, String> {
            texts.iter().map(|(k, t)| (*k, t.get_untracked())).collect()
        }
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = typed();
        // Checked here first, so that what is wrong is said at once, at its field.
        if let Err(errors) = blank(&typed, |_| false) {
            return refused.set(errors);
        }
        if copy.would_lose_work() && !confirm::ask(LEAVE_UNSAVED.say()) {
            return;
        }
        close();
        let say = move |n: Notice| notices.update(|all| all.push(n));
        spawn_local(async move {
            let taken = library::kept_ids().await;
            match blank(&typed, |id| taken.iter().any(|t| t == id)) {
                Ok(b) => {
                    let news = w::created(
                        &b.title,
                        &b.period.name(),
                        &b.period.start.to_string(),
                        &b.period.end.to_string(),
                    );
                    library::keep_new(b, news, bulletins, say).await;
                }
                Err(errors) => say(Notice::new(w::not_created(
                    &errors
                        .into_values()
                        .collect::<Vec<_>>()
                        .join(crate::i18n::board::SEMICOLON.say()),
                ))),
            }
        });
    };
    let inputs = fields
        .into_iter()
        .map(|f| {
            let text = texts[f.key];
            view! { <FieldInput field=f text=text refused=refused /> }
        })
        .collect_view();
    view! {
        <section class="blank-start" aria-labelledby="blank-start-title">
            <h3 id="blank-start-title">{w::BLANK_TITLE.say()}</h3>
            <form on:submit=create novalidate>
                <p class="section-note">{w::BLANK_NOTE.say()}</p>
                {inputs}
                <p class="field-error" role="alert">{move || refused.with(|r| r.get("").cloned())}</p>
                <div class="dialog-actions">
                    <button type="submit" class="primary" data-testid="create-blank">{w::CREATE.say()}</button>
                    <button type="button" on:click=move |_| close()>{w::CANCEL.say()}</button>
                </div>
            </form>
        </section>
    }
}
