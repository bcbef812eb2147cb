//! A reviewed draft made a bulletin (`bulletin_core::draft::accept`).

use bulletin_core::draft::review::correct;
use bulletin_core::draft::{accept, read};

const SEED: &str = include_str!("../../../docs/source/bulletin-2023-h1.zh-Hans.txt");

#[test]
fn the_seed_accepted_is_a_bulletin_with_its_text_kept() {
    let d = read(SEED);
    let b = accept(&d, SEED, |_| false).expect("the seed's draft loads");
    assert_eq!(b.id, "bulletin-2023-1");
    assert_eq!(b.summary.items, Some(50));
    assert_eq!(b.sectors.len(), 10);
    // The seed names no region: it stays 未注明, to be finished in the editor.
    assert_eq!(b.region, bulletin_core::draft::NOT_STATED);
    assert_eq!(
        b.source.as_ref().and_then(|s| s.text.as_deref()),
        Some(SEED)
    );
    // Written out and read back, the text stays.
    let again = bulletin_core::load(&b.to_json_pretty())
        .expect("loads")
        .bulletin;
    assert_eq!(again.source.and_then(|s| s.text).as_deref(), Some(SEED));
}

#[test]
fn its_id_is_one_not_kept_yet() {
    let d = read(SEED);
    let b = accept(&d, SEED, |id| {
        id == "bulletin-2023-1" || id == "bulletin-2023-2"
    })
    .unwrap();
    assert_eq!(b.id, "bulletin-2023-3");
}

#[test]
fn a_date_the_text_does_not_give_is_asked_for_by_place_before_anything_is_made() {
    let text = "2024年民生实事共20件，完成投资5亿元。";
    let d = read(text);
    let refused = accept(&d, text, |_| false).unwrap_err();
    assert!(
        refused.iter().any(|r| r.contains("开始日期")),
        "{refused:?}"
    );
    assert!(
        refused
            .iter()
            .all(|r| !r.contains("period.") && !r.contains('[')),
        "{refused:?}"
    );
    let mut d = d;
    for (path, typed) in [
        ("title", "某市民生实事督查通报"),
        ("region", "某市"),
        ("period.year", "2024"),
        ("period.label", "1—6月"),
        ("period.start", "2024-01-01"),
        ("period.end", "2024-06-30"),
    ] {
        d = correct(&d, path, typed).unwrap();
    }
    let b = accept(&d, text, |_| false).expect("filled, it loads");
    assert_eq!(b.summary.items, Some(20));
    assert_eq!(b.title, "某市民生实事督查通报");
}

#[test]
fn a_date_out_of_order_is_refused_with_its_place() {
    let text = "某市民生实事督查通报。2024年1—6月，20件民生实事完成投资5亿元。";
    let mut d = read(text);
    d = correct(&d, "period.end", "2023-12-31").unwrap();
    let refused = accept(&d, text, |_| false).unwrap_err();
    assert!(
        refused.iter().any(|r| r.contains("结束日期")),
        "{refused:?}"
    );
}
