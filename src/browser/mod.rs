//! The browser APIs the app uses, one module each; nothing else touches them.

pub mod address;
pub mod channel;
pub mod clock;
pub mod collation;
pub mod confirm;
pub mod download;
pub mod fetch;
pub mod file;
pub mod focus;
pub mod language;
pub mod listen;
pub mod local;
pub mod media;
pub mod print;
pub mod service_worker;
pub mod store;
pub mod timing;
pub mod title;
pub mod worker;
