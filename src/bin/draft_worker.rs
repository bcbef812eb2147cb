//! The draft worker: reads a notice's text or Word document into a draft bulletin off the
//! page's thread, so that reading a notice of 200 pages does not freeze the page, and so
//! that the reader and the .docx unpacking are not part of the page's own wasm. It answers
//! each message — `[request id, "text", text]` or `[request id, "file", bytes, name]` —
//! with `[request id, DraftReply as JSON]`.

use bulletin_core::worker_protocol::{DraftAnswer, DraftReply, READY};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, TextDecoder, TextDecoderOptions};

/// A text file's words: UTF-8 (with or without its mark), UTF-16 by its mark, or else the
/// GB18030 that Chinese Windows saves text in; `None` when none of them reads it.
fn decode(bytes: &[u8]) -> Option<String> {
    let label = match bytes {
        [0xff, 0xfe, ..] => "utf-16le",
        [0xfe, 0xff, ..] => "utf-16be",
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => return Some(text.to_owned()),
            Err(_) => "gb18030",
        },
    };
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = TextDecoder::new_with_label_and_options(label, &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

fn answer(parts: &js_sys::Array) -> DraftAnswer {
    match parts.get(1).as_string().as_deref() {
        Some("text") => {
            DraftAnswer::of_text(&parts.get(2).as_string().unwrap_or_default(), "粘贴的文本")
        }
        Some("file") => {
            let bytes = js_sys::Uint8Array::new(&parts.get(2)).to_vec();
            let name = parts.get(3).as_string().unwrap_or_default();
            let what = format!("文件“{name}”");
            // A .docx is a zip, whatever its name says.
            if bytes.starts_with(b"PK") {
                return DraftAnswer::of_docx(&bytes);
            }
            if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
                return DraftAnswer::Refused {
                    message: format!(
                        "{what}是旧的 Word 格式（.doc），无法直接读取：请在 Word 或 WPS 中另存为 .docx 后再打开"
                    ),
                };
            }
            match decode(&bytes) {
                Some(text) => DraftAnswer::of_text(&text, &what),
                None => DraftAnswer::Refused {
                    message: format!(
                        "{what}不是文本文件，也不是 Word 文档（.docx）：请打开 .txt 或 .docx 文件，或复制通报正文粘贴进来"
                    ),
                },
            }
        }
        _ => DraftAnswer::Refused {
            message: "读取请求无法识别".to_owned(),
        },
    }
}

fn reply(data: &JsValue) -> Option<js_sys::Array> {
    let parts = js_sys::Array::from(data);
    // A message without an id could not be matched to its request: nobody waits for it.
    let id = parts
        .get(0)
        .as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 1.0)? as u64;
    let text = DraftReply {
        id,
        answer: answer(&parts),
    }
    .to_text();
    Some(js_sys::Array::of2(
        &JsValue::from_f64(id as f64),
        &JsValue::from_str(&text),
    ))
}

// The same few lines as the import worker's `main`, not shared through the page's library:
// linking it adds about 20 KB to each worker.
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
