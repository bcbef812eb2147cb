//! The service worker (`sw.js`, written by `scripts/post-build.mjs` from `public/sw.js`),
//! which keeps this release's files so that the page opens with no network: registering it
//! once the first screen is up, hearing that a newer release has installed and is waiting,
//! and handing over to it when the reader asks — then reloading, so that a page never runs
//! one release's code under another's worker.
//!
//! Everything here is optional: a browser without service workers, a page opened from a
//! file or an insecure host, storage refused or a failed registration all just mean no
//! offline copy, with nothing on the console.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::timing::after_paint;

/// The worker's address, relative to the page: it then serves the page's own folder, so the
/// app works offline under whatever sub-path it is served from.
const SCRIPT: &str = "./sw.js";
/// What the waiting worker takes as the word to take over (`public/sw.js`).
const SKIP_WAITING: &str = "skip-waiting";
/// How often an open page asks the server for a newer release: the browser checks by itself
/// only when a page is opened, and a board may stay open through a whole day's meeting.
const CHECK_EVERY_MS: i32 = 60 * 60 * 1000;

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static STARTED: Cell<bool> = const { Cell::new(false) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
    /// Whether the reader asked for the new release in this page.
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// The page's service worker container, where one may be used.
fn container() -> Option<ServiceWorkerContainer> {
    // A development build (`trunk serve`) reloads itself on each change; a worker answering
    // with the previous build's page would only get in the way.
    if cfg!(debug_assertions) {
        return None;
    }
    let window = web_sys::window()?;
    // file:// and other schemes cannot have one; checked first, as some browsers throw there.
    let protocol = window.location().protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    // Absent in browsers without support and on insecure (non-HTTPS, non-local) hosts;
    // web-sys would call into `undefined`.
    let container =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker")).ok()?;
    container.is_object().then(|| container.unchecked_into())
}

/// Resolves once the document and everything it loads are in (at once if already so):
/// the worker's install downloads the whole release and must not compete with the first
/// screen for a poor connection.
async fn page_loaded() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let complete = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if complete {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "load", &resolve, &options,
        );
    });
    let _ = JsFuture::from(promise).await;
}

/// Calls `f` on each `event` of `target` for the rest of the page's life (the registration
/// and its workers live that long too).
fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut() + 'static) {
    let f = Closure::<dyn FnMut()>::new(f);
    if target
        .add_event_listener_with_callback(event, f.as_ref().unchecked_ref())
        .is_ok()
    {
        f.forget();
    }
}

/// Registers the worker after the first screen has been shown and the page has loaded;
/// `offer` is called whenever a newer release has installed and waits for the reader (also
/// when one was already waiting from an earlier visit). Only the first call does anything.
pub fn start(offer: impl Fn() + Clone + 'static) {
    if STARTED.replace(true) {
        return;
    }
    let Some(container) = container() else { return };
    wasm_bindgen_futures::spawn_local(async move {
        after_paint().await;
        page_loaded().await;
        // Rejected when storage is refused, the page is in a sandboxed frame or the host does
        // not serve the script (Chromium itself then notes the bad response on the console):
        // there is no offline copy, and nothing else changes.
        let Ok(registration) = JsFuture::from(container.register(SCRIPT)).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration.clone()));

        // The page's worker changed: the reader asked for the new release here or in another
        // tab of the site. Reload at once, so that this page does not go on under the new
        // release's files (a Web Worker of the next release under this one's page) — unless
        // another tab asked while a dialog is open here: what is typed in it is not yet an
        // edit and a reload would lose it, so this page offers the reload instead.
        let changed = {
            let offer = offer.clone();
            move || {
                if !ASKED.get() && super::focus::dialog_open() {
                    offer();
                } else {
                    reload();
                }
            }
        };
        listen(&container, "controllerchange", changed);

        let offer_if_waiting = {
            let registration = registration.clone();
            let offer = offer.clone();
            move || {
                // With no active worker the installed one activates by itself: a first visit.
                if registration.waiting().is_some() && registration.active().is_some() {
                    offer();
                }
            }
        };
        let follow = {
            let offer_if_waiting = offer_if_waiting.clone();
            move |worker: ServiceWorker| {
                let watched = worker.clone();
                let offer_if_waiting = offer_if_waiting.clone();
                listen(&worker, "statechange", move || {
                    if watched.state() == ServiceWorkerState::Installed {
                        offer_if_waiting();
                    }
                });
            }
        };
        // A release that installed on an earlier visit, or is installing right now.
        offer_if_waiting();
        if let Some(installing) = registration.installing() {
            follow(installing);
        }
        let target = registration.clone();
        let found = registration.clone();
        listen(&target, "updatefound", move || {
            if let Some(installing) = found.installing() {
                follow(installing);
            }
        });

        let check = Closure::<dyn Fn()>::new(move || {
            if let Ok(promise) = registration.update() {
                // Offline or the server unreachable: the next check will do.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        });
        if let Some(window) = web_sys::window()
            && window
                .set_interval_with_callback_and_timeout_and_arguments_0(
                    check.as_ref().unchecked_ref(),
                    CHECK_EVERY_MS,
                )
                .is_ok()
        {
            check.forget();
        }
    });
}

/// Reloads the page, once however many events ask for it.
fn reload() {
    if !RELOADING.replace(true)
        && let Some(window) = web_sys::window()
    {
        let _ = window.location().reload();
    }
}

/// Tells the waiting release to take over; every page of the site it serves then reloads
/// onto it (the `controllerchange` above). This page reloads too once the release is active,
/// even if the worker did not serve it (a first visit, or a reload that bypassed the worker),
/// as no `controllerchange` comes to such a page. If none is waiting any more — another tab
/// took it, or the browser dropped it — the page reloads onto whatever release is current.
pub fn take_update() {
    ASKED.set(true);
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    if let Some(worker) = waiting {
        let watched = worker.clone();
        listen(&worker, "statechange", move || {
            if matches!(
                watched.state(),
                ServiceWorkerState::Activated | ServiceWorkerState::Redundant
            ) {
                reload();
            }
        });
        if worker
            .post_message(&JsValue::from_str(SKIP_WAITING))
            .is_ok()
        {
            return;
        }
    }
    reload();
}
