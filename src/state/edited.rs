//! Which records of the bulletin differ from the original, so sections can mark them.

use std::collections::HashSet;

use crate::i18n::{Say, notices as w};
use bulletin_core::edit::RecordRef;
use leptos::prelude::*;

/// The edited records (worked out in the core from the change list), provided as context by
/// the board.
#[derive(Clone, Copy)]
pub struct Edited(pub Memo<HashSet<RecordRef>>);

/// A small “已修改” tag, shown while `record` differs from the original.
#[component]
pub fn EditedTag(record: RecordRef) -> impl IntoView {
    let edited = use_context::<Edited>();
    move || {
        edited
            .is_some_and(|e| e.0.with(|s| s.contains(&record)))
            .then(
                || view! { <span class="edited-tag" data-testid="edited">{w::EDITED.say()}</span> },
            )
    }
}
