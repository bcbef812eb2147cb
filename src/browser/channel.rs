//! Telling the other tabs of this site that a stored bulletin changed (BroadcastChannel).
//! A tab that hears of a newer copy of what it shows reads it and replays its own unsaved
//! work on top; one that hears it was deleted opens it afresh.

use std::cell::RefCell;
use std::rc::Rc;

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

/// This page's listeners, each with its id.
type Listeners = Rc<RefCell<Vec<(u64, Rc<dyn Fn(News)>)>>>;

thread_local! {
    /// The page's one channel: a message posted on it never reaches this page itself (a
    /// second channel object of the same name would hear it), and the listeners of this page
    /// share it.
    static CHANNEL: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

struct Shared {
    channel: web_sys::BroadcastChannel,
    listeners: Listeners,
    next: u64,
    _handler: Closure<dyn Fn(web_sys::MessageEvent)>,
}

fn with_channel<T>(f: impl FnOnce(&mut Shared) -> T) -> Option<T> {
    CHANNEL.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            let channel = web_sys::BroadcastChannel::new(NAME).ok()?;
            let listeners: Listeners = Rc::default();
            let heard = listeners.clone();
            let handler =
                Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                    let Some(news) = ev.data().as_string().as_deref().and_then(News::parse) else {
                        return;
                    };
                    // A listener may remove itself: call a copy of the list.
                    let all: Vec<_> = heard.borrow().iter().map(|(_, cb)| cb.clone()).collect();
                    for cb in all {
                        cb(news.clone());
                    }
                });
            channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            *c = Some(Shared {
                channel,
                listeners,
                next: 0,
                _handler: handler,
            });
        }
        c.as_mut().map(f)
    })
}

/// Tells the other tabs; nothing happens where BroadcastChannel is missing.
pub fn tell(news: &News) {
    with_channel(|shared| {
        let _ = shared.channel.post_message(&news.to_text().into());
    });
}

/// Calls `cb` for each piece of news from another tab while the current component lives.
pub fn listen(cb: impl Fn(News) + 'static) {
    let Some(id) = with_channel(|shared| {
        shared.next += 1;
        shared
            .listeners
            .borrow_mut()
            .push((shared.next, Rc::new(cb)));
        shared.next
    }) else {
        return;
    };
    on_cleanup(move || {
        with_channel(|shared| shared.listeners.borrow_mut().retain(|(i, _)| *i != id));
    });
}
