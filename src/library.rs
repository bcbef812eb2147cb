//! The bulletins kept in this browser's localStorage: listing them for the switcher, keeping
//! the original of an imported snapshot, opening and deleting one. Key names and summaries
//! live in `bulletin_core::library`.

use bulletin_core::library::{Entry, StoredKey, entries, keys_of, original_key};
use bulletin_core::{Bulletin, Loaded, load};

use crate::storage;

/// Every key in storage that belongs to this app, with what it holds.
fn our_keys() -> Vec<(String, StoredKey)> {
    storage::keys()
        .into_iter()
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
    let items: Vec<(String, String)> = our_keys()
        .into_iter()
        .filter_map(|(key, _)| Some((key.clone(), storage::get(&key)?)))
        .collect();
    entries(items.iter().map(|(k, v)| (k.as_str(), v.as_str())), bundled)
}

/// Keeps `document`, just imported, as the original of a new stored bulletin `id`, every
/// field and number as it came.
pub fn keep_original(id: &str, document: &serde_json::Value) -> Result<(), String> {
    let text = serde_json::to_string(document).map_err(|e| e.to_string())?;
    storage::set(&original_key(id), &text)
}

/// The imported bulletin `id` as kept in this browser, or why it cannot be opened.
pub fn open(id: &str) -> Result<Loaded, String> {
    let text = storage::get(&original_key(id)).ok_or_else(|| {
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

/// Deletes everything stored for bulletin `id`: its original, its copy and the copy's
/// revision and set-aside texts.
pub fn delete(id: &str) {
    let copy = format!("{}/", bulletin_core::edit::storage_key(id));
    for key in storage::keys() {
        if keys_of(id).contains(&key) || key.starts_with(&copy) {
            storage::remove(&key);
        }
    }
}
