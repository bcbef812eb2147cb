//! A reviewed draft made a bulletin: checked as an import is, given an id of its own, and
//! kept with the notice's text it was read from (通报原文).

use serde_json::{Map, Value};

use super::Draft;
use crate::blank::new_id;
use crate::{Bulletin, load};

/// The bulletin of a reviewed draft, its id not in `taken` and `original` kept as its
/// `source.text`; or what the format refuses, each place first. A required text the notice
/// does not give stays 未注明, to be finished in the editor, as a blank bulletin is; a
/// required date or number it does not give is refused here.
pub fn accept(
    draft: &Draft,
    original: &str,
    taken: impl Fn(&str) -> bool,
) -> Result<Bulletin, Vec<String>> {
    let mut doc = draft.document.clone();
    let year = doc
        .pointer("/period/year")
        .and_then(Value::as_i64)
        .unwrap_or_default();
    let Some(o) = doc.as_object_mut() else {
        return Err(vec!["整份文件：不是一份通报".to_owned()]);
    };
    o.insert("id".to_owned(), Value::from(new_id(year, taken)));
    let source = o
        .entry("source")
        .or_insert_with(|| Value::Object(Map::new()));
    if !source.is_object() {
        *source = Value::Object(Map::new());
    }
    if let Some(s) = source.as_object_mut() {
        s.insert("text".to_owned(), Value::from(original));
    }
    load(&doc.to_string())
        .map(|l| l.bulletin)
        .map_err(|failure| {
            failure
                .errors
                .iter()
                .map(|e| {
                    if draft.missing.iter().any(|m| m == e.path.as_str()) {
                        format!("{}：通报未写明，请填写", e.path.place())
                    } else {
                        e.to_string()
                    }
                })
                .collect()
        })
}
