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

use bulletin_core::library::{Legacy, Revision, classify};
use futures::channel::oneshot;
use futures::future::{Either, select};
use idb::{Database, Error, Factory, ObjectStoreParams, Query, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use super::local;

const NAME: &str = "bulletin-board";
const VERSION: u32 = 1;
/// Copies and originals, by key.
const TEXTS: &str = "texts";
/// Small summaries of the same keys, for the bulletin list.
const HEADS: &str = "heads";
/// The revision record of each copy ([`Revision`]), by the copy's key.
const REVISIONS: &str = "revisions";
/// Unreadable copies, each under a key of its own that is never reused.
const ASIDE: &str = "aside";
/// Facts about the store itself (the localStorage migration).
const META: &str = "meta";
const MIGRATED: &str = "migrated-from-local-storage";

use crate::i18n::notices::{CLOSED, DISABLED, FULL, NEWER_VERSION, WAITED};
use crate::i18n::{Say, notices as w};
/// How long opening the database may wait for other pages before the page goes on without it.
const OPEN_WAIT_MS: i32 = 4_000;

/// What a caller waiting for the connection is given.
type Opened = Result<Rc<Database>, String>;

/// The connection, shared by every caller of this page.
enum Connection {
    Closed,
    /// Being opened: the callers waiting for it.
    Opening(Vec<oneshot::Sender<Opened>>),
    Open(Rc<Database>),
    /// Another page upgrades or deletes the database: this page must not use it again.
    Replaced(String),
}

/// A listener for the connection going, with its id.
type Listener = (u64, Rc<dyn Fn(Gone)>);

thread_local! {
    static DB: RefCell<Connection> = const { RefCell::new(Connection::Closed) };
    static LISTENERS: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: RefCell<u64> = const { RefCell::new(0) };
}

/// What happened to the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gone {
    /// Closed by the browser (site data cleared): opened again for the next request.
    Closed,
    /// Another page upgrades or deletes the database: closed for good in this page, once
    /// the listeners have kept what they must.
    Replaced,
}

/// A record as stored: its text, or a value of another type (a later release or an
/// extension may write one) described in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Held {
    Text(String),
    NotText(String),
}

/// What the store holds under a copy's key.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub held: Option<Held>,
    pub revision: Revision,
}

/// What a guarded write found.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    /// Stored at the new revision.
    Done,
    /// The store is not where the write was based: another tab wrote first (or something
    /// is stored where this page thought nothing was). Nothing was written.
    Newer(Record),
}

/// A guarded write of a copy.
pub struct CopyWrite<'a> {
    pub key: &'a str,
    pub base: u64,
    pub revision: u64,
    /// Nothing may be stored yet (the page has not read any copy).
    pub fresh: bool,
    pub token: &'a str,
    pub text: &'a str,
    pub head: &'a str,
    /// The original of an imported bulletin (key, text, head), stored with its first copy.
    pub original: Option<(&'a str, &'a str, &'a str)>,
    /// A copy an earlier release kept under another key for the same file, moved here.
    pub replaces: Option<&'a str>,
}

/// Calls `cb` when the connection closes or is replaced, until [`forget`] is called with
/// the returned id.
pub fn on_gone(cb: impl Fn(Gone) + 'static) -> u64 {
    let id = NEXT_LISTENER.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    LISTENERS.with(|l| l.borrow_mut().push((id, Rc::new(cb))));
    id
}

/// Stops calling the listener `id`.
pub fn forget(id: u64) {
    LISTENERS.with(|l| l.borrow_mut().retain(|(i, _)| *i != id));
}

fn tell(gone: Gone) {
    // Listeners may add or remove listeners: call a copy of the list.
    let listeners: Vec<_> =
        LISTENERS.with(|l| l.borrow().iter().map(|(_, cb)| cb.clone()).collect());
    for cb in listeners {
        cb(gone);
    }
}

/// Why a request failed, in words.
fn why(e: Error) -> String {
    let text = e.to_string();
    if text.contains("QuotaExceeded") {
        FULL.say().to_owned()
    } else if text.contains("VersionError") {
        NEWER_VERSION.say().to_owned()
    } else if text.contains("SecurityError") || text.contains("IndexedDbNotFound") {
        DISABLED.say().to_owned()
    } else if text.contains("InvalidStateError") {
        CLOSED.say().to_owned()
    } else {
        w::refused(&text)
    }
}

/// The database, opened (and migrated from localStorage) once per page, and again after
/// the browser closed it. A migration that failed is tried again on the next request.
async fn db() -> Opened {
    enum Next {
        Have(Opened),
        Wait(oneshot::Receiver<Opened>),
        Open,
    }
    let next = DB.with(|d| {
        let mut d = d.borrow_mut();
        match &mut *d {
            Connection::Open(db) => Next::Have(Ok(db.clone())),
            Connection::Replaced(why) => Next::Have(Err(why.clone())),
            Connection::Opening(waiting) => {
                let (tx, rx) = oneshot::channel();
                waiting.push(tx);
                Next::Wait(rx)
            }
            Connection::Closed => {
                *d = Connection::Opening(Vec::new());
                Next::Open
            }
        }
    });
    match next {
        Next::Have(opened) => opened,
        // Dropped unanswered only when the database was replaced meanwhile.
        Next::Wait(rx) => rx.await.unwrap_or_else(|_| Err(CLOSED.say().to_owned())),
        Next::Open => {
            let opened = connect().await;
            let waiting = DB.with(|d| {
                let mut d = d.borrow_mut();
                // Replaced meanwhile (an upgrade elsewhere): that stands.
                if !matches!(*d, Connection::Opening(_)) {
                    return Vec::new();
                }
                let next = match &opened {
                    Ok(db) => Connection::Open(db.clone()),
                    Err(_) => Connection::Closed,
                };
                match std::mem::replace(&mut *d, next) {
                    Connection::Opening(waiting) => waiting,
                    _ => Vec::new(),
                }
            });
            for waiter in waiting {
                let _ = waiter.send(opened.clone());
            }
            opened
        }
    }
}

/// Opens the database, listens for it closing or being replaced, and moves what earlier
/// releases kept in localStorage into it.
async fn connect() -> Result<Rc<Database>, String> {
    let mut db = open().await?;
    db.on_version_change(|_| replaced());
    db.on_close(|_| {
        DB.with(|d| {
            let mut d = d.borrow_mut();
            if matches!(*d, Connection::Open(_)) {
                *d = Connection::Closed;
            }
        });
        tell(Gone::Closed);
    });
    let db = Rc::new(db);
    if let Err(e) = migrate(&db).await {
        db.close();
        return Err(w::not_migrated(&e.to_string()));
    }
    Ok(db)
}

/// Another page asked to upgrade or delete the database: the listeners keep what they
/// must (the work not yet stored goes to a rescue copy), then this page lets go of it.
fn replaced() {
    tell(Gone::Replaced);
    let open = DB.with(|d| {
        std::mem::replace(
            &mut *d.borrow_mut(),
            Connection::Replaced(w::REPLACED.say().to_owned()),
        )
    });
    if let Connection::Open(db) = open {
        db.close();
    }
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn open() -> Result<Database, String> {
    // `indexedDB` itself may throw (blocked storage): the factory lookup reports it.
    let factory = Factory::new().map_err(|_| DISABLED.say().to_owned())?;
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
    // Another page holding the database (an older release that does not let go) would
    // keep this page waiting for ever: it goes on without storage and says why. Should the
    // database open later, it is closed again, so as not to hold up others in turn.
    let opening = Box::pin(async move { request.await.map_err(why) });
    match select(opening, Box::pin(sleep(OPEN_WAIT_MS))).await {
        Either::Left((opened, _)) => opened,
        Either::Right(((), opening)) => {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(db) = opening.await {
                    db.close();
                }
            });
            Err(WAITED.say().to_owned())
        }
    }
}

/// Commits `tx`; an aborted transaction (the browser ran out of space) is an error.
async fn commit(tx: idb::Transaction) -> Result<(), String> {
    match tx.commit().map_err(why)?.await.map_err(why)? {
        r if r.is_committed() => Ok(()),
        _ => Err(FULL.say().to_owned()),
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

/// What is stored under the copy key `k`.
pub async fn read_copy(k: &str) -> Result<Record, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, REVISIONS], TransactionMode::ReadOnly)
        .map_err(why)?;
    record_in(&tx, k).await
}

async fn record_in(tx: &idb::Transaction, k: &str) -> Result<Record, String> {
    let texts = tx.object_store(TEXTS).map_err(why)?;
    let revisions = tx.object_store(REVISIONS).map_err(why)?;
    let held = texts
        .get(key(k))
        .map_err(why)?
        .await
        .map_err(why)?
        .map(held);
    let revision = revision_in(&revisions, k).await?;
    Ok(Record { held, revision })
}

async fn revision_in(revisions: &idb::ObjectStore, k: &str) -> Result<Revision, String> {
    let record = revisions.get(key(k)).map_err(why)?.await.map_err(why)?;
    Ok(record
        .and_then(|v| v.as_string())
        .map(|r| Revision::parse(&r))
        .unwrap_or_default())
}

/// A stored value as text, or what else it is.
fn held(value: JsValue) -> Held {
    if let Some(text) = value.as_string() {
        return Held::Text(text);
    }
    let kind = if value.is_instance_of::<web_sys::Blob>() {
        w::BLOB.say()
    } else if js_sys::Array::is_array(&value) {
        w::ARRAY.say()
    } else if value.is_object() {
        w::OBJECT.say()
    } else if value.as_f64().is_some() {
        w::NUMBER.say()
    } else {
        w::NOT_TEXT_VALUE.say()
    };
    Held::NotText(kind.to_owned())
}

/// Writes a copy at its revision, only if the stored revision is still the write's base
/// and nothing is stored where the page thought nothing was; with an original, keeps it in
/// the same transaction, so a copy is never stored without it.
pub async fn write_copy(w: CopyWrite<'_>) -> Result<Written, String> {
    let db = db().await?;
    let tx = db
        .transaction(&[TEXTS, HEADS, REVISIONS], TransactionMode::ReadWrite)
        .map_err(why)?;
    let found = record_in(&tx, w.key).await?;
    if found.revision.number != w.base || (w.fresh && found.held.is_some()) {
        let _ = tx.abort();
        return Ok(Written::Newer(found));
    }
    let texts = tx.object_store(TEXTS).map_err(why)?;
    let heads = tx.object_store(HEADS).map_err(why)?;
    let revisions = tx.object_store(REVISIONS).map_err(why)?;
    let put = |store: &idb::ObjectStore, k: &str, v: &str| {
        store.put(&JsValue::from_str(v), Some(&JsValue::from_str(k)))
    };
    if let Some((original_key, original, original_head)) = w.original {
        put(&texts, original_key, original)
            .map_err(why)?
            .await
            .map_err(why)?;
        put(&heads, original_key, original_head)
            .map_err(why)?
            .await
            .map_err(why)?;
    }
    put(&texts, w.key, w.text)
        .map_err(why)?
        .await
        .map_err(why)?;
    put(&heads, w.key, w.head)
        .map_err(why)?
        .await
        .map_err(why)?;
    let record = found.revision.after(w.revision, w.token).to_record();
    put(&revisions, w.key, &record)
        .map_err(why)?
        .await
        .map_err(why)?;
    if let Some(old) = w.replaces.filter(|old| *old != w.key) {
        for store in [&texts, &heads, &revisions] {
            store.delete(key(old)).map_err(why)?.await.map_err(why)?;
        }
    }
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

/// Moves whatever is stored under the copy key `k` — text or any other value, as it is —
/// to a key of its own among the set-aside copies, never replacing an earlier one, in one
/// transaction; the copy's revision record stays, so the next write goes on from it.
/// Returns that revision.
pub async fn set_aside(k: &str) -> Result<u64, String> {
    let db = db().await?;
    let tx = db
        .transaction(
            &[TEXTS, HEADS, REVISIONS, ASIDE],
            TransactionMode::ReadWrite,
        )
        .map_err(why)?;
    let texts = tx.object_store(TEXTS).map_err(why)?;
    let revision = revision_in(&tx.object_store(REVISIONS).map_err(why)?, k).await?;
    if let Some(value) = texts.get(key(k)).map_err(why)?.await.map_err(why)? {
        let record = js_sys::Array::of3(
            &JsValue::from_str(k),
            &JsValue::from_str(&crate::browser::clock::now()),
            &value,
        );
        tx.object_store(ASIDE)
            .map_err(why)?
            .add(&record, None)
            .map_err(why)?
            .await
            .map_err(why)?;
        texts.delete(key(k)).map_err(why)?.await.map_err(why)?;
        tx.object_store(HEADS)
            .map_err(why)?
            .delete(key(k))
            .map_err(why)?
            .await
            .map_err(why)?;
    }
    commit(tx).await.map(|()| revision.number)
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

/// Copies what earlier releases kept in localStorage (copies, originals, set-aside copies)
/// into the store, once; localStorage is left as it was, so nothing is lost if this is
/// interrupted, and a failure is reported so that it is tried again. A copy already in the
/// store is never replaced by the older one.
async fn migrate(db: &Database) -> Result<(), String> {
    let tx = db
        .transaction(
            &[TEXTS, HEADS, REVISIONS, ASIDE, META],
            TransactionMode::ReadWrite,
        )
        .map_err(why)?;
    let result: Result<(), Error> = async {
        let meta = tx.object_store(META)?;
        if meta.get(key(MIGRATED))?.await?.is_some() {
            return Ok(());
        }
        let texts = tx.object_store(TEXTS)?;
        let heads = tx.object_store(HEADS)?;
        let revisions = tx.object_store(REVISIONS)?;
        let aside = tx.object_store(ASIDE)?;
        let items: Vec<_> = local::ours()
            .into_iter()
            .map(|(old, value)| (classify(&old, &value), value))
            .filter(|(legacy, _)| *legacy != Legacy::Other)
            .collect();
        // Nothing to move: nothing is written (a full disk then stops nothing).
        if items.is_empty() {
            return Ok(());
        }
        for (legacy, value) in items {
            match legacy {
                Legacy::Aside(of) => {
                    let record = js_sys::Array::of3(
                        &JsValue::from_str(&of),
                        &JsValue::from_str("localStorage"),
                        &JsValue::from_str(&value),
                    );
                    aside.add(&record, None)?.await?;
                }
                Legacy::Text {
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
                Legacy::Other => {}
            }
        }
        meta.put(
            &JsValue::from_str(&crate::browser::clock::now()),
            Some(&JsValue::from_str(MIGRATED)),
        )?
        .await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => commit(tx).await,
        Err(e) => {
            let _ = tx.abort();
            Err(why(e))
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
