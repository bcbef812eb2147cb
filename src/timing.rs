//! User Timing marks around hot paths, so benchmarks can read them from the browser
//! (`performance.getEntriesByName(name)`); they cost microseconds and show nothing.

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
