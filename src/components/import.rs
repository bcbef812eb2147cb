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
            self.notices.update(|all| {
                all.push(Notice::info(format!(
                    "改为导入“{name}”：之前选择的“{earlier}”还没有读完，不再导入。"
                )))
            });
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
                        format!("无法导入“{name}”，共发现 {count} 处问题（当前数据没有改动）："),
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
                            format!("无法导入“{name}”："),
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
        if self.copy.would_lose_work() && !confirm::ask(LEAVE_UNSAVED) {
            self.notices.update(|all| {
                all.push(Notice::info(format!(
                    "没有打开“{name}”，本页的修改仍在，请先用“导出 JSON”保存。"
                )))
            });
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
                say(Notice::info(format!(
                    "“{name}”是本浏览器中已有的通报《{title}》的快照，已切换到该通报；请在预览中确认是否替换。"
                )));
                self.bulletins.inbox.set(Some(loaded));
                self.bulletins.go(&query);
                return;
            }
            match library::keep_original(&id, &loaded.document).await {
                Ok(()) => {
                    say(Notice::info(format!(
                        "已把“{name}”作为新的通报《{title}》打开，原来的通报没有改动，可以在“通报列表”中切换回去。"
                    )));
                    self.bulletins
                        .go(&Origin::Imported.query(&id).unwrap_or_default());
                }
                Err(why) => {
                    say(Notice::new(format!(
                        "已打开“{name}”（《{title}》），但{why}，无法保存在本浏览器中：关闭页面后它和您对它的修改都会丢失，请及时导出 JSON。"
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
            self.notices.update(|all| {
                all.push(Notice::new(format!(
                    "快照《{}》没有导入：对应的通报未能打开。",
                    waiting.bulletin.title
                )))
            });
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
                    label: "导入快照".to_owned(),
                    at: now(),
                    edits,
                }),
                Change::Document(incoming) => measured("import:step", || {
                    self.copy.workbench.try_with_untracked(|w| {
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
                .update(|all| all.push(Notice::new(format!("无法导入“{name}”：{message}。"))));
            return;
        }
        spawn_local(async move {
            match file::bytes(&file).await {
                Some(bytes) => self.receive(&name, bytes),
                None => self
                    .notices
                    .update(|all| all.push(Notice::new(format!("无法读取“{name}”。")))),
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
            "导入 JSON"
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
            "粘贴 JSON"
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
                <Dialog title="粘贴通报 JSON".to_owned() test_id="import-paste-dialog" on_close=close>
                    <label class="field">
                        <span>"把快照文件的全部内容粘贴到这里"</span>
                        <textarea rows="10" data-testid="import-text" on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </label>
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="import-text-submit" on:click=move |_| {
                            import.pasting.set(false);
                            import.receive("粘贴的内容", text.get_untracked().into_bytes());
                        }>"读取"</button>
                        <button type="button" on:click=move |_| import.pasting.set(false)>"取消"</button>
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
                        <h3>{format!("{title}（{}）", items.len())}</h3>
                        <ul>
                            {items.into_iter().take(PREVIEW_LINES).map(|i| view! { <li>{i}</li> }).collect_view()}
                            {(more > 0).then(|| view! { <li>{format!("……另有 {more} 处")}</li> })}
                        </ul>
                    }
                })
            };
            let close = Callback::new(move |_| import.pending.set(None));
            view! {
                <Dialog title="导入快照：预览".to_owned() test_id="import-preview" on_close=close>
                    <p>{if same { "这份快照与当前数据完全相同。".to_owned() } else { "用这份快照替换当前数据，将有以下变化（可以撤销）：".to_owned() }}</p>
                    {list("新增", added)}
                    {list("删除", removed)}
                    {list("修改", changed)}
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-testid="import-replace" disabled=same on:click=move |_| import.replace()>"替换当前数据"</button>
                        <button type="button" data-testid="import-cancel" on:click=move |_| import.pending.set(None)>"取消"</button>
                    </div>
                </Dialog>
            }
        })
    };
    view! { {paste} {preview} }
}
