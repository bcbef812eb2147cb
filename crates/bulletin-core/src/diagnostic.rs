//! What validation found, and where in the document it is.

use std::fmt;

use crate::lang::{Lang, Words};

/// A location inside a JSON document, written as `projects[3].sector`; the root is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(String);

impl JsonPath {
    /// The document root.
    pub fn root() -> Self {
        Self::default()
    }

    /// The member `key` of the object at this path.
    pub fn key(&self, key: &str) -> Self {
        if self.0.is_empty() {
            Self(key.to_owned())
        } else {
            Self(format!("{}.{key}", self.0))
        }
    }

    /// A path as written (`sectors[2].plan_pct`), as a finding of the draft reader names it.
    pub fn written(path: &str) -> Self {
        Self(path.to_owned())
    }

    /// The element `index` of the array at this path.
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }

    /// The path as text; the root reads as `(根)` so that users never see an empty place.
    pub fn as_str(&self) -> &str {
        if self.0.is_empty() {
            "（根）"
        } else {
            &self.0
        }
    }
}

impl JsonPath {
    /// Where the path points, as a reader says it: `projects[4].sector` is 第 5 个项目的所属领域.
    pub fn place(&self) -> String {
        self.place_in(Lang::Zh)
    }

    /// [`JsonPath::place`] in `lang`: `projects[4].sector` is `Project 5, Sector`.
    pub fn place_in(&self, lang: Lang) -> String {
        let mut out = String::new();
        let mut list = "";
        let segments = segments(&self.0);
        for (k, segment) in segments.iter().enumerate() {
            let listed = matches!(segments.get(k + 1), Some(Segment::Index(_)));
            // A list's key says nothing itself: its item (第 1 个领域) is what is joined.
            let names_a_list = matches!(segment, Segment::Key(_)) && listed;
            if !out.is_empty() && !names_a_list {
                out.push_str(of_in(lang));
            }
            match *segment {
                Segment::Index(i) => out.push_str(&item_in(list, i.saturating_add(1), lang)),
                // A list is named by its item: 第 1 个领域, not 领域第 1 个领域.
                Segment::Key(key) if listed => list = key,
                Segment::Key(key) => {
                    let known = crate::form::field_label_in(list, key, lang);
                    // A field this format does not know is named as the file writes it.
                    if known == crate::form::unknown_field_in(lang) {
                        out.push_str(&format!("“{key}”"));
                    } else {
                        out.push_str(known);
                    }
                    list = key;
                }
            }
        }
        if out.is_empty() {
            Words {
                zh: "整份文件",
                en: "The whole file",
            }
            .get(lang)
            .to_owned()
        } else {
            out
        }
    }
}

/// What joins a place's parts: 第 5 个项目**的**所属领域, `Project 5, Sector`.
pub fn of_in(lang: Lang) -> &'static str {
    Words {
        zh: "的", en: ", "
    }
    .get(lang)
}

/// The `n`th item of `list`, counted from 1: 第 3 个领域, `Sector 3`.
fn item_in(list: &str, n: usize, lang: Lang) -> String {
    let (zh, en) = match list {
        "sectors" => ("个领域", "Sector"),
        "projects" => ("个项目", "Project"),
        "problem_types" => ("个问题类型", "Problem type"),
        "requirements" => ("条工作要求", "Requirement"),
        "highlights" => ("条工作进展", "Progress item"),
        "problems" => ("条存在问题", "Problem"),
        "attachments" => ("个附件", "Attachment"),
        "districts" => ("个县区", "District"),
        _ => ("项", "Item"),
    };
    match lang {
        Lang::Zh => format!("第 {n} {zh}"),
        Lang::En => format!("{en} {n}"),
    }
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// The keys and indices of a path written `a.b[3].c`.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(i) = index.parse() {
                out.push(Segment::Index(i));
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    out
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a finding stops the bulletin from loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The document is not a valid bulletin.
    Error,
    /// The document is valid but something in it does not add up.
    Warning,
}

/// One finding of validation: where, and what is wrong, in Chinese.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: JsonPath,
    pub message: String,
    /// Line and column (1-based) in the text, for findings made while reading it: JSON
    /// syntax errors, and keys written twice.
    pub position: Option<(usize, usize)>,
}

impl Diagnostic {
    /// An error at `path`.
    pub fn error(path: JsonPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path,
            message: message.into(),
            position: None,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: JsonPath, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            path,
            message: message.into(),
            position: None,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) if self.path.0.is_empty() => {
                write!(f, "第 {line} 行第 {column} 列：{}", self.message)
            }
            Some((line, column)) => write!(
                f,
                "{}：{}（位置：{}，第 {line} 行第 {column} 列）",
                self.path.place(),
                self.message,
                self.path
            ),
            // The reader's words first; the path stays as the way to find the spot in the file.
            None if self.path.0.is_empty() => f.write_str(&self.message),
            None => write!(
                f,
                "{}：{}（位置：{}）",
                self.path.place(),
                self.message,
                self.path
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_as_a_place_with_the_path_after_it() {
        let p = JsonPath::root().key("projects").index(4).key("sector");
        assert_eq!(p.place(), "第 5 个项目的所属领域");
        let d = Diagnostic::error(p, "引用了不存在的领域“educaton”");
        assert_eq!(
            d.to_string(),
            "第 5 个项目的所属领域：引用了不存在的领域“educaton”（位置：projects[4].sector）"
        );
        let nested = JsonPath::root()
            .key("sectors")
            .index(0)
            .key("highlights")
            .index(2);
        assert_eq!(nested.place(), "第 1 个领域的第 3 条工作进展");
        assert_eq!(
            JsonPath::root().key("summary").key("text").place(),
            "总体情况的总体情况说明"
        );
        assert_eq!(JsonPath::root().key("x.y").place(), "“x”的“y”");
        assert_eq!(JsonPath::root().key("odd").place(), "“odd”");
        assert_eq!(
            Diagnostic::error(JsonPath::root(), "文件是空的").to_string(),
            "文件是空的"
        );
    }
}
