//! Benchmark (not a test): the ledger engine on synthetic bulletins of 1,000 and 20,000
//! projects, natively. `cargo run --release -p bulletin-core --example bench_filter`

use std::time::{Duration, Instant};

use bulletin_core::csv::projects_csv;
use bulletin_core::filter::{Facet, FacetIndex, Filter, Sort, SortColumn, sort_projects};
use bulletin_core::{load, synthetic};

/// Median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let base = match load(include_str!(
        "../../../public/data/lianyungang-2023-h1.json"
    )) {
        Ok(l) => l.bulletin,
        Err(_) => return eprintln!("内置通报无效"),
    };
    println!(
        "| 项目数 | 载入并校验 | 建分面索引 | 分面计数（无筛选） | 分面计数（领域+问题类型+搜索） | 按名称排序 | CSV 导出 |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for n in [1_000, 20_000] {
        let b = synthetic::with_projects(&base, n, 42);
        let json = b.to_json_pretty();
        let load_time = median(7, || drop(load(&json)));
        let index_time = median(7, || drop(FacetIndex::new(&b)));
        let index = FacetIndex::new(&b);
        let empty = Filter::default();
        let plain = median(15, || drop(index.counts(&b, &empty)));
        let mut f = Filter::default();
        f.toggle(Facet::Sector, "transport");
        f.toggle(Facet::ProblemType, "funding");
        f.set_query("海州");
        let narrowed = median(15, || drop(index.counts(&b, &f)));
        let all: Vec<usize> = (0..n).collect();
        let sort = Some(Sort {
            column: SortColumn::Name,
            descending: false,
        });
        let sorting = median(7, || {
            let mut v = all.clone();
            sort_projects(&b, &mut v, sort, &|x: &str, y: &str| x.cmp(y));
        });
        let csv = median(7, || drop(projects_csv(&b, &all)));
        println!(
            "| {n} | {:.1} ms | {:.2} ms | {:.2} ms | {:.2} ms | {:.2} ms | {:.1} ms |",
            ms(load_time),
            ms(index_time),
            ms(plain),
            ms(narrowed),
            ms(sorting),
            ms(csv)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
