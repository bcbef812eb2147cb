//! The bulletin's summary paragraph, marked as the source's wording once it is out of date.

use std::sync::Arc;

use crate::i18n::{Say, overview as w};
use bulletin_core::Bulletin;
use bulletin_core::summary_text::from_figures;
use leptos::prelude::*;

/// The bulletin's own summary paragraph; once a figure it quotes has been edited it is marked
/// as the source's wording, with a sentence from the current figures beside it.
#[component]
pub fn SummaryText(bulletin: Arc<Bulletin>, outdated: Memo<bool>) -> impl IntoView {
    let text = bulletin.summary.text.clone();
    let now = from_figures(&bulletin);
    move || {
        if outdated.get() {
            view! {
                <div class="summary-text outdated" data-testid="summary-outdated">
                    <p class="summary-now" data-testid="summary-now">
                        <strong>{w::NOW.say()}</strong>
                        {now.clone()}
                    </p>
                    <p class="summary-original">
                        <strong>{w::ORIGINAL_EDITED.say()}</strong>
                        {text.clone()}
                    </p>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="summary-text">{text.clone()}</p> }.into_any()
        }
    }
}
