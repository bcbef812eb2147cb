//! The user's copy as stored in the browser: versioned, so a later version can migrate it,
//! and never thrown away when it cannot be read.

use std::borrow::Cow;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::sync::{Op, replay};
use super::{Step, Workbench};
use crate::Bulletin;
use crate::validation::MAX_DEPTH;

/// Version of the stored format written by this build.
pub const STORAGE_VERSION: u64 = 1;

const FORMAT: &str = "minsheng-bulletin-workbench";

/// Levels the stored copy adds above a document's values: the deepest is an edit's `before`,
/// `after` or `value`, under the copy → `undo` or `redo` → a step → `edits` → the edit (an
/// edit at the root carries a whole document).
const WRAPPING_DEPTH: usize = 5;

/// The deepest stored text that is read: every copy this program writes of a valid document
/// fits, and nothing deeper is parsed, so that a damaged or hostile text cannot exhaust the
/// stack (serde_json's own limit of 128 levels is lifted to read it).
const STORED_MAX_DEPTH: usize = MAX_DEPTH + WRAPPING_DEPTH;

/// The storage key of the copy of bulletin `id` (defined with every other key in
/// [`crate::library`]).
pub use crate::library::storage_key;

/// A stored copy: the current document, its history, a fingerprint of the original it was
/// made from, and a revision that grows with every save so that two tabs can tell whose copy
/// is newer. The original itself is not stored: the app loads it anyway (bundled or `?src=`),
/// and leaving it out halves the size, so that 20,000-project bulletins fit in localStorage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub format: String,
    pub storage_version: u64,
    pub bulletin_id: String,
    pub revision: u64,
    pub saved_at: String,
    /// Fingerprint of the original document ([`fingerprint`]).
    pub original_fingerprint: String,
    pub current: Value,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// The site address the original was opened from (`?src=`), so that the switcher can
    /// open it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Why a stored copy could not be read; the raw text is kept for the user to download.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageError {
    pub message: String,
    pub raw: String,
}

impl Stored {
    /// The stored form of `workbench` at `revision`.
    pub fn of(workbench: &Workbench, revision: u64, saved_at: &str) -> Self {
        Self {
            format: FORMAT.to_owned(),
            storage_version: STORAGE_VERSION,
            bulletin_id: workbench.bulletin().id.clone(),
            revision,
            saved_at: saved_at.to_owned(),
            original_fingerprint: workbench.original_fingerprint().to_owned(),
            current: workbench.current().clone(),
            undo: workbench.undo_steps().to_vec(),
            redo: workbench.redo_steps().to_vec(),
            source: None,
        }
    }

    /// This copy moved onto `original`, a newer version of the document it was made from:
    /// its steps replayed there, in order, by identity. Possible only when its history still
    /// reaches back to the original it was made from (undoing every step gives a document
    /// with that fingerprint); `None` otherwise, and the copy then stays as it is. Returns
    /// the labels of the steps that no longer fit (what they change is gone or different).
    /// Steps that were undone (the redo list) are not carried over.
    pub fn rebase(&self, original: &Value) -> Option<(Workbench, Vec<String>)> {
        let mut unwound = Workbench::from_parts(
            original.clone(),
            self.current.clone(),
            self.undo.clone(),
            Vec::new(),
        )?;
        while unwound.undo() {}
        if !unwound.undo_steps().is_empty()
            || fingerprint(unwound.current()) != self.original_fingerprint
        {
            return None;
        }
        let mut moved =
            Workbench::from_parts(original.clone(), original.clone(), Vec::new(), Vec::new())?;
        let ops: Vec<Op> = self.undo.iter().cloned().map(Op::Apply).collect();
        let failed = replay(&mut moved, &ops);
        Some((moved, failed))
    }

    /// The same, noting the site address its original was opened from.
    pub fn with_source(mut self, source: Option<String>) -> Self {
        self.source = source;
        self
    }

    /// The text of [`Stored::of`] `workbench` with `source`, written straight from the
    /// workbench: no copy of a 20,000-project document is made to save it.
    pub fn text_of(
        workbench: &Workbench,
        revision: u64,
        saved_at: &str,
        source: Option<&str>,
    ) -> String {
        /// The fields of [`Stored`], in its order, borrowed.
        #[derive(Serialize)]
        struct View<'a> {
            format: &'a str,
            storage_version: u64,
            bulletin_id: &'a str,
            revision: u64,
            saved_at: &'a str,
            original_fingerprint: &'a str,
            current: &'a Value,
            undo: &'a [Step],
            redo: &'a [Step],
            #[serde(skip_serializing_if = "Option::is_none")]
            source: Option<&'a str>,
        }
        serde_json::to_string(&View {
            format: FORMAT,
            storage_version: STORAGE_VERSION,
            bulletin_id: &workbench.bulletin().id,
            revision,
            saved_at,
            original_fingerprint: workbench.original_fingerprint(),
            current: workbench.current(),
            undo: workbench.undo_steps(),
            redo: workbench.redo_steps(),
            source,
        })
        .unwrap_or_default()
    }

    /// The text written to storage.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored copy of `original` (the bulletin as loaded now), migrating older
    /// versions; a newer or damaged one is an error that keeps the raw text. The flag says
    /// whether `original` has changed since the copy was made (the change list then compares
    /// with the new original). Prefer [`Stored::from_text_with_document`], which keeps the
    /// original's numbers as written.
    pub fn from_text(
        raw: &str,
        original: &Bulletin,
    ) -> Result<(Self, Workbench, bool), StorageError> {
        let original = serde_json::to_value(original).map_err(|e| StorageError {
            message: format!("无法读取通报数据：{e}"),
            raw: raw.to_owned(),
        })?;
        Self::read(raw, Cow::Owned(original))
    }

    /// As [`Stored::from_text`], against the original as parsed ([`crate::Loaded::document`]),
    /// the counterpart of a workbench made by [`Workbench::from_loaded`].
    pub fn from_text_with_document(
        raw: &str,
        original: &Value,
    ) -> Result<(Self, Workbench, bool), StorageError> {
        Self::read(raw, Cow::Borrowed(original))
    }

    /// Both readers, with the original document owned or borrowed.
    fn read(raw: &str, original: Cow<'_, Value>) -> Result<(Self, Workbench, bool), StorageError> {
        let fail = |message: String| StorageError {
            message,
            raw: raw.to_owned(),
        };
        if nests_deeper_than(raw, STORED_MAX_DEPTH) {
            return Err(fail(format!(
                "保存的数据已损坏（嵌套超过 {STORED_MAX_DEPTH} 层）"
            )));
        }
        let corrupt = |e: serde_json::Error| {
            fail(format!(
                "保存的数据已损坏（第 {} 行第 {} 列）",
                e.line(),
                e.column()
            ))
        };
        // The header alone first, skipping the rest, which costs far less than building
        // the whole value: a copy of the current version is then parsed once, into the struct.
        let header = match parse::<Header>(raw) {
            Ok(header) => header,
            Err(e) if e.is_data() => Header::default(),
            Err(e) => return Err(corrupt(e)),
        };
        if header.format.as_str() != Some(FORMAT) {
            return Err(fail("保存的数据不是本程序写入的".to_owned()));
        }
        let version = header.storage_version.as_u64().unwrap_or(0);
        // Struct read from text, not from a `Value`: serde's buffer for the tagged `Edit`
        // would turn `-0` into `0` and refuse integers wider than 64 bits.
        let text = if version == STORAGE_VERSION {
            Cow::Borrowed(raw)
        } else {
            let value: Value = parse(raw).map_err(corrupt)?;
            Cow::Owned(migrate(value, version).map_err(fail)?.to_string())
        };
        let stored: Stored = parse(&text).map_err(|e| fail(format!("保存的数据无法读取：{e}")))?;
        let (original, changed) = match_original(original, &stored.original_fingerprint);
        let workbench = Workbench::from_parts(
            original,
            stored.current.clone(),
            stored.undo.clone(),
            stored.redo.clone(),
        )
        .ok_or_else(|| fail("保存的通报不是有效的通报".to_owned()))?;
        Ok((stored, workbench, changed))
    }
}

/// What says whose a stored text is and in which version; anything else is skipped.
#[derive(Default, Deserialize)]
struct Header {
    #[serde(default)]
    format: Value,
    #[serde(default)]
    storage_version: Value,
}

/// The form of `document` that the copy whose original had `fingerprint_of_copy` was made
/// from, and whether the document has changed since. Copies made before the working copy started from the document as
/// parsed were made from the typed bulletin written back out; such a copy is matched in that
/// form, so that its change list does not list the difference as the user's edits.
fn match_original(document: Cow<'_, Value>, fingerprint_of_copy: &str) -> (Value, bool) {
    if fingerprint(&document) == fingerprint_of_copy {
        return (document.into_owned(), false);
    }
    let typed = serde_json::from_value::<Bulletin>(document.as_ref().clone())
        .and_then(|b| serde_json::to_value(&b))
        .ok();
    match typed {
        Some(typed) if fingerprint(&typed) == fingerprint_of_copy => (typed, false),
        _ => (document.into_owned(), true),
    }
}

/// Parses JSON text whose depth [`nests_deeper_than`] has already bounded.
fn parse<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let value = T::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Whether `text` nests arrays and objects more than `limit` levels deep, found by one pass
/// over its bytes that needs no stack (brackets inside strings do not count). The count is
/// never below the depth serde_json reaches on the same text: it stops with an error at the
/// first unmatched bracket or malformed string, where the two could part.
fn nests_deeper_than(text: &str, limit: usize) -> bool {
    let mut depth = 0_usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > limit {
                        return true;
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    false
}

/// A short fingerprint of a document (64-bit FNV-1a of its compact JSON), to tell whether
/// the original a copy was made from is still the same.
pub fn fingerprint(value: &Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_default();
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Brings a stored value of `version` up to [`STORAGE_VERSION`]. There is one version so far;
/// each later one adds a step here (`1 => … version 2 …`), never a rewrite of old data.
fn migrate(value: Value, version: u64) -> Result<Value, String> {
    match version {
        STORAGE_VERSION => Ok(value),
        v if v > STORAGE_VERSION => Err(format!(
            "保存的数据来自更新版本的程序（存储格式 {v}，本程序支持 {STORAGE_VERSION}）"
        )),
        v => Err(format!("无法识别的存储格式 {v}")),
    }
}
