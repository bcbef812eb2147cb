//! Consistency warnings: facts about the data that a careful reader should know.

use bulletin_core::Diagnostic;
use leptos::prelude::*;

/// The bulletin's consistency warnings, collapsed by default.
#[component]
pub fn DataChecks(warnings: Vec<Diagnostic>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        view! {
            <section class="data-checks" aria-labelledby="data-checks-title">
                <details>
                    <summary id="data-checks-title">
                        {format!("数据核对提示（{} 条）", warnings.len())}
                    </summary>
                    <p class="hint">"以下情况不影响使用，但数字之间对不上，请核对原始通报。"</p>
                    <ul>
                        {warnings
                            .into_iter()
                            .map(|w| {
                                view! {
                                    <li data-testid="data-check">
                                        <code>{w.path.to_string()}</code>
                                        " "
                                        {w.message}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </details>
            </section>
        }
    })
}
