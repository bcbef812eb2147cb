//! What the page and the import worker say to each other. Every request carries an id and
//! every answer the id of its request, so an answer reaches the request that asked for it
//! even when several are under way; an import started while another runs replaces it
//! ([`Latest`]), and the earlier one's answer is dropped.

use serde::{Deserialize, Serialize};

use crate::draft::Draft;
use crate::import::Answer;

mod reading;

pub use reading::TextFrom;

/// A request's number, counted by the page from 1.
pub type RequestId = u64;

/// What the worker says once it can take messages (before that, messages would be lost).
pub const READY: &str = "ready";

/// The worker's answer to request `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: RequestId,
    pub answer: Answer,
}

impl Reply {
    /// The message text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message; anything else (the ready word, a damaged text) is `None`.
    pub fn from_text(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

/// Hands out request ids and keeps which of a kind of request is the current one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Latest {
    last: RequestId,
    current: Option<RequestId>,
}

impl Latest {
    /// Starts a request: its id, and the one still under way that it replaces, if any.
    pub fn start(&mut self) -> (RequestId, Option<RequestId>) {
        self.last += 1;
        let replaced = self.current.replace(self.last);
        (self.last, replaced)
    }

    /// The answer to `id` arrived: whether it is still wanted (it is the current request).
    /// A current request is finished by its answer.
    pub fn finish(&mut self, id: RequestId) -> bool {
        if self.current == Some(id) {
            self.current = None;
            true
        } else {
            false
        }
    }

    /// Whether a request is under way.
    pub fn running(&self) -> Option<RequestId> {
        self.current
    }
}

/// The most text the draft reader is given (a notice of 200 pages is about 1.2 MB).
pub const DRAFT_TEXT_MAX: usize = 16 * 1024 * 1024;

/// What the draft worker answers (`src/bin/draft_worker.rs`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftAnswer {
    /// The draft, the text it was read from (a .docx's paragraphs and tables as lines) and
    /// what was read, in words.
    Read {
        draft: Draft,
        text: String,
        note: String,
    },
    /// The document could not be read: why, in words.
    Refused { message: String },
}

/// The draft worker's answer to request `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftReply {
    pub id: RequestId,
    pub answer: DraftAnswer,
}

impl DraftReply {
    /// The message text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message; anything else is `None`.
    pub fn from_text(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

/// A file the report worker writes (`src/bin/report_worker.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    /// The 通报文稿 as a Word document.
    Docx,
    /// The filtered ledger and the attachment table as an Excel workbook.
    Xlsx,
    /// The 通报文稿 as its model (`crate::report::Report` as JSON), for the page to show.
    View,
}

impl ReportKind {
    /// Its name in a message.
    pub fn id(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
            Self::View => "view",
        }
    }

    /// The kind a message names.
    pub fn from_id(id: &str) -> Option<Self> {
        [Self::Docx, Self::Xlsx, Self::View]
            .into_iter()
            .find(|k| k.id() == id)
    }

    /// The file's type, for the download.
    pub fn mime(self) -> &'static str {
        match self {
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::View => "application/json",
        }
    }

    /// The file's name for a bulletin titled `title`, made on `day`: the title without the
    /// characters a file name cannot hold, cut to a length every system takes.
    pub fn file_name(self, title: &str, day: &str) -> String {
        let safe: String = title
            .chars()
            .map(|c| {
                if "\\/:*?\"<>|".contains(c) || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .take(60)
            .collect();
        let safe = safe.trim();
        let safe = if safe.is_empty() { "通报" } else { safe };
        match self {
            Self::Docx => format!("{safe}-{day}.docx"),
            Self::Xlsx => format!("{safe}-台账-{day}.xlsx"),
            Self::View => format!("{safe}-{day}.json"),
        }
    }
}
