//! Which bulletin the page shows, chosen by its address: `?src=` (a file on this site),
//! `?bulletin=` (one imported into this browser) or neither (the bundled one). Switching
//! pushes a new address, so the browser's Back button returns to the previous bulletin.

use bulletin_core::Loaded;
use bulletin_core::import::Incoming;
use bulletin_core::library::{CopyOf, Origin, SiteFile, StoredKey};
use bulletin_core::saving::Rescue;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{address, local, store};
use crate::i18n::{Say, notices as w};
use crate::notice::Notice;
use crate::state::working_copy::Found;
use crate::state::{library, source};

/// A bulletin to show, which copy of it this is, and what this browser has stored of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub loaded: Loaded,
    pub copy_of: CopyOf,
    pub found: Found,
}

/// What storage holds for `copy`: the stored copy, the work closing pages left in
/// localStorage, and for a site file with nothing stored, the copy an earlier release kept
/// of it under the address as then typed.
async fn find(copy: &CopyOf) -> Found {
    let key = copy.key();
    let rescue: Vec<(String, Rescue)> = local::rescues_of(&key)
        .into_iter()
        .filter_map(|(k, t)| Some((k, Rescue::from_text(&t)?)))
        .collect();
    let record = match store::read_copy(&key).await {
        Ok(record) => record,
        Err(why) => return Found::Unavailable { why, rescue },
    };
    if record.held.is_none()
        && record.revision.number == 0
        && let Some(file) = &copy.site
        && let Some((old, earlier)) = earlier_site_copy(&copy.id, file).await
    {
        return Found::Stored {
            record: earlier,
            rescue,
            replaces: Some(old),
        };
    }
    Found::Stored {
        record,
        rescue,
        replaces: None,
    }
}

/// A copy of bulletin `id` stored under an earlier key for the site file `file`, the
/// newest if several.
async fn earlier_site_copy(id: &str, file: &SiteFile) -> Option<(String, store::Record)> {
    let heads = store::heads().await.ok()?;
    let mut best: Option<(String, String)> = None;
    for (key, head, _) in heads {
        let Some(StoredKey::Copy(entry)) = StoredKey::parse(&key) else {
            continue;
        };
        if !CopyOf::is_site_copy_of(&entry, id) {
            continue;
        }
        let Ok(head) = serde_json::from_str::<serde_json::Value>(&head) else {
            continue;
        };
        let same = head
            .get("source")
            .and_then(|s| s.as_str())
            .is_some_and(|src| SiteFile::written(src) == *file);
        let saved = head
            .get("saved_at")
            .and_then(|s| s.as_str())
            .unwrap_or("")
            .to_owned();
        if same && best.as_ref().is_none_or(|(_, at)| saved > *at) {
            best = Some((key, saved));
        }
    }
    let (key, _) = best?;
    let record = store::read_copy(&key).await.ok()?;
    Some((key, record))
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
            let (loaded, site, failure) = self.load().await;
            let Some(loaded) = loaded else {
                if let Some(notice) = failure {
                    self.notices.update(|all| all.push(notice));
                }
                return;
            };
            // The copy of what was loaded: a site file that failed to load opens nothing
            // under its key, whatever the address says.
            let copy_of = match site {
                Some(file) => CopyOf::site(&loaded.bulletin.id, file),
                None => CopyOf::kept(&loaded.bulletin.id),
            };
            let found = find(&copy_of).await;
            if self.opening.try_get_value() != Some(this_one) {
                return;
            }
            if let Some(notice) = failure {
                self.notices.update(|all| all.push(notice));
            }
            self.shown.set(Some(Shown {
                loaded,
                copy_of,
                found,
            }));
        });
    }

    /// The bulletin the address asks for and the site file it came from, or the bundled one
    /// and why.
    async fn load(self) -> (Option<Loaded>, Option<SiteFile>, Option<Notice>) {
        let instead = |mut notice: Notice| {
            notice.details.push(w::SHOWING_BUNDLED.say().to_owned());
            notice
        };
        let bundled = || source::bundled();
        if let Some(src) = address::source() {
            return match source::fetch(&src).await {
                Ok((loaded, file)) => (Some(loaded), Some(file), None),
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
                        let notice = instead(Notice::new(w::not_opened(&id, &why)));
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
            copy_of: CopyOf::kept(&loaded.bulletin.id),
            loaded,
            found: Found::nothing(),
        }));
    }

    /// Whether the original of bulletin `id` is kept where it can be opened again (false
    /// for an imported bulletin storage could not keep).
    pub fn is_kept(self, id: &str) -> bool {
        self.unkept.with_value(|u| u.as_deref() != Some(id))
    }
}
