//! The list of bulletins kept in this browser, read from storage items.

mod common;

use bulletin_core::edit::{Edit, Step, Stored, Workbench, storage_key};
use bulletin_core::library::{Origin, StoredKey, entries, keys_of, original_key};
use bulletin_core::{Bulletin, load};
use serde_json::json;

const BUNDLED_ID: &str = "lianyungang-2023-h1";

/// The bundled bulletin, under a short title to tell it apart in the list.
fn bundled() -> Bulletin {
    let mut b = load(common::BUNDLED).expect("valid").bulletin;
    b.title = "内置通报".to_owned();
    b
}

/// A valid bulletin like the bundled one, with another id and title.
fn other(id: &str, title: &str) -> String {
    let mut doc = common::bundled_value();
    doc["id"] = json!(id);
    doc["title"] = json!(title);
    doc.to_string()
}

/// The stored copy of `text` with its title edited to `title`.
fn edited_copy(text: &str, title: &str, source: Option<&str>) -> String {
    let bulletin = load(text).expect("valid").bulletin;
    let mut workbench = Workbench::new(&bulletin);
    let before = json!(bulletin.title);
    workbench
        .apply(Step {
            label: "改标题".to_owned(),
            at: "2026-11-28T10:00:00Z".to_owned(),
            edits: vec![Edit::Set {
                path: "/title".to_owned(),
                before,
                after: json!(title),
            }],
        })
        .expect("edit applies");
    Stored::of(&workbench, 3, "2026-11-28T10:00:00Z")
        .with_source(source.map(str::to_owned))
        .to_text()
}

#[test]
fn keys_are_read_only_when_they_are_ours_and_well_formed() {
    assert_eq!(
        StoredKey::parse(&storage_key("a-1")),
        Some(StoredKey::Copy("a-1".to_owned()))
    );
    assert_eq!(
        StoredKey::parse(&original_key("b2")),
        Some(StoredKey::Original("b2".to_owned()))
    );
    for key in [
        "bulletin-board/v1/copy/",
        "bulletin-board/v1/copy/a/unreadable",
        "bulletin-board/v1/copy/Upper",
        "bulletin-board/v2/copy/a",
        "other-app/copy/a",
        "",
    ] {
        assert_eq!(StoredKey::parse(key), None, "{key}");
    }
}

#[test]
fn deleting_a_bulletin_removes_its_copy_original_and_set_aside_copy() {
    let keys = keys_of("x");
    assert!(keys.contains(&storage_key("x")));
    assert!(keys.contains(&original_key("x")));
    assert!(keys.contains(&format!("{}/unreadable", storage_key("x"))));
}

#[test]
fn bundled_bulletin_is_listed_first_even_with_nothing_stored() {
    let list = entries([], &bundled());
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, BUNDLED_ID);
    assert_eq!(list[0].title, "内置通报");
    assert_eq!(list[0].origin, Origin::Bundled);
    assert_eq!(list[0].saved_at, None);
}

#[test]
fn imported_site_and_edited_bulletins_are_listed_with_their_titles() {
    let imported = other("imported-1", "导入的通报");
    let imported_copy = edited_copy(&imported, "导入后改过的标题", None);
    let site_copy = edited_copy(
        &other("site-1", "网站通报"),
        "网站通报（改）",
        Some("data/x.json"),
    );
    let bundled_copy = edited_copy(common::BUNDLED, "改过的内置通报", None);
    let items = [
        // The copy before the original: the copy's title still wins.
        (storage_key("imported-1"), imported_copy),
        (original_key("imported-1"), imported.clone()),
        (storage_key("site-1"), site_copy),
        (storage_key(BUNDLED_ID), bundled_copy),
        ("somebody-else".to_owned(), "{".to_owned()),
    ];
    let list = entries(
        items.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &bundled(),
    );
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [BUNDLED_ID, "imported-1", "site-1"]);
    assert_eq!(list[0].title, "改过的内置通报");
    assert_eq!(list[0].origin, Origin::Bundled);
    assert_eq!(list[1].title, "导入后改过的标题");
    assert_eq!(list[1].origin, Origin::Imported);
    assert_eq!(list[1].period, "2023年上半年");
    assert_eq!(list[1].saved_at.as_deref(), Some("2026-11-28T10:00:00Z"));
    assert!(list[1].stored_chars > imported.len() / 2);
    assert_eq!(list[2].origin, Origin::Site("data/x.json".to_owned()));
}

#[test]
fn unreadable_items_still_list_their_bulletin_so_it_can_be_deleted() {
    let items = [(storage_key("broken"), "{not json".to_owned())];
    let list = entries(
        items.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &bundled(),
    );
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].id, "broken");
    assert_eq!(list[1].title, "broken");
    assert_eq!(list[1].origin, Origin::Unknown);
}

#[test]
fn stored_copies_without_a_source_field_still_read() {
    // Copies written before `source` existed have no such field.
    let text = edited_copy(common::BUNDLED, "t", None);
    assert!(!text.contains("\"source\""));
    let original = load(common::BUNDLED).expect("valid").bulletin;
    let (stored, _, _) = Stored::from_text(&text, &original).expect("reads");
    assert_eq!(stored.source, None);
    let with = edited_copy(common::BUNDLED, "t", Some("data/a.json"));
    let (stored, _, _) = Stored::from_text(&with, &original).expect("reads");
    assert_eq!(stored.source.as_deref(), Some("data/a.json"));
}

#[test]
fn each_origin_opens_by_its_own_address() {
    assert_eq!(Origin::Bundled.query("x").as_deref(), Some(""));
    assert_eq!(
        Origin::Imported.query("a-1").as_deref(),
        Some("?bulletin=a-1")
    );
    assert_eq!(
        Origin::Site("data/通报 1.json".to_owned())
            .query("x")
            .as_deref(),
        Some("?src=data%2F%E9%80%9A%E6%8A%A5+1.json")
    );
    assert_eq!(Origin::Unknown.query("x"), None);
}

#[test]
fn the_bundled_bulletin_keeps_its_own_title_when_only_an_unreadable_copy_is_stored() {
    let items = [(storage_key(BUNDLED_ID), "{broken".to_owned())];
    let list = entries(
        items.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &bundled(),
    );
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].title, "内置通报", "not its id");
    assert_eq!(list[0].saved_at, None);
    assert_eq!(
        list[0].stored_chars,
        "{broken".len(),
        "what it takes is still counted"
    );
}
