//! The report worker (`src/bin/report_worker.rs`): the 通报文稿 as .docx and the ledger as
//! .xlsx, written off the page's thread by writers that only that worker's wasm carries.

use bulletin_core::worker_protocol::ReportKind;
use wasm_bindgen::{JsCast, JsValue};

use super::{Line, ask};
use crate::i18n::{Say, notices as w};

thread_local! {
    static REPORT: Line = const { Line::new("./report_worker_loader.js") };
}

/// What to write it from.
pub struct ReportFile {
    pub kind: ReportKind,
    /// The bulletin as shown, edits included, as JSON.
    pub bulletin: String,
    /// The previous period's bulletin as JSON, when it has one.
    pub previous: Option<String>,
    /// The ledger's rows, as indices into the projects.
    pub indices: Vec<usize>,
    /// Today, `YYYY-MM-DD`: the live copy's warnings are judged on it.
    pub today: String,
}

/// The file's bytes, or why it could not be written (in words).
pub async fn write_report(file: ReportFile) -> Result<js_sys::Uint8Array, String> {
    let indices = serde_json::to_string(&file.indices).unwrap_or_default();
    let asked = ask(&REPORT, |id| {
        let parts = js_sys::Array::new();
        parts.push(&id);
        parts.push(&JsValue::from_str(file.kind.id()));
        parts.push(&JsValue::from_str(&file.bulletin));
        parts.push(
            &file
                .previous
                .as_deref()
                .map_or(JsValue::NULL, JsValue::from_str),
        );
        parts.push(&JsValue::from_str(&indices));
        parts.push(&JsValue::from_str(&file.today));
        parts
    })
    .await;
    match asked {
        Some(answer) if answer.is_instance_of::<js_sys::Uint8Array>() => {
            Ok(answer.unchecked_into())
        }
        Some(answer) => Err(answer
            .as_string()
            .unwrap_or_else(|| w::REPORT_FAILED.say().to_owned())),
        None => Err(w::REPORT_WORKER.say().to_owned()),
    }
}
