//! The import worker: reads and validates a snapshot file and compares it with the user's
//! copy, off the page's thread, so that a 20,000-project file does not freeze the page.
//! It answers each message — `[request id, file bytes, current document as JSON, current
//! bulletin id]` — with a `bulletin_core::worker_protocol::Reply` carrying the same id.

use bulletin_core::import::answer;
use bulletin_core::worker_protocol::{READY, Reply};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn reply(data: &JsValue) -> Option<js_sys::Array> {
    let parts = js_sys::Array::from(data);
    // A message without an id could not be matched to its request: nobody waits for it.
    let id = parts
        .get(0)
        .as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 1.0)? as u64;
    let bytes = js_sys::Uint8Array::new(&parts.get(1)).to_vec();
    let current_text = parts.get(2).as_string().unwrap_or_default();
    let current_id = parts.get(3).as_string().unwrap_or_default();
    let current = serde_json::from_str(&current_text).unwrap_or(serde_json::Value::Null);
    let answer = answer(&bytes, &current, &current_id);
    let text = Reply { id, answer }.to_text();
    Some(js_sys::Array::of2(
        &JsValue::from_f64(id as f64),
        &JsValue::from_str(&text),
    ))
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(message) = reply(&ev.data()) {
            let _ = answering.post_message(&message);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    on_message.forget();
    // Messages sent before this handler existed would be lost: the page waits for this.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
