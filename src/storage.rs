//! The only code that touches the browser's localStorage. Storage may be missing, disabled
//! (every access throws) or full; nothing here panics, and every failure comes back as words
//! for the page, which then keeps working in memory.
//!
//! A user's copy lives under [`copy_key`], with its revision under `{copy}/rev` so that a tab
//! can tell another tab saved first without reading and parsing the whole copy. Unreadable
//! copies are set aside under `{copy}/unreadable…` keys that are never overwritten.

use bulletin_core::edit::storage_key;
use web_sys::Storage;

/// Why nothing can be saved when storage is disabled.
pub const DISABLED: &str = "浏览器禁止了本地存储（可能处于隐私模式）";
const FULL: &str = "浏览器本地存储已满";

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether localStorage can be used at all.
pub fn available() -> bool {
    local().is_some()
}

/// The text stored under `key`, if any (and if storage can be read at all).
pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Stores `text` under `key` in one `setItem`, which either replaces the old value whole or
/// fails and leaves it as it was.
pub fn set(key: &str, text: &str) -> Result<(), String> {
    let storage = local().ok_or_else(|| DISABLED.to_owned())?;
    storage.set_item(key, text).map_err(|e| refusal(&e))
}

/// Removes `key`; false when storage refused.
pub fn remove(key: &str) -> bool {
    local().is_some_and(|s| s.remove_item(key).is_ok())
}

/// Every key in storage.
pub fn keys() -> Vec<String> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Why `setItem` threw, in words.
fn refusal(error: &wasm_bindgen::JsValue) -> String {
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

fn revision_key(copy: &str) -> String {
    format!("{copy}/rev")
}

/// The revision of the copy stored under `copy`: from its small revision key, else (copies
/// written before there was one) from the copy itself; 0 when there is none.
pub fn revision(copy: &str) -> u64 {
    let header = get(&revision_key(copy));
    if let Some(n) = header
        .as_deref()
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
    {
        return n;
    }
    // Copies are written with `revision` among their first fields; no need to parse it all.
    get(copy)
        .and_then(|raw| {
            let head: String = raw.chars().take(400).collect();
            let after = head.split("\"revision\":").nth(1)?;
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .unwrap_or(0)
}

/// The tab that wrote the copy stored under `copy`, when known.
pub fn writer(copy: &str) -> Option<String> {
    get(&revision_key(copy))?
        .split_once(' ')
        .map(|(_, tab)| tab.to_owned())
}

/// Writes a copy at `revision` for tab `writer`: the revision first, so that a tab reading
/// in between sees that something newer is coming; put back if the copy itself cannot be
/// written.
pub fn write_copy(copy: &str, revision: u64, writer: &str, text: &str) -> Result<(), String> {
    let rev_key = revision_key(copy);
    let before = get(&rev_key);
    set(&rev_key, &format!("{revision} {writer}"))?;
    set(copy, text).inspect_err(|_| {
        match &before {
            Some(old) => drop(set(&rev_key, old)),
            None => drop(remove(&rev_key)),
        };
    })
}

/// Keeps an unreadable stored copy under a key of its own before anything can overwrite
/// it; an earlier set-aside copy is never replaced. True when it is kept.
pub fn set_aside(copy: &str, raw: &str) -> bool {
    let base = format!("{copy}/unreadable");
    for n in 1..100 {
        let key = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        match get(&key) {
            Some(kept) if kept == raw => return true,
            Some(_) => continue,
            None => return set(&key, raw).is_ok(),
        }
    }
    false
}
