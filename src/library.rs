//! The bulletins kept in this browser's localStorage: listing them for the switcher, keeping
//! the original of an imported snapshot, opening and deleting one. Key names and summaries
//! live in `bulletin_core::library`.

use bulletin_core::library::{Entry, StoredKey, entries, keys_of, original_key};
use bulletin_core::{Bulletin, Loaded, load};
use gloo_storage::{LocalStorage, Storage};

use crate::storage;

/// Every key in storage that belongs to this app, with what it holds.
fn our_keys() -> Vec<(String, StoredKey)> {
    if !storage::available() {
        return Vec::new();
    }
    let raw = LocalStorage::raw();
    (0..raw.length().unwrap_or(0))
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter_map(|key| StoredKey::parse(&key).map(|k| (key, k)))
        .collect()
}

/// Ids of the bulletins with anything stored, read from the keys alone.
pub fn stored_ids() -> Vec<String> {
    our_keys()
        .into_iter()
        .map(|(_, k)| k.id().to_owned())
        .collect()
}

/// The switcher's list, the bundled bulletin first.
pub fn list(bundled: &Bulletin) -> Vec<Entry> {
    let raw = LocalStorage::raw();
    let items: Vec<(String, String)> = our_keys()
        .into_iter()
        .filter_map(|(key, _)| {
            let text = raw.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect();
    entries(items.iter().map(|(k, v)| (k.as_str(), v.as_str())), bundled)
}

/// Keeps `bulletin`, just imported, as the original of a new stored bulletin.
pub fn keep_original(bulletin: &Bulletin) -> Result<(), String> {
    if !storage::available() {
        return Err(storage::DISABLED.to_owned());
    }
    let text = serde_json::to_string(bulletin).map_err(|e| e.to_string())?;
    LocalStorage::raw()
        .set_item(&original_key(&bulletin.id), &text)
        .map_err(|e| storage::refusal(&e))
}

/// The imported bulletin `id` as kept in this browser, or why it cannot be opened.
pub fn open(id: &str) -> Result<Loaded, String> {
    let text = storage::available()
        .then(|| {
            LocalStorage::raw()
                .get_item(&original_key(id))
                .ok()
                .flatten()
        })
        .flatten()
        .ok_or_else(|| {
            "本浏览器中没有保存这份通报（可能已被删除，或是在另一台电脑上导入的）".to_owned()
        })?;
    load(&text).map_err(|f| {
        format!(
            "保存的通报已损坏（{}）",
            f.errors
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    })
}

/// Deletes everything stored for bulletin `id`.
pub fn delete(id: &str) {
    if storage::available() {
        let raw = LocalStorage::raw();
        for key in keys_of(id) {
            let _ = raw.remove_item(&key);
        }
    }
}
