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

/// A .docx holding `body` (the inside of `<w:body>`), deflated as Word writes it.
pub fn docx(body: &str) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#).unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
