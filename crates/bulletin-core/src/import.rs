//! Reading a shared snapshot file, and what replacing the user's copy with it would change.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::edit::{Change, ChangeKind, Edit, changes_between};
use crate::{Bulletin, Diagnostic, JsonPath, LoadFailure, load, load_checked};

/// Files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 20 * 1024 * 1024;

fn fail(message: String) -> LoadFailure {
    LoadFailure {
        errors: vec![Diagnostic::error(JsonPath::root(), message)],
    }
}

/// Whether a file of `size` bytes may be read at all.
pub fn check_size(size: u64) -> Result<(), LoadFailure> {
    if size > MAX_BYTES {
        return Err(fail(format!(
            "文件太大（{:.1} MB），最多 {} MB；请确认选择的是通报快照文件",
            size as f64 / 1_048_576.0,
            MAX_BYTES / 1_048_576
        )));
    }
    Ok(())
}

/// A snapshot that passed every check, as a bulletin and as a document (which an import
/// compares with the user's copy and applies).
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub bulletin: Bulletin,
    pub document: Value,
}

/// Reads a snapshot from the bytes of a file: text, JSON, then a valid bulletin. Any
/// problem is reported with its place; nothing is changed by reading.
pub fn read(bytes: &[u8]) -> Result<Incoming, LoadFailure> {
    read_with(bytes, load)
}

/// As [`read`], for a file the import worker has already accepted ([`crate::load_checked`]).
pub fn read_checked(bytes: &[u8]) -> Result<Incoming, LoadFailure> {
    read_with(bytes, load_checked)
}

fn read_with(
    bytes: &[u8],
    load: fn(&str) -> Result<crate::Loaded, LoadFailure>,
) -> Result<Incoming, LoadFailure> {
    check_size(bytes.len() as u64)?;
    if bytes.is_empty() {
        return Err(fail("文件是空的，没有任何内容".to_owned()));
    }
    // A notice as a Word document (a zip) is read by 新建通报, not imported.
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(fail(
            "这是 Word 文档或压缩文件，不是通报快照（.json）；Word 格式的通报请用“新建通报”中的“打开文件”读取"
                .to_owned(),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "这不是文本文件（第 {} 个字节起不是 UTF-8 文字），请选择 .json 通报快照",
            e.valid_up_to() + 1
        ))
    })?;
    if text.contains('\0') {
        return Err(fail(
            "这不是文本文件（含有二进制内容），请选择 .json 通报快照".to_owned(),
        ));
    }
    let loaded = load(text)?;
    let mut bulletin = loaded.bulletin;
    // The snapshot block describes the file, not the bulletin; it is written anew on export.
    bulletin.snapshot = None;
    // The document as written (every number as it came), less that block.
    let mut document = loaded.document;
    if let Some(map) = document.as_object_mut() {
        map.remove("snapshot");
    }
    Ok(Incoming { bulletin, document })
}

/// What reading a snapshot against the user's current copy found: what the import worker
/// sends back to the page (as JSON), so the page never parses or compares a large file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Externally tagged: its edits are then read by the same code as a stored copy's, not by
// serde's buffering of an internally tagged enum (about 10 KB of the page's wasm).
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Not a valid snapshot: its findings in words, each with its place, and how many.
    Refused { findings: Vec<String>, count: usize },
    /// A snapshot of the bulletin shown: what replacing would change, and the edits that do it.
    Same {
        title: String,
        preview: Preview,
        edits: Vec<Edit>,
    },
    /// A snapshot of another bulletin (the page opens it as it opens any bulletin).
    Other { id: String, title: String },
}

/// Reads `bytes` as a snapshot and compares it with `current`, the document of the
/// bulletin `current_id` the user has open.
pub fn answer(bytes: &[u8], current: &Value, current_id: &str) -> Answer {
    match read(bytes) {
        Err(failure) => Answer::Refused {
            count: failure.errors.len(),
            findings: failure.errors.iter().map(ToString::to_string).collect(),
        },
        Ok(incoming) if incoming.bulletin.id == current_id => Answer::Same {
            title: incoming.bulletin.title.clone(),
            preview: Preview::between(current, &incoming.document),
            edits: crate::edit::edits_between(current, &incoming.document),
        },
        Ok(incoming) => Answer::Other {
            id: incoming.bulletin.id,
            title: incoming.bulletin.title,
        },
    }
}

/// What replacing `current` with `incoming` would change, grouped for a preview.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Preview {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
}

impl Preview {
    /// Compares the user's current copy with an incoming snapshot of the same bulletin,
    /// both as documents without their `snapshot` block.
    pub fn between(current: &Value, incoming: &Value) -> Self {
        let mut preview = Preview::default();
        let changes = changes_between(current, incoming);
        // The snapshot block describes a file, not the bulletin.
        let changes = changes
            .into_iter()
            .filter(|c| !c.path.starts_with("/snapshot"));
        for Change { kind, label, .. } in changes {
            match kind {
                ChangeKind::Added => preview.added.push(label),
                ChangeKind::Removed => preview.removed.push(label),
                ChangeKind::Changed => preview.changed.push(label),
            }
        }
        preview
    }

    /// Whether the snapshot is the same as the current copy.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}
