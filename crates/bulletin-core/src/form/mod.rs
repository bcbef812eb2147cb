//! Editing forms: which fields of each part of a bulletin users edit, with their labels,
//! units, limits and help ([`field`]); the records an editor opens, with new-item templates
//! ([`record`]); and turning what was typed into edits addressed by identity ([`to_edits`]).
//! The editors in the page only bind inputs to these and send the resulting step.

mod field;
mod record;
mod to_edits;

pub use field::{Field, Kind, UNKNOWN_FIELD, field_label, parse, to_text};
pub use record::{Part, Record, Target};
pub use to_edits::{FormError, by_field, in_use};
