//! Shared helpers for the bulletin-core integration tests.
#![allow(dead_code)]

use std::collections::HashMap;

use bulletin_core::form::{Record, to_text};
use serde_json::Value;

/// The bulletin bundled with the app.
pub const BUNDLED: &str = include_str!("../../../../public/data/lianyungang-2023-h1.json");

/// The simplified-Chinese source text the bundled bulletin was transcribed from.
pub const SOURCE: &str = include_str!("../../../../docs/source/bulletin-2023-h1.zh-Hans.txt");

/// The bundled bulletin as a JSON value, to be mutated by a test.
pub fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED).expect("bundled bulletin is JSON")
}

/// Sets the value at a dotted path such as `projects.3.sector`; `None` removes it.
pub fn set(doc: &mut Value, path: &str, new: Option<Value>) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().expect("non-empty path");
    let mut cur = doc;
    for p in parts {
        cur = match p.parse::<usize>() {
            Ok(i) => &mut cur[i],
            Err(_) => &mut cur[p],
        };
    }
    match (new, last.parse::<usize>()) {
        (Some(v), Ok(i)) => cur[i] = v,
        (Some(v), Err(_)) => cur[last] = v,
        (None, Ok(i)) => {
            cur.as_array_mut().expect("array").remove(i);
        }
        (None, Err(_)) => {
            cur.as_object_mut().expect("object").remove(last);
        }
    }
}

/// The first line where two documents differ when pretty-printed, to keep failures readable.
pub fn first_difference(a: &Value, b: &Value) -> Option<String> {
    let (a, b) = (
        serde_json::to_string_pretty(a).ok()?,
        serde_json::to_string_pretty(b).ok()?,
    );
    let mut lines = a.lines().zip(b.lines()).enumerate();
    match lines.find(|(_, (x, y))| x != y) {
        Some((i, (x, y))) => Some(format!("line {}: {x} != {y}", i + 1)),
        None if a.lines().count() != b.lines().count() => Some("different lengths".into()),
        None => None,
    }
}

/// What an editor shows for `record` when it opens, as typed text by field.
pub fn opened(record: &Record) -> HashMap<&'static str, String> {
    record
        .fields
        .iter()
        .map(|f| (f.key, to_text(&f.kind, &record.initial(f.key))))
        .collect()
}
