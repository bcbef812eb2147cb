//! localStorage, through `gloo-storage`: what earlier releases kept there (read once to move
//! it into IndexedDB, [`super::store`]), and the one write that must happen at once, a
//! closing page's unsaved work ([`bulletin_core::saving::Rescue`]).
//!
//! gloo-storage throws where storage is blocked (a private window, a policy, a sandboxed
//! frame), which in release would kill the page; so every call goes through [`guard`],
//! which first checks, without throwing, that storage can be reached. Blocked storage then
//! reads as empty and refuses writes.

use gloo_storage::{LocalStorage, Storage};

use bulletin_core::library::{PREFIX, is_rescue_of};

/// localStorage, if it can be reached now; `None` (and no exception) where it is blocked.
fn guard() -> Option<web_sys::Storage> {
    // `window.localStorage` itself throws where storage is blocked: web-sys returns that as
    // an error, which is what gloo-storage would turn into a thrown exception.
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    storage.length().ok()?;
    Some(LocalStorage::raw())
}

/// Every item of this app in localStorage, as `(key, text)`.
pub fn ours() -> Vec<(String, String)> {
    let Some(storage) = guard() else {
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

/// Every rescue of the copy `copy_key` (each page's own), as `(key, text)`.
pub fn rescues_of(copy_key: &str) -> Vec<(String, String)> {
    ours()
        .into_iter()
        .filter(|(k, _)| is_rescue_of(k, copy_key))
        .collect()
}

/// Stores `text` under `key` at once (the page may be closing); false if refused (blocked,
/// or over the quota).
pub fn set(key: &str, text: &str) -> bool {
    guard().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// Removes `key`, if storage can be used.
pub fn remove(key: &str) {
    if guard().is_some() {
        LocalStorage::delete(key);
    }
}

/// The text under `key`, if storage can be used and has one.
pub fn get(key: &str) -> Option<String> {
    guard()?.get_item(key).ok().flatten()
}
