//! Which parts of the bulletin differ from the original, so sections can mark them.

use std::collections::HashSet;

use bulletin_core::edit::{Change, ChangeKind, segment_id};
use leptos::prelude::*;
use serde_json::Value;

/// Keys of the edited parts (`project:<id>`, `sector:<id>`, `type:<id>`, `requirement:<n>`,
/// `summary`), provided as context by the board.
#[derive(Clone, Copy)]
pub struct Edited(pub Memo<HashSet<String>>);

impl Edited {
    /// The keys of what `changes` touch in `current`.
    pub fn keys(changes: &[Change], current: &Value) -> HashSet<String> {
        changes
            .iter()
            .filter(|c| c.kind != ChangeKind::Removed)
            .filter_map(|c| {
                let mut parts = c.path.split('/').skip(1);
                let list = parts.next()?;
                if list == "summary" {
                    return Some("summary".to_owned());
                }
                let item = parts.next()?;
                // Items with ids are named by them (`@id`); requirements by position.
                let index = item.parse::<usize>().ok();
                let id = || {
                    segment_id(item)
                        .or_else(|| current[list][index?]["id"].as_str().map(str::to_owned))
                };
                match list {
                    "projects" => Some(format!("project:{}", id()?)),
                    "sectors" => Some(format!("sector:{}", id()?)),
                    "problem_types" => Some(format!("type:{}", id()?)),
                    "requirements" => Some(format!("requirement:{}", index?)),
                    _ => None,
                }
            })
            .collect()
    }
}

/// A small “已修改” tag, shown while `key` differs from the original.
#[component]
pub fn EditedTag(key: String) -> impl IntoView {
    let edited = use_context::<Edited>();
    move || {
        edited
            .is_some_and(|e| e.0.with(|s| s.contains(&key)))
            .then(|| view! { <span class="edited-tag" data-testid="edited">"已修改"</span> })
    }
}
