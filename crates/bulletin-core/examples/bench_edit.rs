//! Benchmark (not a test): editing synthetic bulletins of 1,000 and 20,000 projects natively
//! — one note edit applied, undone and redone, the change list, handing the bulletin to the
//! app, and storing and reopening the copy. Times are medians of repeated runs.
//! `cargo run --release -p bulletin-core --example bench_edit`

use std::sync::Arc;
use std::time::{Duration, Instant};

use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::{load, synthetic};
use serde_json::json;

const RUNS: usize = 21;

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// A step that sets the note of project `i` to `after`, against what it is now, addressing
/// the project by id as the editor does.
fn note_step(w: &Workbench, i: usize, after: &str) -> Step {
    let project = &w.bulletin().projects[i];
    Step {
        label: "改备注".into(),
        at: "2026-11-28T00:00:00Z".into(),
        edits: vec![Edit::Set {
            path: format!("/projects/@{}/note", project.id),
            before: json!(project.note),
            after: json!(after),
        }],
    }
}

/// Median times of editing the note of project `i`: apply, undo, redo, apply while the
/// app holds the bulletin, and the change list after it.
fn edit_times(w: &mut Workbench, i: usize) -> [Duration; 5] {
    let (mut apply, mut undo, mut redo, mut held) = (vec![], vec![], vec![], vec![]);
    let mut ok = true;
    for run in 0..RUNS {
        let step = note_step(w, i, &format!("基准 {run}"));
        let t = Instant::now();
        ok &= w.apply(step).is_ok();
        apply.push(t.elapsed());
        let t = Instant::now();
        ok &= w.undo();
        undo.push(t.elapsed());
        let t = Instant::now();
        ok &= w.redo();
        redo.push(t.elapsed());
        // As in the app, whose memos keep the previous bulletin until they rerun.
        let app = w.shared();
        let step = note_step(w, i, &format!("持有 {run}"));
        let t = Instant::now();
        ok &= w.apply(step).is_ok();
        held.push(t.elapsed());
        drop(app);
    }
    if !ok {
        eprintln!("有编辑未能应用");
    }
    let changes: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(w.changes());
            t.elapsed()
        })
        .collect();
    [apply, undo, redo, held, changes].map(median)
}

/// Median time of applying an edit outside the projects (the summary's text), which is
/// validated without the projects.
fn summary_times(w: &mut Workbench) -> Duration {
    let times = (0..RUNS)
        .map(|run| {
            let step = Step {
                label: "改总体情况".into(),
                at: "2026-11-28T00:00:00Z".into(),
                edits: vec![Edit::Set {
                    path: "/summary/text".into(),
                    before: json!(w.bulletin().summary.text),
                    after: json!(format!("基准 {run}")),
                }],
            };
            let t = Instant::now();
            if w.apply(step).is_err() {
                eprintln!("总体情况的修改未能应用");
            }
            t.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    let Ok(base) = load(include_str!(
        "../../../public/data/lianyungang-2023-h1.json"
    )) else {
        return eprintln!("内置通报无效");
    };
    println!(
        "| 项目数 | apply | undo | redo | apply（应用仍持有上一份 Arc） | changes() | shared() | Arc::new(bulletin().clone()) |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in [1_000, 20_000] {
        let b = synthetic::with_projects(&base.bulletin, n, 42);
        let mut w = Workbench::new(&b);
        let [apply, undo, redo, held, changes] = edit_times(&mut w, 0);
        let shared: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(w.shared());
                t.elapsed()
            })
            .collect();
        let cloned: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(Arc::new(w.bulletin().clone()));
                t.elapsed()
            })
            .collect();
        println!(
            "| {n} | {} | {} | {} | {} | {} | {} | {} |",
            ms(apply),
            ms(undo),
            ms(redo),
            ms(held),
            ms(changes),
            ms(median(shared)),
            ms(median(cloned)),
        );
        // The last project: the longest walk to find it by id and to reach it in the list.
        let [apply, undo, redo, held, changes] = edit_times(&mut w, n - 1);
        println!(
            "| {n}（改最后一个项目） | {} | {} | {} | {} | {} | | |",
            ms(apply),
            ms(undo),
            ms(redo),
            ms(held),
            ms(changes),
        );
        let summary = summary_times(&mut w);
        println!("  总体情况的一处修改：apply {} ms", ms(summary));
        let t = Instant::now();
        let text = Stored::of(&w, 1, "2026-11-28T00:00:00Z").to_text();
        let store = t.elapsed();
        let t = Instant::now();
        let reopened = Stored::from_text(&text, &b).is_ok();
        let reopen = t.elapsed();
        println!(
            "  store {} ms ({} bytes), reopen {} ms ({reopened})",
            ms(store),
            text.len(),
            ms(reopen)
        );
    }
}
