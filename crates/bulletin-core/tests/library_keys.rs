//! Storage keys and the identity of a copy: one copy per file whatever the spelling of its
//! address, keys that belong to an entry, revision records, and the list heads.

mod common;

use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::library::{
    CopyOf, KEPT_WRITES, Legacy, Revision, SiteFile, StoredKey, classify, head_of, is_rescue_of,
    keys_of, original_key, rescue_key, storage_key, tab_rescue_key, write_token,
};
use bulletin_core::load;
use serde_json::{Value, json};

#[test]
fn one_site_file_is_one_copy_however_its_address_is_spelled() {
    let page = "/app/index.html";
    let same = [
        SiteFile::resolved(page, "/app/data/x.json"),
        SiteFile::resolved("/app/", "/app/data/x.json?v=2"),
        SiteFile::resolved(page, "/app/data/x.json#top"),
        SiteFile::resolved(page, "/app/data/%78.json"),
        SiteFile::written("data/x.json"),
        SiteFile::written("./data/x.json"),
        SiteFile::written("./././data/x.json?v=3"),
    ];
    for file in &same {
        assert_eq!(file.as_str(), "data/x.json", "{file:?}");
    }
    let key = CopyOf::site("a", same[0].clone()).key();
    assert!(
        same.iter()
            .all(|f| CopyOf::site("a", f.clone()).key() == key)
    );
    // A file outside the app's folder keeps its path from the site's root.
    assert_eq!(
        SiteFile::resolved("/app/", "/other/x.json").as_str(),
        "/other/x.json"
    );
    // Chinese names as the browser escapes them.
    assert_eq!(
        SiteFile::resolved("/", "/data/%E9%80%9A%E6%8A%A5.json").as_str(),
        "data/通报.json"
    );
    // A broken escape is kept as written rather than guessed at.
    assert_eq!(SiteFile::written("a%zz.json").as_str(), "a%zz.json");
    assert_eq!(SiteFile::written("a%e9.json").as_str(), "a%e9.json");
    assert_eq!(SiteFile::written("a%4g.json").as_str(), "a%4g.json");
    assert_eq!(SiteFile::written("a%g4.json").as_str(), "a%g4.json");
    assert_eq!(SiteFile::written("a%4").as_str(), "a%4");
    // A page address with no folder at all.
    assert_eq!(
        SiteFile::resolved("", "/data/x.json").as_str(),
        "/data/x.json"
    );
}

#[test]
fn different_files_and_different_places_never_share_a_copy() {
    let x = CopyOf::site("a", SiteFile::written("data/x.json"));
    let y = CopyOf::site("a", SiteFile::written("data/y.json"));
    let kept = CopyOf::kept("a");
    assert_ne!(x.key(), y.key());
    assert_ne!(x.key(), kept.key());
    assert_eq!(kept.key(), storage_key("a"));
    assert_eq!(kept.entry_id(), "a");
    // The same file of another bulletin id is another copy too.
    assert_ne!(
        x.key(),
        CopyOf::site("b", SiteFile::written("data/x.json")).key()
    );
    // A site copy's key reads back as an entry of its own.
    let parsed = StoredKey::parse(&x.key()).expect("ours");
    assert_eq!(parsed.id(), x.entry_id());
    assert!(CopyOf::is_site_copy_of(&x.entry_id(), "a"));
    assert!(!CopyOf::is_site_copy_of(&x.entry_id(), "b"));
    assert!(!CopyOf::is_site_copy_of("a", "a"));
    assert!(!CopyOf::is_site_copy_of("a--src-xyz", "a"));
    assert!(
        !CopyOf::is_site_copy_of("a--src-zzzzzzzzzzzzzzzz", "a"),
        "not hex"
    );
    assert!(
        !CopyOf::is_site_copy_of("a--src-0123456789abcdef0", "a"),
        "too long"
    );
}

#[test]
fn the_key_of_a_site_copy_is_what_earlier_releases_wrote_for_a_plain_address() {
    // Copies stored before addresses were normalised stay reachable for the usual spelling.
    assert_eq!(
        CopyOf::site("lianyungang-2023-h1", SiteFile::written("data/x.json")).key(),
        "bulletin-board/v1/copy/lianyungang-2023-h1--src-0dff6ee35a63c5a6"
    );
}

#[test]
fn an_entry_owns_its_copy_original_old_set_aside_copy_and_rescue() {
    let keys = keys_of("x");
    assert_eq!(
        keys,
        [
            original_key("x"),
            format!("{}/unreadable", storage_key("x")),
            rescue_key(&storage_key("x")),
            storage_key("x"),
        ]
    );
    assert_eq!(original_key("x"), "bulletin-board/v1/original/x");
    assert_eq!(storage_key("x"), "bulletin-board/v1/copy/x");
    assert_eq!(
        rescue_key(&storage_key("x")),
        "bulletin-board/v1/rescue/bulletin-board/v1/copy/x"
    );
}

#[test]
fn each_page_keeps_its_own_rescue_and_every_one_is_found() {
    let copy = storage_key("x");
    let a = tab_rescue_key(&copy, "a");
    let b = tab_rescue_key(&copy, "b");
    assert_ne!(a, b);
    for key in [&a, &b, &rescue_key(&copy)] {
        assert!(is_rescue_of(key, &copy), "{key}");
    }
    // Not another copy's whose key merely starts the same.
    assert!(!is_rescue_of(
        &tab_rescue_key(&storage_key("x-2"), "a"),
        &copy
    ));
    assert!(!is_rescue_of(&rescue_key(&storage_key("xy")), &copy));
    assert!(!is_rescue_of(&copy, &copy));
}

#[test]
fn revision_records_keep_the_latest_writes_newest_first() {
    assert_eq!(
        Revision::parse("7"),
        Revision {
            number: 7,
            writes: vec![]
        }
    );
    assert_eq!(Revision::parse("7 migrated").number, 7);
    assert_eq!(Revision::parse("").number, 0);
    assert_eq!(Revision::parse("x 1").number, 0);
    let r = Revision::parse("3 b a");
    assert!(r.includes("a") && r.includes("b") && !r.includes("c"));
    let next = r.after(4, "c");
    assert_eq!(next.to_record(), "4 c b a");
    assert_eq!(Revision::parse(&next.to_record()), next);
    let mut many = Revision::default();
    for i in 0..KEPT_WRITES + 5 {
        many = many.after(i as u64 + 1, &format!("t{i}"));
    }
    assert_eq!(many.writes.len(), KEPT_WRITES);
    assert_eq!(many.writes[0], format!("t{}", KEPT_WRITES + 4));
    assert!(!many.includes("t0"));
    let token = write_token("2026-12-01T08:00:00.123Z", 0.5);
    assert!(!token.contains(' ') && !token.is_empty());
    assert_ne!(token, write_token("2026-12-01T08:00:00.123Z", 0.25));
    assert_ne!(token, write_token("2026-12-01T08:00:01.123Z", 0.5));
}

fn stored_copy(title: &str, revision: u64, source: Option<&str>) -> String {
    let bulletin = load(common::BUNDLED).expect("valid").bulletin;
    let mut w = Workbench::new(&bulletin);
    w.apply(Step {
        label: "改标题".to_owned(),
        at: "2026-12-01T08:00:00Z".to_owned(),
        edits: vec![Edit::Set {
            path: "/title".to_owned(),
            before: json!(bulletin.title),
            after: json!(title),
        }],
    })
    .expect("applies");
    Stored::of(&w, revision, "2026-12-01T08:00:00Z")
        .with_source(source.map(str::to_owned))
        .to_text()
}

#[test]
fn heads_summarise_copies_and_originals_with_their_size() {
    let copy = stored_copy("新标题", 9, Some("data/x.json"));
    let (head, revision) = head_of(&storage_key("a"), &copy).expect("a copy");
    assert_eq!(revision, Some(9));
    let head: Value = serde_json::from_str(&head).expect("json");
    assert_eq!(head["current"]["title"], "新标题");
    assert_eq!(head["source"], "data/x.json");
    assert_eq!(head["saved_at"], "2026-12-01T08:00:00Z");
    assert_eq!(head["chars"], copy.encode_utf16().count());
    assert!(head.get("revision").is_none());

    let (head, revision) = head_of(&original_key("a"), common::BUNDLED).expect("an original");
    assert_eq!(revision, None);
    let head: Value = serde_json::from_str(&head).expect("json");
    assert_eq!(head["title"], load(common::BUNDLED).unwrap().bulletin.title);
    assert_eq!(head["period"]["year"], 2023);
    assert_eq!(head["chars"], common::BUNDLED.encode_utf16().count());

    assert_eq!(head_of("other-app/x", &copy), None);
    assert_eq!(head_of(&storage_key("a"), "{broken"), None);
    assert_eq!(head_of(&storage_key("a"), common::BUNDLED), None);
}

#[test]
fn items_of_earlier_releases_go_to_their_keys() {
    let site = stored_copy("t", 4, Some("./data/x.json?v=1"));
    match classify(&storage_key("a"), &site) {
        Legacy::Text {
            key,
            revision,
            head,
        } => {
            assert_eq!(
                key,
                CopyOf::site("a", SiteFile::written("data/x.json")).key()
            );
            assert_eq!(revision, Some(4));
            assert!(head.contains("\"chars\""));
        }
        other => panic!("{other:?}"),
    }
    let plain = stored_copy("t", 2, None);
    assert!(matches!(
        classify(&storage_key("a"), &plain),
        Legacy::Text { key, .. } if key == storage_key("a")
    ));
    assert_eq!(
        classify(&format!("{}/unreadable", storage_key("a")), "x"),
        Legacy::Aside(storage_key("a"))
    );
    assert!(matches!(
        classify(&storage_key("a"), "{broken"),
        Legacy::Text { head, revision: None, .. } if head.is_empty()
    ));
    assert_eq!(
        classify(&rescue_key(&storage_key("a")), &plain),
        Legacy::Other
    );
    assert_eq!(classify("other-app/x", &plain), Legacy::Other);
}
