//! The alert area: what went wrong loading the page, each notice dismissible.

use crate::i18n::{Say, board as w};
use leptos::prelude::*;

use crate::browser::download::download_text;
use crate::notice::Notice;

/// Shows the current notices as alerts the user can dismiss one by one.
#[component]
pub fn NoticeArea(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    move || {
        notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                view! {
                    <div class="notice" class:notice-info=n.info role=if n.info { "status" } else { "alert" } data-testid="notice">
                        <p class="notice-headline">{n.headline}</p>
                        <ul class="notice-details">
                            {n.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                        </ul>
                        {n.download.map(|(file, text)| {
                            view! {
                                <button
                                    type="button"
                                    class="notice-close"
                                    data-testid="notice-download"
                                    on:click=move |_| {
                                        download_text(&file, "application/json", &text);
                                    }
                                >
                                    {w::DOWNLOAD_KEPT.say()}
                                </button>
                            }
                        })}
                        <button
                            type="button"
                            class="notice-close"
                            on:click=move |_| {
                                notices
                                    .update(|all| {
                                        if i < all.len() {
                                            all.remove(i);
                                        }
                                    })
                            }
                        >
                            {w::DISMISS.say()}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
