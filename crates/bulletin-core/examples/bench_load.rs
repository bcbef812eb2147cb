//! Benchmark (not a test): reading a bulletin of N projects, with and without validation.
//! Usage: cargo run --release -p bulletin-core --example bench_load -- [N]
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let Ok(base) = bulletin_core::load(include_str!(
        "../../../public/data/lianyungang-2023-h1.json"
    )) else {
        return;
    };
    let text = bulletin_core::synthetic::with_projects(&base.bulletin, n, 42).to_json_pretty();
    let time = |what: &str, f: &dyn Fn() -> bool| {
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            assert!(f());
            best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        }
        println!("{n} projects, {what}: {best:.0} ms (best of 5)");
    };
    time("load (parse, validate, parse)", &|| {
        bulletin_core::load(&text).is_ok()
    });
    time("load_checked (parse only)", &|| {
        bulletin_core::load_checked(&text).is_ok()
    });
}
