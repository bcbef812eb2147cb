//! The report worker: writes the 通报文稿 as a Word document and the ledger as an Excel
//! workbook, off the page's thread and outside the page's wasm (the two writers are some
//! 500 KB gzip; this worker is fetched the first time a user asks for a file). It answers
//! each message — `[request id, kind, bulletin as JSON, the previous period's as JSON or
//! "", the ledger's project indices as JSON, today]` — with `[request id, the file's bytes]`,
//! or `[request id, why not, in words]`.

use bulletin_core::report::{attachment_sheet, ledger_sheet, report};
use bulletin_core::worker_protocol::ReportKind;
use bulletin_core::{Bulletin, load_checked};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn bulletin(text: &str) -> Option<Bulletin> {
    load_checked(text).ok().map(|l| l.bulletin)
}

fn write(parts: &js_sys::Array) -> Result<Vec<u8>, String> {
    let kind = parts
        .get(1)
        .as_string()
        .and_then(|k| ReportKind::from_id(&k))
        .ok_or("无法识别要生成的文件")?;
    let current =
        bulletin(&parts.get(2).as_string().unwrap_or_default()).ok_or("无法读取当前通报的数据")?;
    let previous = parts.get(3).as_string().and_then(|t| bulletin(&t));
    let made = report(&current, previous.as_ref());
    match kind {
        ReportKind::View => serde_json::to_vec(&made).map_err(|e| e.to_string()),
        ReportKind::Docx => bulletin_report::docx::write(&made),
        ReportKind::Xlsx => {
            let indices: Vec<usize> =
                serde_json::from_str(&parts.get(4).as_string().unwrap_or_default())
                    .unwrap_or_default();
            let today = parts.get(5).as_string();
            let mut sheets = vec![ledger_sheet(&current, &indices, today.as_deref())];
            sheets.extend(attachment_sheet(&made));
            bulletin_report::xlsx::write(&sheets)
        }
    }
}

// The same few lines as the other workers' `main`, not shared through the page's library:
// linking it adds about 20 KB to each worker.
fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answering = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let parts = js_sys::Array::from(&ev.data());
        // A message without an id could not be matched to its request: nobody waits for it.
        let Some(id) = parts
            .get(0)
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 1.0)
        else {
            return;
        };
        let answer: JsValue = match write(&parts) {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(why) => JsValue::from_str(&why),
        };
        let _ = answering.post_message(&js_sys::Array::of2(&JsValue::from_f64(id), &answer));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    on_message.forget();
    // Messages sent before this handler existed would be lost: the page waits for this.
    let _ = scope.post_message(&JsValue::from_str(bulletin_core::worker_protocol::READY));
}
