//! The bulletins kept in this browser: listing them for the switcher, keeping the original
//! of an imported snapshot, opening and deleting one. Key names and summaries live in
//! `bulletin_core::library`; the store is `browser::store`.

use bulletin_core::library::{Entry, entries_sized, head_of, keys_of, original_key};
use bulletin_core::{Bulletin, Loaded, load};

use crate::browser::{local, store};

/// The switcher's list, the bundled bulletin first; only the bundled one when storage
/// cannot be read.
pub async fn list(bundled: &Bulletin) -> Vec<Entry> {
    let heads = store::heads().await.unwrap_or_default();
    entries_sized(
        heads.iter().map(|(k, h, n)| (k.as_str(), h.as_str(), *n)),
        bundled,
    )
}

/// The text and list head of an imported bulletin's original, every field and number as it
/// came, to be kept with its first copy or on its own.
pub fn original_record(id: &str, document: &serde_json::Value) -> (String, String, String) {
    let key = original_key(id);
    let text = serde_json::to_string(document).unwrap_or_default();
    let head = head_of(&key, &text).map(|(h, _)| h).unwrap_or_default();
    (key, text, head)
}

/// Keeps `document`, just imported, as the original of a new stored bulletin `id`.
pub async fn keep_original(id: &str, document: &serde_json::Value) -> Result<(), String> {
    let (key, text, head) = original_record(id, document);
    store::put(&key, &text, &head).await
}

/// The imported bulletin `id` as kept in this browser, or why it cannot be opened.
pub async fn open(id: &str) -> Result<Loaded, String> {
    let text = store::get(&original_key(id)).await?.ok_or_else(|| {
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

/// Deletes everything stored for the list entry `id` (its original, copy and rescued work);
/// set-aside unreadable copies stay.
pub async fn delete(id: &str) -> Result<(), String> {
    let keys = keys_of(id);
    for key in &keys {
        for (rescue, _) in local::rescues_of(key) {
            local::remove(&rescue);
        }
        local::remove(key);
    }
    store::delete_where(move |k| keys.iter().any(|own| own == k)).await
}
