//! What only an editable board shows: an editing control is wrapped in [`Editing`], and
//! is not there at all in 只读查看.

use leptos::prelude::*;

use crate::state::mode::ReadOnly;

/// Its children, unless the board is read-only.
#[component]
pub fn Editing(children: ChildrenFn) -> impl IntoView {
    let mode = ReadOnly::get();
    move || (!mode.on()).then(|| children())
}
