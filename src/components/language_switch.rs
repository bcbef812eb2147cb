//! 中文 / English: the page's own words in the other language.

use leptos::prelude::*;

use crate::browser::language;
use crate::i18n::{Lang, Say, lang, toolbar as w};

/// One button per language, the page's own pressed; choosing another remembers it and
/// opens the page again in it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let now = lang();
    let buttons = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <button type="button" lang=l.tag() data-lang=l.code() aria-pressed=(l == now).to_string()
                    on:click=move |_| if l != now { language::switch_to(l) }>
                    {l.own_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="language-switch" role="group" aria-label=w::LANGUAGE.say() data-testid="language-switch">
            {buttons}
        </div>
    }
}
