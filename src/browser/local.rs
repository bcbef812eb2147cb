//! What earlier versions kept in localStorage, read once to move it into IndexedDB
//! ([`super::store`]). Reading never throws: blocked storage reads as empty.

use bulletin_core::library::{StoredKey, head_of};

const PREFIX: &str = "bulletin-board/v1/";

/// Every item of this app in localStorage, as `(key, text)`.
pub fn ours() -> Vec<(String, String)> {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
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
