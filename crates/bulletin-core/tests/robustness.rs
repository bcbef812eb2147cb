//! No input makes loading panic, and whatever validation accepts deserialises.

mod common;

use bulletin_core::{load, load_checked, validate};
use common::{BUNDLED, bundled_value};
use serde_json::{Value, json};

/// Every path of `value`, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{k}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn any_value_anywhere_is_either_accepted_and_loadable_or_reported() {
    let doc = bundled_value();
    let mut paths = Vec::new();
    pointers(&doc, String::new(), &mut paths);
    let replacements = [
        Value::Null,
        json!(-1),
        json!(0),
        json!(1.5),
        json!(1e308),
        json!(""),
        json!("x"),
        json!("<img src=x onerror=alert(1)>"),
        json!([]),
        json!({}),
        json!(true),
    ];
    let mut checked = 0;
    for path in &paths {
        for r in &replacements {
            let mut changed = doc.clone();
            *changed.pointer_mut(path).expect("path exists") = r.clone();
            let errors = validate(&changed);
            let text = changed.to_string();
            let loaded = load(&text);
            // The page's reading of what the worker accepted gives the same bulletin; on
            // anything the worker refused it may fail but never panics.
            let checked_read = load_checked(&text);
            if let Ok(l) = &loaded {
                assert_eq!(checked_read.as_ref().ok(), Some(l), "{path} = {r}");
            }
            assert_eq!(
                errors.is_empty(),
                loaded.is_ok(),
                "{path} = {r}: {errors:?}"
            );
            if let Err(f) = loaded {
                assert!(!f.errors.is_empty());
                assert!(f.errors.iter().all(|e| !e.message.is_empty()));
            }
            checked += 1;
        }
    }
    assert!(checked > 4000, "only {checked} cases");
}

#[test]
fn truncated_files_give_an_error_never_a_panic() {
    let boundaries: Vec<usize> = BUNDLED.char_indices().map(|(i, _)| i).step_by(97).collect();
    for end in boundaries {
        let failure = load(&BUNDLED[..end]).expect_err("a cut-off file is not a bulletin");
        let e = &failure.errors[0];
        assert!(end == 0 || e.position.is_some(), "cut at {end}: {e:?}");
    }
}

#[test]
fn odd_documents_are_reported() {
    for text in [
        "null",
        "42",
        "\"通报\"",
        "[]",
        "{}",
        "{\"format\": null}",
        "\u{0}",
        "{\"a\":1}{}",
    ] {
        let failure = load(text).expect_err(text);
        assert!(!failure.errors.is_empty(), "{text}");
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let failure = load(&deep).expect_err("too deep");
    assert!(
        failure.errors[0].message.contains("嵌套层数过深"),
        "{}",
        failure.errors[0].message
    );
}
