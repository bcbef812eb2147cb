//! The user's copy as stored in the browser: versioned, so a later version can migrate it,
//! and never thrown away when it cannot be read.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Step, Workbench};
use crate::Bulletin;

/// Version of the stored format written by this build.
pub const STORAGE_VERSION: u64 = 1;

const FORMAT: &str = "minsheng-bulletin-workbench";

/// The storage key of the copy of bulletin `id`.
pub fn storage_key(id: &str) -> String {
    format!("bulletin-board/v1/copy/{id}")
}

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
            original_fingerprint: fingerprint(workbench.original()),
            current: workbench.current().clone(),
            undo: workbench.undo_steps().to_vec(),
            redo: workbench.redo_steps().to_vec(),
            source: None,
        }
    }

    /// The same, noting the site address its original was opened from.
    pub fn with_source(mut self, source: Option<String>) -> Self {
        self.source = source;
        self
    }

    /// The text written to storage.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored copy of `original` (the bulletin as loaded now), migrating older
    /// versions; a newer or damaged one is an error that keeps the raw text. The flag says
    /// whether `original` has changed since the copy was made (the change list then compares
    /// with the new original).
    pub fn from_text(
        raw: &str,
        original: &Bulletin,
    ) -> Result<(Self, Workbench, bool), StorageError> {
        let fail = |message: String| StorageError {
            message,
            raw: raw.to_owned(),
        };
        let value: Value = serde_json::from_str(raw).map_err(|e| {
            fail(format!(
                "保存的数据已损坏（第 {} 行第 {} 列）",
                e.line(),
                e.column()
            ))
        })?;
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(fail("保存的数据不是本程序写入的".to_owned()));
        }
        let version = value
            .get("storage_version")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        let value = migrate(value, version).map_err(fail)?;
        let stored: Stored =
            serde_json::from_value(value).map_err(|e| fail(format!("保存的数据无法读取：{e}")))?;
        let original = serde_json::to_value(original).map_err(|e| fail(e.to_string()))?;
        let changed = fingerprint(&original) != stored.original_fingerprint;
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
