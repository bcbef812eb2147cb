//! What the page tells the user when something went wrong, in Chinese.

use bulletin_core::Diagnostic;

/// At most this many findings are listed; the rest are counted.
const MAX_LISTED: usize = 20;

/// A message for the alert area: a headline and the specific findings behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub headline: String,
    pub details: Vec<String>,
    /// A file the user can download from the notice: (file name, text).
    pub download: Option<(String, String)>,
    /// News of something done, not a problem: shown calmly and announced politely.
    pub info: bool,
}

impl Notice {
    /// A notice with no details.
    pub fn new(headline: impl Into<String>) -> Self {
        Self {
            headline: headline.into(),
            details: Vec::new(),
            download: None,
            info: false,
        }
    }

    /// A notice that something was done as asked.
    pub fn info(headline: impl Into<String>) -> Self {
        Self {
            info: true,
            ..Self::new(headline)
        }
    }

    /// A notice listing validation findings, each with its place.
    pub fn with_findings(headline: impl Into<String>, findings: &[Diagnostic]) -> Self {
        let lines = findings.iter().map(Diagnostic::to_string).collect();
        Self::with_lines(headline, lines, findings.len())
    }

    /// The same for findings already in words, `count` of them in all.
    pub fn with_lines(headline: impl Into<String>, mut lines: Vec<String>, count: usize) -> Self {
        lines.truncate(MAX_LISTED);
        if count > lines.len() {
            lines.push(crate::i18n::board::more_problems(count - lines.len()));
        }
        Self {
            headline: headline.into(),
            details: lines,
            download: None,
            info: false,
        }
    }
}
