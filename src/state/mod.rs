//! The board's state: the user's working copy and what each section reads of it.

mod sections;

pub use sections::Sections;
