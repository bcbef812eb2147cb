//! Time in the page: User Timing marks around hot paths, so benchmarks can read them from
//! the browser (`performance.getEntriesByName(name)`; they cost microseconds and show
//! nothing), the pauses that split long work into tasks or wait for a paint, and the clock.

use wasm_bindgen::JsCast;

/// Runs `f`, recording its duration as a `performance.measure` entry named `name`.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}

/// Resolves in a later task of the event loop, so that the page can paint and respond
/// between two long pieces of work.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the page has painted what is on it now (the task after the next frame),
/// or after 100 ms where no frames come (a background tab), so that work which can wait —
/// saving, the change list — does not hold up showing a step.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let later = resolve.clone();
        let w = window.clone();
        let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = w.set_timeout_with_callback(&later);
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
