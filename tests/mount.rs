//! The app mounted in a real browser (headless Chromium via wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and lets its effects run.
async fn mounted() -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    let handle = leptos::mount::mount_to(
        host.clone().unchecked_into::<HtmlElement>(),
        bulletin_board::App,
    );
    // The app lives as long as the test page.
    std::mem::forget(handle);
    // The overview renders at once; the other sections right after the first frame.
    for _ in 0..100 {
        if host
            .query_selector("[data-testid=sector-row]")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
        sleep_ms(20).await;
    }
    host
}

/// Waits `ms` milliseconds without blocking the page.
async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn text(host: &Element, selector: &str) -> String {
    host.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("no element {selector}"))
}

#[wasm_bindgen_test]
async fn the_bundled_bulletin_is_shown() {
    let host = mounted().await;
    assert_eq!(text(&host, "[data-testid=kpi-items]"), "50件");
    assert_eq!(
        text(&host, "[data-testid=kpi-annual-investment]"),
        "166.3亿元"
    );
    assert_eq!(text(&host, "[data-testid=kpi-completion-pct]"), "60%");
    let rows = host
        .query_selector_all("[data-testid=sector-row]")
        .expect("query");
    assert_eq!(rows.length(), 10);
    let employment = text(&host, "[data-sector-id=employment]");
    assert!(employment.contains("未报告"), "{employment}");
    assert!(
        host.query_selector("[data-testid=notice]")
            .expect("query")
            .is_none()
    );
    let title = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default();
    assert_eq!(title, "民生实事项目上半年进展情况督查通报 · 连云港市");
}
