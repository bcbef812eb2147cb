//! The user's working copy of the shown bulletin: a workbench saved to the browser's store
//! after every step, kept in step with other tabs, and never lost when storage fails.
//!
//! When to write, what a write holds and what the user is told is decided by the core's
//! [`Saver`], a pure state value; this module only does the I/O it asks for (the store, the
//! rescue copy in localStorage, the channel to other tabs) and tells it what happened.

use bulletin_core::edit::{Op, Step, Stored, Workbench, replay};
use bulletin_core::library::{CopyOf, Revision, head_of, tab_rescue_key, write_token};
use bulletin_core::saving::{Recovery, Rescue, SaveStatus, Saver, Write, recover};
use bulletin_core::{Diagnostic, Loaded};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::channel::{self, News};
use crate::browser::clock::now;
use crate::browser::local;
use crate::browser::store::{self, CopyWrite, Gone, Held, Record, Written};
use crate::browser::timing::{after_paint, measured};
use crate::i18n::{Say, notices as w};
use crate::notice::Notice;
use crate::state::library;

/// Handle to the working copy; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct UserCopy {
    pub workbench: RwSignal<Workbench>,
    /// What the user is told about saving.
    pub status: RwSignal<SaveStatus>,
    notices: RwSignal<Vec<Notice>>,
    /// The bulletin as loaded, which stored copies are opened against.
    original: StoredValue<Loaded>,
    /// Which copy this is (its key), from what was loaded.
    copy_of: StoredValue<CopyOf>,
    saver: StoredValue<Saver>,
    /// A copy an earlier release kept under another key for the same site file, moved to
    /// this copy's key by its first write.
    replaces: StoredValue<Option<String>>,
    /// A save is queued for after the next paint.
    queued: StoredValue<bool>,
    /// This page's name among the pages that may leave a rescue of the copy.
    tab: StoredValue<String>,
    /// Rescues (this page's own, and those merged when it opened) to remove once
    /// everything is stored.
    rescues: StoredValue<Vec<String>>,
}

/// What the page found in storage for the bulletin it opens.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Storage cannot be used now, and why; work a closing page left may still be there.
    Unavailable {
        why: String,
        rescue: Vec<(String, Rescue)>,
    },
    /// What the store holds under the copy's key (perhaps nothing), the rescue copy, and
    /// the key of an earlier release's copy of the same site file taken instead.
    Stored {
        record: Record,
        rescue: Vec<(String, Rescue)>,
        replaces: Option<String>,
    },
}

impl Found {
    /// Nothing stored, nothing rescued.
    pub fn nothing() -> Self {
        Self::Stored {
            record: Record {
                held: None,
                revision: Revision::default(),
            },
            rescue: Vec::new(),
            replaces: None,
        }
    }
}

impl UserCopy {
    /// Opens the copy `copy_of` of `loaded` from what was `found`: the stored copy if it is
    /// readable (an unreadable one is set aside first), with the work a closing page left
    /// replayed on it. `original_kept` is false for an imported bulletin storage could not
    /// keep.
    pub fn open(
        loaded: &Loaded,
        copy_of: CopyOf,
        original_kept: bool,
        found: Found,
        notices: RwSignal<Vec<Notice>>,
    ) -> Self {
        let copy = Self {
            workbench: RwSignal::new(Workbench::from_loaded(loaded)),
            status: RwSignal::new(SaveStatus::Saved),
            notices,
            original: StoredValue::new(loaded.clone()),
            copy_of: StoredValue::new(copy_of),
            saver: StoredValue::new(Saver::new(0, original_kept)),
            replaces: StoredValue::new(None),
            queued: StoredValue::new(false),
            tab: StoredValue::new(write_token(&now(), js_sys::Math::random())),
            rescues: StoredValue::new(Vec::new()),
        };
        // The saver's base is set by what is found: the copy taken, nothing there, or the
        // revision left once an unreadable copy is set aside.
        let (mut record, rescue) = match found {
            Found::Unavailable { why, rescue } => {
                copy.saver.set_value(Saver::unavailable(&why));
                (None, rescue)
            }
            Found::Stored {
                record,
                rescue,
                replaces,
            } => {
                copy.replaces.set_value(replaces);
                (Some(record), rescue)
            }
        };
        // An earlier key's copy is written afresh under this one: its revision is not ours.
        let adopted = copy.replaces.with_value(Option::is_some);
        let revision = record.as_ref().map_or(0, |r| r.revision.number);
        // Taken, not cloned: a stored copy may be megabytes.
        let readable = match record.as_mut().and_then(|r| r.held.take()) {
            None => {
                if record.is_some() && !adopted {
                    copy.saver.update_value(|s| s.missing(revision));
                }
                true
            }
            Some(Held::Text(text)) => {
                let opened = copy.open_stored(&text);
                if opened && !adopted {
                    copy.saver.update_value(|s| s.took(revision));
                }
                opened
            }
            Some(Held::NotText(what)) => {
                copy.unreadable(&w::not_text(&what.to_string(), true), None);
                false
            }
        };
        let stored = record.as_ref().filter(|_| readable).map(|r| &r.revision);
        for (key, rescue) in rescue {
            copy.recover(&key, &rescue, stored);
        }
        copy.sync();
        copy.listen_to_store();
        if copy.saver.with_value(Saver::has_unsaved) {
            copy.save_soon();
        }
        copy
    }

    /// Opens a stored copy's text; returns whether it could be read.
    fn open_stored(&self, text: &str) -> bool {
        let opened = self.original.with_value(|loaded| {
            measured("copy:open", || {
                Stored::from_text_with_document(text, &loaded.document)
            })
        });
        match opened {
            Ok((stored, workbench, original_changed)) => {
                let workbench = if !original_changed {
                    workbench
                } else {
                    self.moved_onto_new_original(&stored, workbench)
                };
                self.workbench.set(workbench);
                true
            }
            Err(e) => {
                self.unreadable(&w::edits_unreadable(&e.message), Some(e.raw));
                false
            }
        }
    }

    /// A copy made from an earlier version of the original, moved onto the new one by its
    /// steps where they reach back that far.
    fn moved_onto_new_original(&self, stored: &Stored, workbench: Workbench) -> Workbench {
        let moved = self
            .original
            .with_value(|l| measured("copy:rebase", || stored.rebase(&l.document)));
        let Some((moved, failed)) = moved else {
            self.tell_calmly(w::ORIGINAL_UPDATED.say());
            return workbench;
        };
        self.saver.update_value(Saver::moved);
        let mut words = w::moved_onto_new(moved.undo_steps().len());
        if !failed.is_empty() {
            words.push_str(&w::not_moved(
                &failed.join(crate::i18n::board::SEMICOLON.say()),
            ));
        }
        self.tell_calmly(&words);
        moved
    }

    /// Merges work a closing page left in localStorage, by replaying its steps on what the
    /// store holds now (`stored`, `None` when nothing readable is stored).
    fn recover(&self, rescued: &str, rescue: &Rescue, stored: Option<&Revision>) {
        match recover(rescue, stored) {
            Recovery::Stored => local::remove(rescued),
            Recovery::Replay(ops) => {
                self.rescues.update_value(|r| r.push(rescued.to_owned()));
                let mut failed = Vec::new();
                self.workbench.update(|w| failed = replay(w, &ops));
                self.saver.update_value(|s| {
                    for op in ops.iter().cloned() {
                        s.edited(op);
                    }
                });
                let mut notice = Notice::info(w::recovered_steps(ops.len()));
                if !failed.is_empty() {
                    notice = Notice::new(w::RECOVER_CONFLICT.say());
                    notice.details = failed;
                }
                self.notices.update(|all| all.push(notice));
            }
            Recovery::Whole(text) => {
                self.rescues.update_value(|r| r.push(rescued.to_owned()));
                if self.open_stored(&text) {
                    self.saver.update_value(Saver::moved);
                    self.tell_calmly(w::RECOVERED.say());
                }
            }
            Recovery::Unmerged(text) => {
                let mut notice = Notice::new(w::RECOVER_OLDER.say());
                notice
                    .details
                    .push(w::NOT_DELETED_DOWNLOAD.say().to_owned());
                notice.download = Some((format!("{}-unsaved-work.json", self.id()), text));
                self.notices.update(|all| all.push(notice));
                local::remove(rescued);
            }
        }
    }

    /// A stored copy that cannot be read: said (with its text to download, if it is one),
    /// and set aside before anything is written; if that fails, nothing is written at all.
    fn unreadable(&self, why: &str, text: Option<String>) {
        let mut notice = Notice::new(w::sentence(why));
        notice.details.push(w::SHOWING_ORIGINAL.say().to_owned());
        notice.download = text.map(|t| (format!("{}-unreadable-copy.json", self.id()), t));
        self.notices.update(|all| all.push(notice));
        self.saver.update_value(Saver::unreadable);
        let copy = *self;
        spawn_local(async move {
            let Some(key) = copy.copy_of.try_with_value(CopyOf::key) else {
                return;
            };
            let kept = store::set_aside(&key).await;
            let outcome = copy.saver.try_update_value(|s| {
                s.set_aside(kept.is_ok(), *kept.as_ref().unwrap_or(&0));
            });
            if outcome.is_some() && kept.is_err() {
                copy.notices
                    .update(|all| all.push(Notice::new(w::NOT_SET_ASIDE.say())));
            }
            if outcome.is_some() {
                copy.sync();
                copy.save_soon();
            }
        });
    }

    /// Follows the store closing (opened again for the next write) or being replaced by
    /// another page (saving stops; the work goes to the rescue copy at once).
    fn listen_to_store(&self) {
        let copy = *self;
        let id = store::on_gone(move |gone| {
            let done = copy.saver.try_update_value(|s| match gone {
                Gone::Closed => s.closed(),
                Gone::Replaced => s.replaced(),
            });
            if done.is_none() {
                return;
            }
            if gone == Gone::Replaced {
                copy.rescue();
            }
            copy.sync();
            copy.save_soon();
        });
        on_cleanup(move || store::forget(id));
    }

    /// Where this copy is stored.
    pub fn key(&self) -> String {
        self.copy_of.with_value(CopyOf::key)
    }

    fn id(&self) -> String {
        self.original
            .try_with_value(|l| l.bulletin.id.clone())
            .unwrap_or_default()
    }

    /// Whether the board of this copy is still on the page (work resumed in a later task
    /// must not touch a copy the user has switched away from).
    pub fn is_open(&self) -> bool {
        self.workbench.try_with_untracked(|_| ()).is_some()
    }

    /// Whether work of this page is not yet stored and could be lost by leaving it
    /// (storage fails, so no rescue copy or later write will keep it).
    pub fn would_lose_work(&self) -> bool {
        self.saver.try_with_value(Saver::has_unsaved) == Some(true)
            && matches!(
                self.status.try_get_untracked(),
                Some(SaveStatus::Failed(_) | SaveStatus::Stopped(_))
            )
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
            crate::browser::timing::next_task().await;
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
        self.saver.update_value(|s| s.edited(op));
        self.sync();
        self.save_soon();
    }

    /// Shows what the saver says.
    fn sync(&self) {
        if let Some(status) = self.saver.try_with_value(Saver::status)
            && self.status.try_get_untracked().as_ref() != Some(&status)
        {
            self.status.set(status);
        }
    }

    /// Another tab said it saved this copy at `revision`: read it and take it.
    pub fn heard(&self, revision: u64) {
        if self.saver.try_update_value(|s| s.heard(revision)) == Some(true) {
            self.read_theirs();
        }
    }

    fn read_theirs(&self) {
        let copy = *self;
        spawn_local(async move {
            let Some(key) = copy.copy_of.try_with_value(CopyOf::key) else {
                return;
            };
            let Ok(theirs) = store::read_copy(&key).await else {
                return;
            };
            let newer = copy
                .saver
                .try_with_value(|s| theirs.revision.number > s.base() && s.writing().is_none());
            if newer == Some(true) && copy.take(theirs) {
                copy.tell_calmly(w::SYNCED.say());
                copy.save_soon();
            }
        });
    }

    /// Takes what another tab stored and replays this tab's unsaved work on top of it.
    /// Returns whether a copy was taken.
    fn take(&self, theirs: Record) -> bool {
        let revision = theirs.revision.number;
        let text = match theirs.held {
            None => {
                self.saver.update_value(|s| s.missing(revision));
                return false;
            }
            Some(Held::NotText(what)) => {
                self.unreadable(&w::not_text(&what.to_string(), false), None);
                return false;
            }
            Some(Held::Text(text)) => text,
        };
        let parsed = self
            .original
            .with_value(|original| Stored::from_text_with_document(&text, &original.document));
        let Ok((_, mut workbench, _)) = parsed else {
            self.unreadable(w::OTHER_TAB_UNREADABLE.say(), Some(text));
            return false;
        };
        let ops = self.saver.with_value(|s| s.ops().to_vec());
        let failed = replay(&mut workbench, &ops);
        if !failed.is_empty() {
            let mine = self
                .workbench
                .with_untracked(|w| serde_json::to_string_pretty(w.current()).unwrap_or_default());
            let mut notice = Notice::new(w::MERGE_CONFLICT.say());
            notice.details = failed;
            notice.details.push(w::BEFORE_MERGE.say().to_owned());
            notice.download = Some((format!("{}-this-tab.json", self.id()), mine));
            self.notices.update(|all| all.push(notice));
        }
        self.saver.update_value(|s| s.took(revision));
        self.workbench.set(workbench);
        true
    }

    /// Saves after the next paint, so that the page shows a step before it spends time on
    /// storing it (which takes long for a large bulletin); several steps in a row are saved
    /// once. A tab closed before then keeps the step through [`UserCopy::rescue`].
    fn save_soon(&self) {
        if self.queued.try_get_value() != Some(false) {
            return;
        }
        self.queued.set_value(true);
        let copy = *self;
        spawn_local(async move {
            after_paint().await;
            if copy.queued.try_set_value(false).is_none() {
                copy.flush();
            }
        });
    }

    /// Saves now if a save is due and may happen. Safe to call after the board is gone.
    pub fn flush(&self) {
        let copy = *self;
        spawn_local(async move { copy.save().await });
    }

    /// The board is closing (another bulletin opened): what is not stored is kept in the
    /// rescue copy at once, and written to the store without waiting for the page.
    pub fn leave(&self) {
        self.rescue();
        let token = write_token(&now(), js_sys::Math::random());
        let Some(Some(write)) = self.saver.try_update_value(|s| s.next_write(&token)) else {
            return;
        };
        let Some(prepared) = self.prepare(write) else {
            return;
        };
        let all_held = self
            .saver
            .with_value(|s| s.ops().len() == prepared.write.ops);
        let rescues = self.own_rescues();
        spawn_local(async move {
            let written = prepared.send().await;
            let Prepared { key, write, .. } = prepared;
            // Otherwise the rescue copy holds the work until the bulletin opens again.
            if written == Ok(Written::Done) {
                if all_held {
                    for rescued in rescues {
                        local::remove(&rescued);
                    }
                }
                channel::tell(&News::Saved {
                    key,
                    revision: write.revision,
                });
            }
        });
    }

    /// The rescues this page removes once everything is stored: its own and those it merged.
    fn own_rescues(&self) -> Vec<String> {
        let own = self
            .copy_of
            .try_with_value(CopyOf::key)
            .zip(self.tab.try_get_value())
            .map(|(key, tab)| tab_rescue_key(&key, &tab));
        let mut all = self.rescues.try_get_value().unwrap_or_default();
        all.extend(own);
        all
    }

    /// Everything `write` stores, worked out now (the board may be gone when it is sent).
    fn prepare(&self, write: Write) -> Option<Prepared> {
        let (key, text, head) = self.stored_text(write.revision)?;
        let original = write.with_original.then(|| {
            self.original
                .with_value(|l| library::original_record(&l.bulletin.id, &l.document))
        });
        Some(Prepared {
            key,
            text,
            head,
            original,
            replaces: self.replaces.get_value(),
            write,
        })
    }

    /// The copy's key, its stored text at `revision` and its list head.
    fn stored_text(&self, revision: u64) -> Option<(String, String, String)> {
        let key = self.copy_of.try_with_value(CopyOf::key)?;
        let source = self
            .copy_of
            .with_value(|c| c.site.as_ref().map(|f| f.as_str().to_owned()));
        let text = measured("copy:serialize", || {
            self.workbench
                .try_with_untracked(|w| Stored::text_of(w, revision, &now(), source.as_deref()))
        })?;
        let head = head_of(&key, &text).map(|(h, _)| h).unwrap_or_default();
        Some((key, text, head))
    }

    async fn save(&self) {
        loop {
            let token = write_token(&now(), js_sys::Math::random());
            let Some(write) = self
                .saver
                .try_update_value(|s| s.next_write(&token))
                .flatten()
            else {
                break;
            };
            self.sync();
            let Some(prepared) = self.prepare(write) else {
                return;
            };
            let written = prepared.send().await;
            let Prepared { key, write, .. } = prepared;
            if !self.is_open() {
                return;
            }
            match written {
                Ok(Written::Done) => {
                    if self.saver.try_update_value(Saver::done) == Some(true) {
                        for rescued in self.own_rescues() {
                            local::remove(&rescued);
                        }
                        self.rescues.set_value(Vec::new());
                    }
                    self.replaces.set_value(None);
                    store::ask_to_persist();
                    channel::tell(&News::Saved {
                        key,
                        revision: write.revision,
                    });
                }
                // Another tab saved first: take its copy, replay this tab's work, try again.
                Ok(Written::Newer(theirs)) => {
                    self.saver.update_value(|s| s.newer(theirs.revision.number));
                    self.take(theirs);
                }
                // Tried again with the next step (the work stays in the page and the
                // rescue copy).
                Err(why) => {
                    self.saver.update_value(|s| s.failed(&why));
                    break;
                }
            }
            self.sync();
        }
        self.sync();
        if self.saver.try_with_value(Saver::should_read) == Some(true) {
            self.read_theirs();
        }
    }

    /// Keeps work not yet stored through a closing page. IndexedDB cannot finish a write once
    /// the page is gone, so what is not yet stored is also written at once to localStorage,
    /// and merged back when the bulletin next opens ([`Found`]'s rescue).
    pub fn rescue(&self) {
        let Some(Some(mut rescue)) = self.saver.try_with_value(Saver::rescue) else {
            return;
        };
        // The whole copy too, where it fits: it is what opens if the store loses the rest.
        let Some((key, text, _)) = self.stored_text(rescue.base + 1) else {
            return;
        };
        rescue.copy = Some(text);
        let Some(own) = self.tab.try_with_value(|tab| tab_rescue_key(&key, tab)) else {
            return;
        };
        if !local::set(&own, &rescue.to_text()) {
            rescue.copy = None;
            local::set(&own, &rescue.to_text());
        }
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
            .update(|all| all.push(Notice::with_findings(w::not_done(what), errors)));
    }
}

/// A write of the copy with everything it stores.
struct Prepared {
    key: String,
    text: String,
    head: String,
    original: Option<(String, String, String)>,
    replaces: Option<String>,
    write: Write,
}

impl Prepared {
    async fn send(&self) -> Result<Written, String> {
        store::write_copy(CopyWrite {
            key: &self.key,
            base: self.write.base,
            revision: self.write.revision,
            fresh: self.write.fresh,
            token: &self.write.token,
            text: &self.text,
            head: &self.head,
            original: self
                .original
                .as_ref()
                .map(|(k, t, h)| (k.as_str(), t.as_str(), h.as_str())),
            replaces: self.replaces.as_deref(),
        })
        .await
    }
}
