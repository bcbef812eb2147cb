//! Status and grade badges: always a word, with colour only as a second cue, and the key of
//! what they show in the markup (`data-status`, `data-grade`).

use bulletin_core::status::Grade;
use bulletin_core::supervision::Warning;
use bulletin_core::{ProjectStatus, SectorStatus};
use leptos::prelude::*;

use crate::i18n::lang;

/// A sector's reported status as a labelled badge.
#[component]
pub fn SectorStatusBadge(status: SectorStatus, sector_id: String) -> impl IntoView {
    view! {
        <span class=format!("badge status-{}", status.id()) data-status=status.id() data-sector-id=sector_id>
            {status.label_in(lang())}
        </span>
    }
}

/// A project's reported status as a labelled badge.
#[component]
pub fn ProjectStatusBadge(status: ProjectStatus) -> impl IntoView {
    view! { <span class=format!("badge status-{}", status.id()) data-status=status.id()>{status.label_in(lang())}</span> }
}

/// Where investment stands against the schedule (a sector's, or the whole city's when
/// `sector_id` is `None`), as a labelled badge.
#[component]
pub fn GradeBadge(grade: Grade, #[prop(optional)] sector_id: Option<String>) -> impl IntoView {
    view! {
        <span class=format!("badge grade-{}", grade.key()) data-grade=grade.key() data-sector-id=sector_id>
            {grade.label_in(lang())}
        </span>
    }
}

/// A project's warning against its 整改时限 as a labelled badge.
#[component]
pub fn WarningBadge(warning: Warning) -> impl IntoView {
    view! { <span class=format!("badge warning-{}", warning.id()) data-warning=warning.id()>{warning.label_in(lang())}</span> }
}
