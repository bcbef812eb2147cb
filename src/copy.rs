//! The user's working copy of the shown bulletin: a workbench saved to storage after every
//! step, kept in step with other tabs, and never lost when storage fails.
//!
//! What this tab did since its copy was last stored is kept as [`Op`]s. Before writing, the
//! tab compares the stored revision with the one its copy is based on; if another tab saved
//! first, it takes that copy and replays its own work on top, so neither tab's edits are
//! lost. A save that cannot happen leaves a lasting warning and keeps the work in the page.

use bulletin_core::edit::{Op, Step, Stored, Workbench, replay};
use bulletin_core::{Diagnostic, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::notice::Notice;
use crate::timing::{measured, next_task};
use crate::{library, storage};

/// Handle to the working copy; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct UserCopy {
    pub workbench: RwSignal<Workbench>,
    /// Why the last save failed, shown until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    notices: RwSignal<Vec<Notice>>,
    /// The bulletin as loaded, which stored copies are opened against.
    original: StoredValue<Loaded>,
    /// The site address the bulletin was opened from (`?src=`), kept with the copy.
    source: StoredValue<Option<String>>,
    /// Where the copy is stored.
    key: StoredValue<String>,
    /// The stored revision this tab's copy is based on.
    base: StoredValue<u64>,
    /// What this tab did since it last stored its copy.
    ops: StoredValue<Vec<Op>>,
    /// What this tab's last write held, in case another tab wrote the same revision at the
    /// same moment (two tabs in two processes can both pass the revision check).
    saved_ops: StoredValue<Vec<Op>>,
    /// This tab, as named in the revisions it writes.
    tab: StoredValue<String>,
    /// Why saving must not happen at all (an unreadable stored copy that could not be
    /// set aside would be overwritten).
    blocked: StoredValue<Option<String>>,
    /// Whether the original of an imported bulletin is in storage (a copy without its
    /// original could not be opened again).
    original_kept: StoredValue<bool>,
    /// A save is due.
    unsaved: StoredValue<bool>,
}

/// Now, as RFC 3339 in UTC.
pub fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

impl UserCopy {
    /// Opens the stored copy of `bulletin` if there is a readable one, else a fresh copy.
    /// An unreadable one is set aside, offered for download and reported. `original_kept`
    /// is false for an imported bulletin that storage could not keep.
    pub fn open(
        loaded: &Loaded,
        source: Option<String>,
        original_kept: bool,
        notices: RwSignal<Vec<Notice>>,
    ) -> Self {
        let bulletin = &loaded.bulletin;
        let key = storage::copy_key(&bulletin.id, source.as_deref());
        let copy = Self {
            workbench: RwSignal::new(Workbench::from_loaded(loaded)),
            save_error: RwSignal::new(None),
            notices,
            original: StoredValue::new(loaded.clone()),
            source: StoredValue::new(source),
            key: StoredValue::new(key.clone()),
            base: StoredValue::new(0),
            ops: StoredValue::new(Vec::new()),
            saved_ops: StoredValue::new(Vec::new()),
            tab: StoredValue::new(format!("{:x}", (js_sys::Math::random() * 1e15) as u64)),
            blocked: StoredValue::new(None),
            original_kept: StoredValue::new(original_kept),
            unsaved: StoredValue::new(false),
        };
        if !storage::available() {
            copy.save_error.set(Some(storage::DISABLED.to_owned()));
            return copy;
        }
        let Some(raw) = measured("copy:read", || storage::get(&key)) else {
            return copy;
        };
        match measured("copy:open", || {
            Stored::from_text_with_document(&raw, &loaded.document)
        }) {
            Ok((stored, workbench, original_changed)) => {
                if original_changed {
                    copy.tell_calmly(
                        "通报原始数据在您上次修改后有了更新；您的修改都在，修改记录按更新后的原始数据列出。",
                    );
                }
                copy.workbench.set(workbench);
                copy.base.set_value(stored.revision);
            }
            Err(e) => {
                let kept = storage::set_aside(&key, &raw);
                let mut notice = Notice::new(format!("{}，无法打开您保存的修改。", e.message));
                notice.details.push(
                    "下面显示的是原始通报数据。原来保存的内容没有删除，可以下载留存。".to_owned(),
                );
                if kept {
                    copy.base.set_value(storage::revision(&key));
                } else {
                    let why = "保存的旧数据无法读取，浏览器也未能另存它：为免覆盖，本页的修改暂不保存到浏览器。请先下载旧数据，修改请用“导出 JSON”保存。";
                    notice.details.push(why.to_owned());
                    copy.blocked.set_value(Some(why.to_owned()));
                    copy.save_error.set(Some(why.to_owned()));
                }
                notice.download = Some((format!("{}-unreadable-copy.json", bulletin.id), e.raw));
                notices.update(|all| all.push(notice));
            }
        }
        copy
    }

    /// Where this copy is stored.
    pub fn key(&self) -> String {
        self.key.get_value()
    }

    /// Whether the board of this copy is still on the page (work resumed in a later task
    /// must not touch a copy the user has switched away from).
    pub fn is_open(&self) -> bool {
        self.workbench.try_with_untracked(|_| ()).is_some()
    }

    /// Applies a step and saves; the errors say why a step was refused.
    pub fn apply(&self, step: Step) -> Result<(), Vec<Diagnostic>> {
        let mut result = Ok(());
        self.workbench
            .update(|w| result = w.apply(step.clone()).map(drop));
        if result.is_ok() {
            self.done(Op::Apply(step));
        }
        result
    }

    /// The same for a step that may be large (an import): applying and validating it,
    /// saving it and redrawing the page for it each take a task of their own, so that none
    /// holds the page for long.
    pub async fn apply_large(&self, step: Step) -> Result<(), Vec<Diagnostic>> {
        let mut result = Ok(());
        self.workbench.update_untracked(|w| {
            result = measured("copy:apply", || w.apply(step.clone()).map(drop))
        });
        if result.is_ok() {
            self.done(Op::Apply(step));
            next_task().await;
            if self.is_open() {
                self.workbench.notify();
            }
        }
        result
    }

    /// Undoes the last step, if any, and saves.
    pub fn undo(&self) {
        let mut undone = None;
        self.workbench.update(|w| {
            let last = w.undo_steps().last().cloned();
            if w.undo() {
                undone = last;
            }
        });
        if let Some(step) = undone {
            self.done(Op::Undo(step));
        }
    }

    /// Redoes the last undone step, if any, and saves.
    pub fn redo(&self) {
        let mut redone = None;
        self.workbench.update(|w| {
            let next = w.redo_steps().last().cloned();
            if w.redo() {
                redone = next;
            }
        });
        if let Some(step) = redone {
            self.done(Op::Redo(step));
        }
    }

    fn done(&self, op: Op) {
        self.ops.update_value(|ops| ops.push(op));
        self.save_soon();
    }

    /// Another tab wrote this copy: take its copy and replay this tab's unsaved work on top.
    /// Returns whether anything was taken.
    pub fn sync(&self) -> bool {
        let key = self.key.get_value();
        let Some(raw) = storage::get(&key) else {
            return false;
        };
        let parsed = self
            .original
            .with_value(|original| Stored::from_text_with_document(&raw, &original.document));
        let Ok((stored, mut theirs, _)) = parsed else {
            // Unreadable: keep it aside before this tab writes over it.
            if !storage::set_aside(&key, &raw) {
                self.blocked.set_value(Some(
                    "另一个标签页保存的数据无法读取，浏览器也未能另存它：为免覆盖，本页的修改暂不保存。".to_owned(),
                ));
            }
            self.base.set_value(storage::revision(&key));
            return false;
        };
        let base = self.base.get_value();
        let overwritten = stored.revision == base
            && storage::writer(&key).is_some_and(|w| w != self.tab.get_value())
            && !self.saved_ops.with_value(Vec::is_empty);
        if stored.revision < base || (stored.revision == base && !overwritten) {
            return false;
        }
        // Work this tab wrote that the other tab's write replaced is replayed as well.
        let mut ops = if overwritten {
            self.saved_ops.get_value()
        } else {
            Vec::new()
        };
        ops.extend(self.ops.get_value());
        self.saved_ops.set_value(Vec::new());
        self.ops.set_value(ops.clone());
        let failed = replay(&mut theirs, &ops);
        if !failed.is_empty() {
            let mine = self
                .workbench
                .with_untracked(|w| serde_json::to_string_pretty(w.current()).unwrap_or_default());
            let mut notice =
                Notice::new("另一个标签页同时修改了这份通报，本页的以下修改与之冲突，未能合并：");
            notice.details = failed;
            notice
                .details
                .push("本页合并前的内容可以下载留存。".to_owned());
            let id = self.original.with_value(|l| l.bulletin.id.clone());
            notice.download = Some((format!("{id}-this-tab.json"), mine));
            self.notices.update(|all| all.push(notice));
        }
        self.base.set_value(stored.revision);
        self.workbench.set(theirs);
        if !ops.is_empty() {
            self.save_soon();
        }
        true
    }

    /// Saves in the next task, so that the page shows a step before it spends time on
    /// storing it (which takes long for a large bulletin); several steps in a row are saved
    /// once. Anything still unsaved is saved when the page is hidden or the board closes.
    fn save_soon(&self) {
        if self.unsaved.get_value() {
            return;
        }
        self.unsaved.set_value(true);
        let copy = *self;
        spawn_local(async move {
            next_task().await;
            copy.flush();
        });
    }

    /// Saves now if a save is due. Safe to call after the board is gone (it then does
    /// nothing, the board's own cleanup having saved).
    pub fn flush(&self) {
        if self.unsaved.try_get_value() != Some(true) {
            return;
        }
        self.unsaved.set_value(false);
        self.save();
    }

    fn save(&self) {
        if let Some(why) = self.blocked.get_value() {
            self.save_error.set(Some(why));
            return;
        }
        if !self.original_kept.get_value() {
            let kept = self
                .original
                .with_value(|l| library::keep_original(&l.bulletin.id, &l.document));
            if let Err(why) = kept {
                self.save_error.set(Some(format!(
                    "这份通报本身未能保存到本浏览器（{why}），关闭页面后它和您的修改都会丢失"
                )));
                return;
            }
            self.original_kept.set_value(true);
        }
        let key = self.key.get_value();
        for _ in 0..3 {
            // Another tab may have saved since this tab's copy was stored: take its copy
            // first, and check again right before writing (making the text takes a while).
            if storage::revision(&key) != self.base.get_value() {
                self.sync();
            }
            let revision = self.base.get_value() + 1;
            let text = measured("copy:serialize", || {
                self.workbench
                    .with_untracked(|w| Stored::of(w, revision, &now()))
                    .with_source(self.source.get_value())
                    .to_text()
            });
            if storage::revision(&key) != self.base.get_value() {
                continue;
            }
            let written = measured("copy:save", || {
                storage::write_copy(&key, revision, &self.tab.get_value(), &text)
            });
            match written {
                Ok(()) => {
                    self.base.set_value(revision);
                    self.saved_ops.set_value(self.ops.get_value());
                    self.ops.set_value(Vec::new());
                    self.save_error.set(None);
                }
                Err(why) => self.save_error.set(Some(why)),
            }
            return;
        }
        self.save_error.set(Some(
            "另一个标签页正在不断保存这份通报，本页的修改稍后再保存".to_owned(),
        ));
        self.save_soon();
    }

    /// Tells the user something in the alert area.
    pub fn tell(&self, what: &str) {
        self.notices.update(|all| all.push(Notice::new(what)));
    }

    fn tell_calmly(&self, what: &str) {
        self.notices.update(|all| all.push(Notice::info(what)));
    }

    /// Reports a refused step in the alert area.
    pub fn report(&self, what: &str, errors: &[Diagnostic]) {
        self.notices
            .update(|all| all.push(Notice::with_findings(format!("{what}未能完成："), errors)));
    }
}
