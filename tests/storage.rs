//! The browser's store (IndexedDB) as the app uses it, in headless Chromium through
//! wasm-bindgen-test: guarded writes, set-aside copies, the bulletin list's heads.
#![cfg(target_arch = "wasm32")]

use bulletin_board::browser::store::{self, Written};
use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::library::head_of;
use serde_json::json;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn copy_text(revision: u64, note: &str) -> (String, Workbench) {
    let loaded = bulletin_core::load(include_str!("../public/data/lianyungang-2023-h1.json"))
        .expect("valid");
    let mut workbench = Workbench::from_loaded(&loaded);
    let before = workbench.current()["projects"][2]["note"].clone();
    workbench
        .apply(Step {
            label: "改备注".into(),
            at: "2026-11-28T08:00:00Z".into(),
            edits: vec![Edit::Set {
                path: "/projects/2/note".into(),
                before,
                after: json!(note),
            }],
        })
        .expect("valid edit");
    let text = Stored::of(&workbench, revision, "2026-11-28T08:00:01Z").to_text();
    (text, workbench)
}

#[wasm_bindgen_test]
async fn a_copy_round_trips_and_a_stale_write_is_refused() {
    assert!(store::available().await);
    let key = "bulletin-board/v1/copy/round-trip-test";
    let (text, workbench) = copy_text(1, "浏览器里的备注");
    let head = head_of(key, &text).map(|(h, _)| h).unwrap_or_default();
    let written = store::write_copy(key, 0, 1, &text, &head, None).await;
    assert_eq!(written, Ok(Written::Done));

    let back = store::read_copy(key)
        .await
        .expect("readable")
        .expect("stored");
    assert_eq!(back.revision, 1);
    let loaded = bulletin_core::load(include_str!("../public/data/lianyungang-2023-h1.json"))
        .expect("valid");
    let (_, read, changed) =
        Stored::from_text_with_document(&back.text, &loaded.document).expect("readable");
    assert!(!changed);
    assert_eq!(read, workbench);

    // A tab whose copy is based on revision 0 must not overwrite revision 1.
    let (older, _) = copy_text(1, "另一个标签页的旧修改");
    let stale = store::write_copy(key, 0, 1, &older, &head, None).await;
    assert!(matches!(stale, Ok(Written::Newer(Some(ref c))) if c.revision == 1 && c.text == text));
    let still = store::read_copy(key)
        .await
        .expect("readable")
        .expect("stored");
    assert_eq!(still.text, text);

    store::delete_where(|k| k == key).await.expect("deleted");
    assert_eq!(store::read_copy(key).await, Ok(None));
}

#[wasm_bindgen_test]
async fn a_copy_is_listed_by_its_head_with_its_size() {
    let key = "bulletin-board/v1/copy/listed-test";
    let (text, _) = copy_text(1, "列表");
    let head = head_of(key, &text).map(|(h, _)| h).unwrap_or_default();
    store::write_copy(key, 0, 1, &text, &head, None)
        .await
        .expect("saved");
    let heads = store::heads().await.expect("listed");
    let (_, listed, size) = heads.iter().find(|(k, _, _)| k == key).expect("listed");
    assert!(listed.len() < 400, "a head is short: {}", listed.len());
    assert_eq!(*size, text.encode_utf16().count());
    store::delete_where(|k| k == key).await.expect("deleted");
}

#[wasm_bindgen_test]
async fn setting_aside_never_replaces_an_earlier_unreadable_copy() {
    let key = "bulletin-board/v1/copy/set-aside-test";
    store::set_aside(key, "first broken text")
        .await
        .expect("kept");
    store::set_aside(key, "second broken text")
        .await
        .expect("kept");
    let kept = store::set_aside_texts(key).await.expect("readable");
    assert!(kept.contains(&"first broken text".to_owned()));
    assert!(kept.contains(&"second broken text".to_owned()));
}
