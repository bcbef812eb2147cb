//! Editing forms: the field table of every record ([`table`]: labels, units, limits, help),
//! what each kind of field holds and how it reads ([`field`], [`rows`]), the records an
//! editor opens with new-item templates ([`record`]), and turning what was typed into edits
//! addressed by identity ([`to_edits`]). The editors in the page only bind inputs to these
//! and send the resulting step.

mod field;
pub mod follow_ups;
mod record;
mod rows;
mod table;
mod to_edits;

pub use field::{Field, Kind, is_web_address, parse, to_text, to_text_in};
pub use record::{Part, Record, Target};
pub use rows::Rows;
pub use table::{
    UNKNOWN_FIELD, field_label, field_label_in, fields, label, label_in, unknown_field_in,
};
pub use to_edits::{FormError, by_field, in_use, sector_in_use};
