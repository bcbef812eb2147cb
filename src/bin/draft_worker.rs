//! The draft worker: reads a notice's text or Word document into a draft bulletin off the
//! page's thread, so that reading a notice of 200 pages does not freeze the page, and so
//! that the reader and the .docx unpacking are not part of the page's own wasm. It answers
//! each message — `[request id, "text", text, language]` or `[request id, "file", bytes,
//! name, language]` — with `[request id, DraftReply as JSON]`, its words in that language.

use bulletin_core::lang::Lang;
use bulletin_core::worker_protocol::{DraftAnswer, DraftReply, READY, TextFrom};
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
    // The page's language is the message's last part; an older page's message has none.
    let lang = |at: u32| {
        parts
            .get(at)
            .as_string()
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or(Lang::Zh)
    };
    match parts.get(1).as_string().as_deref() {
        Some("text") => DraftAnswer::of_text(
            &parts.get(2).as_string().unwrap_or_default(),
            TextFrom::Pasted,
            lang(3),
        ),
        Some("file") => {
            let bytes = js_sys::Uint8Array::new(&parts.get(2)).to_vec();
            let name = parts.get(3).as_string().unwrap_or_default();
            DraftAnswer::of_file(&bytes, &name, decode, lang(4))
        }
        _ => DraftAnswer::unrecognised(lang(parts.length().saturating_sub(1))),
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
