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
                    <p class="hint">"文件中以下数字互相对不上（例如合计与总数不符），不影响使用，请核对。"</p>
                    <ul>
                        {warnings
                            .into_iter()
                            .map(|w| {
                                view! {
                                    <li data-testid="data-check">
                                        {format!("{}：{}", w.path.place(), w.message)}
                                        " "
                                        <span class="path">{format!("（位置：{}）", w.path)}</span>
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
