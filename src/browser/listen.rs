//! Window event listeners that end with the component that made them. Leptos' own
//! `window_event_listener` keeps listening until removed by hand, so a section drawn again
//! after every edit would answer each key press or dropped file once per drawing, and a
//! listener of a board that was switched away would touch its disposed state.

use leptos::ev::EventDescriptor;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `cb` for each `event` on the window while the current component lives.
pub fn on_window<E>(event: E, cb: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: JsCast,
{
    let handle = window_event_listener(event, cb);
    on_cleanup(move || handle.remove());
}
