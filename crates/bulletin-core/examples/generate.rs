//! Prints a synthetic bulletin: the bundled one with N generated projects and, optionally,
//! S generated sectors. `cargo run --release -p bulletin-core --example generate -- 20000 42 [40]`

fn main() {
    let mut args = std::env::args().skip(1);
    let count = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let base = match bulletin_core::load(include_str!(
        "../../../public/data/lianyungang-2023-h1.json"
    )) {
        Ok(l) => l.bulletin,
        Err(f) => {
            eprintln!("内置通报无效：{:?}", f.errors);
            std::process::exit(1);
        }
    };
    let sectors: Option<usize> = args.next().and_then(|a| a.parse().ok());
    let mut big = bulletin_core::synthetic::with_projects(&base, count, seed);
    if let Some(n) = sectors {
        big = bulletin_core::synthetic::with_sectors(&big, n, seed);
    }
    big.id = format!("synthetic-{count}-{seed}");
    println!("{}", big.to_json_pretty());
}
