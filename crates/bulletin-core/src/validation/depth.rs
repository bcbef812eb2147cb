//! How deeply a document nests arrays and objects, measured without recursion so that no
//! document can overflow the stack while it is measured.

use serde_json::Value;

/// The deepest nesting of arrays and objects a bulletin may have. serde_json's reader stops
/// one level further, so a loaded document never has more; validation holds documents built
/// in memory to the same limit, and the stored copy's own bound is derived from it.
pub const MAX_DEPTH: usize = 127;

/// Levels of arrays and objects in `value`: 0 for a number or text, 1 for `[]` or `{}`.
pub fn depth(value: &Value) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(value, 1)];
    while let Some((value, level)) = pending.pop() {
        match value {
            Value::Array(items) => {
                deepest = deepest.max(level);
                pending.extend(items.iter().map(|v| (v, level + 1)));
            }
            Value::Object(members) => {
                deepest = deepest.max(level);
                pending.extend(members.values().map(|v| (v, level + 1)));
            }
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scalars_have_no_depth_and_each_container_adds_one() {
        assert_eq!(depth(&json!(1)), 0);
        assert_eq!(depth(&json!([])), 1);
        assert_eq!(depth(&json!({"a": [1, {"b": []}], "c": 2})), 4);
    }

    #[test]
    fn a_very_deep_value_is_measured_without_recursion() {
        let mut v = json!(null);
        for _ in 0..100_000 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(depth(&v), 100_000);
        // Dropping it recurses inside serde_json; unwind it by hand instead.
        while let Value::Array(mut items) = v {
            v = items.pop().unwrap_or(Value::Null);
        }
    }
}
