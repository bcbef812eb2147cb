//! Importing a snapshot: by file picker, by dropping a file anywhere on the page, or by
//! pasting JSON. The file is read and validated in full first; a valid one is previewed
//! against the user's copy and replaces it only when the user says so (one undoable step).

use std::sync::Arc;

use bulletin_core::Loaded;
use bulletin_core::edit::{Edit, Step};
use bulletin_core::import::{Answer, Incoming, Preview, check_size, read_checked};
use bulletin_core::library::Origin;
use bulletin_core::worker_protocol::Latest;
use leptos::prelude::*;

use leptos::task::spawn_local;
use web_sys::File;

use super::dialog::Dialog;
use super::switcher::LEAVE_UNSAVED;
use crate::browser::clock::now;
use crate::browser::confirm;
use crate::browser::listen::on_window;
use crate::browser::timing::{measured, next_task};
use crate::browser::{file, worker};
use crate::i18n::{Say, files as w};
use crate::notice::Notice;
use crate::state::shown::Bulletins;
use crate::state::working_copy::UserCopy;
use crate::state::{library, source};

/// A valid snapshot and what replacing the user's copy with it would change.
#[derive(Clone)]
struct Pending {
    preview: Preview,
    change: Change,
}

/// How the copy becomes the snapshot.
#[derive(Clone)]
enum Change {
    /// The edits the import worker worked out.
    Edits(Vec<Edit>),
    /// The snapshot itself (one that waited for its bulletin to open), compared here.
    Document(Arc<Incoming>),
}

/// At most this many lines of each kind in the preview.
const PREVIEW_LINES: usize = 20;

/// Import state shared by the controls and the dialogs.
#[derive(Clone, Copy)]
pub struct Import {
    copy: UserCopy,
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
    /// A valid snapshot waiting for the user's decision, with what it would change.
    pending: RwSignal<Option<Pending>>,
    pasting: RwSignal<bool>,
    /// The import being read: a later one replaces it, and its answer is then dropped.
    reading: StoredValue<(Latest, String)>,
}

impl Import {
    pub fn new(copy: UserCopy, notices: RwSignal<Vec<Notice>>, bulletins: Bulletins) -> Self {
        Self {
            copy,
            bulletins,
            notices,
            pending: RwSignal::new(None),
            pasting: RwSignal::new(false),
            reading: StoredValue::new((Latest::default(), String::new())),
        }
    }

    /// Reads and checks `bytes` named `name` in the import worker, with what it would change
    /// in the user's copy; nothing changes unless the user then confirms.
    fn receive(self, name: &str, bytes: Vec<u8>) {
        let name = name.to_owned();
        let Some((request, replaced)) = self.reading.try_update_value(|(latest, reading)| {
            let (id, replaced) = latest.start();
            let replaced = replaced.map(|_| std::mem::replace(reading, name.clone()));
            *reading = name.clone();
            (id, replaced)
        }) else {
            return;
        };
        if let Some(earlier) = replaced {
            self.notices
                .update(|all| all.push(Notice::info(w::import_replaced(&name, &earlier))));
        }
        spawn_local(async move {
            let Some((current, id)) = self.copy.workbench.try_with_untracked(|w| {
                let text = measured("import:send", || serde_json::to_string(w.current()));
                (text.unwrap_or_default(), w.bulletin().id.clone())
            }) else {
                return;
            };
            let found = worker::read_snapshot(bytes.clone(), current, &id).await;
            // The user may have switched to another bulletin meanwhile, or chosen another
            // file, whose answer is the one wanted.
            if !self.copy.is_open()
                || self.reading.try_update_value(|(l, _)| l.finish(request)) != Some(true)
            {
                return;
            }
            match found {
                Answer::Refused { findings, count } => self.notices.update(|all| {
                    all.push(Notice::with_lines(
                        w::import_refused(&name, count),
                        findings,
                        count,
                    ))
                }),
                Answer::Same { preview, edits, .. } => self.pending.set(Some(Pending {
                    preview,
                    change: Change::Edits(edits),
                })),
                // Another bulletin, which the worker has checked: parsed here, not checked again.
                Answer::Other { .. } => match measured("import:read", || read_checked(&bytes)) {
                    Ok(incoming) => self.open_elsewhere(&name, incoming),
                    Err(failure) => self.notices.update(|all| {
                        all.push(Notice::with_findings(
                            w::import_failed(&name),
                            &failure.errors,
                        ))
                    }),
                },
            }
        });
    }

    /// A snapshot of another bulletin: previewed against that bulletin when this browser
    /// has it, else opened as a new bulletin beside the others.
    fn open_elsewhere(self, name: &str, loaded: Incoming) {
        let name = name.to_owned();
        if self.copy.would_lose_work() && !confirm::ask(LEAVE_UNSAVED.say()) {
            self.notices
                .update(|all| all.push(Notice::info(w::not_opened(&name))));
            return;
        }
        spawn_local(async move {
            let id = loaded.bulletin.id.clone();
            let title = loaded.bulletin.title.clone();
            // The list is read from short heads: cheap whatever the bulletins' size.
            let known = match source::bundled() {
                Ok(b) => library::list(&b.bulletin)
                    .await
                    .into_iter()
                    .find(|e| e.id == id)
                    .and_then(|e| e.origin.query(&id)),
                Err(_) => None,
            };
            let say = |notice: Notice| self.notices.update(|all| all.push(notice));
            if let Some(query) = known {
                say(Notice::info(w::switched_to_known(&name, &title)));
                self.bulletins.inbox.set(Some(loaded));
                self.bulletins.go(&query);
                return;
            }
            match library::keep_original(&id, &loaded.document).await {
                Ok(()) => {
                    say(Notice::info(w::opened_new(&name, &title)));
                    self.bulletins
                        .go(&Origin::Imported.query(&id).unwrap_or_default());
                }
                Err(why) => {
                    say(Notice::new(w::opened_unkept(
                        &name,
                        &title,
                        &why.to_string(),
                    )));
                    self.bulletins.show_unkept(Loaded {
                        bulletin: loaded.bulletin,
                        warnings: Vec::new(),
                        document: loaded.document,
                    });
                }
            }
        });
    }

    /// Takes a snapshot that was waiting for bulletin `id` to open into the preview.
    pub fn take_from_inbox(self, id: &str) {
        let Some(waiting) = self.bulletins.inbox.get_untracked() else {
            return;
        };
        self.bulletins.inbox.set(None);
        if waiting.bulletin.id == id {
            self.prepare(waiting);
        } else {
            self.notices
                .update(|all| all.push(Notice::new(w::inbox_dropped(&waiting.bulletin.title))));
        }
    }

    /// Works out what `incoming` would change, in a task of its own after reading (each
    /// takes a while on a large file, and the page should not freeze for both at once),
    /// then asks the user.
    fn prepare(self, incoming: Incoming) {
        spawn_local(async move {
            next_task().await;
            // The user may have switched to another bulletin meanwhile.
            let Some(preview) = measured("import:preview", || {
                self.copy
                    .workbench
                    .try_with_untracked(|w| Preview::between(w.current(), &incoming.document))
            }) else {
                return;
            };
            self.pending.set(Some(Pending {
                preview,
                change: Change::Document(Arc::new(incoming)),
            }));
        });
    }

    /// Replaces the user's copy with the pending snapshot: one undoable step of only the
    /// edits that differ, worked out and applied in tasks of their own.
    fn replace(self) {
        let Some(pending) = self.pending.get_untracked() else {
            return;
        };
        self.pending.set(None);
        spawn_local(async move {
            next_task().await;
            let step = match pending.change {
                Change::Edits(edits) => Some(Step {
                    // stays Chinese: a step label, kept in the bulletin's saved history
                    label: "导入快照".to_owned(),
                    at: now(),
                    edits,
                }),
                Change::Document(incoming) => measured("import:step", || {
                    self.copy.workbench.try_with_untracked(|w| {
                        // stays Chinese: a step label, kept in the bulletin's saved history
                        w.replace_step(&incoming.document, "导入快照", &now())
                    })
                }),
            };
            let Some(step) = step else {
                return;
            };
            next_task().await;
            if !self.copy.is_open() {
                return;
            }
            if let Err(e) = self.copy.apply_large(step).await {
                // stays Chinese: a step label, kept in the bulletin's saved history
                self.copy.report("导入快照", &e);
            }
        });
    }

    /// Reads a file the user picked or dropped.
    fn receive_file(self, file: File) {
        let name = file.name();
        if let Err(failure) = check_size(file.size() as u64) {
            let message = failure
                .errors
                .first()
                .map(|e| e.message.clone())
                .unwrap_or_default();
            self.notices
                .update(|all| all.push(Notice::new(w::file_refused(&name, &message))));
            return;
        }
        spawn_local(async move {
            match file::bytes(&file).await {
                Some(bytes) => self.receive(&name, bytes),
                None => self
                    .notices
                    .update(|all| all.push(Notice::new(w::unreadable(&name)))),
            }
        });
    }
}

/// The import controls for the editing bar, and the page-wide drop target.
#[component]
pub fn ImportControls(import: Import) -> impl IntoView {
    on_window(leptos::ev::dragover, |ev| ev.prevent_default());
    on_window(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import.receive_file(file);
        }
    });
    view! {
        <label class="button-like">
            {w::IMPORT_JSON.say()}
            <input
                type="file"
                class="visually-hidden"
                accept=".json,application/json"
                data-testid="import-file"
                on:change=move |ev| {
                    if let Some(file) = file::picked(&ev) {
                        import.receive_file(file);
                    }
                }
            />
        </label>
        <button type="button" data-testid="import-paste" on:click=move |_| import.pasting.set(true)>
            {w::PASTE_JSON.say()}
        </button>
    }
}

/// The paste dialog and the preview dialog, when open.
#[component]
pub fn ImportDialogs(import: Import) -> impl IntoView {
    let paste = move || {
        import.pasting.get().then(|| {
            let text = RwSignal::new(String::new());
            let close = Callback::new(move |_| import.pasting.set(false));
            view! {
                <Dialog title=w::PASTE_TITLE.say().to_owned() test_id="import-paste-dialog" on_close=close>
                    <label class="field">
                        <span>{w::PASTE_HERE.say()}</span>
                        <textarea rows="10" data-testid="import-text" on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </label>
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="import-text-submit" on:click=move |_| {
                            import.pasting.set(false);
                            import.receive(w::PASTED.say(), text.get_untracked().into_bytes());
                        }>{w::READ.say()}</button>
                        <button type="button" on:click=move |_| import.pasting.set(false)>{w::CANCEL.say()}</button>
                    </div>
                </Dialog>
            }
        })
    };
    let preview = move || {
        import.pending.get().map(|pending| {
            let same = pending.preview.is_empty();
            let Preview { added, removed, changed } = pending.preview;
            let list = |title: &'static str, items: Vec<String>| {
                (!items.is_empty()).then(|| {
                    let more = items.len().saturating_sub(PREVIEW_LINES);
                    view! {
                        <h3>{w::counted(title, items.len())}</h3>
                        <ul>
                            {items.into_iter().take(PREVIEW_LINES).map(|i| view! { <li>{i}</li> }).collect_view()}
                            {(more > 0).then(|| view! { <li>{w::more(more)}</li> })}
                        </ul>
                    }
                })
            };
            let close = Callback::new(move |_| import.pending.set(None));
            view! {
                <Dialog title=w::PREVIEW_TITLE.say().to_owned() test_id="import-preview" on_close=close>
                    <p>{if same { w::SAME.say() } else { w::WILL_CHANGE.say() }}</p>
                    {list(w::ADDED.say(), added)}
                    {list(w::REMOVED.say(), removed)}
                    {list(w::CHANGED.say(), changed)}
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="import-replace" disabled=same on:click=move |_| import.replace()>{w::REPLACE.say()}</button>
                        <button type="button" data-testid="import-cancel" on:click=move |_| import.pending.set(None)>{w::CANCEL.say()}</button>
                    </div>
                </Dialog>
            }
        })
    };
    view! { {paste} {preview} }
}
