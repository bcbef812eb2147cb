//! What heads a printed report and only the paper shows: when it was printed and which
//! projects its ledger holds.

use bulletin_core::filter::{FacetCounts, ViewState};
use leptos::prelude::*;

/// 打印于 and the filter in words, for print only; in Chinese, as the printed report is.
#[component]
pub fn PrintHead(
    counts: Memo<FacetCounts>,
    view: RwSignal<ViewState>,
    printed_at: RwSignal<String>,
) -> impl IntoView {
    let filter = move || {
        let query = view.with(|v| v.filter.query().to_owned());
        counts.with(|c| match c.chosen_in_words(&query) {
            // stays Chinese: printed only, on the report, which stays Chinese
            Some(words) => format!("台账筛选：{words}（{} 个项目）", c.matching.len()),
            // stays Chinese: printed only, on the report, which stays Chinese
            None => format!("台账：全部 {} 个项目", c.matching.len()),
        })
    };
    view! {
        <div class="print-only print-head" data-testid="print-head" lang="zh-CN">
            // stays Chinese: printed only, on the report, which stays Chinese
            <p>{move || format!("打印于 {}", printed_at.get())}</p>
            <p>{filter}</p>
        </div>
    }
}
