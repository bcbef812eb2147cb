//! 民生实事督查看板: the Leptos front end. The domain lives in `bulletin-core`; the
//! components here only read bulletin data and format it for the page.

mod app;
mod components;
mod notice;
mod source;

pub use app::App;
