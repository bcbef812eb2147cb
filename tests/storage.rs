//! The browser's store (IndexedDB) as the app uses it, in headless Chromium through
//! wasm-bindgen-test: guarded writes, set-aside copies, the bulletin list's heads.
#![cfg(target_arch = "wasm32")]

use bulletin_board::browser::store::{self, CopyWrite, Held, Record, Written};
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

fn write<'a>(
    key: &'a str,
    base: u64,
    text: &'a str,
    head: &'a str,
    token: &'a str,
) -> CopyWrite<'a> {
    CopyWrite {
        key,
        base,
        revision: base + 1,
        fresh: base == 0,
        token,
        text,
        head,
        original: None,
        replaces: None,
    }
}

fn text_of(record: &Record) -> &str {
    match &record.held {
        Some(Held::Text(t)) => t,
        other => panic!("not a text: {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_copy_round_trips_and_a_stale_write_is_refused() {
    assert!(store::available().await);
    let key = "bulletin-board/v1/copy/round-trip-test";
    let (text, workbench) = copy_text(1, "浏览器里的备注");
    let head = head_of(key, &text).map(|(h, _)| h).unwrap_or_default();
    let written = store::write_copy(write(key, 0, &text, &head, "tok-1")).await;
    assert_eq!(written, Ok(Written::Done));

    let back = store::read_copy(key).await.expect("readable");
    assert_eq!(back.revision.number, 1);
    assert!(back.revision.includes("tok-1"), "the write's token is kept");
    let loaded = bulletin_core::load(include_str!("../public/data/lianyungang-2023-h1.json"))
        .expect("valid");
    let (_, read, changed) =
        Stored::from_text_with_document(text_of(&back), &loaded.document).expect("readable");
    assert!(!changed);
    assert_eq!(read, workbench);

    // A tab whose copy is based on revision 0 must not overwrite revision 1.
    let (older, _) = copy_text(1, "另一个标签页的旧修改");
    let stale = store::write_copy(write(key, 0, &older, &head, "tok-2")).await;
    assert!(
        matches!(stale, Ok(Written::Newer(ref r)) if r.revision.number == 1 && text_of(r) == text)
    );
    let still = store::read_copy(key).await.expect("readable");
    assert_eq!(text_of(&still), text);
    // Based on revision 1, it goes on; the record keeps both writes' tokens.
    let next = store::write_copy(write(key, 1, &older, &head, "tok-3")).await;
    assert_eq!(next, Ok(Written::Done));
    let now = store::read_copy(key).await.expect("readable");
    assert_eq!(now.revision.number, 2);
    assert_eq!(now.revision.writes, ["tok-3", "tok-1"]);

    store::delete_where(|k| k == key).await.expect("deleted");
    let gone = store::read_copy(key).await.expect("readable");
    assert_eq!(gone.held, None);
}

#[wasm_bindgen_test]
async fn a_copy_is_listed_by_its_head_with_its_size() {
    let key = "bulletin-board/v1/copy/listed-test";
    let (text, _) = copy_text(1, "列表");
    let head = head_of(key, &text).map(|(h, _)| h).unwrap_or_default();
    store::write_copy(write(key, 0, &text, &head, "t"))
        .await
        .expect("saved");
    let heads = store::heads().await.expect("listed");
    let (_, listed, size) = heads.iter().find(|(k, _, _)| k == key).expect("listed");
    assert!(listed.len() < 400, "a head is short: {}", listed.len());
    assert_eq!(*size, text.encode_utf16().count());
    store::delete_where(|k| k == key).await.expect("deleted");
}

#[wasm_bindgen_test]
async fn setting_aside_moves_what_is_stored_and_never_replaces_an_earlier_one() {
    let key = "bulletin-board/v1/copy/set-aside-test";
    for broken in ["first broken text", "second broken text"] {
        store::put(key, broken, "").await.expect("stored");
        store::set_aside(key).await.expect("kept");
        let left = store::read_copy(key).await.expect("readable");
        assert_eq!(left.held, None, "moved, not copied");
    }
    let kept = store::set_aside_texts(key).await.expect("readable");
    assert!(kept.contains(&"first broken text".to_owned()));
    assert!(kept.contains(&"second broken text".to_owned()));
}
