//! The board's state: which bulletin is shown and where it comes from, the user's working
//! copy of it, the bulletins kept in this browser, and what each section reads of it.

pub mod compared;
pub mod edited;
pub mod library;
pub mod mode;
mod sections;
pub mod series;
pub mod shown;
pub mod source;
pub mod working_copy;

pub use sections::Sections;
