//! The browser APIs the app uses, one module each; nothing else touches them.

pub mod channel;
pub mod local;
pub mod store;
