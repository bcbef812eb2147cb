//! Text with the search matches marked; always text nodes, never HTML.

use bulletin_core::filter::{Query, highlight};
use leptos::prelude::*;

/// `text` with every match of `query` in a `<mark>`.
pub fn highlighted(text: &str, query: &Query) -> impl IntoView + use<> {
    highlight(text, query)
        .into_iter()
        .map(|(piece, matched)| {
            let piece = piece.to_owned();
            if matched {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}
