//! Where each thing of this app is kept in the browser, and which copy a bulletin opened
//! from a given place is: the one definition of every storage key.
//!
//! A copy's identity comes from what was loaded — the bulletin's id and, for a file on the
//! site, the file as the browser resolved it — never from the address bar as typed: the
//! same file reached as `x.json`, `./x.json` and `x.json?v=2` is one copy, and a file that
//! failed to load has no copy opened under its key.

/// Every key of this app starts with this (IndexedDB and localStorage alike).
pub const PREFIX: &str = "bulletin-board/v1/";
const COPY_PREFIX: &str = "bulletin-board/v1/copy/";
const ORIGINAL_PREFIX: &str = "bulletin-board/v1/original/";
const RESCUE_PREFIX: &str = "bulletin-board/v1/rescue/";
/// The reader's chosen language (localStorage). Outside [`PREFIX`] on purpose: everything
/// under it is a bulletin's, moved into IndexedDB and listed; a preference is neither.
pub const LANGUAGE_KEY: &str = "bulletin-board/language";
/// What separates a site file's copy id from its bulletin id.
const SITE_MARK: &str = "--src-";

/// The storage key of the user's copy stored as entry `id`.
pub fn storage_key(id: &str) -> String {
    format!("{COPY_PREFIX}{id}")
}

/// The storage key of the original of imported bulletin `id`.
pub fn original_key(id: &str) -> String {
    format!("{ORIGINAL_PREFIX}{id}")
}

/// Where work a closing page could not store is kept (localStorage) for the copy
/// `copy_key`: earlier releases' one rescue, and the start of every page's own
/// ([`tab_rescue_key`]).
pub fn rescue_key(copy_key: &str) -> String {
    format!("{RESCUE_PREFIX}{copy_key}")
}

/// The rescue of the page `tab` for the copy `copy_key`: each page keeps its own, so that
/// two pages closing at once, or one saving while another's rescue waits, never remove or
/// overwrite each other's.
pub fn tab_rescue_key(copy_key: &str, tab: &str) -> String {
    format!("{}#{tab}", rescue_key(copy_key))
}

/// Whether `key` is a rescue of the copy `copy_key` (any page's, or an earlier release's).
pub fn is_rescue_of(key: &str, copy_key: &str) -> bool {
    key.strip_prefix(&rescue_key(copy_key))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('#'))
}

/// Every key that belongs to the list entry `id`, for deleting it: its original, its copy,
/// what earlier releases set aside under the copy's key, and its rescued work (the start
/// of every rescue key, see [`is_rescue_of`]).
pub fn keys_of(id: &str) -> [String; 4] {
    let copy = storage_key(id);
    [
        original_key(id),
        format!("{copy}/unreadable"),
        rescue_key(&copy),
        copy,
    ]
}

/// A file on this site, as the place it is kept under: its path relative to the app's
/// folder (or from the site's root when outside it), without query or fragment, with
/// percent-escapes decoded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteFile(String);

impl SiteFile {
    /// The file at `file_path`, a URL path the browser resolved (`/app/data/x.json`), for
    /// the app whose page is at `page_path` (`/app/` or `/app/index.html`).
    pub fn resolved(page_path: &str, file_path: &str) -> Self {
        let folder = &page_path[..page_path.rfind('/').map_or(0, |i| i + 1)];
        let file = decode(without_query(file_path));
        let folder = decode(folder);
        match file.strip_prefix(folder.as_str()) {
            Some(inside) => Self(inside.to_owned()),
            None => Self(file),
        }
    }

    /// The file a relative address written by an earlier release names (`data/x.json`,
    /// `./data/x.json?v=2`), as [`SiteFile::resolved`] gives it for a page at the root.
    pub fn written(src: &str) -> Self {
        let mut path = decode(without_query(src));
        while let Some(rest) = path.strip_prefix("./") {
            path = rest.to_owned();
        }
        Self(path)
    }

    /// The address that opens this file again with `?src=`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn without_query(path: &str) -> &str {
    path.split(['?', '#']).next().unwrap_or_default()
}

/// `%xx` escapes decoded; invalid ones, and bytes that do not form UTF-8, are kept as they are.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Which copy a bulletin opened from somewhere is: the bulletin's id, and the site file it
/// was loaded from, if any (two documents that share an id but come from different places
/// never share a copy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyOf {
    pub id: String,
    pub site: Option<SiteFile>,
}

impl CopyOf {
    /// The copy of the bundled bulletin or of one imported into this browser.
    pub fn kept(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            site: None,
        }
    }

    /// The copy of bulletin `id` as loaded from the site file `file`.
    pub fn site(id: &str, file: SiteFile) -> Self {
        Self {
            id: id.to_owned(),
            site: Some(file),
        }
    }

    /// The id the copy is listed and stored under.
    pub fn entry_id(&self) -> String {
        match &self.site {
            None => self.id.clone(),
            Some(file) => format!("{}{SITE_MARK}{}", self.id, short_hash(file.as_str())),
        }
    }

    /// Where the copy is stored.
    pub fn key(&self) -> String {
        storage_key(&self.entry_id())
    }

    /// Whether the list entry `entry_id` is a copy of the same bulletin `id` from some site
    /// file (earlier releases keyed a site file by its address as typed).
    pub fn is_site_copy_of(entry_id: &str, id: &str) -> bool {
        entry_id
            .strip_prefix(id)
            .and_then(|rest| rest.strip_prefix(SITE_MARK))
            .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    }
}

/// 64-bit FNV-1a, as hex: a short, stable name for a site file.
fn short_hash(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// What a key of this app holds, if it is one of ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredKey {
    /// The user's copy of a bulletin.
    Copy(String),
    /// The original of an imported bulletin.
    Original(String),
}

impl StoredKey {
    /// Reads `key`; keys of other apps, set-aside copies and malformed ids are `None`.
    pub fn parse(key: &str) -> Option<Self> {
        let (kind, id): (fn(String) -> Self, &str) = if let Some(id) = key.strip_prefix(COPY_PREFIX)
        {
            (Self::Copy, id)
        } else if let Some(id) = key.strip_prefix(ORIGINAL_PREFIX) {
            (Self::Original, id)
        } else {
            return None;
        };
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then(|| kind(id.to_owned()))
    }

    /// The list entry the key belongs to.
    pub fn id(&self) -> &str {
        match self {
            Self::Copy(id) | Self::Original(id) => id,
        }
    }
}
