//! Reading files of this site over HTTP (`fetch`), and telling whether an address is on it.

use gloo_net::http::{Request, Response};
use web_sys::Url;

/// What the server answered.
pub struct Reply(Response);

impl Reply {
    /// Where the request ended up, after any redirect.
    pub fn reached(&self) -> String {
        self.0.url()
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.0.status()
    }

    /// Whether the status is a success (200–299).
    pub fn ok(&self) -> bool {
        self.0.ok()
    }

    /// The body as text; `None` when it cannot be read as such.
    pub async fn text(self) -> Option<String> {
        self.0.text().await.ok()
    }

    /// The body's bytes.
    pub async fn bytes(self) -> Option<Vec<u8>> {
        self.0.binary().await.ok()
    }
}

/// GETs `url`; `None` when no answer came (network error, refused by the browser).
pub async fn get(url: &str) -> Option<Reply> {
    Request::get(url).send().await.ok().map(Reply)
}

/// `src` resolved against the page, if it stays on this site.
pub fn same_site(src: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let page = location.href().ok()?;
    let url = Url::new_with_base(src, &page).ok()?;
    (url.origin() == location.origin().ok()?).then(|| url.href())
}

/// The page's path and the path of `url`, if `url` is on this site.
pub fn paths_on_this_site(url: &str) -> Option<(String, String)> {
    let location = web_sys::window()?.location();
    let url = Url::new(url).ok()?;
    (url.origin() == location.origin().ok()?)
        .then(|| (location.pathname().unwrap_or_default(), url.pathname()))
}
