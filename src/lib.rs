//! 民生实事督查看板: the Leptos front end. The domain lives in `bulletin-core`; the
//! components here only read bulletin data and format it for the page.

mod app;
pub mod browser;
mod charts;
mod components;
mod notice;
mod state;

pub use app::App;
