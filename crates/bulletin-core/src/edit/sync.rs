//! Keeping a tab's work when another tab saved first. A tab records what it did since its
//! copy was last stored ([`Op`]); when it finds a newer stored copy it takes that copy and
//! replays its own work on top ([`replay`]). Edits address items by id, so replayed work
//! lands on the items it was made for; what no longer fits is named, never dropped silently.

use super::{Edit, Step, Workbench};

/// One thing a user did to the copy.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Apply(Step),
    /// Undid this step.
    Undo(Step),
    /// Redid this step.
    Redo(Step),
}

impl Op {
    /// The step, and a letter for what was done with it (`a`pplied, `u`ndone, `r`edone):
    /// the stored form of an op, which costs no serde code of its own.
    pub fn parts(&self) -> (char, &Step) {
        match self {
            Op::Apply(s) => ('a', s),
            Op::Undo(s) => ('u', s),
            Op::Redo(s) => ('r', s),
        }
    }

    /// The op of [`Op::parts`], if `kind` is one of its letters.
    pub fn from_parts(kind: char, step: Step) -> Option<Self> {
        match kind {
            'a' => Some(Op::Apply(step)),
            'u' => Some(Op::Undo(step)),
            'r' => Some(Op::Redo(step)),
            _ => None,
        }
    }
}

/// Replays `ops` on `workbench` (another tab's newer copy), in order. An undo or redo is
/// replayed as such when the other copy's history ends with the same step, else as a step
/// of its own that makes the same change. Returns the labels of what could not be replayed
/// because the other tab changed or removed what it touches. A step whose change the other
/// copy already has (both tabs made it, or a rescued step that reached the store) is no
/// conflict: there is nothing to replay.
pub fn replay(workbench: &mut Workbench, ops: &[Op]) -> Vec<String> {
    let mut failed = Vec::new();
    for op in ops {
        let done = match op {
            Op::Apply(step) => workbench.apply(step.clone()).is_ok(),
            Op::Undo(step) if workbench.undo_steps().last() == Some(step) => workbench.undo(),
            Op::Undo(step) => workbench
                .apply(Step {
                    label: format!("撤销：{}", step.label),
                    at: step.at.clone(),
                    edits: inverse(step),
                })
                .is_ok(),
            Op::Redo(step) if workbench.redo_steps().last() == Some(step) => workbench.redo(),
            Op::Redo(step) => workbench.apply(step.clone()).is_ok(),
        };
        let made = || match op {
            Op::Apply(step) | Op::Redo(step) => step.edits.clone(),
            Op::Undo(step) => inverse(step),
        };
        if !done && !already_made(workbench, &made()) {
            failed.push(match op {
                Op::Apply(s) => s.label.clone(),
                Op::Undo(s) => format!("撤销：{}", s.label),
                Op::Redo(s) => format!("重做：{}", s.label),
            });
        }
    }
    failed
}

fn inverse(step: &Step) -> Vec<Edit> {
    step.edits.iter().rev().map(Edit::inverse).collect()
}

/// Whether the document already shows what `edits` would make: taking them back fits.
/// Asked only when replaying failed, so the common case costs no copy of the document.
fn already_made(workbench: &Workbench, edits: &[Edit]) -> bool {
    if edits.is_empty() {
        return false;
    }
    let mut probe = workbench.current().clone();
    edits
        .iter()
        .rev()
        .all(|e| e.inverse().apply(&mut probe).is_ok())
}
