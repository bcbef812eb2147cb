//! Notices as other cities publish them (tests/fixtures/, from shared/reference): each loads
//! with no error, keeps what it says, and its data checks are only the real ones.

use bulletin_core::filter::{Facet, Filter, facet_counts};
use bulletin_core::status::ItemStatus;
use bulletin_core::{Figures, Loaded, load};
use serde_json::Value;

fn fixture(name: &str) -> (String, Loaded) {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    let loaded = load(&text).unwrap_or_else(|f| panic!("{name}: {:#?}", f.errors));
    (text, loaded)
}

#[test]
fn yancheng_counts_by_class_and_figures_per_item_in_mixed_units() {
    let (_, l) = fixture("yancheng-2013-q3.json");
    let b = &l.bulletin;
    assert!(b.sectors.is_empty() && b.schedule_target_pct.is_none());
    assert_eq!(b.summary.items, Some(20));
    assert_eq!(b.summary.items_on_schedule, None);
    let f = Figures::of(b);
    assert_eq!(
        f.status_counts,
        [
            (ItemStatus::Ahead, 11),
            (ItemStatus::OnSchedule, 2),
            (ItemStatus::Behind, 7)
        ]
    );
    assert_eq!(f.completion_pct, Some(73.4), "the share the notice gives");
    assert_eq!(f.schedule_gap_pp, None, "no 序时 given, no gap");
    let water = b
        .projects
        .iter()
        .find(|p| p.id == "water-supply")
        .expect("item");
    let figures = water.figures.as_ref().expect("figures");
    assert_eq!(figures.completed_investment, Some(0.296));
    assert_eq!(figures.planned_investment, Some(2.6));
    assert_eq!(figures.plan_pct, Some(11.4));
    assert_eq!(l.warnings, Vec::new(), "11 + 2 + 7 = 20");
}

#[test]
fn yuhuan_keeps_its_issuer_number_and_date_and_what_it_does_not_model() {
    let (_, l) = fixture("yuhuan-2021-q3.json");
    let b = &l.bulletin;
    let source = b.source.as_ref().expect("source");
    assert_eq!(source.number.as_deref(), Some("督通〔2021〕37号"));
    assert_eq!(source.issuer.as_deref(), Some("市委、市政府督查室"));
    assert_eq!(source.published.as_deref(), Some("2021-11-29"));
    assert!(
        b.extra.contains_key("key_work"),
        "the 126 重点工作 kept as written"
    );
    assert_eq!(b.projects.len(), 4);
    assert!(
        b.projects
            .iter()
            .all(|p| p.lead_unit.is_some() && p.sector.is_none())
    );
    assert_eq!(l.warnings, Vec::new());
    // And it comes back out as it went in.
    let out: Value = serde_json::from_str(&b.to_json_pretty()).expect("json");
    assert_eq!(out, l.document);
}

#[test]
fn cangnan_lists_a_project_once_in_each_district_it_lags_in() {
    let (_, l) = fixture("cangnan-2022-10.json");
    let b = &l.bulletin;
    assert_eq!(b.summary.items, None);
    let counts = facet_counts(b, &Filter::default());
    let district = |name: &str| {
        counts
            .options(Facet::District)
            .iter()
            .find(|o| o.value == name)
            .map(|o| o.count)
    };
    assert_eq!(district("灵溪镇"), Some(2), "rows 5 and 6");
    assert_eq!(district("马站镇"), Some(1));
    let mut f = Filter::default();
    f.toggle(Facet::District, "灵溪镇");
    assert_eq!(f.matching(b).len(), 2);
    let six = &b.projects[5];
    assert_eq!(six.districts(), ["赤溪镇", "灵溪镇"]);
    assert_eq!(six.problems.as_ref().map(Vec::len), Some(2));
    assert_eq!(
        six.figures.as_ref().and_then(|f| f.progress_pct),
        Some(57.0)
    );
    assert_eq!(six.level.as_deref(), Some("县"));
    assert_eq!(l.warnings, Vec::new());
}

#[test]
fn lianyungang_2025_says_calmly_that_three_items_are_in_no_class() {
    let (_, l) = fixture("lianyungang-2025-q3.json");
    assert_eq!(l.warnings.len(), 1, "{:#?}", l.warnings);
    let w = l.warnings[0].to_string();
    assert!(w.contains("各类合计 47 件"), "{w}");
    assert!(w.contains("总数 50 件中有 3 件未归入任何一类"), "{w}");
    assert!(w.contains("已完成全年 14 件"), "{w}");
    assert!(w.ends_with("（位置：summary.status_counts）"), "{w}");
}

#[test]
fn a_v1_district_reads_as_a_list_of_one() {
    let (_, l) = fixture("yuhuan-2021-q3.json");
    let mut p = l.bulletin.projects[0].clone();
    assert!(p.districts().is_empty());
    p.district = Some(" 海州区 ".into());
    assert_eq!(p.districts(), ["海州区"]);
    p.districts = Some(vec!["金安区".into(), "金安区".into(), "".into()]);
    assert_eq!(
        p.districts(),
        ["金安区"],
        "the list wins; repeats and blanks dropped"
    );
}

#[test]
fn amounts_read_in_the_unit_that_suits_their_size() {
    use bulletin_core::display::{amount, project_figures, readable_amount};
    assert_eq!(readable_amount(Some(0.296), "亿元"), "2960 万元");
    assert_eq!(readable_amount(Some(0.07569), "亿元"), "756.9 万元");
    assert_eq!(readable_amount(Some(16.3), "亿元"), "16.3 亿元");
    assert_eq!(readable_amount(Some(0.0), "亿元"), "0 亿元");
    assert_eq!(readable_amount(Some(12_000.0), "万元"), "1.2 亿元");
    assert_eq!(readable_amount(Some(2960.0), "万元"), "2960 万元");
    assert_eq!(
        readable_amount(Some(0.5), "million yuan"),
        "0.5 million yuan"
    );
    assert_eq!(readable_amount(None, "亿元"), amount(None, "亿元"));
    assert_eq!(
        readable_amount(Some(1e300), "万元"),
        amount(Some(1e300), "万元"),
        "out of range stays so"
    );
    let (_, l) = fixture("yancheng-2013-q3.json");
    let water = l
        .bulletin
        .projects
        .iter()
        .find(|p| p.id == "water-supply")
        .expect("item");
    assert_eq!(
        project_figures(water.figures.as_ref().expect("figures"), "亿元"),
        [
            "完成投资 2960 万元",
            "计划投资 2.6 亿元",
            "完成年度计划 11.4%"
        ]
    );
}

#[test]
fn a_project_of_a_notice_without_sectors_is_edited_and_added_without_one() {
    use bulletin_core::edit::Workbench;
    use bulletin_core::form::{Record, to_text};
    use std::collections::HashMap;
    const AT: &str = "2026-11-29T12:00:00+08:00";
    let opened = |r: &Record| -> HashMap<&'static str, String> {
        r.fields
            .iter()
            .map(|f| (f.key, to_text(&f.kind, &r.initial(f.key))))
            .collect()
    };
    let (_, l) = fixture("yuhuan-2021-q3.json");
    let mut w = Workbench::from_loaded(&l);
    let record = Record::project(w.bulletin(), w.current(), Some("iud-removal")).expect("record");
    assert!(
        record.fields.iter().all(|f| f.key != "sector"),
        "nothing to choose"
    );
    let mut typed = opened(&record);
    typed.insert("note", "已督办".into());
    let step = record.save_step(&typed, w.current(), AT).unwrap().unwrap();
    w.apply(step).expect("saved");
    let p = &w.bulletin().projects[1];
    assert_eq!((p.note.as_str(), p.sector.as_deref()), ("已督办", None));
    let new = Record::project(w.bulletin(), w.current(), None).expect("template");
    let mut typed = opened(&new);
    typed.insert("name", "新增一项".into());
    w.apply(new.save_step(&typed, w.current(), AT).unwrap().unwrap())
        .expect("a new project without a sector is valid");
    assert_eq!(w.bulletin().projects.len(), 5);
}

#[test]
fn search_and_sort_see_every_district_and_its_problem() {
    use bulletin_core::filter::{Sort, SortColumn, sort_projects};
    let (_, l) = fixture("cangnan-2022-10.json");
    let b = &l.bulletin;
    let mut f = Filter::default();
    f.set_query("金乡镇");
    assert_eq!(f.matching(b).len(), 1, "a district of the list");
    // Only in the problem of one district, not in the remark as the notice wrote it.
    f.set_query("园区六路推进缓慢");
    assert_eq!(f.matching(b).len(), 1, "a problem of one district");
    let mut rows: Vec<usize> = (0..b.projects.len()).collect();
    let sort = Some(Sort {
        column: SortColumn::District,
        descending: false,
    });
    sort_projects(b, &mut rows, sort, &|x, y| x.cmp(y));
    let first: Vec<&str> = rows
        .iter()
        .filter_map(|&i| b.projects[i].districts().first().copied())
        .collect();
    let mut sorted = first.clone();
    sorted.sort_unstable();
    assert_eq!(first, sorted);
    assert_eq!(
        first.len(),
        3,
        "those with a district first, the rest after"
    );
}
