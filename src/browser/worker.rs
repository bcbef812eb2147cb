//! The import worker (`src/bin/import_worker.rs`), started once when first needed, and the
//! page's side of the protocol of `bulletin_core::worker_protocol`: each request carries an
//! id, one message handler hands each answer to the request that asked for it, and an
//! answer nobody waits for any more is dropped. Where workers cannot be used, the same work
//! runs on the page's thread.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use bulletin_core::import::{Answer, answer};
use bulletin_core::worker_protocol::{READY, Reply, RequestId};
use futures::channel::oneshot;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// Trunk writes the worker's loader under this name next to the page.
const LOADER: &str = "./import_worker_loader.js";

/// The worker with its handlers, which live as long as it does.
struct Running {
    worker: Worker,
    /// Whether it has said it can take messages.
    ready: Cell<bool>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(JsValue)>,
}

thread_local! {
    static WORKER: RefCell<Option<Rc<Running>>> = const { RefCell::new(None) };
    /// Requests waiting for their answer, by id; `None` answers "the worker failed".
    static WAITING: RefCell<HashMap<RequestId, oneshot::Sender<Option<Answer>>>> =
        RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<RequestId> = const { RefCell::new(0) };
    static READY_WAITERS: RefCell<Vec<oneshot::Sender<bool>>> = const { RefCell::new(Vec::new()) };
}

/// The worker, once it has said it is ready: messages sent before that would be lost, so
/// every request waits for the word, however many are started meanwhile.
async fn worker() -> Option<Worker> {
    let running = WORKER.with(|w| w.borrow().clone());
    if let Some(running) = &running
        && running.ready.get()
    {
        return Some(running.worker.clone());
    }
    let (ready_tx, ready_rx) = oneshot::channel();
    READY_WAITERS.with(|r| r.borrow_mut().push(ready_tx));
    if running.is_none() {
        start();
    }
    if ready_rx.await.unwrap_or(false) {
        WORKER.with(|w| w.borrow().as_ref().map(|r| r.worker.clone()))
    } else {
        None
    }
}

/// Starts the worker; whoever waits for it is told when it is ready or failed.
fn start() {
    let Ok(worker) = Worker::new(LOADER) else {
        fail_all();
        return;
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|ev: MessageEvent| {
        let Some(text) = ev.data().as_string() else {
            return;
        };
        if text == READY {
            WORKER.with(|w| {
                if let Some(running) = w.borrow().as_ref() {
                    running.ready.set(true);
                }
            });
            for waiter in READY_WAITERS.with(|r| std::mem::take(&mut *r.borrow_mut())) {
                let _ = waiter.send(true);
            }
            return;
        }
        // An answer nobody waits for (its request gave way) is dropped here.
        if let Some(reply) = Reply::from_text(&text)
            && let Some(waiter) = WAITING.with(|w| w.borrow_mut().remove(&reply.id))
        {
            let _ = waiter.send(Some(reply.answer));
        }
    });
    let on_error = Closure::<dyn Fn(JsValue)>::new(|_| fail_all());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    WORKER.with(|w| {
        *w.borrow_mut() = Some(Rc::new(Running {
            worker,
            ready: Cell::new(false),
            _on_message: on_message,
            _on_error: on_error,
        }))
    });
}

/// The worker failed: everyone waiting does the work on the page, and a later request
/// starts a new worker.
fn fail_all() {
    if let Some(running) = WORKER.with(|w| w.borrow_mut().take()) {
        running.worker.set_onmessage(None);
        running.worker.set_onerror(None);
        running.worker.terminate();
    }
    for waiter in READY_WAITERS.with(|r| std::mem::take(&mut *r.borrow_mut())) {
        let _ = waiter.send(false);
    }
    for (_, waiter) in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        let _ = waiter.send(None);
    }
}

/// Reads `bytes` as a snapshot against `current` (JSON text), the document of the
/// bulletin `current_id`: in the worker, or here if it cannot answer.
pub async fn read_snapshot(bytes: Vec<u8>, current: String, current_id: &str) -> Answer {
    if let Some(found) = in_worker(&bytes, &current, current_id).await {
        return found;
    }
    let current: Value = serde_json::from_str(&current).unwrap_or(Value::Null);
    answer(&bytes, &current, current_id)
}

/// Validates `text`, a whole bulletin file, in the worker (or here if it cannot): nothing
/// when it is a bulletin, else its findings in words and how many there are.
pub async fn check_bulletin(text: &str) -> Result<(), (Vec<String>, usize)> {
    // No current copy to compare with: the answer is a refusal or "another bulletin".
    match read_snapshot(text.as_bytes().to_vec(), String::new(), "").await {
        Answer::Refused { findings, count } => Err((findings, count)),
        Answer::Same { .. } | Answer::Other { .. } => Ok(()),
    }
}

async fn in_worker(bytes: &[u8], current_text: &str, current_id: &str) -> Option<Answer> {
    let worker = worker().await?;
    let id = NEXT_ID.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let (tx, rx) = oneshot::channel();
    WAITING.with(|w| w.borrow_mut().insert(id, tx));
    let message = js_sys::Array::of4(
        &JsValue::from_f64(id as f64),
        &js_sys::Uint8Array::from(bytes).into(),
        &JsValue::from_str(current_text),
        &JsValue::from_str(current_id),
    );
    if worker.post_message(&message).is_err() {
        WAITING.with(|w| w.borrow_mut().remove(&id));
        return None;
    }
    rx.await.ok().flatten()
}
