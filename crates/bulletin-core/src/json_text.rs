//! JSON text read as it is written. serde_json's reader, which [`crate::load`] uses for the
//! syntax, gives every number its own spelling of the exponent (`1E2` comes back `1e+2`) and
//! keeps the last of two members with the same key without a word. [`as_written`] goes over
//! the text once more, alongside what serde_json read from it, to put each number back as the
//! file writes it and to find every key written twice in one object, with its place.

use std::borrow::Cow;
use std::collections::HashSet;

use serde_json::Value;

use crate::json_number::{as_read, as_written as number};
use crate::validation::clip;
use crate::{Diagnostic, JsonPath};

/// Spells every number of `value`, which serde_json read from `text`, as `text` writes it;
/// or every key `text` writes twice in one object, each with its place (`value` then holds
/// only the last of them, and is no use).
pub(crate) fn as_written(text: &str, value: &mut Value) -> Result<(), Vec<Diagnostic>> {
    let mut scan = Scan::new(text);
    let read = scan.follow(Some(value));
    if read.is_some() && !scan.parted {
        return Ok(());
    }
    // The text and the value part only where a key repeats (or, were serde_json and this
    // scanner ever to disagree on the syntax, somewhere: then no repeat is found and the
    // value is kept, numbers spelled as far as they were reached).
    let mut scan = Scan::new(text);
    let mut found = Vec::new();
    let mut lines = Lines::new(text);
    match scan.repeats(&JsonPath::root(), &mut found, &mut lines) {
        Some(()) if !found.is_empty() => Err(found),
        _ => Ok(()),
    }
}

/// A cursor over JSON text that serde_json has already accepted (so at most its 128 levels
/// deep); whatever it does not expect ends the scan with `None`, never a panic.
struct Scan<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The text and the value read from it went different ways.
    parted: bool,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            at: 0,
            parted: false,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.peek() == Some(byte);
        self.at += usize::from(here);
        here
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// The string here, quotes included, and whether it has escapes.
    fn string(&mut self) -> Option<(&'a str, bool)> {
        let start = self.at;
        if !self.eat(b'"') {
            return None;
        }
        let mut escaped = false;
        loop {
            // Most of a bulletin is text: its bytes are passed over in one search.
            let rest = self.bytes.get(self.at..)?;
            self.at += rest.iter().position(|b| matches!(b, b'"' | b'\\'))?;
            if self.bytes[self.at] == b'"' {
                self.at += 1;
                return Some((self.text.get(start..self.at)?, escaped));
            }
            escaped = true;
            self.at += 2;
        }
    }

    /// A key as the object holds it.
    fn key(quoted: &'a str, escaped: bool) -> Option<Cow<'a, str>> {
        if escaped {
            serde_json::from_str::<String>(quoted).ok().map(Cow::Owned)
        } else {
            quoted.get(1..quoted.len() - 1).map(Cow::Borrowed)
        }
    }

    /// A number, `true`, `false` or `null`; `None` where there is none, so that a scan that
    /// meets what it does not expect ends instead of standing still.
    fn word(&mut self) -> Option<&'a str> {
        let start = self.at;
        while let Some(b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'-' | b'+' | b'.') = self.peek() {
            self.at += 1;
        }
        self.text.get(start..self.at).filter(|w| !w.is_empty())
    }

    /// Goes over the value here alongside `target`, what serde_json read from it, spelling
    /// its numbers as written. Without a repeated key the two go the same way member by
    /// member (serde_json keeps the keys in the order written); where they part, `parted` is
    /// set and the rest of that value is only gone over.
    fn follow(&mut self, target: Option<&mut Value>) -> Option<()> {
        self.space();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut members = match target {
                    Some(Value::Object(map)) => Some(map.iter_mut()),
                    Some(_) => self.part(),
                    None => None,
                };
                loop {
                    self.space();
                    if self.eat(b'}') {
                        break;
                    }
                    if self.eat(b',') {
                        continue;
                    }
                    let (quoted, escaped) = self.string()?;
                    let written = Self::key(quoted, escaped)?;
                    self.space();
                    if !self.eat(b':') {
                        return None;
                    }
                    let slot = match members.as_mut().map(Iterator::next) {
                        Some(Some((key, value))) if *key == written => Some(value),
                        Some(_) => {
                            members = self.part();
                            None
                        }
                        None => None,
                    };
                    self.follow(slot)?;
                }
                if members.is_some_and(|mut rest| rest.next().is_some()) {
                    self.parted = true;
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = match target {
                    Some(Value::Array(items)) => Some(items.iter_mut()),
                    Some(_) => self.part(),
                    None => None,
                };
                loop {
                    self.space();
                    if self.eat(b']') {
                        break;
                    }
                    if self.eat(b',') {
                        continue;
                    }
                    let slot = match items.as_mut().map(Iterator::next) {
                        Some(Some(item)) => Some(item),
                        Some(None) => {
                            items = self.part();
                            None
                        }
                        None => None,
                    };
                    self.follow(slot)?;
                }
                if items.is_some_and(|mut rest| rest.next().is_some()) {
                    self.parted = true;
                }
            }
            b'"' => {
                self.string()?;
                if target.is_some_and(|v| !v.is_string()) {
                    self.parted = true;
                }
            }
            _ => {
                let word = self.word()?;
                match target {
                    // Only an exponent is spelled otherwise by the reader; the same number
                    // is checked for, so a value that parted from the text is never changed.
                    Some(Value::Number(n)) => {
                        if word.contains(['e', 'E'])
                            && n.as_str() != word
                            && as_read(word) == n.as_str()
                        {
                            *n = number(word);
                        }
                    }
                    Some(Value::Bool(_) | Value::Null) | None => {}
                    Some(_) => self.parted = true,
                }
            }
        }
        Some(())
    }

    /// Notes that text and value parted; nothing more is followed in the value at hand.
    fn part<T>(&mut self) -> Option<T> {
        self.parted = true;
        None
    }

    /// Goes over the value here at `path`, noting each key repeated in one of its objects.
    fn repeats(
        &mut self,
        path: &JsonPath,
        found: &mut Vec<Diagnostic>,
        lines: &mut Lines<'_>,
    ) -> Option<()> {
        self.space();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut seen = HashSet::new();
                loop {
                    self.space();
                    if self.eat(b'}') {
                        break;
                    }
                    if self.eat(b',') {
                        continue;
                    }
                    let at = self.at;
                    let (quoted, escaped) = self.string()?;
                    let key = Self::key(quoted, escaped)?;
                    self.space();
                    if !self.eat(b':') {
                        return None;
                    }
                    let member = path.key(&key);
                    if seen.contains(&key) {
                        found.push(repeated(path, &key, lines.at(at)));
                    } else {
                        seen.insert(key);
                    }
                    self.repeats(&member, found, lines)?;
                }
            }
            b'[' => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.space();
                    if self.eat(b']') {
                        break;
                    }
                    if self.eat(b',') {
                        continue;
                    }
                    self.repeats(&path.index(index), found, lines)?;
                    index += 1;
                }
            }
            b'"' => {
                self.string()?;
            }
            _ => {
                self.word()?;
            }
        }
        Some(())
    }
}

/// The finding for `key` written again, at `position`, in the object at `object`: named by
/// the object (the place readers find), as other findings are, and by line and column.
fn repeated(object: &JsonPath, key: &str, position: (usize, usize)) -> Diagnostic {
    let message = if *object == JsonPath::root() {
        format!("文件最外层的字段“{}”重复出现", clip(key))
    } else {
        format!("字段“{}”重复出现", clip(key))
    };
    Diagnostic {
        position: Some(position),
        ..Diagnostic::error(object.clone(), message)
    }
}

/// Line and column (1-based, in characters, as users count them) of byte offsets met in
/// increasing order, counted from the last one asked for, so a pass costs one read of the text.
struct Lines<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    column: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    fn at(&mut self, offset: usize) -> (usize, usize) {
        for c in self.text.get(self.at..offset).unwrap_or_default().chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.at = self.at.max(offset);
        (self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<String, Vec<String>> {
        let mut value: Value = serde_json::from_str(text).expect("JSON");
        as_written(text, &mut value)
            .map(|()| value.to_string())
            .map_err(|found| found.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn numbers_come_back_as_written_and_strings_are_not_numbers() {
        assert_eq!(
            read(r#" {"a\"E2": [1E2, "1E2", 2e5, true, null, -1.5E-3], "b": {"c": 5E+1}} "#),
            Ok(r#"{"a\"E2":[1E2,"1E2",2e5,true,null,-1.5E-3],"b":{"c":5E+1}}"#.to_owned())
        );
    }

    #[test]
    fn repeats_are_found_wherever_they_are_and_only_there() {
        assert_eq!(
            read(
                "{\"a\": 1,\n \"b\": [{\"a\": 1}, {\"a\": 2, \"a\": 3}],\n \"a\": {\"x\": 1, \"x\": 2}}"
            ),
            Err(vec![
                "第 2 项：字段“a”重复出现（位置：b[1]，第 2 行第 27 列）".to_owned(),
                "第 3 行第 2 列：文件最外层的字段“a”重复出现".to_owned(),
                "“a”：字段“x”重复出现（位置：a，第 3 行第 16 列）".to_owned(),
            ])
        );
        assert!(read(r#"{"a": {"a": {"a": 1}}, "b": [{"a": 1}, {"a": 1}]}"#).is_ok());
    }

    #[test]
    fn text_serde_json_would_refuse_ends_the_scan_without_a_panic() {
        for text in [
            "[1 : 2]",
            "{\"a\" 1}",
            "[",
            "{\"a\":}",
            "[1,,2",
            "{\"a",
            "\"x",
            "]",
            "{,,}",
        ] {
            let mut value = serde_json::json!({"a": [1, 2]});
            let _ = as_written(text, &mut value);
        }
    }
}
