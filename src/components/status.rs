//! Status badges: always a word, with colour only as a second cue.

use bulletin_core::{ProjectStatus, SectorStatus};
use leptos::prelude::*;

/// A sector's status as a labelled badge.
#[component]
pub fn SectorStatusBadge(status: SectorStatus) -> impl IntoView {
    view! { <span class=format!("badge status-{}", status.id())>{status.label()}</span> }
}

/// A project's status as a labelled badge.
#[component]
pub fn ProjectStatusBadge(status: ProjectStatus) -> impl IntoView {
    view! { <span class=format!("badge status-{}", status.id())>{status.label()}</span> }
}
