//! The bulletins kept in this browser: listing them for the switcher, keeping the original
//! of an imported snapshot, opening and deleting one. Key names and summaries live in
//! `bulletin_core::library`; the store is `browser::store`.

use bulletin_core::library::{Entry, Origin, entries_sized, head_of, keys_of, original_key};
use bulletin_core::{Bulletin, Loaded, load};

use crate::browser::{local, store};
use crate::i18n::{Say, notices as w};
use crate::notice::Notice;
use crate::state::shown::Bulletins;

/// The switcher's list, the bundled bulletin first; only the bundled one when storage
/// cannot be read.
pub async fn list(bundled: &Bulletin) -> Vec<Entry> {
    let heads = store::heads().await.unwrap_or_default();
    entries_sized(
        heads.iter().map(|(k, h, n)| (k.as_str(), h.as_str(), *n)),
        bundled,
    )
}

/// The text and list head of an imported bulletin's original, every field and number as it
/// came, to be kept with its first copy or on its own.
pub fn original_record(id: &str, document: &serde_json::Value) -> (String, String, String) {
    let key = original_key(id);
    let text = serde_json::to_string(document).unwrap_or_default();
    let head = head_of(&key, &text).map(|(h, _)| h).unwrap_or_default();
    (key, text, head)
}

/// Keeps `document`, just imported, as the original of a new stored bulletin `id`.
pub async fn keep_original(id: &str, document: &serde_json::Value) -> Result<(), String> {
    let (key, text, head) = original_record(id, document);
    store::put(&key, &text, &head).await
}

/// Every id this browser keeps a bulletin under, the bundled one's too, read now: the list
/// may have grown in another tab.
pub async fn kept_ids() -> Vec<String> {
    match super::source::bundled() {
        Ok(l) => {
            let mut ids: Vec<String> = list(&l.bulletin).await.into_iter().map(|e| e.id).collect();
            ids.push(l.bulletin.id);
            ids
        }
        Err(_) => Vec::new(),
    }
}

/// Keeps `bulletin`, made on this page, beside the others and opens it, saying `news`; when
/// it cannot be kept, opens it all the same and says that it will be lost with the page.
pub async fn keep_new(
    bulletin: Bulletin,
    news: String,
    bulletins: Bulletins,
    say: impl Fn(Notice),
) {
    let document: serde_json::Value = match serde_json::from_str(&bulletin.to_json_pretty()) {
        Ok(v) => v,
        Err(e) => return say(Notice::new(w::new_not_kept(&e.to_string()))),
    };
    let id = bulletin.id.clone();
    match keep_original(&id, &document).await {
        Ok(()) => {
            say(Notice::info(news));
            bulletins.go(&Origin::Imported.query(&id).unwrap_or_default());
        }
        Err(why) => {
            let mut notice = Notice::new(news);
            notice.details.push(w::cannot_keep(&why.to_string()));
            say(notice);
            bulletins.show_unkept(Loaded {
                bulletin,
                warnings: Vec::new(),
                document,
            });
        }
    }
}

/// The imported bulletin `id` as kept in this browser, or why it cannot be opened.
pub async fn open(id: &str) -> Result<Loaded, String> {
    let text = store::get(&original_key(id))
        .await?
        .ok_or_else(|| w::NOT_KEPT_HERE.say().to_owned())?;
    load(&text).map_err(|f| {
        w::kept_damaged(
            &f.errors
                .first()
                .map(ToString::to_string)
                .unwrap_or_default(),
        )
    })
}

/// Deletes everything stored for the list entry `id` (its original, copy and rescued work);
/// set-aside unreadable copies stay.
pub async fn delete(id: &str) -> Result<(), String> {
    let keys = keys_of(id);
    for key in &keys {
        for (rescue, _) in local::rescues_of(key) {
            local::remove(&rescue);
        }
        local::remove(key);
    }
    store::delete_where(move |k| keys.iter().any(|own| own == k)).await
}
