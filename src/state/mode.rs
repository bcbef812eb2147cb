//! 只读查看 (`?mode=view`): the board for leaders and projectors, every editing control
//! hidden, filters, charts and exports kept. Said by the address, switched in the page.

use leptos::prelude::*;

use crate::browser::address;

/// Whether the board is shown read-only; provided once by the app.
#[derive(Clone, Copy)]
pub struct ReadOnly(RwSignal<bool>);

impl ReadOnly {
    /// As the address says, provided to every component below.
    pub fn provide() -> Self {
        let mode = Self(RwSignal::new(address::view_only()));
        provide_context(mode);
        mode
    }

    /// The mode the app provided (editable where none was).
    pub fn get() -> Self {
        use_context().unwrap_or_else(|| Self(RwSignal::new(false)))
    }

    /// Whether it is read-only now (tracked).
    pub fn on(self) -> bool {
        self.0.get()
    }

    /// Whether it is read-only now, not tracked (for event handlers).
    pub fn on_untracked(self) -> bool {
        self.0.get_untracked()
    }

    /// Switches to read-only or back, the address with it.
    pub fn set(self, on: bool) {
        self.0.set(on);
        address::set_view_only(on);
    }
}
