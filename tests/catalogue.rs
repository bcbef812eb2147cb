//! Every word the page says of its own is in the catalogue (src/i18n), in both languages:
//! a Chinese string literal anywhere else in the page's code fails this test, unless its
//! line (or the line before) says why it stays Chinese with `// stays Chinese:`.

use std::fs;
use std::path::{Path, PathBuf};

const MARK: &str = "// stays Chinese:";

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line of code, comments left out.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, '"') => current = Some(String::new()),
            (None, '\'') => {
                // A char literal, or a lifetime: skip what a char literal would hold.
                let ahead: String = chars.clone().take(3).collect();
                if ahead.starts_with('\\') || ahead.chars().nth(1) == Some('\'') {
                    for _ in 0..ahead.find('\'').map_or(0, |i| i + 1).max(2) {
                        chars.next();
                    }
                }
            }
            (Some(s), '\\') => {
                s.push('\\');
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            }
            (Some(s), '"') => {
                found.push(std::mem::take(s));
                current = None;
            }
            (Some(s), c) => s.push(c),
            _ => {}
        }
    }
    // A literal that goes on to the next line is read from its start.
    if let Some(s) = current {
        found.push(s);
    }
    found
}

#[test]
fn no_chinese_words_outside_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut outside = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // The catalogue itself; the workers, whose words are the draft reader's and the
        // reports' (Chinese, as the office files them).
        if rel.starts_with("i18n/") || rel.starts_with("bin/") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let mut previous = "";
        for (n, line) in text.lines().enumerate() {
            // Tests sit at the end of a file and may say anything.
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let marked = line.contains(MARK) || previous.trim_start().starts_with(MARK);
            previous = line;
            if marked || line.trim_start().starts_with("//") {
                continue;
            }
            for lit in literals(line) {
                if lit.chars().any(is_han) {
                    outside.push(format!("src/{rel}:{}: \"{lit}\"", n + 1));
                }
            }
        }
    }
    assert!(
        outside.is_empty(),
        "{} Chinese texts outside src/i18n (put them in the catalogue, or mark why they stay Chinese with `{MARK}`):\n{}",
        outside.len(),
        outside.join("\n")
    );
}

#[test]
fn the_scanner_finds_literals_and_skips_comments() {
    assert_eq!(literals(r#"let a = "导出"; // "注释""#), vec!["导出"]);
    assert_eq!(literals(r#"f('"', "x\"y")"#), vec!["x\\\"y"]);
    assert_eq!(literals("fn f<'a>(x: &'a str) { \"开\" }"), vec!["开"]);
}
