//! 通报原文: the notice's own text that a bulletin was read from, kept with it, folded away
//! at the end of the page for whoever wants to check a figure against it.

use crate::i18n::{Say, sections as w};
use leptos::prelude::*;

/// The text as it came, as text (never as markup), its lines kept.
#[component]
pub fn OriginalText(text: String) -> impl IntoView {
    let chars = text.chars().count();
    view! {
        <section class="original-text" data-testid="source-text" aria-labelledby="original-text-title">
            <details>
                <summary>
                    <h2 id="original-text-title">{w::NOTICE_TEXT.say()}</h2>
                    <span class="hint">{w::read_text(chars)}</span>
                </summary>
                <div class="original-body">{text}</div>
            </details>
        </section>
    }
}
