//! Benchmark (not a test): editing a synthetic bulletin of 20,000 projects natively — one
//! step (validated), the change list, and storing and reopening the copy.
//! `cargo run --release -p bulletin-core --example bench_edit`

use std::time::Instant;

use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::{load, synthetic};
use serde_json::json;

fn main() {
    let Ok(base) = load(include_str!(
        "../../../public/data/lianyungang-2023-h1.json"
    )) else {
        return eprintln!("内置通报无效");
    };
    for n in [1_000, 20_000] {
        let b = synthetic::with_projects(&base.bulletin, n, 42);
        let mut w = Workbench::new(&b);
        let t = Instant::now();
        let step = Step {
            label: "改备注".into(),
            at: "2026-11-28T00:00:00Z".into(),
            edits: vec![Edit::Set {
                path: "/projects/0/note".into(),
                before: json!(b.projects[0].note),
                after: json!("基准"),
            }],
        };
        let applied = w.apply(step).is_ok();
        let apply = t.elapsed();
        let t = Instant::now();
        let changes = w.changes().len();
        let diff = t.elapsed();
        let t = Instant::now();
        let text = Stored::of(&w, 1, "2026-11-28T00:00:00Z").to_text();
        let store = t.elapsed();
        let t = Instant::now();
        let reopened = Stored::from_text(&text, &b).is_ok();
        let reopen = t.elapsed();
        println!(
            "{n} projects: apply {:.1} ms ({applied}), change list {:.1} ms ({changes}), store {:.1} ms ({} bytes), reopen {:.1} ms ({reopened})",
            apply.as_secs_f64() * 1e3,
            diff.as_secs_f64() * 1e3,
            store.as_secs_f64() * 1e3,
            text.len(),
            reopen.as_secs_f64() * 1e3
        );
    }
}
