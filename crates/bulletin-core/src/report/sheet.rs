//! Tables for Excel (to be written).

use super::{Report, Sheet};
use crate::Bulletin;

/// The ledger of `bulletin.projects[i]` for each `i` in `indices`.
pub fn ledger_sheet(_bulletin: &Bulletin, _indices: &[usize]) -> Sheet {
    todo!()
}

/// The report's attachment as a sheet, when it has one.
pub fn attachment_sheet(_report: &Report) -> Option<Sheet> {
    todo!()
}
