//! Work a closing page could not store: IndexedDB cannot finish a write once the page is
//! gone, so the page writes what is not yet stored to localStorage at once, and the next
//! page to open the bulletin merges it back. It is merged by replaying its steps on what
//! the store holds then, never by comparing revisions alone: another tab may have saved in
//! between, and the write under way when the page closed may or may not have reached the
//! store (the tokens of the revision record tell).

use serde::{Deserialize, Serialize};

use crate::edit::{Op, Step, Stored};
use crate::library::Revision;

const FORMAT: &str = "minsheng-bulletin-rescue";

/// The rescue copy of one copy's unsaved work.
#[derive(Debug, Clone, PartialEq)]
pub struct Rescue {
    /// The stored revision the work was based on.
    pub base: u64,
    /// The write under way when the page closed: its token, and how many of `ops` it held.
    pub in_flight: Option<(String, usize)>,
    /// What the user did since `base`, oldest first.
    pub ops: Vec<Op>,
    /// The whole copy as stored text, when it fitted: opened if the store has lost what
    /// the work was based on (site data cleared, the database deleted).
    pub copy: Option<String>,
}

/// The stored form, with a format tag so that other texts are never taken for one; each
/// op is a letter of `kinds` and its step ([`Op::parts`]).
#[derive(Serialize, Deserialize)]
struct Tagged {
    format: String,
    base: u64,
    in_flight: Option<(String, usize)>,
    kinds: String,
    steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    copy: Option<String>,
}

impl Rescue {
    /// The text kept in localStorage.
    pub fn to_text(&self) -> String {
        let (kinds, steps) = self
            .ops
            .iter()
            .map(|op| {
                let (kind, step) = op.parts();
                (kind, step.clone())
            })
            .unzip();
        serde_json::to_string(&Tagged {
            format: FORMAT.to_owned(),
            base: self.base,
            in_flight: self.in_flight.clone(),
            kinds,
            steps,
            copy: self.copy.clone(),
        })
        .unwrap_or_default()
    }

    /// Reads a rescue text. An earlier release kept the whole copy at the revision it would
    /// have been written at: it reads as that copy, based on the revision before, with no
    /// steps known (so it is used only when the store has nothing newer).
    pub fn from_text(text: &str) -> Option<Self> {
        if let Ok(tagged) = serde_json::from_str::<Tagged>(text)
            && tagged.format == FORMAT
            && tagged.kinds.chars().count() == tagged.steps.len()
        {
            let ops: Option<Vec<Op>> = tagged
                .kinds
                .chars()
                .zip(tagged.steps)
                .map(|(kind, step)| Op::from_parts(kind, step))
                .collect();
            let ops = ops?;
            return Some(Self {
                base: tagged.base,
                in_flight: tagged.in_flight,
                ops,
                copy: tagged.copy,
            });
        }
        let stored: Stored = serde_json::from_str(text).ok()?;
        Some(Self {
            base: stored.revision.saturating_sub(1),
            in_flight: None,
            ops: Vec::new(),
            copy: Some(text.to_owned()),
        })
    }
}

/// How a rescue is merged with what the store holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Recovery {
    /// Everything rescued is in the store already: the rescue can go.
    Stored,
    /// Replay these steps on the stored copy (on the original when nothing is stored).
    Replay(Vec<Op>),
    /// The store has lost what the work was based on: open this stored-copy text instead,
    /// and store it.
    Whole(String),
    /// An earlier release's rescue, older than what the store holds now: nothing can be
    /// replayed; the text is offered for download.
    Unmerged(String),
}

/// How to merge `rescue` with the store's copy, whose revision record is `stored` (`None`
/// when nothing is stored).
pub fn recover(rescue: &Rescue, stored: Option<&Revision>) -> Recovery {
    let committed = match (&rescue.in_flight, stored) {
        (Some((token, _)), Some(revision)) => revision.includes(token),
        _ => false,
    };
    let held = match (&rescue.in_flight, committed) {
        (Some((_, n)), true) => (*n).min(rescue.ops.len()),
        _ => 0,
    };
    // A committed write means the store is past `base` already: only a store behind `base`
    // has lost what the work was based on.
    let base = rescue.base;
    let remaining = &rescue.ops[held..];
    let number = stored.map_or(0, |r| r.number);
    match &rescue.copy {
        // Steps unknown (an earlier release): the copy is the work.
        Some(copy) if rescue.ops.is_empty() => {
            return if number <= base {
                Recovery::Whole(copy.clone())
            } else {
                Recovery::Unmerged(copy.clone())
            };
        }
        Some(copy) if number < base && !remaining.is_empty() => {
            return Recovery::Whole(copy.clone());
        }
        _ => {}
    }
    if remaining.is_empty() {
        Recovery::Stored
    } else {
        Recovery::Replay(remaining.to_vec())
    }
}
