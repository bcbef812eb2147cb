//! The bulletin a comparison reads: a kept one as the user has it now — their stored copy's
//! current document, or its original when it was never edited.

use bulletin_core::library::{Entry, Origin, storage_key};
use bulletin_core::{Bulletin, load};

use crate::browser::store::{self, Held};
use crate::i18n::{Say, notices as w};
use crate::state::{library, source};

/// Bulletin `entry` as its stored copy has it, else as it came; or why it cannot be read.
pub async fn current_of(entry: &Entry) -> Result<Bulletin, String> {
    if let Ok(record) = store::read_copy(&storage_key(&entry.id)).await
        && let Some(Held::Text(text)) = record.held
        && let Some(bulletin) = copy_current(&text)
    {
        return Ok(bulletin);
    }
    match &entry.origin {
        Origin::Bundled => source::bundled()
            .map(|l| l.bulletin)
            .map_err(|n| n.headline),
        Origin::Imported => library::open(&entry.id).await.map(|l| l.bulletin),
        Origin::Site(src) => source::fetch(src)
            .await
            .map(|(l, _)| l.bulletin)
            .map_err(|n| n.headline),
        Origin::Unknown => Err(w::ONLY_EDITS_LEFT.say().to_owned()),
    }
}

/// The current document of a stored copy, when it reads as a valid bulletin.
fn copy_current(text: &str) -> Option<Bulletin> {
    let stored: serde_json::Value = serde_json::from_str(text).ok()?;
    load(&stored.get("current")?.to_string())
        .ok()
        .map(|l| l.bulletin)
}
