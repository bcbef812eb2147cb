//! The import worker: reads and validates a snapshot file and compares it with the user's
//! copy, off the page's thread, so that a 20,000-project file does not freeze the page.
//! It answers each message — `[file bytes, current document as JSON, current bulletin id]`
//! — with a `bulletin_core::import::Answer` as JSON text.

use bulletin_core::import::{Answer, answer};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// What the worker says once it can take messages.
const READY: &str = "ready";

fn reply(data: &JsValue) -> String {
    let parts = js_sys::Array::from(data);
    let bytes = js_sys::Uint8Array::new(&parts.get(0)).to_vec();
    let current_text = parts.get(1).as_string().unwrap_or_default();
    let current_id = parts.get(2).as_string().unwrap_or_default();
    let current = serde_json::from_str(&current_text).unwrap_or(serde_json::Value::Null);
    let found: Answer = answer(&bytes, &current, &current_id);
    serde_json::to_string(&found).unwrap_or_default()
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let _ = answering.post_message(&JsValue::from_str(&reply(&ev.data())));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    on_message.forget();
    // Messages sent before this handler existed would be lost: the page waits for this.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
