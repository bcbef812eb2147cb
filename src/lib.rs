//! 民生实事督查看板: the Leptos front end. The domain lives in `bulletin-core`; the
//! components here only read bulletin data and format it for the page.

mod app;
pub mod browser;
mod bulletins;
mod charts;
mod collation;
mod components;
mod copy;
mod download;
mod edited;
mod library;
mod listen;
mod notice;
mod source;
mod state;
mod timing;
mod view_url;

pub use app::App;
