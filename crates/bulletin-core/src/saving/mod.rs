//! Saving the user's copy, as a pure state value that the page's I/O drives (in the spirit
//! of Automerge's `sync.rs`): the page tells it what happened — a step was made, a write
//! finished, another tab saved first, the database closed — and asks it what to do next
//! ([`Saver::next_write`]) and what to tell the user ([`Saver::status`]). Every rule of
//! when work is stored, kept or refused lives here and is tested natively; the page only
//! reads and writes.
//!
//! The rules: work is never dropped until a write that holds it has committed; a write is
//! guarded by the revision the copy is based on, so a newer copy is never overwritten (the
//! page takes it and replays its own work on top); an unreadable stored copy is set aside
//! before anything is written over it, and if that fails nothing is written at all; a
//! database another page upgrades or deletes stops saving for good, with the work kept in
//! a rescue copy ([`Rescue`]).

mod rescue;
mod why;

pub use rescue::{Recovery, Rescue, recover};
pub use why::Why;

use crate::edit::Op;
use crate::lang::Lang;

/// How often a write is tried again in a row when other tabs keep saving first.
pub const MAX_TRIES: u8 = 5;

/// A write the page is to make: the copy at `revision`, only if the store is still at
/// `base`, marked with `token` (see [`crate::library::Revision`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub base: u64,
    pub revision: u64,
    pub token: String,
    /// How many of the saver's ops this write holds (those made later follow).
    pub ops: usize,
    /// Whether the copy also differs from the store in ways no op records.
    pub moved: bool,
    /// Whether the original of an imported bulletin must be stored with it.
    pub with_original: bool,
    /// Whether the page has not read what the store holds: the write then must find
    /// nothing there, or it would overwrite a copy nobody has seen.
    pub fresh: bool,
}

/// Why saving stopped for good in this page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// An unreadable stored copy is being set aside; writing waits for it.
    SettingAside,
    /// It could not be set aside: writing would overwrite it.
    NotSetAside,
    /// Another page upgrades or deletes the database: this one must reload.
    DatabaseReplaced,
}

/// What the user is told about saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is stored.
    Saved,
    /// Work is waiting to be stored or being stored.
    Saving,
    /// The last write failed; the work stays in the page and is tried again.
    Failed(Why),
    /// Nothing more is written in this page.
    Stopped(Why),
}

impl SaveStatus {
    /// The lasting warning the page shows, if any, as a whole sentence.
    pub fn warning(&self) -> Option<String> {
        self.warning_in(Lang::Zh)
    }

    /// [`SaveStatus::warning`] in `lang`.
    pub fn warning_in(&self, lang: Lang) -> Option<String> {
        match (self, lang) {
            (Self::Saved | Self::Saving, _) => None,
            (Self::Failed(why), Lang::Zh) => Some(format!(
                "修改未能保存到浏览器：{}。修改在本页中仍然有效，稍后会再次尝试保存；在此之前关闭或刷新页面可能丢失修改，请用“导出 JSON”把当前数据保存为文件。",
                why.text_in(lang)
            )),
            (Self::Failed(why), Lang::En) => Some(format!(
                "Edits could not be saved in the browser: {}. They still hold in this page and saving is tried again; until then closing or reloading the page may lose them, so keep the data as a file with “Export JSON”.",
                why.text_in(lang)
            )),
            (Self::Stopped(why), Lang::Zh) => {
                Some(format!("本页已停止保存：{}。", why.text_in(lang)))
            }
            (Self::Stopped(why), Lang::En) => Some(format!(
                "This page has stopped saving: {}.",
                why.text_in(lang)
            )),
        }
    }
}

/// The saving state of one copy in one page.
#[derive(Debug, Clone, PartialEq)]
pub struct Saver {
    /// The stored revision this page's copy is based on.
    base: u64,
    /// What the user did since `base`, oldest first, until a write holding it commits.
    ops: Vec<Op>,
    /// The copy differs from `base` in ways no op records (moved onto a newer original,
    /// recovered in full), so it must be written even without ops.
    moved: bool,
    writing: Option<Write>,
    /// The newest revision another tab said it stored.
    heard: u64,
    stop: Option<Stop>,
    failure: Option<Why>,
    /// Whether the original of an imported bulletin is in the store.
    original_kept: bool,
    tries: u8,
    /// Whether the page has read what the store holds at `base` (see [`Write::fresh`]).
    seen: bool,
}

impl Saver {
    /// A copy based on stored revision `base` (0 when nothing is stored).
    pub fn new(base: u64, original_kept: bool) -> Self {
        Self {
            base,
            ops: Vec::new(),
            moved: false,
            writing: None,
            heard: 0,
            stop: None,
            failure: None,
            original_kept,
            tries: 0,
            seen: false,
        }
    }

    /// A copy that storage cannot be used for at all, and why.
    pub fn unavailable(why: &str) -> Self {
        let mut saver = Self::new(0, true);
        saver.failure = Some(Why::Said(why.to_owned()));
        saver
    }

    /// The stored revision the copy is based on.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// What the user did that is not yet stored.
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// The write under way, if any.
    pub fn writing(&self) -> Option<&Write> {
        self.writing.as_ref()
    }

    /// Whether anything of this page is not yet stored.
    pub fn has_unsaved(&self) -> bool {
        !self.ops.is_empty() || self.moved
    }

    /// The user did `op`.
    pub fn edited(&mut self, op: Op) {
        self.ops.push(op);
        // A new step is a new chance: other tabs may have stopped saving meanwhile.
        self.tries = 0;
    }

    /// The copy changed in a way no op records (see `moved`).
    pub fn moved(&mut self) {
        self.moved = true;
    }

    /// The next write to make, if one is due and may happen now; `token` marks it.
    pub fn next_write(&mut self, token: &str) -> Option<Write> {
        if self.writing.is_some()
            || self.stop.is_some()
            || !self.has_unsaved()
            || self.tries >= MAX_TRIES
        {
            return None;
        }
        let write = Write {
            base: self.base,
            revision: self.base + 1,
            token: token.to_owned(),
            ops: self.ops.len(),
            moved: self.moved,
            with_original: !self.original_kept,
            fresh: !self.seen,
        };
        self.writing = Some(write.clone());
        Some(write)
    }

    /// The write under way committed. Returns whether everything is now stored (the
    /// rescue copy, if any, can go).
    pub fn done(&mut self) -> bool {
        let Some(write) = self.writing.take() else {
            return false;
        };
        self.base = write.revision;
        self.ops.drain(..write.ops.min(self.ops.len()));
        if write.moved {
            self.moved = false;
        }
        self.original_kept = true;
        self.failure = None;
        self.tries = 0;
        self.seen = true;
        !self.has_unsaved()
    }

    /// The write found the store at `revision`, written by another tab. The page reads
    /// that copy and, if it can, replays [`Saver::ops`] on it and calls [`Saver::took`].
    pub fn newer(&mut self, revision: u64) {
        self.writing = None;
        self.tries = self.tries.saturating_add(1);
        if self.tries >= MAX_TRIES {
            self.failure = Some(Why::Contended);
        }
        self.heard = self.heard.max(revision);
    }

    /// The page took the stored copy of `revision` (opened it, or replayed its own work on
    /// it).
    pub fn took(&mut self, revision: u64) {
        self.base = self.base.max(revision);
        self.seen = true;
    }

    /// The store has a revision record but no copy (deleted, or never finished): the next
    /// write goes on from that revision instead of refusing itself for ever.
    pub fn missing(&mut self, revision: u64) {
        self.writing = None;
        self.base = revision;
        self.seen = true;
    }

    /// The stored copy cannot be read; nothing is written until it is set aside.
    pub fn unreadable(&mut self) {
        self.writing = None;
        self.stop = Some(Stop::SettingAside);
    }

    /// Setting the unreadable copy aside succeeded (the store is then at `revision`) or not.
    pub fn set_aside(&mut self, kept: bool, revision: u64) {
        if self.stop != Some(Stop::SettingAside) {
            return;
        }
        if kept {
            self.stop = None;
            self.base = revision;
            self.seen = true;
        } else {
            self.stop = Some(Stop::NotSetAside);
        }
    }

    /// The write failed for `why` (a full disk, blocked storage); the work stays.
    pub fn failed(&mut self, why: &str) {
        self.writing = None;
        self.failure = Some(if self.original_kept {
            Why::Said(why.to_owned())
        } else {
            Why::OriginalNotKept(why.to_owned())
        });
    }

    /// The connection to the store closed by itself (site data cleared): it is opened again
    /// for the next write.
    pub fn closed(&mut self) {
        self.writing = None;
        if self.has_unsaved() {
            self.failure = Some(Why::Closed);
        }
    }

    /// Another page upgrades or deletes the database: nothing more is written here.
    pub fn replaced(&mut self) {
        self.writing = None;
        self.stop = Some(Stop::DatabaseReplaced);
    }

    /// Another tab said it stored revision `revision`; returns whether the page should read
    /// it now (a write under way meets it anyway).
    pub fn heard(&mut self, revision: u64) -> bool {
        self.heard = self.heard.max(revision);
        self.should_read()
    }

    /// Whether a newer stored copy is known of and should be read (after a write, too).
    pub fn should_read(&self) -> bool {
        self.heard > self.base && self.writing.is_none() && self.stop.is_none()
    }

    /// Whether saving may be tried again without a new step (after a failure or a run of
    /// other tabs' saves).
    pub fn retry(&mut self) {
        self.tries = 0;
    }

    /// What the user is told.
    pub fn status(&self) -> SaveStatus {
        match &self.stop {
            Some(Stop::NotSetAside) => return SaveStatus::Stopped(Why::NotSetAside),
            Some(Stop::DatabaseReplaced) => return SaveStatus::Stopped(Why::Replaced),
            Some(Stop::SettingAside) | None => {}
        }
        // A failure is said until a write succeeds, even before any edit (storage unusable
        // from the start), so that no work is made in the belief it will be kept.
        match (&self.failure, self.has_unsaved() || self.writing.is_some()) {
            (Some(why), _) => SaveStatus::Failed(why.clone()),
            (None, true) => SaveStatus::Saving,
            (None, false) => SaveStatus::Saved,
        }
    }

    /// What a closing page must keep so that nothing is lost (`None` when all is stored).
    pub fn rescue(&self) -> Option<Rescue> {
        if !self.has_unsaved() || self.stop == Some(Stop::NotSetAside) {
            return None;
        }
        Some(Rescue {
            base: self.base,
            in_flight: self.writing.as_ref().map(|w| (w.token.clone(), w.ops)),
            ops: self.ops.clone(),
            copy: None,
        })
    }
}
