//! Telling the other tabs of this site that a stored bulletin changed (BroadcastChannel).
//! A tab that hears of a newer copy of what it shows reads it and replays its own unsaved
//! work on top; one that hears it was deleted opens it afresh.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

const NAME: &str = "bulletin-board";

/// What happened to the copy stored under `key`.
#[derive(Debug, Clone, PartialEq)]
pub enum News {
    Saved { key: String, revision: u64 },
    Deleted { key: String },
}

impl News {
    fn to_text(&self) -> String {
        match self {
            News::Saved { key, revision } => format!("saved {revision} {key}"),
            News::Deleted { key } => format!("deleted {key}"),
        }
    }

    fn parse(text: &str) -> Option<Self> {
        let (kind, rest) = text.split_once(' ')?;
        match kind {
            "saved" => {
                let (revision, key) = rest.split_once(' ')?;
                Some(News::Saved {
                    key: key.to_owned(),
                    revision: revision.parse().ok()?,
                })
            }
            "deleted" => Some(News::Deleted {
                key: rest.to_owned(),
            }),
            _ => None,
        }
    }
}

/// Tells the other tabs; nothing happens where BroadcastChannel is missing.
pub fn tell(news: &News) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(NAME) {
        let _ = channel.post_message(&news.to_text().into());
        channel.close();
    }
}

/// Calls `cb` for each piece of news from another tab while the current component lives.
pub fn listen(cb: impl Fn(News) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(NAME) else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(news) = ev.data().as_string().as_deref().and_then(News::parse) {
                cb(news);
            }
        });
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    let kept = StoredValue::new_local((channel, handler));
    on_cleanup(move || {
        kept.try_with_value(|(channel, _)| {
            channel.set_onmessage(None);
            channel.close();
        });
    });
}
