//! Numbers in JSON: figures written back as `43`, not `43.0`, so that an export reads like
//! its source and diffs cleanly against it; and numbers compared and spelled as their file
//! writes them, whichever reader last read them.
//!
//! serde_json keeps a number's digits (`arbitrary_precision`) but writes its exponent its own
//! way: `1E2` and `1e2` both come back from its reader as `1e+2`. A document loaded from a
//! file has its numbers as the file spells them ([`crate::load`]); the same document read
//! back by serde_json elsewhere (the stored copy, the import worker, another tab) has the
//! reader's spelling. The two are the same number, and are compared as such.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serializer;
use serde_json::{Number, Value};

/// Serialises an `f64`, as an integer when it has no fraction.
pub fn whole_if_integral<S: Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
    // 2^53: beyond it not every integer is representable, so keep the float form.
    if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*n as i64)
    } else {
        s.serialize_f64(*n)
    }
}

/// As [`whole_if_integral`], for a figure that may be unreported (`null`).
pub fn optional_whole_if_integral<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => whole_if_integral(n, s),
        None => s.serialize_none(),
    }
}

/// How serde_json's reader spells the number literal `literal`: its exponent as `e+` or `e-`.
pub(crate) fn as_read(literal: &str) -> Cow<'_, str> {
    let Some(at) = literal.find(['e', 'E']) else {
        return Cow::Borrowed(literal);
    };
    let (mantissa, exponent) = (&literal[..at], &literal[at + 1..]);
    match exponent.as_bytes().first() {
        Some(b'+' | b'-') if literal.as_bytes()[at] == b'e' => Cow::Borrowed(literal),
        Some(b'+' | b'-') => Cow::Owned(format!("{mantissa}e{exponent}")),
        _ => Cow::Owned(format!("{mantissa}e+{exponent}")),
    }
}

/// Whether two numbers are one literal, however a reader spelled its exponent.
pub(crate) fn same_number(a: &Number, b: &Number) -> bool {
    let (a, b) = (a.as_str(), b.as_str());
    a == b || (a.contains(['e', 'E']) && as_read(a) == as_read(b))
}

/// `a == b`, with numbers compared by [`same_number`]. Objects whose keys are in the same
/// order (a copy's are) are compared member by member, without looking each key up.
pub(crate) fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => same_number(x, y),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(vx, vy)| same_value(vx, vy))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|((kx, vx), (ky, vy))| {
                    if kx == ky {
                        same_value(vx, vy)
                    } else {
                        // Keys in another order: objects are equal whatever their key order.
                        y.get(kx).is_some_and(|vy| same_value(vx, vy))
                    }
                })
        }
        _ => a == b,
    }
}

/// Whether any number of `doc` has an exponent.
pub(crate) fn has_exponent(doc: &Value) -> bool {
    match doc {
        Value::Number(n) => n.as_str().contains(['e', 'E']),
        Value::Array(items) => items.iter().any(has_exponent),
        Value::Object(map) => map.values().any(has_exponent),
        _ => false,
    }
}

/// Whether `doc` writes any number in a way serde_json's reader spells otherwise.
pub(crate) fn has_own_spellings(doc: &Value) -> bool {
    match doc {
        Value::Number(n) => as_read(n.as_str()) != n.as_str(),
        Value::Array(items) => items.iter().any(has_own_spellings),
        Value::Object(map) => map.values().any(has_own_spellings),
        _ => false,
    }
}

/// Gives each number of `value` the spelling of the number at the same place in `like`
/// where the two are the same number: places are keys, and items of lists matched by id
/// where they have one (so a project removed before another does not shift it), else by
/// position. What has no counterpart in `like` keeps its spelling.
pub(crate) fn respell_like(value: &mut Value, like: &Value) {
    match (value, like) {
        (Value::Number(n), Value::Number(l)) if n != l && same_number(n, l) => *n = l.clone(),
        (Value::Object(map), Value::Object(l)) => {
            for (key, v) in map.iter_mut() {
                if let Some(lv) = l.get(key) {
                    respell_like(v, lv);
                }
            }
        }
        (Value::Array(items), Value::Array(l)) => {
            let by_id: Option<HashMap<&str, &Value>> =
                l.iter().map(|v| Some((id_of(v)?, v))).collect();
            match by_id {
                Some(by_id) if !by_id.is_empty() => {
                    for item in items.iter_mut() {
                        if let Some(lv) = id_of(item).and_then(|id| by_id.get(id)) {
                            respell_like(item, lv);
                        }
                    }
                }
                _ => {
                    for (item, lv) in items.iter_mut().zip(l) {
                        respell_like(item, lv);
                    }
                }
            }
        }
        _ => {}
    }
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id")?.as_str()
}

/// The item of `items` that `item`, at `index` of a list like it, stands for: the one with its
/// id, or without one the one at `index`.
pub(crate) fn counterpart<'a>(item: &Value, items: &'a [Value], index: usize) -> Option<&'a Value> {
    match id_of(item) {
        Some(id) => items.iter().find(|v| id_of(v) == Some(id)),
        None => items.get(index),
    }
}

/// The number written `literal`, spelled so: serde_json offers no other way to make a number
/// from its text that keeps an exponent written `E`, or without a sign.
pub(crate) fn as_written(literal: &str) -> Number {
    Number::from_string_unchecked(literal.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_spelling_of_an_exponent() {
        for (written, read) in [
            ("1E2", "1e+2"),
            ("1e2", "1e+2"),
            ("1E+2", "1e+2"),
            ("1E-7", "1e-7"),
            ("1e-7", "1e-7"),
            ("-1.5E10", "-1.5e+10"),
            ("1.50", "1.50"),
            ("-0", "-0"),
        ] {
            assert_eq!(as_read(written), read, "{written}");
            let parsed: Number = serde_json::from_str(written).unwrap();
            assert_eq!(parsed.as_str(), read, "serde_json reads {written} so");
        }
    }

    #[test]
    fn numbers_are_the_same_however_the_exponent_is_spelled_but_not_otherwise() {
        let n = |s: &str| as_written(s);
        assert!(same_number(&n("1E2"), &n("1e+2")));
        assert!(same_number(&n("1e+2"), &n("1E2")));
        assert!(!same_number(&n("1E2"), &n("100")));
        assert!(!same_number(&n("1.50"), &n("1.5")));
        assert!(!same_number(&n("-0"), &n("0")));
        let a: Value = serde_json::from_str(r#"{"a": [1, {"b": 2}], "c": 3}"#).unwrap();
        let mut b = a.clone();
        b["a"][1]["b"] = Value::Number(n("2E0"));
        assert!(!same_value(&a, &b));
        b["a"][1]["b"] = Value::Number(n("2"));
        assert!(same_value(&a, &b));
    }

    #[test]
    fn numbers_read_back_take_the_spelling_of_the_same_number_in_the_same_place() {
        let doc = |text: &str| -> Value {
            let mut v: Value = serde_json::from_str(text).unwrap();
            crate::json_text::as_written(text, &mut v).unwrap();
            v
        };
        let original = doc(
            r#"{"a": 1E2, "b": [2e-3, 5E1, 1e+2], "c": [{"id": "x", "n": 7e1}, {"id": "y", "n": 7E1}]}"#,
        );
        assert!(has_own_spellings(&original));
        assert!(!has_own_spellings(&doc("[1e+2, 1.50, -0, 2e-3]")));
        // Read back by serde_json, the first item gone and a figure changed.
        let mut back: Value = serde_json::from_str(
            r#"{"a": 1e+2, "b": [2e-3, 6E1, 1e+2], "c": [{"id": "y", "n": 7e+1}], "d": 1E2}"#,
        )
        .unwrap();
        respell_like(&mut back, &original);
        assert_eq!(
            back.to_string(),
            r#"{"a":1E2,"b":[2e-3,6e+1,1e+2],"c":[{"id":"y","n":7E1}],"d":1e+2}"#
        );
    }
}
