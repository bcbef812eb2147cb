//! Shared helpers for the bulletin-core integration tests.
#![allow(dead_code)]

use serde_json::Value;

/// The bulletin bundled with the app.
pub const BUNDLED: &str = include_str!("../../../public/data/lianyungang-2023-h1.json");

/// The simplified-Chinese source text the bundled bulletin was transcribed from.
pub const SOURCE: &str = include_str!("../../../docs/source/bulletin-2023-h1.zh-Hans.txt");

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
