//! Reading a bulletin from text: JSON syntax, then validation, then the typed model.

use serde_json::Value;

use crate::json_text;
use crate::validation::{MAX_DEPTH, validate, warnings};
use crate::{Bulletin, Diagnostic, JsonPath};

/// A bulletin that passed validation, with its consistency warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub bulletin: Bulletin,
    pub warnings: Vec<Diagnostic>,
    /// The document as parsed (without a byte-order mark), every number as written: start
    /// the working copy from it ([`crate::edit::Workbench::from_loaded`]), since the typed
    /// `bulletin` writes its own figures back in its own form.
    pub document: Value,
}

/// Why a text is not a valid bulletin: every error found, each with its place.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    pub errors: Vec<Diagnostic>,
}

/// Parses and validates a bulletin document.
pub fn load(text: &str) -> Result<Loaded, LoadFailure> {
    read_text(text, true)
}

/// Reads a text that [`load`] has already accepted elsewhere (in the import worker): the
/// same result without validating again, so the page's thread only parses. Whatever serde
/// still rejects is an error, never a panic.
pub fn load_checked(text: &str) -> Result<Loaded, LoadFailure> {
    read_text(text, false)
}

fn read_text(text: &str, validating: bool) -> Result<Loaded, LoadFailure> {
    // Editors on Windows often save UTF-8 with a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(fail(Diagnostic::error(
            JsonPath::root(),
            "文件是空的，没有任何内容",
        )));
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| fail(syntax_error(text, &e)))?;
    // Numbers as the file spells them (the README's 数字一字不改), and no key written twice:
    // serde_json would keep the last of the two without a word.
    json_text::as_written(text, &mut value).map_err(|errors| LoadFailure { errors })?;
    if validating {
        let errors = validate(&value);
        if !errors.is_empty() {
            return Err(LoadFailure { errors });
        }
    }
    // From the text, not from `value`: serde's buffering of flattened fields would lose
    // numbers as written (tests/exact_numbers.rs).
    let bulletin: Bulletin = serde_json::from_str(text).map_err(|e| {
        // Validation should have caught anything serde rejects; say so plainly if not.
        fail(Diagnostic::error(
            JsonPath::root(),
            format!("无法读取通报数据：{e}"),
        ))
    })?;
    let warnings = warnings(&bulletin);
    Ok(Loaded {
        bulletin,
        warnings,
        document: value,
    })
}

/// Validates a bulletin that is already in memory (after an edit, say).
pub fn check(bulletin: &Bulletin) -> Result<Vec<Diagnostic>, LoadFailure> {
    let value = serde_json::to_value(bulletin).map_err(|e| {
        fail(Diagnostic::error(
            JsonPath::root(),
            format!("无法读取通报数据：{e}"),
        ))
    })?;
    let errors = validate(&value);
    if errors.is_empty() {
        Ok(warnings(bulletin))
    } else {
        Err(LoadFailure { errors })
    }
}

fn fail(d: Diagnostic) -> LoadFailure {
    LoadFailure { errors: vec![d] }
}

/// A JSON syntax error in Chinese, at the line and character column (not byte) where it is.
fn syntax_error(text: &str, e: &serde_json::Error) -> Diagnostic {
    let line = e.line();
    let column = char_column(text, line, e.column());
    let detail = e.to_string();
    let what = if e.is_eof() {
        "文件不完整：JSON 在此处意外结束（缺少右括号或引号？）".to_owned()
    } else if detail.contains("recursion limit exceeded") {
        // serde_json stops one level past MAX_DEPTH (a test below holds the two together).
        format!("JSON 嵌套层数过深：最多 {MAX_DEPTH} 层")
    } else {
        let known = [
            ("expected `,` or `}`", "缺少逗号或右花括号 }"),
            ("expected `,` or `]`", "缺少逗号或右方括号 ]"),
            ("expected `:`", "缺少冒号 :"),
            ("expected value", "此处应为一个值（文本要加双引号）"),
            (
                "expected ident",
                "无法识别的内容（应为 true、false 或 null）",
            ),
            ("trailing comma", "多余的逗号"),
            ("key must be a string", "对象的键必须是带双引号的文本"),
            ("trailing characters", "JSON 结束后还有多余的内容"),
            ("invalid escape", "无效的转义字符"),
            (
                "control character",
                "文本中有未转义的控制字符（如直接换行）",
            ),
            ("number out of range", "数字超出范围"),
            ("invalid number", "无效的数字"),
            ("invalid unicode code point", "无效的 Unicode 字符"),
            ("lone leading surrogate", "无效的 Unicode 字符"),
        ];
        match known.iter().find(|(en, _)| detail.contains(en)) {
            Some((_, zh)) => format!("JSON 语法错误：{zh}"),
            None => format!("JSON 语法错误（{detail}）"),
        }
    };
    Diagnostic {
        position: Some((line, column)),
        ..Diagnostic::error(JsonPath::root(), what)
    }
}

/// serde_json counts columns in bytes; users count characters (one per 汉字).
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(content) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let mut end = byte_column.min(content.len());
    while !content.is_char_boundary(end) {
        end += 1;
    }
    content[..end].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    #[test]
    fn the_reader_allows_exactly_max_depth_levels() {
        // A bare array is not a bulletin, but it gets past the reader to validation.
        let at_limit = load(&nested(MAX_DEPTH)).expect_err("not a bulletin");
        assert!(
            !at_limit.errors[0].message.contains("嵌套"),
            "{:?}",
            at_limit.errors
        );
        let past = load(&nested(MAX_DEPTH + 1)).expect_err("too deep");
        assert!(
            past.errors[0].message.contains("最多 127 层"),
            "{:?}",
            past.errors
        );
    }
}
