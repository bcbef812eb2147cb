//! The offer of a new release: once the site has a newer release installed and waiting, a
//! lasting note "新版本可用，刷新" whose button hands over to it and reloads. Nothing changes
//! before the reader asks, so a release is never half-applied under an open board.

use leptos::prelude::*;

use crate::browser::service_worker;

use crate::i18n::Say;
use crate::i18n::board::{NEW_RELEASE as AVAILABLE, RELOAD, RELOADING};

/// Starts the service worker once `shown` (the first screen is up) and offers a waiting
/// release while the page lives.
#[component]
pub fn UpdatePrompt(#[prop(into)] shown: Signal<bool>) -> impl IntoView {
    let offered = RwSignal::new(false);
    let taking = RwSignal::new(false);
    Effect::new(move || {
        if shown.get() {
            service_worker::start(move || {
                offered.try_set(true);
            });
        }
    });
    move || {
        offered.get().then(|| {
            view! {
                <div class="update-prompt" role="status" data-testid="update-prompt">
                    <span>{AVAILABLE.say()}</span>
                    <button
                        type="button"
                        data-testid="update-reload"
                        disabled=move || taking.get()
                        on:click=move |_| {
                            taking.set(true);
                            service_worker::take_update();
                        }
                    >
                        {move || if taking.get() { RELOADING.say() } else { RELOAD.say() }}
                    </button>
                </div>
            }
        })
    }
}
