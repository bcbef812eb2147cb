//! Saving what the page made as a file the user downloads: CSV and JSON as text, Word and
//! Excel files as bytes.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `file_name`; false if the browser refused.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    download(file_name, mime, &wasm_bindgen::JsValue::from_str(text))
}

/// Offers `bytes` (a `Uint8Array`) as a download named `file_name`; false if the browser refused.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> bool {
    download(file_name, mime, bytes)
}

fn download(file_name: &str, mime: &str, part: &wasm_bindgen::JsValue) -> bool {
    (|| {
        let parts = js_sys::Array::of1(part);
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        // The click has started the download; the URL is no longer needed.
        Url::revoke_object_url(&url).ok()?;
        Some(())
    })()
    .is_some()
}
