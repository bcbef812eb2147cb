//! The import worker (`src/bin/import_worker.rs`), started once when first needed. Where
//! workers cannot be used, the same work runs on the page's thread.

use std::cell::RefCell;

use bulletin_core::import::{Answer, answer};
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// Trunk writes the worker's loader under this name next to the page.
const LOADER: &str = "./import_worker_loader.js";

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// The worker, once it has said it is ready (its first message).
async fn worker() -> Option<Worker> {
    if let Some(w) = WORKER.with(|w| w.borrow().clone()) {
        return Some(w);
    }
    let worker = Worker::new(LOADER).ok()?;
    next_message(&worker).await?;
    WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
    Some(worker)
}

/// The next message `worker` sends, or `None` if it fails first.
async fn next_message(worker: &Worker) -> Option<JsValue> {
    let reply = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |ev: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &ev.data());
        });
        let on_error = Closure::once_into_js(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &ev);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(reply).await.ok()
}

/// Reads `bytes` as a snapshot against `current` (JSON text), the document of the
/// bulletin `current_id`: in the worker, or here if it cannot answer.
pub async fn read_snapshot(bytes: Vec<u8>, current: String, current_id: &str) -> Answer {
    if let Some(found) = in_worker(&bytes, &current, current_id).await {
        return found;
    }
    // The worker could not be started or failed: the page does the work itself.
    WORKER.with(|w| w.borrow_mut().take());
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
    let message = js_sys::Array::of3(
        &js_sys::Uint8Array::from(bytes).into(),
        &JsValue::from_str(current_text),
        &JsValue::from_str(current_id),
    );
    let reply = next_message(&worker);
    worker.post_message(&message).ok()?;
    let data = reply.await?;
    serde_json::from_str(&data.as_string()?).ok()
}
