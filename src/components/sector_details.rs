//! Each sector's own paragraph: its progress sentence, highlights and problems.

use std::sync::Arc;

use bulletin_core::Bulletin;
use leptos::prelude::*;

use super::status::SectorStatusBadge;
use crate::i18n::{Say, sections as w};

/// One collapsible block per sector, in the bulletin's words.
#[component]
pub fn SectorDetails(bulletin: Arc<Bulletin>) -> impl IntoView {
    let blocks = bulletin
        .sectors
        .iter()
        .map(|s| {
            let problems = (!s.problems.is_empty()).then(|| {
                view! {
                    <h4>{w::PROBLEMS.say()}</h4>
                    <ul class="problems">
                        {s.problems.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                    </ul>
                }
            });
            view! {
                <details class="sector-detail" data-sector-id=s.id.clone()>
                    <summary>
                        <span class="sector-name">{s.name.clone()}</span>
                        <SectorStatusBadge status=s.status sector_id=s.id.clone() />
                    </summary>
                    {s.text.clone().map(|t| view! { <p class="sector-text">{t}</p> })}
                    <h4>{w::PROGRESS.say()}</h4>
                    <ul class="highlights">
                        {s.highlights.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}
                    </ul>
                    {problems}
                </details>
            }
        })
        .collect_view();
    view! {
        <section class="sector-details" aria-labelledby="sector-details-title">
            <h2 id="sector-details-title">{w::SECTOR_DETAILS.say()}</h2>
            {blocks}
        </section>
    }
}
