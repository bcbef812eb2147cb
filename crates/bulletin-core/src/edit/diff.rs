//! The edits that turn one document into another, kept small when the two share most of
//! their content, so that replacing a 20,000-project copy with a snapshot that changes a few
//! projects stores a few edits, not the whole document twice.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::{Edit, item_pointer, pointer_segment};

/// Edits that, applied in order, turn `before` into `after`. Objects with the same keys (in
/// the same order) are compared key by key; arrays element by element, matched by `id` when every element has a
/// distinct one (so an added or removed project is one edit); anything else is set whole.
pub fn edits_between(before: &Value, after: &Value) -> Vec<Edit> {
    let mut edits = Vec::new();
    diff(before, after, String::new(), &mut edits);
    edits
}

fn diff(before: &Value, after: &Value, path: String, edits: &mut Vec<Edit>) {
    match (before, after) {
        // Same keys in the same order: key order is kept, so that an imported document
        // exports again exactly as it came.
        (Value::Object(a), Value::Object(b)) if a.keys().eq(b.keys()) => {
            for (key, value) in a {
                diff(
                    value,
                    &b[key],
                    format!("{path}/{}", pointer_segment(key)),
                    edits,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) if by_id(a, b, &path, edits) => {}
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff(x, y, format!("{path}/{i}"), edits);
            }
        }
        _ if same(before, after) => {}
        _ => edits.push(Edit::Set {
            path,
            before: before.clone(),
            after: after.clone(),
        }),
    }
}

/// The ids of `items`, if each has a distinct string `id`.
fn ids(items: &[Value]) -> Option<Vec<&str>> {
    let ids: Vec<&str> = items
        .iter()
        .map(|v| v.get("id").and_then(Value::as_str))
        .collect::<Option<_>>()?;
    let distinct: HashSet<&str> = ids.iter().copied().collect();
    (distinct.len() == ids.len()).then_some(ids)
}

/// Removals, insertions and element edits matched by id; false (and no edits) when the
/// elements lack ids or the kept ones changed order.
fn by_id(a: &[Value], b: &[Value], path: &str, edits: &mut Vec<Edit>) -> bool {
    let (Some(a_ids), Some(b_ids)) = (ids(a), ids(b)) else {
        return false;
    };
    let in_a: HashMap<&str, &Value> = a_ids.iter().copied().zip(a).collect();
    let in_b: HashSet<&str> = b_ids.iter().copied().collect();
    let kept_a: Vec<&str> = a_ids
        .iter()
        .copied()
        .filter(|id| in_b.contains(id))
        .collect();
    let kept_b: Vec<&str> = b_ids
        .iter()
        .copied()
        .filter(|id| in_a.contains_key(id))
        .collect();
    if kept_a != kept_b {
        return false;
    }
    // Removals from the end, so each index is still right when it is applied; then
    // insertions in order, each at its final place.
    for (i, value) in a.iter().enumerate().rev() {
        if !in_b.contains(a_ids[i]) {
            edits.push(Edit::Remove {
                path: path.to_owned(),
                index: i,
                value: value.clone(),
            });
        }
    }
    for (j, value) in b.iter().enumerate() {
        if !in_a.contains_key(b_ids[j]) {
            edits.push(Edit::Insert {
                path: path.to_owned(),
                index: j,
                value: value.clone(),
            });
        }
    }
    for (j, value) in b.iter().enumerate() {
        if let Some(old) = in_a.get(b_ids[j]) {
            diff(old, value, item_pointer(path, b_ids[j]), edits);
        }
    }
    true
}

/// Equal, with object keys in the same order (`==` ignores their order), and numbers the
/// same however their exponent is spelled: a document and its copy read back by serde_json
/// (which spells it its own way) differ in nothing, as the change list says too.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(vx, vy)| same(vx, vy))
        }
        (Value::Number(x), Value::Number(y)) => crate::json_number::same_number(x, y),
        _ => a == b,
    }
}
