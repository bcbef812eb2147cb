//! Which bulletin the page shows, chosen by its address: `?src=` (a file on this site),
//! `?bulletin=` (one imported into this browser) or neither (the bundled one). Switching
//! pushes a new address, so the browser's Back button returns to the previous bulletin.

use bulletin_core::Loaded;
use bulletin_core::import::Incoming;
use bulletin_core::library::Origin;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::store::Copy;
use crate::browser::{address, local, store};
use crate::notice::Notice;
use crate::state::working_copy::Found;
use crate::state::{library, source};
use bulletin_core::library::head_of;

/// A bulletin to show and what this browser has stored of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub loaded: Loaded,
    pub found: Found,
}

/// What storage holds for the copy of `loaded` opened from `source`: the stored copy, or
/// a newer one a closing page left in localStorage because it could not finish storing it.
async fn find(loaded: &Loaded, source: Option<&str>) -> Found {
    let key = library::copy_key(&loaded.bulletin.id, source);
    let found = store::read_copy(&key).await;
    let stored_revision = match &found {
        Ok(Some(copy)) => copy.revision,
        _ => 0,
    };
    let rescue = local::rescue_key(&key);
    if let Some(text) = local::get(&rescue) {
        let newer = head_of(&key, &text)
            .and_then(|(_, revision)| revision)
            .is_some_and(|r| r > stored_revision);
        if newer && found.is_ok() {
            return Found::Rescued(Copy {
                text,
                revision: stored_revision,
            });
        }
        if found.is_ok() {
            local::remove(&rescue);
        }
    }
    match found {
        Ok(Some(copy)) => Found::Copy(copy),
        Ok(None) => Found::Nothing,
        Err(why) => Found::Unavailable(why),
    }
}

/// Handle to the shown bulletin; cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct Bulletins {
    /// The bulletin on the page, once loaded.
    pub shown: RwSignal<Option<Shown>>,
    notices: RwSignal<Vec<Notice>>,
    /// A snapshot waiting for its bulletin to open, to be previewed against it there.
    pub inbox: RwSignal<Option<Incoming>>,
    /// The address query last opened, so that Back to the same bulletin changes nothing.
    opened: StoredValue<Option<String>>,
    /// Counts openings: one still loading when a later one starts (Back pressed at once,
    /// an imported bulletin shown) gives way to it.
    opening: StoredValue<u64>,
    /// The id of an imported bulletin shown although storage could not keep it.
    unkept: StoredValue<Option<String>>,
}

/// What in the address chooses the bulletin (not the ledger's filters).
fn choice() -> String {
    format!("{:?}", (address::source(), address::bulletin_id()))
}

impl Bulletins {
    /// Nothing shown yet; call [`Bulletins::open_from_address`].
    pub fn new(notices: RwSignal<Vec<Notice>>) -> Self {
        Self {
            shown: RwSignal::new(None),
            notices,
            inbox: RwSignal::new(None),
            opened: StoredValue::new(None),
            opening: StoredValue::new(0),
            unkept: StoredValue::new(None),
        }
    }

    /// Shows the bulletin the address asks for, with what this browser stored of it;
    /// anything that fails is told and the bundled bulletin shown instead. If the address
    /// changes again before this is done (Back pressed at once), the later one wins.
    pub fn open_from_address(self) {
        self.opened.set_value(Some(choice()));
        self.opening.update_value(|n| *n += 1);
        let this_one = self.opening.get_value();
        spawn_local(async move {
            let (loaded, source, failure) = self.load().await;
            let Some(loaded) = loaded else {
                if let Some(notice) = failure {
                    self.notices.update(|all| all.push(notice));
                }
                return;
            };
            let found = find(&loaded, source.as_deref()).await;
            if self.opening.try_get_value() != Some(this_one) {
                return;
            }
            if let Some(notice) = failure {
                self.notices.update(|all| all.push(notice));
            }
            self.shown.set(Some(Shown { loaded, found }));
        });
    }

    /// The bulletin the address asks for and its `?src=`, or the bundled one and why.
    async fn load(self) -> (Option<Loaded>, Option<String>, Option<Notice>) {
        let instead = |mut notice: Notice| {
            notice
                .details
                .push("下面显示的是内置的通报数据。".to_owned());
            notice
        };
        let bundled = || source::bundled();
        if let Some(src) = address::source() {
            return match source::fetch(&src).await {
                Ok(loaded) => (Some(loaded), Some(src), None),
                Err(notice) => match bundled() {
                    Ok(b) => (Some(b), None, Some(instead(notice))),
                    Err(e) => (None, None, Some(e)),
                },
            };
        }
        match address::bulletin_id() {
            Some(id) if Some(&id) != bundled().ok().map(|b| b.bulletin.id).as_ref() => {
                match library::open(&id).await {
                    Ok(loaded) => (Some(loaded), None, None),
                    Err(why) => {
                        // The address should name what is shown, so a reload does not fail again.
                        address::go(
                            Origin::Bundled.query(&id).unwrap_or_default().as_str(),
                            false,
                        );
                        self.opened.set_value(Some(choice()));
                        let notice = instead(Notice::new(format!("无法打开通报“{id}”：{why}。")));
                        match bundled() {
                            Ok(b) => (Some(b), None, Some(notice)),
                            Err(e) => (None, None, Some(e)),
                        }
                    }
                }
            }
            _ => match bundled() {
                Ok(b) => (Some(b), None, None),
                Err(e) => (None, None, Some(e)),
            },
        }
    }

    /// Opens the bulletin again if Back or Forward changed which one the address asks for.
    pub fn follow_history(self) {
        if self.opened.get_value().as_deref() != Some(choice().as_str()) {
            self.open_from_address();
        }
    }

    /// Opens the bulletin at `query` (empty for the bundled one) as a new history entry.
    pub fn go(self, query: &str) {
        address::go(query, true);
        self.open_from_address();
    }

    /// Shows `loaded`, an imported bulletin this browser could not keep, at its address.
    pub fn show_unkept(self, loaded: Loaded) {
        address::go(
            &Origin::Imported
                .query(&loaded.bulletin.id)
                .unwrap_or_default(),
            true,
        );
        self.opened.set_value(Some(choice()));
        self.opening.update_value(|n| *n += 1);
        self.unkept.set_value(Some(loaded.bulletin.id.clone()));
        self.shown.set(Some(Shown {
            loaded,
            found: Found::Nothing,
        }));
    }

    /// Whether the original of bulletin `id` is kept where it can be opened again (false
    /// for an imported bulletin storage could not keep).
    pub fn is_kept(self, id: &str) -> bool {
        self.unkept.with_value(|u| u.as_deref() != Some(id))
    }
}
