//! Pointers into a bulletin document that name list items by identity. A JSON pointer
//! segment `@p-3` inside a list means "the item whose `id` is `p-3`", wherever it now is, so
//! an edit made in an editor opened before another item was deleted (here, in another tab, or
//! by undo) still lands on the item it was made for, or fails loudly when that item is gone.
//! Numeric segments keep their JSON-pointer meaning (older stored histories use them).

use serde_json::Value;

/// Escapes one key or index for a JSON pointer.
pub fn pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The pointer segment that names the list item with `id`.
pub fn item_segment(id: &str) -> String {
    format!("@{}", pointer_segment(id))
}

/// The pointer of the item `id` in the list at `list` (`/projects`).
pub fn item_pointer(list: &str, id: &str) -> String {
    format!("{list}/{}", item_segment(id))
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// The id a segment names, if it is an identity segment.
pub fn segment_id(segment: &str) -> Option<String> {
    segment.strip_prefix('@').map(unescape)
}

/// The position in `items` that `segment` names: an index, or the item with that id.
fn position(items: &[Value], segment: &str) -> Option<usize> {
    match segment_id(segment) {
        Some(id) => items
            .iter()
            .position(|v| v.get("id").and_then(Value::as_str) == Some(id.as_str())),
        // JSON pointer: no leading zeros, no signs.
        None if segment == "0" || (!segment.starts_with('0') && !segment.starts_with('+')) => {
            segment.parse::<usize>().ok().filter(|i| *i < items.len())
        }
        None => None,
    }
}

fn segments(path: &str) -> Option<std::str::Split<'_, char>> {
    if path.is_empty() {
        return Some("".split('/'));
    }
    let mut parts = path.split('/');
    // A pointer starts with '/'; the empty piece before it is skipped.
    parts.next().filter(|first| first.is_empty())?;
    Some(parts)
}

/// The value at `path`, or `None` when any step of it is missing.
pub fn resolve<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(doc);
    }
    segments(path)?.try_fold(doc, |at, segment| match at {
        Value::Object(map) => map.get(&unescape(segment)),
        Value::Array(items) => position(items, segment).map(|i| &items[i]),
        _ => None,
    })
}

/// The same, mutable.
pub fn resolve_mut<'a>(doc: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    if path.is_empty() {
        return Some(doc);
    }
    segments(path)?.try_fold(doc, |at, segment| match at {
        Value::Object(map) => map.get_mut(&unescape(segment)),
        Value::Array(items) => position(items, segment).map(move |i| &mut items[i]),
        _ => None,
    })
}

/// A pointer in words for an error message: `项目“p-3”的 note`, not `/projects/@p-3/note`.
pub fn describe(path: &str) -> String {
    let Some(parts) = segments(path) else {
        return path.to_owned();
    };
    let parts: Vec<String> = parts
        .map(|s| match segment_id(s) {
            Some(id) => format!("“{id}”"),
            None => unescape(s),
        })
        .collect();
    if parts.iter().all(String::is_empty) {
        "整份通报".to_owned()
    } else {
        parts.join(" › ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn identity_segments_find_items_wherever_they_are() {
        let mut doc = json!({"projects": [{"id": "a", "n": 1}, {"id": "b/c~d", "n": 2}]});
        let p = item_pointer("/projects", "b/c~d");
        assert_eq!(p, "/projects/@b~1c~0d");
        assert_eq!(resolve(&doc, &format!("{p}/n")), Some(&json!(2)));
        doc["projects"].as_array_mut().unwrap().remove(0);
        assert_eq!(resolve(&doc, &format!("{p}/n")), Some(&json!(2)));
        assert_eq!(resolve(&doc, "/projects/@a"), None);
        *resolve_mut(&mut doc, &format!("{p}/n")).unwrap() = json!(5);
        assert_eq!(doc["projects"][0]["n"], json!(5));
    }

    #[test]
    fn numeric_segments_are_json_pointer_indices() {
        let doc = json!({"a": [10, 20], "0": "key"});
        assert_eq!(resolve(&doc, "/a/1"), Some(&json!(20)));
        assert_eq!(resolve(&doc, "/a/2"), None);
        assert_eq!(resolve(&doc, "/a/01"), None);
        assert_eq!(resolve(&doc, "/a/+1"), None);
        assert_eq!(resolve(&doc, "/0"), Some(&json!("key")));
        assert_eq!(resolve(&doc, ""), Some(&doc));
        assert_eq!(resolve(&doc, "a"), None);
    }
}
