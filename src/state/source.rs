//! Where the bulletin comes from: the one bundled into the app, or `?src=` on the same site.

use std::cell::OnceCell;

use crate::browser::fetch;
use crate::browser::timing::measured;
use crate::browser::worker;
use crate::i18n::{Say, notices as w};
use crate::notice::Notice;
use bulletin_core::library::SiteFile;
use bulletin_core::{Loaded, load, load_checked};

/// The 2023 H1 bulletin, compiled in so the first screen never waits for a second request.
const BUNDLED: &str = include_str!("../../public/data/lianyungang-2023-h1.json");

thread_local! {
    /// Parsed and validated once: opening, importing and the switcher all ask for it.
    static PARSED: OnceCell<Result<Loaded, Notice>> = const { OnceCell::new() };
}

/// The bundled bulletin, or a notice if it is somehow invalid.
pub fn bundled() -> Result<Loaded, Notice> {
    PARSED.with(|parsed| {
        parsed
            .get_or_init(|| {
                load(BUNDLED).map_err(|f| Notice::with_findings(w::BUNDLED_BAD.say(), &f.errors))
            })
            .clone()
    })
}

/// Fetches the bulletin at `src`, a URL on this site, and has it validated in the worker.
/// Also gives the file it came from, as the browser resolved it (after any redirect),
/// which names the copy it is kept as.
pub async fn fetch(src: &str) -> Result<(Loaded, SiteFile), Notice> {
    let cannot = |why: &str| Notice::new(w::not_loaded(src, why));
    let url = fetch::same_site(src).ok_or_else(|| cannot(w::NOT_THIS_SITE.say()))?;
    let response = fetch::get(&url)
        .await
        .ok_or_else(|| cannot(w::NETWORK.say()))?;
    // A redirect may have led to another site: what came from there is not this site's file.
    let reached = match response.reached() {
        reached if reached.is_empty() => url.clone(),
        reached => reached,
    };
    let file =
        fetch::paths_on_this_site(&reached).map(|(page, file)| SiteFile::resolved(&page, &file));
    let Some(file) = file else {
        return Err(cannot(w::REDIRECTED.say()));
    };
    if !response.ok() {
        let why = match response.status() {
            404 => w::NOT_FOUND.say().to_owned(),
            code => w::server_error(code),
        };
        return Err(cannot(&why));
    }
    let text = response
        .text()
        .await
        .ok_or_else(|| cannot(w::NOT_UTF8.say()))?;
    if text.trim_start().starts_with('<') {
        return Err(cannot(w::GOT_PAGE.say()));
    }
    let invalid = |count: usize| w::not_a_bulletin(src, count);
    // Validating a large file takes long: the import worker does it, this thread only parses.
    if let Err((findings, count)) = worker::check_bulletin(&text).await {
        return Err(Notice::with_lines(invalid(count), findings, count));
    }
    let loaded = measured("src:parse", || load_checked(&text))
        .map_err(|f| Notice::with_findings(invalid(f.errors.len()), &f.errors))?;
    Ok((loaded, file))
}
