//! What the page and the import worker say to each other. Every request carries an id and
//! every answer the id of its request, so an answer reaches the request that asked for it
//! even when several are under way; an import started while another runs replaces it
//! ([`Latest`]), and the earlier one's answer is dropped.

use serde::{Deserialize, Serialize};

use crate::import::Answer;

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
