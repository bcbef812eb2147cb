//! The import worker (`src/bin/import_worker.rs`): snapshots read, validated and compared
//! off the page's thread. Where workers cannot be used, the same work runs on the page's.

use bulletin_core::import::{Answer, answer};
use bulletin_core::worker_protocol::Reply;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::{Line, ask};

thread_local! {
    static IMPORT: Line = const { Line::new("./import_worker_loader.js") };
}

/// Reads `bytes` as a snapshot against `current` (JSON text), the document of the
/// bulletin `current_id`: in the worker, or here if it cannot answer.
pub async fn read_snapshot(bytes: Vec<u8>, current: String, current_id: &str) -> Answer {
    let asked = ask(&IMPORT, |id| {
        js_sys::Array::of4(
            &id,
            &js_sys::Uint8Array::from(bytes.as_slice()).into(),
            &JsValue::from_str(&current),
            &JsValue::from_str(current_id),
        )
    })
    .await
    .and_then(|a| a.as_string());
    if let Some(reply) = asked.as_deref().and_then(Reply::from_text) {
        return reply.answer;
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
