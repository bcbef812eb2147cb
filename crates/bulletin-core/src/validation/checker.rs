//! Typed reads from a JSON value that record an error with its path instead of failing.

use serde_json::{Map, Value};

use crate::{Diagnostic, JsonPath};

/// Collects every error of a document in one pass, so users see them all at once.
#[derive(Default)]
pub(crate) struct Checker {
    pub errors: Vec<Diagnostic>,
}

impl Checker {
    pub fn error(&mut self, path: &JsonPath, message: impl Into<String>) {
        self.errors.push(Diagnostic::error(path.clone(), message));
    }

    fn wrong_type(&mut self, path: &JsonPath, expected: &str, actual: &Value) {
        self.error(path, format!("应为{expected}，实际是{}", describe(actual)));
    }

    /// The object at `path`, or an error.
    pub fn object<'a>(
        &mut self,
        value: &'a Value,
        path: &JsonPath,
    ) -> Option<&'a Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                self.wrong_type(path, "对象", other);
                None
            }
        }
    }

    /// The array at `path`, or an error.
    pub fn array<'a>(&mut self, value: &'a Value, path: &JsonPath) -> Option<&'a [Value]> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.wrong_type(path, "数组", other);
                None
            }
        }
    }

    /// A required member of `object`, with its path; an error when it is missing.
    pub fn required<'a>(
        &mut self,
        object: &'a Map<String, Value>,
        path: &JsonPath,
        key: &str,
    ) -> Option<(&'a Value, JsonPath)> {
        let member = path.key(key);
        match object.get(key) {
            Some(value) => Some((value, member)),
            None => {
                self.error(&member, "缺少必填字段");
                None
            }
        }
    }

    /// An optional member of `object`: absent and `null` both read as `None`.
    pub fn optional<'a>(
        object: &'a Map<String, Value>,
        path: &JsonPath,
        key: &str,
    ) -> Option<(&'a Value, JsonPath)> {
        object
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| (v, path.key(key)))
    }

    /// A string; `non_empty` also rejects blank text.
    pub fn text<'a>(
        &mut self,
        value: &'a Value,
        path: &JsonPath,
        non_empty: bool,
    ) -> Option<&'a str> {
        match value {
            Value::String(s) if non_empty && s.trim().is_empty() => {
                self.error(path, "不能为空");
                None
            }
            Value::String(s) => Some(s),
            other => {
                self.wrong_type(path, "文本", other);
                None
            }
        }
    }

    /// A non-negative integer count.
    pub fn count(&mut self, value: &Value, path: &JsonPath) -> Option<u64> {
        if let Some(n) = value.as_u64() {
            return Some(n);
        }
        match value.as_f64() {
            Some(n) if n < 0.0 => {
                self.error(path, format!("不能为负数，实际是 {}", written(value)))
            }
            _ => self.wrong_type(path, "非负整数", value),
        }
        None
    }

    /// A non-negative, finite number.
    pub fn amount(&mut self, value: &Value, path: &JsonPath) -> Option<f64> {
        let Some(n) = value.as_f64() else {
            if value.is_number() {
                // Numbers keep their text, so 1e400 reaches here instead of failing to parse.
                self.error(path, format!("数字超出范围：{}", written(value)));
            } else {
                self.wrong_type(path, "数字", value);
            }
            return None;
        };
        if !n.is_finite() {
            self.error(path, "应为有限的数字");
            None
        } else if n < 0.0 {
            self.error(path, format!("不能为负数，实际是 {}", written(value)));
            None
        } else {
            Some(n)
        }
    }

    /// A percentage between 0 and `max` inclusive.
    pub fn percentage(&mut self, value: &Value, path: &JsonPath, max: f64) -> Option<f64> {
        let n = self.amount(value, path)?;
        if n > max {
            self.error(
                path,
                format!("百分比应在 0 到 {max} 之间，实际是 {}", written(value)),
            );
            return None;
        }
        Some(n)
    }

    /// An id: lowercase letters, digits and hyphens.
    pub fn slug<'a>(&mut self, value: &'a Value, path: &JsonPath) -> Option<&'a str> {
        let s = self.text(value, path, false)?;
        if is_slug(s) {
            Some(s)
        } else {
            self.error(
                path,
                format!(
                    "编号只能由小写字母、数字和连字符组成，且不能为空，实际是“{}”",
                    clip(s)
                ),
            );
            None
        }
    }

    /// One of `allowed` (pairs of JSON id and Chinese label).
    pub fn one_of(
        &mut self,
        value: &Value,
        path: &JsonPath,
        allowed: &[(&str, &str)],
    ) -> Option<String> {
        let s = self.text(value, path, false)?;
        if allowed.iter().any(|(id, _)| *id == s) {
            return Some(s.to_owned());
        }
        let choices: Vec<String> = allowed
            .iter()
            .map(|(id, label)| format!("{label}（{id}）"))
            .collect();
        self.error(
            path,
            format!("应为以下之一：{}，实际是“{}”", choices.join("、"), clip(s)),
        );
        None
    }

    /// A calendar date written `YYYY-MM-DD`.
    pub fn date(&mut self, value: &Value, path: &JsonPath) -> Option<(i32, u32, u32)> {
        let s = self.text(value, path, false)?;
        let parsed = parse_date(s);
        if parsed.is_none() {
            self.error(
                path,
                format!("应为 YYYY-MM-DD 格式的有效日期，实际是“{}”", clip(s)),
            );
        }
        parsed
    }
}

/// Whether `s` is a non-empty id of `[a-z0-9-]`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses a valid calendar date `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        s.get(r.clone())
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
            .parse()
            .ok()
    };
    let (year, month, day) = (digits(0..4)? as i32, digits(5..7)?, digits(8..10)?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some((year, month, day))
}

/// Whether `s` is an RFC 3339 date-time such as `2026-11-28T15:04:06Z` or `…+08:00`.
pub fn is_rfc3339(s: &str) -> bool {
    let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
        return false;
    };
    let Some(time) = rest.strip_prefix(['T', 't', ' ']) else {
        return false;
    };
    let b = time.as_bytes();
    let two = |i: usize, max: u32| -> bool {
        time.get(i..i + 2)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|n| n <= max)
    };
    if parse_date(date).is_none() || b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return false;
    }
    if !(two(0, 23) && two(3, 59) && two(6, 60)) {
        return false;
    }
    let mut zone = &time[8..];
    if let Some(frac) = zone.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        zone = &frac[digits..];
    }
    match zone {
        "Z" | "z" => true,
        _ => {
            let zb = zone.as_bytes();
            zb.len() == 6
                && (zb[0] == b'+' || zb[0] == b'-')
                && zb[3] == b':'
                && zone
                    .get(1..3)
                    .and_then(|h| h.parse::<u32>().ok())
                    .is_some_and(|h| h <= 23)
                && zone
                    .get(4..6)
                    .and_then(|m| m.parse::<u32>().ok())
                    .is_some_and(|m| m <= 59)
        }
    }
}

/// A number as the document writes it, clipped: `-1e-300`, not three hundred zeros.
fn written(value: &Value) -> String {
    clip(&value.to_string())
}

/// A short Chinese description of a JSON value, for "expected X, got Y" messages.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "空值 null".into(),
        Value::Bool(b) => format!("布尔值 {b}"),
        Value::Number(_) => format!("数字 {}", written(value)),
        Value::String(s) => format!("文本“{}”", clip(s)),
        Value::Array(_) => "数组".into(),
        Value::Object(_) => "对象".into(),
    }
}

/// At most 40 characters of `s`, so that a hostile or huge value cannot flood a message.
pub fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}
