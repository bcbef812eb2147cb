//! 民生实事督查看板: the Leptos front end. The domain lives in `bulletin-core`; the
//! components here only read bulletin data and format it for the page.

mod app;
pub mod browser;
mod charts;
mod components;
pub mod i18n;
mod notice;
mod state;

pub use app::App;

/// Chooses the page's language, then draws the page.
pub fn start() {
    let lang = browser::language::chosen();
    i18n::choose(lang);
    browser::language::apply(lang);
    leptos::mount::mount_to_body(App);
}
