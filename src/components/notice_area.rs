//! The alert area: why a requested bulletin could not be shown.

use leptos::prelude::*;

use crate::notice::Notice;

/// Shows the current notice, if any, as an alert the user can dismiss.
#[component]
pub fn NoticeArea(notice: RwSignal<Option<Notice>>) -> impl IntoView {
    move || {
        notice.get().map(|n| {
            view! {
                <div class="notice" role="alert" data-testid="notice">
                    <p class="notice-headline">{n.headline}</p>
                    <ul class="notice-details">
                        {n.details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                    </ul>
                    <button type="button" class="notice-close" on:click=move |_| notice.set(None)>
                        "知道了"
                    </button>
                </div>
            }
        })
    }
}
