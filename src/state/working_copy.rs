//! The user's working copy of the shown bulletin: a workbench saved to the browser's store
//! after every step, kept in step with other tabs, and never lost when storage fails.
//!
//! What this tab did since its copy was last stored is kept as [`Op`]s. A write is guarded by
//! the revision the tab's copy is based on (checked in the same transaction); if another tab
//! saved first, this tab takes that copy and replays its own work on top, so neither tab's
//! edits are lost. A save that cannot happen leaves a lasting warning and keeps the work in
//! the page.

use bulletin_core::edit::{Op, Step, Stored, Workbench, replay};
use bulletin_core::library::head_of;
use bulletin_core::{Diagnostic, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::channel::{self, News};
use crate::browser::local;
use crate::browser::store::{self, Copy, Written};
use crate::browser::timing::{after_paint, measured, next_task, now};
use crate::notice::Notice;
use crate::state::library;

/// Handle to the working copy; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct UserCopy {
    pub workbench: RwSignal<Workbench>,
    /// Why the last save failed, shown until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    /// Whether work is waiting to be stored or being stored: the page says 已保存 only once
    /// the store has committed it.
    pub pending: RwSignal<bool>,
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
    /// Why saving must not happen at all (an unreadable stored copy not yet, or not, set
    /// aside would be overwritten).
    blocked: StoredValue<Option<String>>,
    /// Whether the original of an imported bulletin is in storage (a copy without its
    /// original could not be opened again).
    original_kept: StoredValue<bool>,
    /// A save is due.
    unsaved: StoredValue<bool>,
    /// A save is running (saves of one tab never overlap).
    saving: StoredValue<bool>,
}

/// What the page found in storage for the bulletin it opens.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Storage cannot be used at all.
    Unavailable(String),
    /// Nothing stored yet.
    Nothing,
    Copy(Copy),
    /// A copy newer than the stored one (`revision`), which a page closing before it could
    /// store it left in localStorage: opened, and stored at once.
    Rescued(Copy),
}

const NOT_SET_ASIDE: &str = "保存的旧数据无法读取，浏览器也未能另存它：为免覆盖，本页的修改暂不保存到浏览器。请先下载旧数据，修改请用“导出 JSON”保存。";

impl UserCopy {
    /// Opens the copy `found` in storage for `loaded` if it is readable, else a fresh copy.
    /// An unreadable one is set aside, offered for download and reported. `original_kept`
    /// is false for an imported bulletin storage could not keep.
    pub fn open(
        loaded: &Loaded,
        source: Option<String>,
        original_kept: bool,
        found: Found,
        notices: RwSignal<Vec<Notice>>,
    ) -> Self {
        let bulletin = &loaded.bulletin;
        let key = library::copy_key(&bulletin.id, source.as_deref());
        let copy = Self {
            workbench: RwSignal::new(Workbench::from_loaded(loaded)),
            save_error: RwSignal::new(None),
            pending: RwSignal::new(false),
            notices,
            original: StoredValue::new(loaded.clone()),
            source: StoredValue::new(source),
            key: StoredValue::new(key.clone()),
            base: StoredValue::new(0),
            ops: StoredValue::new(Vec::new()),
            blocked: StoredValue::new(None),
            original_kept: StoredValue::new(original_kept),
            unsaved: StoredValue::new(false),
            saving: StoredValue::new(false),
        };
        let found = match found {
            Found::Unavailable(why) => {
                copy.save_error.set(Some(why));
                return copy;
            }
            Found::Nothing => return copy,
            Found::Copy(found) => found,
            Found::Rescued(found) => {
                copy.unsaved.set_value(true);
                found
            }
        };
        match measured("copy:open", || {
            Stored::from_text_with_document(&found.text, &loaded.document)
        }) {
            Ok((stored, workbench, original_changed)) => {
                let workbench = if !original_changed {
                    workbench
                } else if let Some((moved, failed)) =
                    measured("copy:rebase", || stored.rebase(&loaded.document))
                {
                    // The new original with the user's steps on it; stored as such at once.
                    copy.unsaved.set_value(true);
                    let mut words = format!(
                        "通报原始数据在您上次修改后有了更新；已把您的 {} 步修改重新应用到更新后的数据上。",
                        moved.undo_steps().len()
                    );
                    if !failed.is_empty() {
                        words.push_str(&format!(
                            "以下修改涉及的内容在更新中已改变，未再应用：{}。",
                            failed.join("；")
                        ));
                    }
                    copy.tell_calmly(&words);
                    moved
                } else {
                    copy.tell_calmly(
                        "通报原始数据在您上次修改后有了更新；您的修改都在，修改记录按更新后的原始数据列出。",
                    );
                    workbench
                };
                copy.workbench.set(workbench);
                copy.base.set_value(found.revision);
                if copy.unsaved.get_value() {
                    copy.unsaved.set_value(false);
                    copy.save_soon();
                }
            }
            Err(e) => {
                let mut notice = Notice::new(format!("{}，无法打开您保存的修改。", e.message));
                notice.details.push(
                    "下面显示的是原始通报数据。原来保存的内容没有删除，可以下载留存。".to_owned(),
                );
                notice.download = Some((format!("{}-unreadable-copy.json", bulletin.id), e.raw));
                notices.update(|all| all.push(notice));
                copy.set_aside(found);
            }
        }
        copy
    }

    /// Keeps an unreadable stored copy aside; saving waits for that and is refused for good
    /// if it fails.
    fn set_aside(&self, found: Copy) {
        self.blocked
            .set_value(Some("正在另存无法读取的旧数据".to_owned()));
        let copy = *self;
        spawn_local(async move {
            let key = copy.key.get_value();
            let kept = store::set_aside(&key, &found.text).await;
            if copy.blocked.try_get_value().is_none() {
                return;
            }
            match kept {
                Ok(()) => {
                    copy.blocked.set_value(None);
                    copy.base.set_value(found.revision);
                    if copy.unsaved.get_value() {
                        copy.unsaved.set_value(false);
                        copy.save_soon();
                    }
                }
                Err(_) => {
                    copy.blocked.set_value(Some(NOT_SET_ASIDE.to_owned()));
                    copy.save_error.set(Some(NOT_SET_ASIDE.to_owned()));
                    copy.notices
                        .update(|all| all.push(Notice::new(NOT_SET_ASIDE)));
                }
            }
        });
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

    /// Another tab said it saved this copy at `revision`: read it and take it.
    pub fn heard(&self, revision: u64) {
        if revision <= self.base.get_value() {
            return;
        }
        let copy = *self;
        spawn_local(async move {
            let Ok(Some(theirs)) = store::read_copy(&copy.key()).await else {
                return;
            };
            if copy.is_open() && copy.take(theirs) {
                copy.tell_calmly("另一个标签页修改了这份通报，本页已同步为最新内容。");
            }
        });
    }

    /// Takes another tab's newer copy and replays this tab's unsaved work on top of it.
    /// Returns whether anything was taken.
    fn take(&self, theirs: Copy) -> bool {
        if theirs.revision <= self.base.get_value() {
            return false;
        }
        let parsed = self.original.with_value(|original| {
            Stored::from_text_with_document(&theirs.text, &original.document)
        });
        let Ok((_, mut workbench, _)) = parsed else {
            // Unreadable: keep it aside before this tab writes over it.
            self.set_aside(theirs);
            return false;
        };
        let ops = self.ops.get_value();
        let failed = replay(&mut workbench, &ops);
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
        self.base.set_value(theirs.revision);
        self.workbench.set(workbench);
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
        self.pending.set(true);
        let copy = *self;
        // After the step has painted: a tab closed before then keeps the step through
        // `rescue`, so waiting a frame loses nothing and shows the step sooner.
        spawn_local(async move {
            after_paint().await;
            copy.flush();
        });
    }

    /// Saves now if a save is due. Safe to call after the board is gone (it then does
    /// nothing, the board's own cleanup having saved).
    pub fn flush(&self) {
        if self.unsaved.try_get_value() != Some(true) || self.saving.get_value() {
            return;
        }
        self.unsaved.set_value(false);
        let copy = *self;
        self.saving.set_value(true);
        spawn_local(async move {
            copy.save().await;
            // `None`: set (the board is still there); steps made while this save ran follow.
            if copy.saving.try_set_value(false).is_none() {
                if copy.unsaved.get_value() {
                    copy.unsaved.set_value(false);
                    copy.save_soon();
                } else if copy.save_error.get_untracked().is_none() {
                    copy.pending.set(false);
                }
            }
        });
    }

    async fn save(&self) {
        if let Some(why) = self.blocked.get_value() {
            // Saved once the stored copy is set aside; refused for good if that failed.
            if why == NOT_SET_ASIDE {
                self.save_error.set(Some(why));
            } else {
                self.unsaved.set_value(true);
            }
            return;
        }
        let key = self.key.get_value();
        for _ in 0..5 {
            let base = self.base.get_value();
            let revision = base + 1;
            let source = self.source.get_value();
            let text = measured("copy:serialize", || {
                self.workbench
                    .with_untracked(|w| Stored::text_of(w, revision, &now(), source.as_deref()))
            });
            let head = head_of(&key, &text).map(|(h, _)| h).unwrap_or_default();
            let original = (!self.original_kept.get_value()).then(|| {
                self.original
                    .with_value(|l| library::original_record(&l.bulletin.id, &l.document))
            });
            let written = store::write_copy(
                &key,
                base,
                revision,
                &text,
                &head,
                original
                    .as_ref()
                    .map(|(k, t, h)| (k.as_str(), t.as_str(), h.as_str())),
            )
            .await;
            if !self.is_open() {
                return;
            }
            match written {
                Ok(Written::Done) => {
                    local::remove(&local::rescue_key(&key));
                    self.base.set_value(revision);
                    self.ops.set_value(Vec::new());
                    self.original_kept.set_value(true);
                    self.save_error.set(None);
                    store::ask_to_persist();
                    channel::tell(&News::Saved { key, revision });
                    return;
                }
                // Another tab saved first: take its copy, replay this tab's work, try again.
                Ok(Written::Newer(Some(theirs))) => {
                    if !self.take(theirs) {
                        break;
                    }
                }
                // Its copy is gone (deleted in another tab, which then reopens this one):
                // store this tab's afresh.
                Ok(Written::Newer(None)) => self.base.set_value(0),
                Err(why) => {
                    let why = if self.original_kept.get_value() {
                        why
                    } else {
                        format!(
                            "这份通报本身未能保存到本浏览器（{why}），关闭页面后它和您的修改都会丢失"
                        )
                    };
                    self.save_error.set(Some(why));
                    return;
                }
            }
        }
        // Saved with the next step.
        self.unsaved.set_value(true);
        self.save_error.set(Some(
            "另一个标签页正在不断保存这份通报，本页的修改稍后再保存".to_owned(),
        ));
    }

    /// Keeps work not yet stored through a closing page. IndexedDB cannot finish a write once
    /// the page is gone, so the copy is also written at once to localStorage, and taken from
    /// there when the bulletin next opens ([`Found::Rescued`]).
    pub fn rescue(&self) {
        let due =
            self.unsaved.try_get_value() == Some(true) || self.saving.try_get_value() == Some(true);
        if !due || self.blocked.try_get_value().flatten().is_some() {
            return;
        }
        let Some(revision) = self.base.try_get_value().map(|b| b + 1) else {
            return;
        };
        let (Some(key), Some(source)) = (self.key.try_get_value(), self.source.try_get_value())
        else {
            return;
        };
        let Some(text) = self
            .workbench
            .try_with_untracked(|w| Stored::text_of(w, revision, &now(), source.as_deref()))
        else {
            return;
        };
        local::set(&local::rescue_key(&key), &text);
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
