//! The app's Web Workers, each started once when first needed, and the page's side of
//! their protocol (`bulletin_core::worker_protocol`): each request carries an id, each
//! worker answers `[id, answer]` (a text, or a file's bytes), one message handler hands each
//! answer to the request that asked for it, and an answer nobody waits for any more is
//! dropped.

mod draft;
mod import;
mod report;

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;
use std::thread::LocalKey;

use bulletin_core::worker_protocol::{READY, RequestId};
use futures::channel::oneshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

pub use draft::{DraftSource, read_draft};
pub use import::{check_bulletin, read_snapshot};
pub use report::{ReportFile, write_report};

/// One worker: its loader (Trunk writes it next to the page) and what the page holds of it.
struct Line {
    loader: &'static str,
    running: RefCell<Option<Rc<Running>>>,
    /// Requests waiting for their answer, by id; `None` answers "the worker failed".
    waiting: RefCell<BTreeMap<RequestId, oneshot::Sender<Option<JsValue>>>>,
    next_id: Cell<RequestId>,
    ready_waiters: RefCell<Vec<oneshot::Sender<bool>>>,
}

impl Line {
    const fn new(loader: &'static str) -> Self {
        Self {
            loader,
            running: RefCell::new(None),
            waiting: RefCell::new(BTreeMap::new()),
            next_id: Cell::new(0),
            ready_waiters: RefCell::new(Vec::new()),
        }
    }
}

type Key = &'static LocalKey<Line>;

/// The worker with its handlers, which live as long as it does.
struct Running {
    worker: Worker,
    /// Whether it has said it can take messages.
    ready: Cell<bool>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(JsValue)>,
}

/// The worker, once it has said it is ready: messages sent before that would be lost, so
/// every request waits for the word, however many are started meanwhile.
async fn worker(line: Key) -> Option<Worker> {
    let running = line.with(|l| l.running.borrow().clone());
    if let Some(running) = &running
        && running.ready.get()
    {
        return Some(running.worker.clone());
    }
    let (ready_tx, ready_rx) = oneshot::channel();
    line.with(|l| l.ready_waiters.borrow_mut().push(ready_tx));
    if running.is_none() {
        start(line);
    }
    if ready_rx.await.unwrap_or(false) {
        line.with(|l| l.running.borrow().as_ref().map(|r| r.worker.clone()))
    } else {
        None
    }
}

/// Starts the worker; whoever waits for it is told when it is ready or failed.
fn start(line: Key) {
    let Ok(worker) = Worker::new(line.with(|l| l.loader)) else {
        fail_all(line);
        return;
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some(READY) {
            let waiters = line.with(|l| {
                if let Some(running) = l.running.borrow().as_ref() {
                    running.ready.set(true);
                }
                std::mem::take(&mut *l.ready_waiters.borrow_mut())
            });
            for waiter in waiters {
                let _ = waiter.send(true);
            }
            return;
        }
        let parts = js_sys::Array::from(&data);
        let Some(id) = parts.get(0).as_f64() else {
            return;
        };
        // An answer nobody waits for (its request gave way) is dropped here.
        if let Some(waiter) = line.with(|l| l.waiting.borrow_mut().remove(&(id as RequestId))) {
            let _ = waiter.send(Some(parts.get(1)));
        }
    });
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| fail_all(line));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    line.with(|l| {
        *l.running.borrow_mut() = Some(Rc::new(Running {
            worker,
            ready: Cell::new(false),
            _on_message: on_message,
            _on_error: on_error,
        }))
    });
}

/// The worker failed: everyone waiting is told, and a later request starts a new worker.
fn fail_all(line: Key) {
    let (running, ready, waiting) = line.with(|l| {
        (
            l.running.borrow_mut().take(),
            std::mem::take(&mut *l.ready_waiters.borrow_mut()),
            std::mem::take(&mut *l.waiting.borrow_mut()),
        )
    });
    if let Some(running) = running {
        running.worker.set_onmessage(None);
        running.worker.set_onerror(None);
        running.worker.terminate();
    }
    for waiter in ready {
        let _ = waiter.send(false);
    }
    for (_, waiter) in waiting {
        let _ = waiter.send(None);
    }
}

/// Sends the message `make` builds with its request id, and waits for the answer; `None`
/// when the worker cannot be started or failed.
async fn ask(line: Key, make: impl FnOnce(JsValue) -> js_sys::Array) -> Option<JsValue> {
    let worker = worker(line).await?;
    let id = line.with(|l| {
        let id = l.next_id.get() + 1;
        l.next_id.set(id);
        id
    });
    let (tx, rx) = oneshot::channel();
    line.with(|l| l.waiting.borrow_mut().insert(id, tx));
    if worker
        .post_message(&make(JsValue::from_f64(id as f64)))
        .is_err()
    {
        line.with(|l| l.waiting.borrow_mut().remove(&id));
        return None;
    }
    rx.await.ok().flatten()
}
