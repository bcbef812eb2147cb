//! The bulletin switcher: the bulletins kept in this browser, to open one or delete one
//! (after a confirmation).

use bulletin_core::library::{Entry, Origin};
use leptos::prelude::*;

use super::dialog::Dialog;
use crate::browser::channel::{self, News};
use crate::browser::clock::local_time;
use crate::browser::{confirm, store};
use crate::i18n::{Say, files as w};
use crate::notice::Notice;
use crate::state::mode::ReadOnly;
use crate::state::shown::Bulletins;
use crate::state::working_copy::UserCopy;
use crate::state::{library, source};
use bulletin_core::library::{original_key, storage_key};
use leptos::task::spawn_local;

/// Asked before leaving a bulletin whose work could not be stored.
pub use crate::i18n::files::LEAVE_UNSAVED;

/// Switcher state shared by its button and its dialog.
#[derive(Clone, Copy)]
pub struct Switcher {
    bulletins: Bulletins,
    notices: RwSignal<Vec<Notice>>,
    open: RwSignal<bool>,
    /// The list as last read from storage (`None` while it is read), and the space this
    /// site uses and may use.
    list: RwSignal<Option<Vec<Entry>>>,
    space: RwSignal<Option<(f64, f64)>>,
    current: StoredValue<String>,
    /// The working copy of the bulletin shown, which leaving it must not lose.
    copy: UserCopy,
}

impl Switcher {
    /// The switcher for a page showing bulletin `current`.
    pub fn new(
        bulletins: Bulletins,
        notices: RwSignal<Vec<Notice>>,
        current: &str,
        copy: UserCopy,
    ) -> Self {
        Self {
            bulletins,
            notices,
            open: RwSignal::new(false),
            list: RwSignal::new(None),
            space: RwSignal::new(None),
            current: StoredValue::new(current.to_owned()),
            copy,
        }
    }

    /// Opens the list and reads it.
    fn show(self) {
        self.open.set(true);
        self.read();
    }

    /// Reads the list, with the shown bulletin added when nothing of it is stored yet (a site
    /// file not yet edited, or an import this browser could not keep).
    fn read(self) {
        spawn_local(async move {
            let Ok(bundled) = source::bundled() else {
                return;
            };
            let mut list = library::list(&bundled.bulletin).await;
            let space = store::estimate().await;
            // The board may have been replaced meanwhile (Back, or another tab deleted it).
            let Some(current) = self.current.try_get_value() else {
                return;
            };
            if !list.iter().any(|e| e.id == current)
                && let Some(Some(shown)) = self.bulletins.shown.try_with_untracked(|l| {
                    l.as_ref().map(|l| {
                        let origin = l
                            .copy_of
                            .site
                            .as_ref()
                            .map_or(Origin::Unknown, |f| Origin::Site(f.as_str().to_owned()));
                        Entry::of(&l.loaded.bulletin, origin)
                    })
                })
            {
                list.push(shown);
            }
            self.list.try_set(Some(list));
            self.space.try_set(space);
        });
    }

    /// Whether leaving the shown bulletin is all right: asked when work of this page could
    /// not be stored and would be lost.
    pub fn may_leave(self) -> bool {
        !self.copy.would_lose_work() || confirm::ask(LEAVE_UNSAVED.say())
    }

    fn delete(self, entry: &Entry) {
        let bundled = entry.origin == Origin::Bundled;
        let question = if bundled {
            w::confirm_clear(&entry.title)
        } else {
            w::confirm_delete(&entry.title)
        };
        if !confirm::ask(&question) {
            return;
        }
        let entry = entry.clone();
        spawn_local(async move {
            match library::delete(&entry.id).await {
                Ok(()) => self.deleted(&entry),
                Err(why) => self.notices.update(|all| {
                    all.push(Notice::new(w::not_deleted(&entry.title, &why.to_string())))
                }),
            }
        });
    }

    fn deleted(self, entry: &Entry) {
        let bundled = entry.origin == Origin::Bundled;
        for key in [storage_key(&entry.id), original_key(&entry.id)] {
            channel::tell(&News::Deleted { key });
        }
        let title = &entry.title;
        let done = if bundled {
            w::cleared(title)
        } else {
            w::deleted(title)
        };
        self.notices.update(|all| all.push(Notice::info(done)));
        // The board may have been replaced while the store deleted (Back, another tab):
        // then there is no list to read again and nothing of it to leave.
        let Some(is_current) = self.current.try_with_value(|c| *c == entry.id) else {
            return;
        };
        self.read();
        if is_current {
            // The page must not keep showing, and saving again, what was just deleted.
            self.open.set(false);
            // A site file opens again from the site, without the deleted edits; anything
            // else gives way to the bundled bulletin.
            let query = match entry.origin {
                Origin::Site(_) => entry.origin.query(&entry.id),
                _ => Origin::Bundled.query(&entry.id),
            };
            self.bulletins.go(&query.unwrap_or_default());
        }
    }
}

/// The button that opens the switcher.
#[component]
pub fn SwitcherButton(switcher: Switcher) -> impl IntoView {
    view! {
        <button type="button" data-testid="switch-bulletin" on:click=move |_| switcher.show()>
            {w::SWITCH.say()}
        </button>
    }
}

/// Where an entry's data comes from, in words.
fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::Bundled => w::BUNDLED.say().to_owned(),
        Origin::Imported => w::IMPORTED.say().to_owned(),
        Origin::Site(src) => w::site_file(src),
        Origin::Unknown => w::ORIGINAL_GONE.say().to_owned(),
    }
}

/// Storage taken, from UTF-16 units (two bytes each).
fn size_text(units: usize) -> String {
    bytes_text(units as f64 * 2.0)
}

/// A number of bytes, in KB, MB or GB.
fn bytes_text(bytes: f64) -> String {
    if bytes >= 1_073_741_824.0 {
        format!("{:.1} GB", bytes / 1_073_741_824.0)
    } else if bytes >= 1_048_576.0 {
        format!("{:.1} MB", bytes / 1_048_576.0)
    } else {
        format!("{} KB", (bytes / 1024.0).ceil())
    }
}

/// The list of bulletins, when open.
#[component]
pub fn SwitcherDialog(switcher: Switcher) -> impl IntoView {
    move || {
        switcher.open.get().then(|| {
            let current = switcher.current.get_value();
            let close = Callback::new(move |_| switcher.open.set(false));
            let rows = move || switcher.list.get().map(|list| list
                .into_iter()
                .map(|entry| {
                    let is_current = entry.id == current;
                    let query = entry.origin.query(&entry.id);
                    let can_open = !is_current && query.is_some();
                    let can_delete = entry.saved_at.is_some() || entry.origin == Origin::Imported
                        || entry.origin == Origin::Unknown;
                    let mut meta = vec![origin_text(&entry.origin)];
                    meta.push(match &entry.saved_at {
                        Some(at) => w::last_edited(&local_time(at)),
                        None => w::NOT_EDITED.say().to_owned(),
                    });
                    if entry.stored_chars > 0 {
                        meta.push(w::takes(&size_text(entry.stored_chars)));
                    }
                    let delete_label = if entry.origin == Origin::Bundled { w::CLEAR_EDITS.say() } else { w::DELETE.say() };
                    let id = entry.id.clone();
                    let title = entry.title.clone();
                    let period = entry.period.clone();
                    view! {
                        <li class="bulletin-entry" class:current=is_current data-testid="bulletin-entry" data-id=id>
                            <div class="bulletin-entry-text">
                                <p>
                                    <strong>{title}</strong>
                                    " "
                                    <span class="period">{period}</span>
                                    {is_current.then(|| view! { <span class="badge">{w::OPEN_NOW.say()}</span> })}
                                </p>
                                <p class="meta">{meta.join(" · ")}</p>
                            </div>
                            <div class="bulletin-entry-actions">
                                {can_open.then(|| {
                                    let query = query.clone().unwrap_or_default();
                                    view! {
                                        <button type="button" class="primary" data-testid="open-bulletin" on:click=move |_| {
                                            if !switcher.may_leave() {
                                                return;
                                            }
                                            switcher.open.set(false);
                                            switcher.bulletins.go(&query);
                                        }>{w::OPEN.say()}</button>
                                    }
                                })}
                                {(can_delete && !ReadOnly::get().on_untracked()).then(|| view! {
                                    <button type="button" class="danger" data-testid="delete-bulletin" on:click=move |_| switcher.delete(&entry)>
                                        {delete_label}
                                    </button>
                                })}
                            </div>
                        </li>
                    }
                })
                .collect_view()
                .into_any());
            let space = move || {
                switcher.space.get().map(|(used, quota)| {
w::space(&bytes_text(used), &bytes_text(quota))
                })
            };
            view! {
                <Dialog title=w::LIST_TITLE.say().to_owned() test_id="bulletin-list" on_close=close>
                    <p class="hint">{w::LIST_HINT.say()}</p>
                    <p class="hint" data-testid="storage-space">{space}</p>
                    <ul class="bulletin-entries">
                        {move || rows().unwrap_or_else(|| view! { <li>{w::READING.say()}</li> }.into_any())}
                    </ul>
                    <div class="dialog-actions">
                        <button type="button" on:click=move |_| switcher.open.set(false)>{w::CLOSE.say()}</button>
                    </div>
                </Dialog>
            }
        })
    }
}
