//! The bulletin's summary paragraph, marked as the source's wording once it is out of date.

use std::sync::Arc;

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
                        <strong>"按当前数字："</strong>
                        {now.clone()}
                    </p>
                    <p class="summary-original">
                        <strong>"通报原文（其中的数字已被修改，仅作对照）："</strong>
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
