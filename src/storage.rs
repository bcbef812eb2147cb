//! The user's copy in the browser's localStorage (through gloo-storage), one key per
//! bulletin id. Storage may be missing or full; the app then keeps working in memory.

use bulletin_core::edit::{Stored, storage_key};
use gloo_storage::{LocalStorage, Storage};

/// Whether localStorage can be used at all (it throws when disabled by the browser).
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The raw stored text of bulletin `id`, if any.
pub fn read(id: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw()
        .get_item(&storage_key(id))
        .ok()
        .flatten()
}

/// Writes `stored` in one `setItem`, which either replaces the old copy whole or fails and
/// leaves it as it was.
pub fn write(stored: &Stored) -> Result<(), String> {
    if !available() {
        return Err(DISABLED.to_owned());
    }
    LocalStorage::set(storage_key(&stored.bulletin_id), stored).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js) if js.name == "QuotaExceededError" => {
            FULL.to_owned()
        }
        other => format!("浏览器拒绝保存（{other}）"),
    })
}

/// Why nothing can be saved when storage is disabled.
pub const DISABLED: &str = "浏览器禁止了本地存储（可能处于隐私模式）";
const FULL: &str = "浏览器本地存储已满";

/// Why `setItem` threw, in words.
pub fn refusal(error: &wasm_bindgen::JsValue) -> String {
    let name = js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        FULL.to_owned()
    } else {
        format!("浏览器拒绝保存（{name}）")
    }
}

/// Keeps an unreadable stored copy under a second key before anything overwrites it.
pub fn set_aside(id: &str, raw: &str) -> bool {
    available()
        && LocalStorage::raw()
            .set_item(&format!("{}/unreadable", storage_key(id)), raw)
            .is_ok()
}
