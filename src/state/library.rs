//! The bulletins kept in this browser: listing them for the switcher, keeping the original
//! of an imported snapshot, opening and deleting one. Key names and summaries live in
//! `bulletin_core::library`; the store is `browser::store`.

use bulletin_core::edit::storage_key;
use bulletin_core::library::{Entry, entries_sized, head_of, original_key};
use bulletin_core::{Bulletin, Loaded, load};

use crate::browser::store;

/// The key of the user's copy of bulletin `id` as opened from `source` (a `?src=` address)
/// or from this browser (bundled or imported): two documents that share an id but come from
/// different places never share a copy.
pub fn copy_key(id: &str, source: Option<&str>) -> String {
    match source {
        None => storage_key(id),
        Some(src) => storage_key(&format!("{id}--src-{}", short_hash(src))),
    }
}

fn short_hash(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

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

/// Deletes everything stored for the list entry `id` (its original and copy); set-aside
/// unreadable copies stay.
pub async fn delete(id: &str) -> Result<(), String> {
    let original = original_key(id);
    let copy = storage_key(id);
    store::delete_where(move |k| k == original || k == copy).await
}
