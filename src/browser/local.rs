//! localStorage: what earlier versions kept there, read once to move it into IndexedDB
//! ([`super::store`]), and the one write that must happen at once, a closing page's unsaved
//! copy. Nothing here throws: blocked storage reads as empty and refuses writes.

use bulletin_core::library::{StoredKey, head_of};

const PREFIX: &str = "bulletin-board/v1/";

/// Every item of this app in localStorage, as `(key, text)`.
pub fn ours() -> Vec<(String, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .filter_map(|k| {
            let v = storage.get_item(&k).ok().flatten()?;
            Some((k, v))
        })
        .collect()
}

/// What an item holds.
pub enum Kind {
    /// A copy or an original, with the key it is kept under from now on, its list head and
    /// (for a copy) its revision.
    Text {
        key: String,
        head: String,
        revision: Option<u64>,
    },
    /// An unreadable copy set aside, with the key of the copy it was found under.
    Aside(String),
    /// Anything else (revision headers are read with their copy).
    Other,
}

/// Classifies the item `key` holding `text`.
pub fn classify(key: &str, text: &str) -> Kind {
    if let Some((copy, _)) = key.split_once("/unreadable") {
        return Kind::Aside(copy.to_owned());
    }
    match (StoredKey::parse(key), head_of(key, text)) {
        (Some(parsed), Some((head, revision))) => {
            // Earlier versions kept a site file's copy under its bulletin's id alone; it now
            // has a key of its own, apart from a bulletin of the same id.
            let source = serde_json::from_str::<serde_json::Value>(&head)
                .ok()
                .and_then(|h| h.get("source")?.as_str().map(str::to_owned));
            let key = match (&parsed, source) {
                (StoredKey::Copy(id), Some(src)) => crate::state::library::copy_key(id, Some(&src)),
                _ => key.to_owned(),
            };
            Kind::Text {
                key,
                head,
                revision,
            }
        }
        // Unreadable: kept as it is, listed by its key alone.
        (Some(_), None) => Kind::Text {
            key: key.to_owned(),
            head: String::new(),
            revision: None,
        },
        (None, _) => Kind::Other,
    }
}

/// Where a copy whose write to IndexedDB could not finish before its page closed is kept
/// until the bulletin next opens (see `UserCopy::rescue`).
pub fn rescue_key(copy_key: &str) -> String {
    format!("{PREFIX}rescue/{copy_key}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The text under `key`, if storage can be read and has it.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `text` under `key` at once (the page may be closing); false if refused.
pub fn set(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Removes `key`, if storage can be used.
pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
