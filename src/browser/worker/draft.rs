//! The draft worker (`src/bin/draft_worker.rs`): a notice's text or Word document read into
//! a draft bulletin off the page's thread. The reader and the .docx unpacking live only in
//! that worker's wasm, fetched when a draft is first read, so the page does not carry them;
//! where workers cannot be used, the page says so rather than freezing.

use bulletin_core::worker_protocol::{DraftAnswer, DraftReply};
use wasm_bindgen::JsValue;

use super::{Line, ask};
use crate::browser::timing::measured;
use crate::i18n::{Say, lang, notices as w};

thread_local! {
    static DRAFT: Line = const { Line::new("./draft_worker_loader.js") };
}

/// What to read.
pub enum DraftSource {
    /// Text pasted in the page.
    Pasted(String),
    /// A file's name and bytes (.txt in UTF-8, UTF-16 or GB18030, or .docx).
    File(String, Vec<u8>),
}

/// The draft read from `source`, or why it could not be.
pub async fn read_draft(source: DraftSource) -> DraftAnswer {
    // The worker answers in the page's language.
    let language = JsValue::from_str(lang().code());
    let asked = ask(&DRAFT, |id| match &source {
        DraftSource::Pasted(text) => js_sys::Array::of4(
            &id,
            &JsValue::from_str("text"),
            &JsValue::from_str(text),
            &language,
        ),
        DraftSource::File(name, bytes) => js_sys::Array::of5(
            &id,
            &JsValue::from_str("file"),
            &js_sys::Uint8Array::from(bytes.as_slice()).into(),
            &JsValue::from_str(name),
            &language,
        ),
    })
    .await
    .and_then(|a| a.as_string());
    match asked
        .as_deref()
        .and_then(|t| measured("draft:parse", || DraftReply::from_text(t)))
    {
        Some(reply) => reply.answer,
        None => DraftAnswer::Refused {
            message: w::DRAFT_WORKER.say().to_owned(),
        },
    }
}
