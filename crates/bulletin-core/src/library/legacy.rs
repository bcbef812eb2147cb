//! What earlier releases kept in localStorage, and where each item goes in the store now.

use super::head_of;
use super::keys::{CopyOf, SiteFile, StoredKey};

/// Where an item of an earlier release belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Legacy {
    /// A copy or an original, with the key it is kept under from now on, its list head and
    /// (for a copy) its revision.
    Text {
        key: String,
        head: String,
        revision: Option<u64>,
    },
    /// An unreadable copy set aside, with the key of the copy it was found under.
    Aside(String),
    /// Nothing to move (revision headers are read with their copy; rescued work is taken
    /// when its bulletin opens).
    Other,
}

/// Classifies the localStorage item `key` holding `text`.
pub fn classify(key: &str, text: &str) -> Legacy {
    if key.starts_with(&super::keys::rescue_key("")) {
        return Legacy::Other;
    }
    if let Some((copy, _)) = key.split_once("/unreadable") {
        return Legacy::Aside(copy.to_owned());
    }
    match (StoredKey::parse(key), head_of(key, text)) {
        (Some(parsed), Some((head, revision))) => {
            // Earlier releases kept a site file's copy under its bulletin's id alone; it now
            // has a key of its own, apart from a bulletin of the same id.
            let source = serde_json::from_str::<serde_json::Value>(&head)
                .ok()
                .and_then(|h| h.get("source")?.as_str().map(str::to_owned));
            let key = match (&parsed, source) {
                (StoredKey::Copy(id), Some(src)) => CopyOf::site(id, SiteFile::written(&src)).key(),
                _ => key.to_owned(),
            };
            Legacy::Text {
                key,
                head,
                revision,
            }
        }
        // Unreadable: kept as it is, listed by its key alone.
        (Some(_), None) => Legacy::Text {
            key: key.to_owned(),
            head: String::new(),
            revision: None,
        },
        (None, _) => Legacy::Other,
    }
}
