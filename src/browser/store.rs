//! The only code that touches IndexedDB, where this browser keeps bulletins: users' copies
//! with their history, originals of imported bulletins, a small head of each for the
//! bulletin list, and unreadable copies set aside. Nothing here panics; every failure comes
//! back as words for the page, which then keeps working in memory.
//!
//! Keys are those of [`bulletin_core::library`] (`bulletin-board/v1/copy/{id}`,
//! `…/original/{id}`). A copy is written only in a transaction that first checks the stored
//! revision is the one the tab's copy is based on, so two tabs can never overwrite each
//! other's newer work: the later one is told, takes the other's copy and replays its own.

use std::cell::RefCell;
use std::rc::Rc;

use idb::{Database, Error, Factory, ObjectStoreParams, Query, TransactionMode};
use wasm_bindgen::JsValue;

use super::local;

const NAME: &str = "bulletin-board";
const VERSION: u32 = 1;
/// Copies and originals, by key.
const TEXTS: &str = "texts";
/// Small summaries of the same keys, for the bulletin list.
const HEADS: &str = "heads";
/// `"{revision} {tab}"` of each copy, by the copy's key.
const REVISIONS: &str = "revisions";
/// Unreadable copies, each under a key of its own that is never reused.
const ASIDE: &str = "aside";
/// Facts about the store itself (the localStorage migration).
const META: &str = "meta";
const MIGRATED: &str = "migrated-from-local-storage";

/// Why nothing can be saved when storage is blocked.
pub const DISABLED: &str = "浏览器禁止了本地存储（可能处于隐私模式）";
const FULL: &str = "浏览器存储空间已满";

thread_local! {
    static DB: RefCell<Option<Result<Rc<Database>, String>>> = const { RefCell::new(None) };
}

/// A stored copy with the revision it was written at.
#[derive(Debug, Clone, PartialEq)]
pub struct Copy {
    pub text: String,
    pub revision: u64,
}

/// What a guarded write found.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    /// Stored at the new revision.
    Done,
    /// Another tab wrote first: its copy (if readable as text), not overwritten.
    Newer(Option<Copy>),
}

/// Why a request failed, in words.
fn why(e: Error) -> String {
    let text = e.to_string();
    if text.contains("QuotaExceeded") {
        FULL.to_owned()
    } else if text.contains("SecurityError") || text.contains("IndexedDbNotFound") {
        DISABLED.to_owned()
    } else {
        format!("浏览器拒绝保存（{text}）")
    }
}

/// The database, opened (and migrated from localStorage) once per page.
async fn db() -> Result<Rc<Database>, String> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return db;
    }
    let opened = open().await.map(Rc::new);
    if let Ok(db) = &opened {
        migrate(db).await;
    }
    // Two callers may have opened it at once; the first one kept is used from then on.
    DB.with(|d| d.borrow_mut().get_or_insert(opened).clone())
}

async fn open() -> Result<Database, String> {
    // `indexedDB` itself may throw (blocked storage): the factory lookup reports it.
    let factory = Factory::new().map_err(|_| DISABLED.to_owned())?;
    let mut request = factory.open(NAME, Some(VERSION)).map_err(why)?;
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        let Ok(db) = event.database() else {
            return;
        };
        let names = db.store_names();
        for store in [TEXTS, HEADS, REVISIONS, META] {
            if !names.iter().any(|n| n == store) {
                let _ = db.create_object_store(store, ObjectStoreParams::new());
            }
        }
        if !names.iter().any(|n| n == ASIDE) {
            let mut params = ObjectStoreParams::new();
            params.auto_increment(true);
            let _ = db.create_object_store(ASIDE, params);
        }
    });
    request.await.map_err(why)
}

/// Commits `tx`; an aborted transaction (the browser ran out of space) is an error.
async fn commit(tx: idb::Transaction) -> Result<(), String> {
    match tx.commit().map_err(why)?.await.map_err(why)? {
        r if r.is_committed() => Ok(()),
        _ => Err(FULL.to_owned()),
    }
}

/// Whether IndexedDB can be used.
pub async fn available() -> bool {
    db().await.is_ok()
}

fn key(k: &str) -> Query {
    Query::from(JsValue::from_str(k))
}

fn text(v: Option<JsValue>) -> Option<String> {
    v.and_then(|v| v.as_string())
}

/// The text stored under `k`, if any.
pub async fn get(k: &str) -> Result<Option<String>, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS], TransactionMode::ReadOnly)
        .map_err(why)?;
    let store = tx.object_store(TEXTS).map_err(why)?;
    let value = store.get(key(k)).map_err(why)?.await.map_err(why)?;
    Ok(text(value))
}

/// The copy stored under `k` with its revision, if any.
pub async fn read_copy(k: &str) -> Result<Option<Copy>, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, REVISIONS], TransactionMode::ReadOnly)
        .map_err(why)?;
    copy_in(&tx, k).await
}

async fn copy_in(tx: &idb::Transaction, k: &str) -> Result<Option<Copy>, String> {
    let texts = tx.object_store(TEXTS).map_err(why)?;
    let revisions = tx.object_store(REVISIONS).map_err(why)?;
    let Some(text) = text(texts.get(key(k)).map_err(why)?.await.map_err(why)?) else {
        return Ok(None);
    };
    let revision = parse_revision(text_of(revisions.get(key(k)).map_err(why)?.await));
    Ok(Some(Copy { text, revision }))
}

fn text_of(v: Result<Option<JsValue>, Error>) -> Option<String> {
    v.ok().flatten().and_then(|v| v.as_string())
}

/// A revision header: `"7"` (written by a tab) or `"7 migrated"` (moved from localStorage).
fn parse_revision(header: Option<String>) -> u64 {
    header
        .as_deref()
        .and_then(|h| h.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Writes `text` as the copy under `k` at `revision`, with its list `head`, only if the
/// stored revision is still `base`; with `original` (key, text, head) also keeps that
/// original in the same transaction, so a copy is never stored without it.
pub async fn write_copy(
    k: &str,
    base: u64,
    revision: u64,
    text: &str,
    head: &str,
    original: Option<(&str, &str, &str)>,
) -> Result<Written, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, HEADS, REVISIONS], TransactionMode::ReadWrite)
        .map_err(why)?;
    let revisions = tx.object_store(REVISIONS).map_err(why)?;
    let stored = parse_revision(text_of(revisions.get(key(k)).map_err(why)?.await));
    if stored != base {
        let theirs = copy_in(&tx, k).await?;
        let _ = tx.abort();
        return Ok(Written::Newer(theirs));
    }
    let texts = tx.object_store(TEXTS).map_err(why)?;
    let heads = tx.object_store(HEADS).map_err(why)?;
    let put = |store: &idb::ObjectStore, k: &str, v: &str| {
        store.put(&JsValue::from_str(v), Some(&JsValue::from_str(k)))
    };
    if let Some((original_key, original, original_head)) = original {
        put(&texts, original_key, original)
            .map_err(why)?
            .await
            .map_err(why)?;
        put(&heads, original_key, original_head)
            .map_err(why)?
            .await
            .map_err(why)?;
    }
    put(&texts, k, text).map_err(why)?.await.map_err(why)?;
    put(&heads, k, head).map_err(why)?.await.map_err(why)?;
    put(&revisions, k, &revision.to_string())
        .map_err(why)?
        .await
        .map_err(why)?;
    commit(tx).await.map(|()| Written::Done)
}

/// Keeps `text` (with its list `head`) under `k`, replacing what was there.
pub async fn put(k: &str, text: &str, head: &str) -> Result<(), String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, HEADS], TransactionMode::ReadWrite)
        .map_err(why)?;
    for (store, v) in [(TEXTS, text), (HEADS, head)] {
        tx.object_store(store)
            .map_err(why)?
            .put(&JsValue::from_str(v), Some(&JsValue::from_str(k)))
            .map_err(why)?
            .await
            .map_err(why)?;
    }
    commit(tx).await
}

/// Keeps an unreadable text found under `k` under a key of its own, never replacing an
/// earlier one.
pub async fn set_aside(k: &str, raw: &str) -> Result<(), String> {
    let db = db().await?;
    let tx = db
        .transaction(&[ASIDE], TransactionMode::ReadWrite)
        .map_err(why)?;
    let record = js_sys::Array::of3(
        &JsValue::from_str(k),
        &JsValue::from_str(&crate::browser::timing::now()),
        &JsValue::from_str(raw),
    );
    tx.object_store(ASIDE)
        .map_err(why)?
        .add(&record, None)
        .map_err(why)?
        .await
        .map_err(why)?;
    commit(tx).await
}

/// The texts set aside from the copy under `k`, oldest first.
pub async fn set_aside_texts(k: &str) -> Result<Vec<String>, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[ASIDE], TransactionMode::ReadOnly)
        .map_err(why)?;
    let all = tx
        .object_store(ASIDE)
        .map_err(why)?
        .get_all(None, None)
        .map_err(why)?
        .await
        .map_err(why)?;
    Ok(all
        .into_iter()
        .filter_map(|record| {
            let record = js_sys::Array::from(&record);
            (record.get(0).as_string()? == k).then(|| record.get(2).as_string())?
        })
        .collect())
}

/// Every `(key, head)` of the bulletin list, and each key's stored size in UTF-16 units.
pub async fn heads() -> Result<Vec<(String, String, usize)>, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[HEADS], TransactionMode::ReadOnly)
        .map_err(why)?;
    let store = tx.object_store(HEADS).map_err(why)?;
    let keys = store
        .get_all_keys(None, None)
        .map_err(why)?
        .await
        .map_err(why)?;
    let values = store.get_all(None, None).map_err(why)?.await.map_err(why)?;
    Ok(keys
        .into_iter()
        .zip(values)
        .filter_map(|(k, v)| {
            let head = v.as_string()?;
            let size = head_size(&head);
            Some((k.as_string()?, head, size))
        })
        .collect())
}

/// The size a head records for its text (`"chars": n`), else the head's own.
fn head_size(head: &str) -> usize {
    serde_json::from_str::<serde_json::Value>(head)
        .ok()
        .and_then(|v| v.get("chars")?.as_u64())
        .map_or(head.encode_utf16().count(), |n| n as usize)
}

/// Deletes every key that `matches`, in texts, heads and revisions (set-aside copies stay:
/// they are the only copy of what could not be read).
pub async fn delete_where(matches: impl Fn(&str) -> bool) -> Result<(), String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, HEADS, REVISIONS], TransactionMode::ReadWrite)
        .map_err(why)?;
    for name in [TEXTS, HEADS, REVISIONS] {
        let store = tx.object_store(name).map_err(why)?;
        let keys = store
            .get_all_keys(None, None)
            .map_err(why)?
            .await
            .map_err(why)?;
        for k in keys.into_iter().filter_map(|k| k.as_string()) {
            if matches(&k) {
                store.delete(key(&k)).map_err(why)?.await.map_err(why)?;
            }
        }
    }
    commit(tx).await
}

/// Copies what the previous version kept in localStorage (copies, originals, set-aside
/// copies) into the store, once; localStorage is left as it was, so nothing is lost if
/// this is interrupted. A copy already in the store is never replaced by the older one.
async fn migrate(db: &Database) {
    let Ok(tx) = db.transaction(
        &[TEXTS, HEADS, REVISIONS, ASIDE, META],
        TransactionMode::ReadWrite,
    ) else {
        return;
    };
    let result: Result<(), Error> = async {
        let meta = tx.object_store(META)?;
        if meta.get(key(MIGRATED))?.await?.is_some() {
            return Ok(());
        }
        let texts = tx.object_store(TEXTS)?;
        let heads = tx.object_store(HEADS)?;
        let revisions = tx.object_store(REVISIONS)?;
        let aside = tx.object_store(ASIDE)?;
        for (old, value) in local::ours() {
            match local::classify(&old, &value) {
                local::Kind::Aside(of) => {
                    let record = js_sys::Array::of3(
                        &JsValue::from_str(&of),
                        &JsValue::from_str("localStorage"),
                        &JsValue::from_str(&value),
                    );
                    aside.add(&record, None)?.await?;
                }
                local::Kind::Text {
                    key: k,
                    head,
                    revision,
                } => {
                    if texts.get(key(&k))?.await?.is_some() {
                        continue;
                    }
                    texts
                        .put(&JsValue::from_str(&value), Some(&JsValue::from_str(&k)))?
                        .await?;
                    heads
                        .put(&JsValue::from_str(&head), Some(&JsValue::from_str(&k)))?
                        .await?;
                    if let Some(n) = revision {
                        revisions
                            .put(
                                &JsValue::from_str(&format!("{n} migrated")),
                                Some(&JsValue::from_str(&k)),
                            )?
                            .await?;
                    }
                }
                local::Kind::Other => {}
            }
        }
        meta.put(
            &JsValue::from_str(&crate::browser::timing::now()),
            Some(&JsValue::from_str(MIGRATED)),
        )?
        .await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            if let Ok(done) = tx.commit() {
                let _ = done.await;
            }
        }
        Err(_) => {
            let _ = tx.abort();
        }
    }
}

/// Asks the browser to keep this site's data when space runs low (Safari and low-disk
/// Chromium evict it otherwise). Best effort: the answer does not change what the page does.
pub fn ask_to_persist() {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    if let Ok(promise) = storage.persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Bytes this site uses and may use, as the browser estimates them.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = wasm_bindgen_futures::JsFuture::from(storage.estimate().ok()?)
        .await
        .ok()?;
    let number = |name: &str| {
        js_sys::Reflect::get(&estimate, &JsValue::from_str(name))
            .ok()?
            .as_f64()
    };
    Some((number("usage")?, number("quota")?))
}
