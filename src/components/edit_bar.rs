//! The editing bar: save state, undo/redo, the change list with per-change revert, reset,
//! and JSON export of the current copy.

use bulletin_core::csv::projects_csv;
use bulletin_core::edit::{Change, ChangeKind};
use bulletin_core::saving::SaveStatus;
use leptos::prelude::*;

use super::editing::Editing;
use super::language_switch::LanguageSwitch;
use super::more::More;
use std::sync::Arc;

use bulletin_core::Bulletin;

use super::new_bulletin::NewBulletinButton;
use super::reports::ReportButtons;
use super::{Import, ImportControls, Switcher, SwitcherButton};
use crate::browser::clock::{local_time, now, today};
use crate::browser::confirm;
use crate::browser::download::download_text;
use crate::browser::listen::on_window;
use crate::browser::timing::measured;
use crate::i18n::{Say, lang, toolbar as w};
use crate::notice::Notice;
use crate::state::mode::ReadOnly;
use crate::state::working_copy::UserCopy;

/// Whether Ctrl+Z belongs to something other than the board: a text field with focus, or
/// an open dialog's form.
fn shortcut_belongs_elsewhere() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return true;
    };
    // Under an open dialog the shortcuts belong to its form: undoing the board there would
    // change what the form was opened on.
    let dialog_open = document
        .query_selector("[role=dialog]")
        .ok()
        .flatten()
        .is_some();
    dialog_open
        || document
            .active_element()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// The bar shown above the board.
#[component]
pub fn EditBar(
    copy: UserCopy,
    changes: ReadSignal<Vec<Change>>,
    import: Import,
    switcher: Switcher,
    /// Whether the 新建通报 dialog is open.
    creating: RwSignal<bool>,
    /// The bulletin as shown, for its reports.
    current: Memo<Arc<Bulletin>>,
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    let wb = copy.workbench;
    let mode = ReadOnly::get();
    on_window(leptos::ev::keydown, move |ev| {
        let key = ev.key().to_lowercase();
        if !(ev.ctrl_key() || ev.meta_key()) || shortcut_belongs_elsewhere() || mode.on_untracked()
        {
            return;
        }
        if key == "z" && !ev.shift_key() {
            ev.prevent_default();
            copy.undo();
        } else if (key == "z" && ev.shift_key()) || key == "y" {
            ev.prevent_default();
            copy.redo();
        }
    });
    let reset = move |_| {
        let confirmed = confirm::ask(w::CONFIRM_RESET.say());
        if confirmed {
            let step = wb.with_untracked(|w| w.reset_step(&now()));
            if let Err(e) = copy.apply(step) {
                copy.report(w::DOING_RESET.say(), &e);
            }
        }
    };
    let export = move |_| {
        let (id, text) = wb.with_untracked(|w| {
            let text = measured("export:json", || {
                w.snapshot_text(&now(), env!("CARGO_PKG_VERSION"))
            });
            (w.bulletin().id.clone(), text)
        });
        download_text(&format!("{id}-{}.json", today()), "application/json", &text);
    };
    let export_csv = move |_| {
        let (csv, id) = wb.with_untracked(|w| {
            let b = w.bulletin();
            (
                projects_csv(b, &(0..b.projects.len()).collect::<Vec<_>>()),
                b.id.clone(),
            )
        });
        download_text(
            &format!("{id}-projects-{}.csv", today()),
            "text/csv;charset=utf-8",
            &csv,
        );
    };
    let list = move || {
        changes
            .get()
            .into_iter()
            .map(|c| {
                let revert = {
                    let c = c.clone();
                    move |_| {
                        let step = wb.with_untracked(|w| w.revert_step(&c, &now()));
                        if let Err(e) = copy.apply(step) {
                            copy.report(w::DOING_REVERT.say(), &e);
                        }
                    }
                };
                let what = match c.kind {
                    ChangeKind::Changed => wb.with_untracked(|w| {
                        let b = w.bulletin();
                        format!(
                            "{} → {}",
                            c.value_text(&c.before, b),
                            c.value_text(&c.after, b)
                        )
                    }),
                    ChangeKind::Added | ChangeKind::Removed => String::new(),
                };
                let when = c.at.as_deref().map(local_time);
                view! {
                    <li data-testid="change">
                        <span class="change-label">{c.label.clone()}</span>
                        <span class="change-values">{what}</span>
                        <span class="change-time">{when}</span>
                        <button type="button" class="link" on:click=revert>{w::REVERT_ONE.say()}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="edit-bar" role="region" aria-label=w::REGION.say()>
            <p class="save-state" data-testid="save-state">
                {move || match copy.status.get() {
                    SaveStatus::Failed(_) => w::NOT_SAVED.say().to_owned(),
                    SaveStatus::Stopped(_) => w::STOPPED.say().to_owned(),
                    // Said only once the store has committed the work, not when it is queued.
                    SaveStatus::Saving => w::saving(changes.with(Vec::len)),
                    SaveStatus::Saved if changes.with(Vec::is_empty) => w::NO_EDITS.say().to_owned(),
                    SaveStatus::Saved => w::saved(changes.with(Vec::len)),
                }}
            </p>
            <Editing>
                <button type="button" data-testid="undo" disabled=move || !wb.with(|w| w.can_undo()) on:click=move |_| copy.undo() title=w::UNDO_HINT.say()>
                    {w::UNDO.say()}
                </button>
                <button type="button" data-testid="redo" disabled=move || !wb.with(|w| w.can_redo()) on:click=move |_| copy.redo() title=w::REDO_HINT.say()>
                    {w::REDO.say()}
                </button>
            </Editing>
            // On a phone the rest wait behind 更多, so that the bar does not take the first screen.
            <More label=w::MORE.say() test_id="toolbar-more">
                <Editing>
                    <button type="button" data-testid="reset" disabled=move || changes.with(Vec::is_empty) on:click=reset>
                        {w::RESET.say()}
                    </button>
                </Editing>
                <button type="button" data-testid="export-json" on:click=export>{w::EXPORT_JSON.say()}</button>
                <button type="button" data-testid="export-csv-all" on:click=export_csv>{w::EXPORT_CSV_ALL.say()}</button>
                <Editing>
                    <NewBulletinButton open=creating />
                    <ImportControls import=import />
                </Editing>
                <SwitcherButton switcher=switcher />
                <ReportButtons bulletin=current notices=notices />
                <ModeSwitch />
            </More>
            <LanguageSwitch />
            <Show when=move || !changes.with(Vec::is_empty) && !mode.on()>
                <details class="changes">
                    <summary>{w::CHANGE_LIST.say()}</summary>
                    <ul>{list}</ul>
                </details>
            </Show>
        </div>
        {move || {
            copy.status.get().warning_in(lang()).map(|warning| {
                view! {
                    <div class="save-warning" role="alert" data-testid="save-warning">
                        {warning}
                    </div>
                }
            })
        }}
    }
}

/// 只读查看 and back: the board without its editing controls, for leaders and projectors.
#[component]
fn ModeSwitch() -> impl IntoView {
    let mode = ReadOnly::get();
    view! {
        <button type="button" data-testid="view-mode" aria-pressed=move || mode.on().to_string()
            on:click=move |_| mode.set(!mode.on_untracked())>
            {move || if mode.on() { w::LEAVE_READ_ONLY.say() } else { w::READ_ONLY.say() }}
        </button>
    }
}
