//! The bulletins kept in this browser. Each has a user's copy (`copy/{id}`, see
//! [`crate::edit::Stored`]) once it has been edited; a bulletin that came in as a snapshot
//! file also keeps its original (`original/{id}`), since no site or build holds it.
//! This module names the keys (`keys`) and reads a short summary of each entry for the
//! switcher; the browser side only lists keys and reads texts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Bulletin;
use crate::bulletin::period_name;

mod keys;
mod legacy;
mod revision;

pub use keys::{
    CopyOf, LANGUAGE_KEY, PREFIX, SiteFile, StoredKey, is_rescue_of, keys_of, original_key,
    rescue_key, storage_key, tab_rescue_key,
};
pub use legacy::{Legacy, classify};
pub use revision::{KEPT_WRITES, Revision, write_token};

/// Where a stored bulletin's original comes from, which decides how it is opened again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the app.
    Bundled,
    /// Imported from a snapshot file; the original is in this browser.
    Imported,
    /// A file on this site, opened with `?src=`.
    Site(String),
    /// Only the user's copy is left; its original cannot be found.
    Unknown,
}

impl Origin {
    /// The page query (with its `?`, empty for the bundled bulletin) that opens bulletin
    /// `id` of this origin, or `None` when it cannot be opened.
    pub fn query(&self, id: &str) -> Option<String> {
        let one = |key: &str, value: &str| {
            let query = form_urlencoded::Serializer::new(String::new())
                .append_pair(key, value)
                .finish();
            format!("?{query}")
        };
        match self {
            Self::Bundled => Some(String::new()),
            Self::Imported => Some(one("bulletin", id)),
            Self::Site(src) => Some(one("src", src)),
            Self::Unknown => None,
        }
    }
}

/// One bulletin in the switcher.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub title: String,
    /// "2023年上半年" style period, when known.
    pub period: String,
    pub origin: Origin,
    /// When the user's copy was last saved, if there is one.
    pub saved_at: Option<String>,
    /// UTF-16 units this bulletin takes in storage (copy and original), which is what
    /// browsers count against their quota.
    pub stored_chars: usize,
    /// The series it belongs to, when it says.
    pub series: Option<String>,
    /// Its region (地区), which stands for its series when it names none.
    pub region: Option<String>,
    /// The end of its period (`YYYY-MM-DD`), which orders a series.
    pub period_end: Option<String>,
}

/// Only the fields a summary needs; serde skips the rest of a possibly large document.
#[derive(Deserialize, Serialize)]
struct Head {
    title: String,
    period: PeriodHead,
    // Heads stored by earlier versions have none of these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    series: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    region: Option<String>,
}

#[derive(Deserialize, Serialize)]
struct PeriodHead {
    year: i64,
    label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end: Option<String>,
}

#[derive(Deserialize, Serialize)]
struct CopyHead {
    saved_at: String,
    #[serde(default)]
    source: Option<String>,
    current: Head,
    #[serde(default, skip_serializing)]
    revision: Option<u64>,
}

/// A short summary of the text stored under `key` for the bulletin list — for a copy its
/// save time, source, title and period, for an original its title and period — with the
/// text's size (`chars`, UTF-16 units), and a copy's revision. `None` for other keys and
/// for texts that cannot be read (they are listed by key alone).
pub fn head_of(key: &str, text: &str) -> Option<(String, Option<u64>)> {
    let chars = text.encode_utf16().count();
    let with_chars = |mut v: serde_json::Value| {
        if let Some(map) = v.as_object_mut() {
            map.insert("chars".into(), chars.into());
        }
        v.to_string()
    };
    match StoredKey::parse(key)? {
        StoredKey::Copy(_) => {
            let head: CopyHead = serde_json::from_str(text).ok()?;
            let revision = head.revision;
            Some((with_chars(serde_json::to_value(&head).ok()?), revision))
        }
        StoredKey::Original(_) => {
            let head: Head = serde_json::from_str(text).ok()?;
            Some((with_chars(serde_json::to_value(&head).ok()?), None))
        }
    }
}

impl Head {
    fn period(&self) -> String {
        period_name(self.period.year, &self.period.label)
    }
}

impl Entry {
    /// The entry of `bulletin` from `origin`, with nothing of it stored.
    pub fn of(bulletin: &Bulletin, origin: Origin) -> Self {
        Self {
            id: bulletin.id.clone(),
            title: bulletin.title.clone(),
            period: bulletin.period.name(),
            origin,
            saved_at: None,
            stored_chars: 0,
            series: bulletin.series.clone(),
            region: Some(bulletin.region.clone()),
            period_end: Some(bulletin.period.end.clone()),
        }
    }
}

/// The bulletins kept in this browser, from its `(key, text)` items, with the `bundled` one
/// always listed first. Unreadable items still list their bulletin, under its id, so that
/// the user can delete it.
pub fn entries<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
    bundled: &Bulletin,
) -> Vec<Entry> {
    entries_sized(
        items
            .into_iter()
            .map(|(k, t)| (k, t, t.encode_utf16().count())),
        bundled,
    )
}

/// The same from `(key, text or head, stored size)` items, for a store that keeps a short
/// head ([`head_of`]) of each text for listing.
pub fn entries_sized<'a>(
    items: impl IntoIterator<Item = (&'a str, &'a str, usize)>,
    bundled: &Bulletin,
) -> Vec<Entry> {
    let mut by_id: BTreeMap<String, Entry> = BTreeMap::new();
    let blank = |id: &str| Entry {
        id: id.to_owned(),
        title: id.to_owned(),
        period: String::new(),
        origin: Origin::Unknown,
        saved_at: None,
        stored_chars: 0,
        series: None,
        region: None,
        period_end: None,
    };
    for (key, text, size) in items {
        let Some(parsed) = StoredKey::parse(key) else {
            continue;
        };
        let entry = by_id
            .entry(parsed.id().to_owned())
            .or_insert_with(|| blank(parsed.id()));
        entry.stored_chars += size;
        match parsed {
            StoredKey::Original(_) => {
                entry.origin = Origin::Imported;
                if entry.saved_at.is_some() {
                    continue;
                }
                if let Ok(head) = serde_json::from_str::<Head>(text) {
                    entry.title = head.title.clone();
                    entry.period = head.period();
                    entry.series = head.series;
                    entry.region = head.region;
                    entry.period_end = head.period.end;
                }
            }
            StoredKey::Copy(_) => {
                if let Ok(copy) = serde_json::from_str::<CopyHead>(text) {
                    // The copy has the user's current title; it wins over the original's.
                    entry.title = copy.current.title.clone();
                    entry.period = copy.current.period();
                    entry.series = copy.current.series;
                    entry.region = copy.current.region;
                    entry.period_end = copy.current.period.end;
                    entry.saved_at = Some(copy.saved_at);
                    if let (Origin::Unknown, Some(src)) = (&entry.origin, copy.source) {
                        entry.origin = Origin::Site(src);
                    }
                }
            }
        }
    }
    let first = match by_id.remove(&bundled.id) {
        // The copy has the user's current title.
        Some(stored) if stored.saved_at.is_some() => Entry {
            origin: Origin::Bundled,
            ..stored
        },
        stored => Entry {
            stored_chars: stored.map_or(0, |s| s.stored_chars),
            ..Entry::of(bundled, Origin::Bundled)
        },
    };
    std::iter::once(first).chain(by_id.into_values()).collect()
}
