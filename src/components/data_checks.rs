//! Consistency warnings: facts about the data that a careful reader should know.

use crate::i18n::{Say, board, sections as s};
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
                        {s::checks(warnings.len())}
                    </summary>
                    <p class="hint">{s::CHECKS_NOTE.say()}</p>
                    <ul>
                        {warnings
                            .into_iter()
                            .map(|w| {
                                view! {
                                    <li data-testid="data-check">
                                        {format!("{}{}{}", w.path.place(), board::COLON.say(), w.message)}
                                        " "
                                        <span class="path">{s::at_place(&w.path.to_string())}</span>
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
