//! The user's working copy of the shown bulletin: a workbench saved to localStorage after
//! every step, shared with other tabs, and never lost when storage fails.

use bulletin_core::edit::{Step, Stored, Workbench};
use bulletin_core::{Bulletin, Diagnostic};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::notice::Notice;
use crate::storage;
use crate::timing::{measured, next_task};

/// Handle to the working copy; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct UserCopy {
    pub workbench: RwSignal<Workbench>,
    /// Revision of the stored copy this tab last read or wrote.
    revision: RwSignal<u64>,
    /// Why the last save failed, shown until a save succeeds.
    pub save_error: RwSignal<Option<String>>,
    notices: RwSignal<Vec<Notice>>,
    /// The bulletin as loaded, which stored copies are opened against.
    original: StoredValue<Bulletin>,
    /// The site address the bulletin was opened from (`?src=`), kept with the copy.
    source: StoredValue<Option<String>>,
    /// A save is due: steps since the last one are not in storage yet.
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
    /// An unreadable one is set aside, offered for download and reported.
    pub fn open(
        bulletin: &Bulletin,
        source: Option<String>,
        notices: RwSignal<Vec<Notice>>,
    ) -> Self {
        let (workbench, revision) = match measured("copy:read", || storage::read(&bulletin.id)) {
            None => (Workbench::new(bulletin), 0),
            Some(raw) => match measured("copy:open", || Stored::from_text(&raw, bulletin)) {
                Ok((stored, workbench, original_changed)) => {
                    if original_changed {
                        notices.update(|all| {
                            all.push(Notice::new(
                                "通报原始数据在您上次修改后有了更新；您的修改都在，修改记录按更新后的原始数据列出。",
                            ))
                        });
                    }
                    (workbench, stored.revision)
                }
                Err(e) => {
                    let kept = storage::set_aside(&bulletin.id, &raw);
                    let mut notice = Notice::new(format!("{}，无法打开您保存的修改。", e.message));
                    notice.details.push(
                        "下面显示的是原始通报数据。原来保存的内容没有删除，可以下载留存。"
                            .to_owned(),
                    );
                    if !kept {
                        notice
                            .details
                            .push("注意：浏览器未能另存这份内容，请先下载。".to_owned());
                    }
                    notice.download =
                        Some((format!("{}-unreadable-copy.json", bulletin.id), e.raw));
                    notices.update(|all| all.push(notice));
                    (Workbench::new(bulletin), 0)
                }
            },
        };
        let copy = Self {
            workbench: RwSignal::new(workbench),
            revision: RwSignal::new(revision),
            save_error: RwSignal::new(None),
            notices,
            original: StoredValue::new(bulletin.clone()),
            source: StoredValue::new(source),
            unsaved: StoredValue::new(false),
        };
        if !storage::available() {
            copy.save_error.set(Some(storage::DISABLED.to_owned()));
        }
        copy
    }

    /// Whether the board of this copy is still on the page (work resumed in a later task
    /// must not touch a copy the user has switched away from).
    pub fn is_open(&self) -> bool {
        self.workbench.try_with_untracked(|_| ()).is_some()
    }

    /// Applies a step and saves; the errors say why an invalid step was refused.
    pub fn apply(&self, step: Step) -> Result<(), Vec<Diagnostic>> {
        self.adopt_newer_from_storage();
        let mut result = Ok(());
        self.workbench.update(|w| result = w.apply(step).map(drop));
        if result.is_ok() {
            self.save_soon();
        }
        result
    }

    /// The same for a step that may be large (an import): applying and validating it,
    /// saving it and redrawing the page for it each take a task of their own, so that none
    /// holds the page for long.
    pub async fn apply_large(&self, step: Step) -> Result<(), Vec<Diagnostic>> {
        self.adopt_newer_from_storage();
        let mut result = Ok(());
        self.workbench
            .update_untracked(|w| result = measured("copy:apply", || w.apply(step).map(drop)));
        if result.is_ok() {
            self.save_soon();
            next_task().await;
            if self.is_open() {
                self.workbench.notify();
            }
        }
        result
    }

    /// Undoes the last step, if any, and saves.
    pub fn undo(&self) {
        self.adopt_newer_from_storage();
        let mut done = false;
        self.workbench.update(|w| done = w.undo());
        if done {
            self.save_soon();
        }
    }

    /// Redoes the last undone step, if any, and saves.
    pub fn redo(&self) {
        self.adopt_newer_from_storage();
        let mut done = false;
        self.workbench.update(|w| done = w.redo());
        if done {
            self.save_soon();
        }
    }

    /// Takes another tab's newer copy, so this tab never writes over it.
    pub fn adopt_newer_from_storage(&self) -> bool {
        let id = self.workbench.with_untracked(|w| w.bulletin().id.clone());
        let Some(raw) = storage::read(&id) else {
            return false;
        };
        self.adopt(&raw)
    }

    /// Takes `raw` as the current copy if it is readable and newer than this tab's.
    pub fn adopt(&self, raw: &str) -> bool {
        let parsed = self
            .original
            .with_value(|original| Stored::from_text(raw, original));
        match parsed {
            Ok((stored, workbench, _)) if stored.revision > self.revision.get_untracked() => {
                self.revision.set(stored.revision);
                self.workbench.set(workbench);
                true
            }
            _ => false,
        }
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
        let revision = self.revision.get_untracked() + 1;
        let written = measured("copy:save", || {
            let stored = self
                .workbench
                .with_untracked(|w| Stored::of(w, revision, &now()))
                .with_source(self.source.get_value());
            storage::write(&stored)
        });
        match written {
            Ok(()) => {
                self.revision.set(revision);
                self.save_error.set(None);
            }
            Err(why) => self.save_error.set(Some(why)),
        }
    }

    /// Reports a refused step in the alert area.
    pub fn report(&self, what: &str, errors: &[Diagnostic]) {
        self.notices
            .update(|all| all.push(Notice::with_findings(format!("{what}未能完成："), errors)));
    }
}
