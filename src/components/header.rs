//! Page header: title, region and period.

use std::sync::Arc;

use bulletin_core::Bulletin;
use leptos::prelude::*;

/// Title, region and reporting period of the bulletin.
#[component]
pub fn Header(bulletin: Arc<Bulletin>) -> impl IntoView {
    let p = &bulletin.period;
    let period = format!("{}（{} 至 {}）", p.name(), p.start, p.end);
    let snapshot = bulletin
        .snapshot
        .as_ref()
        .map(|s| format!("快照导出于 {}，基于通报 {}", s.exported_at, s.based_on));
    view! {
        <header class="site-header">
            <p class="eyebrow">"民生实事督查看板"</p>
            <h1>{bulletin.title.clone()}</h1>
            <p class="meta">
                <span class="region">{bulletin.region.clone()}</span>
                <span class="period">{period}</span>
            </p>
            {snapshot.map(|s| view! { <p class="meta snapshot">{s}</p> })}
        </header>
    }
}
