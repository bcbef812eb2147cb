//! A document nested as deeply as a bulletin may be is stored and read back whole (issue 10,
//! case 6), and a stored text nested deeper than any copy of one is refused without harm.

mod common;

use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::library::entries;
use bulletin_core::{load, validate};
use common::bundled_value;
use serde_json::{Value, json};

const AT: &str = "2026-11-28T16:00:00+08:00";

/// A value `levels` arrays and objects deep, alternating between the two.
fn nested(levels: usize) -> Value {
    let mut v = json!("底");
    for i in 0..levels {
        v = if i % 2 == 0 {
            json!([v])
        } else {
            json!({ "层": v })
        };
    }
    v
}

/// The bundled bulletin with an unknown field `levels` deep, the whole document one more.
fn deep_document(levels: usize) -> Value {
    let mut doc = bundled_value();
    doc["x_deep"] = nested(levels);
    doc
}

fn note_step(w: &Workbench, note: &str) -> Step {
    Step {
        label: "修改备注".into(),
        at: AT.into(),
        edits: vec![Edit::Set {
            path: "/projects/0/note".into(),
            before: w.current()["projects"][0]["note"].clone(),
            after: json!(note),
        }],
    }
}

#[test]
fn a_copy_of_the_deepest_valid_document_is_read_back_whole() {
    let text = deep_document(126).to_string();
    let loaded = load(&text).expect("127 levels is valid");
    let mut w = Workbench::from_loaded(&loaded);
    w.apply(note_step(&w, "深层备注")).expect("valid");
    // A snapshot adds a top-level key, so the import is one edit at the root that carries the
    // whole document twice: the deepest thing a stored copy holds.
    let mut snapshot = w.current().clone();
    snapshot["snapshot"] = json!({
        "exported_at": AT,
        "app_version": "0.1.0",
        "based_on": "lianyungang-2023-h1"
    });
    let import = w.replace_step(&snapshot, "导入快照", AT);
    assert!(
        import.edits.iter().any(|e| e.path().is_empty()),
        "{:?}",
        import.edits.iter().map(Edit::path).collect::<Vec<_>>()
    );
    w.apply(import).expect("valid");
    assert!(w.undo());

    let stored = Stored::of(&w, 2, AT).to_text();
    assert!(
        serde_json::from_str::<Value>(&stored).is_err(),
        "the stored copy is deeper than serde_json reads by default"
    );
    let (_, back, changed) =
        Stored::from_text_with_document(&stored, &loaded.document).expect("readable");
    assert!(!changed);
    assert_eq!(back, w);
    let (_, back, changed) = Stored::from_text(&stored, &loaded.bulletin).expect("readable");
    assert!(!changed);
    assert_eq!(back, w);
    let mut back = back;
    assert!(back.redo(), "the import is still in the history");
    assert_eq!(back.current(), &snapshot);

    // The switcher still lists it.
    let listed = entries(
        [(
            "bulletin-board/v1/copy/lianyungang-2023-h1",
            stored.as_str(),
        )],
        &loaded.bulletin,
    );
    assert_eq!(listed[0].title, loaded.bulletin.title);
}

#[test]
fn a_document_deeper_than_the_limit_is_not_a_valid_bulletin() {
    assert!(load(&deep_document(127).to_string()).is_err());
    // Built in memory, where no reader stops it, validation does.
    let errors = validate(&deep_document(127));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path.as_str(), "x_deep");
    assert!(errors[0].message.contains("127"), "{}", errors[0].message);
    assert!(validate(&deep_document(126)).is_empty());
}

#[test]
fn a_stored_text_nested_ten_thousand_deep_is_refused_in_words() {
    let raw = format!(
        "{{\"format\":\"minsheng-bulletin-workbench\",\"storage_version\":1,\"current\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let original = load(common::BUNDLED).expect("valid");
    let e = Stored::from_text_with_document(&raw, &original.document).expect_err("too deep");
    assert!(e.message.contains("嵌套"), "{}", e.message);
    assert_eq!(e.raw, raw, "the raw text is kept for the user");
    let e = Stored::from_text(&raw, &original.bulletin).expect_err("too deep");
    assert!(e.message.contains("嵌套"), "{}", e.message);

    // Unclosed, as a cut-off or hostile text would be.
    let open = format!("{{\"current\":{}", "{\"a\":".repeat(10_000));
    let e = Stored::from_text(&open, &original.bulletin).expect_err("too deep");
    assert!(e.message.contains("嵌套"), "{}", e.message);
}

#[test]
fn brackets_inside_text_do_not_count_as_nesting() {
    let loaded = load(common::BUNDLED).expect("valid");
    let mut w = Workbench::from_loaded(&loaded);
    let note = format!("{}\\\"{}", "[".repeat(500), "{".repeat(500));
    w.apply(note_step(&w, &note)).expect("valid");
    let stored = Stored::of(&w, 1, AT).to_text();
    let (_, back, _) =
        Stored::from_text_with_document(&stored, &loaded.document).expect("readable");
    assert_eq!(back, w);
}
