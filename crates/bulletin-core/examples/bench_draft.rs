//! Benchmark (not a test): the draft reader on the seed's text, on a text of about 200
//! pages (the seed repeated to 400,000 characters), and on one sentence of 400,000
//! characters with no stop; and a .docx of the seed unpacked and read.
//! Usage: cargo run --release -p bulletin-core --example bench_draft
use std::io::Write;
use std::time::Instant;

use bulletin_core::draft;
use bulletin_core::worker_protocol::DraftAnswer;

fn best_of(runs: usize, f: &dyn Fn() -> usize) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut out = 0;
    for _ in 0..runs {
        let start = Instant::now();
        out = f();
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    (best, out)
}

fn docx(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .map(|l| format!("<w:p><w:r><w:t xml:space=\"preserve\">{l}</w:t></w:r></w:p>"))
        .collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let _ = zip.start_file("word/document.xml", options);
    let _ = zip.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#).as_bytes());
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

fn main() {
    let seed = include_str!("../../../docs/source/bulletin-2023-h1.zh-Hans.txt");
    let long = seed.repeat(400_000 / seed.chars().count() + 1);
    let one = "一二三四五六七八九十件项个亿元%".repeat(25_000);
    for (what, text, runs) in [
        ("the seed", seed, 20),
        ("about 200 pages", long.as_str(), 5),
        ("one sentence, no stop", one.as_str(), 3),
    ] {
        let (ms, found) = best_of(runs, &|| draft::read(text).findings.len());
        println!(
            "{what} ({} chars): {ms:.1} ms (best of {runs}), {found} values found",
            text.chars().count()
        );
    }
    let bytes = docx(&long);
    let (ms, _) = best_of(
        3,
        &|| match DraftAnswer::of_docx(&bytes, bulletin_core::lang::Lang::Zh) {
            DraftAnswer::Read { draft, .. } => draft.findings.len(),
            DraftAnswer::Refused { .. } => 0,
        },
    );
    println!(
        "about 200 pages as a .docx ({} bytes): unpacked and read in {ms:.1} ms (best of 3)",
        bytes.len()
    );
}
