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
    let key = storage::copy_key(&bulletin.id, None);
    assert_eq!(key, storage_key(&bulletin.id));
    let text = Stored::of(&workbench, 3, "2026-11-28T08:00:01Z").to_text();
    storage::write_copy(&key, 3, "tab-a", &text).expect("saved");
    assert_eq!(storage::revision(&key), 3);
    assert_eq!(storage::writer(&key).as_deref(), Some("tab-a"));

    let raw = storage::get(&key).expect("stored");
    let (stored, back, original_changed) = Stored::from_text(&raw, &bulletin).expect("readable");
    assert!(!original_changed);
    assert_eq!(stored.revision, 3);
    assert_eq!(back, workbench);
    assert_eq!(back.bulletin().projects[2].note, "浏览器里的备注");
    assert!(back.can_undo());

    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    local.remove_item(&key).expect("cleaned up");
    local
        .remove_item(&format!("{key}/rev"))
        .expect("cleaned up");
    assert!(storage::get(&key).is_none());
    assert_eq!(storage::revision(&key), 0);
}

#[wasm_bindgen_test]
fn a_site_file_gets_a_copy_apart_from_a_bulletin_with_its_id() {
    let home = storage::copy_key("same-id", None);
    let site = storage::copy_key("same-id", Some("data/a.json"));
    let other_site = storage::copy_key("same-id", Some("data/b.json"));
    assert_ne!(home, site);
    assert_ne!(site, other_site);
    assert!(bulletin_core::library::StoredKey::parse(&site).is_some());
}

#[wasm_bindgen_test]
fn set_aside_never_replaces_an_earlier_unreadable_copy() {
    let key = storage::copy_key("set-aside-test", None);
    assert!(storage::set_aside(&key, "first broken text"));
    assert!(storage::set_aside(&key, "second broken text"));
    assert!(storage::set_aside(&key, "first broken text"));
    let kept: Vec<String> = storage::keys()
        .into_iter()
        .filter(|k| k.starts_with(&format!("{key}/unreadable")))
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    let texts: Vec<String> = kept.iter().filter_map(|k| storage::get(k)).collect();
    assert!(texts.contains(&"first broken text".to_owned()));
    assert!(texts.contains(&"second broken text".to_owned()));
    for k in kept {
        storage::remove(&k);
    }
}
