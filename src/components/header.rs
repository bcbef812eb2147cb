//! Page header: title, region, period and where the notice comes from.

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::edit::RecordRef;
use bulletin_core::form::is_web_address;
use leptos::prelude::*;

use crate::browser::clock::local_time;
use crate::components::Open;
use crate::components::editing::Editing;
use crate::i18n::{Say, board as w};

/// Title, region and reporting period of the bulletin, with the button that edits them.
#[component]
pub fn Header(
    bulletin: Arc<Bulletin>,
    record: RwSignal<Option<Open>>,
    /// Makes the next bulletin of the series and opens it.
    next_period: Callback<()>,
) -> impl IntoView {
    let p = &bulletin.period;
    let period = w::period(&p.name(), &p.start.to_string(), &p.end.to_string());
    let snapshot = bulletin
        .snapshot
        .as_ref()
        .map(|s| w::exported_at(&local_time(&s.exported_at)));
    // Issuer, document number and date, as the notice gives them.
    let source = bulletin.source.as_ref().and_then(|s| {
        let parts: Vec<String> = [
            s.issuer.clone(),
            s.number.clone(),
            s.published.as_ref().map(|d| w::published(&d.to_string())),
        ]
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect();
        let url = s.url.clone().filter(|u| is_web_address(u));
        (!parts.is_empty() || url.is_some()).then(|| {
            view! {
                <p class="meta source" data-testid="source">
                    {parts.join(" · ")}
                    {url.map(|u| {
                        let dot = (!parts.is_empty()).then_some(" · ");
                        view! { {dot} <a href=u rel="noopener noreferrer" target="_blank">{w::ORIGINAL.say()}</a> }
                    })}
                </p>
            }
        })
    });
    view! {
        <header class="site-header">
            <p class="eyebrow">{w::APP_NAME.say()}</p>
            <h1>{bulletin.title.clone()}</h1>
            <p class="meta">
                <span class="region">{bulletin.region.clone()}</span>
                <span class="period">{period}</span>
            </p>
            {source}
            {snapshot.map(|s| view! { <p class="meta snapshot">{s}</p> })}
            <Editing>
                <button type="button" class="link edit-bulletin" data-testid="edit-bulletin" on:click=move |_| record.set(Some(Open::Record(RecordRef::Bulletin)))>
                    {w::EDIT_BULLETIN.say()}
                </button>
                <button type="button" class="link" data-testid="new-period" on:click=move |_| next_period.run(())>
                    {w::NEXT_PERIOD.say()}
                </button>
            </Editing>
        </header>
    }
}
