//! What validation found, and where in the document it is.

use std::fmt;

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
    /// Line and column (1-based) for JSON syntax errors.
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
            Some((line, column)) => write!(f, "第 {line} 行第 {column} 列：{}", self.message),
            None => write!(f, "{}：{}", self.path, self.message),
        }
    }
}
