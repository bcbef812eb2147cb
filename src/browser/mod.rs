//! The browser APIs the app uses, one module each; nothing else touches them.

pub mod address;
pub mod channel;
pub mod clock;
pub mod confirm;
pub mod download;
pub mod listen;
pub mod local;
pub mod store;
pub mod timing;
pub mod worker;
