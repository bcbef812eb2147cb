//! Files the user picks or drops: the one chosen in a file input, and its bytes.

use wasm_bindgen::JsCast;
use web_sys::File;

/// The file chosen in the file input an event came from; the input is cleared, so that
/// picking the same file again fires again.
pub fn picked(ev: &web_sys::Event) -> Option<File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The whole file's bytes; `None` when the browser cannot read it (gone, or not allowed).
pub async fn bytes(file: &File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
