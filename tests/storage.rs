//! The user's copy through the app's storage module and the browser's real localStorage
//! (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use bulletin_board::storage;
use bulletin_core::edit::{Edit, Step, Stored, Workbench, storage_key};
use serde_json::json;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_copy_with_history_round_trips_through_local_storage() {
    assert!(storage::available());
    let bulletin = bulletin_core::load(include_str!("../public/data/lianyungang-2023-h1.json"))
        .expect("valid")
        .bulletin;
    let mut workbench = Workbench::new(&bulletin);
    let step = Step {
        label: "改备注".into(),
        at: "2026-11-28T08:00:00Z".into(),
        edits: vec![Edit::Set {
            path: "/projects/2/note".into(),
            before: json!(""),
            after: json!("浏览器里的备注"),
        }],
    };
    workbench.apply(step).expect("valid edit");
    storage::write(&Stored::of(&workbench, 3, "2026-11-28T08:00:01Z")).expect("saved");

    let raw = storage::read(&bulletin.id).expect("stored");
    let (stored, back, original_changed) = Stored::from_text(&raw, &bulletin).expect("readable");
    assert!(!original_changed);
    assert_eq!(stored.revision, 3);
    assert_eq!(back, workbench);
    assert_eq!(back.bulletin().projects[2].note, "浏览器里的备注");
    assert!(back.can_undo());

    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    local
        .remove_item(&storage_key(&bulletin.id))
        .expect("cleaned up");
    assert!(storage::read(&bulletin.id).is_none());
}
