//! 督办单 (`bulletin_core::report::dubandan`): one project's sheet, in words, nothing invented.

mod common;

use bulletin_core::report::dubandan;
use bulletin_core::supervision::Judge;
use bulletin_core::{FollowUp, load};
use common::BUNDLED;

#[test]
fn a_sheet_says_each_field_in_words_and_what_is_not_given() {
    let mut b = load(BUNDLED).unwrap().bulletin;
    let i = b
        .projects
        .iter()
        .position(|p| p.id == "ganyu-jinshan-middle-school")
        .unwrap();
    b.projects[i].owner = Some("李某".to_owned());
    b.projects[i].deadline = Some("2023-06-20".to_owned());
    b.projects[i].follow_ups = Some(vec![
        FollowUp {
            date: "2023-06-01".to_owned(),
            text: "电话督办".to_owned(),
            by: None,
            extra: Default::default(),
        },
        FollowUp {
            date: "2023-06-10".to_owned(),
            text: "现场督办".to_owned(),
            by: Some("市督查室".to_owned()),
            extra: Default::default(),
        },
    ]);
    let judge = Judge::of(&b, false, "2026-12-01");
    let d = dubandan(&b, i, judge.as_ref()).unwrap();
    assert_eq!(d.project, b.projects[i].name);
    assert!(d.from.starts_with(&b.title), "{}", d.from);
    let row = |label: &str| {
        d.rows
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {label}: {:?}", d.rows))
    };
    assert_eq!(row("所属领域"), "教育惠民");
    assert_eq!(row("牵头单位"), "未注明");
    assert_eq!(row("县区"), "赣榆区");
    assert_eq!(row("责任人"), "李某");
    assert_eq!(row("整改时限"), "2023-06-20");
    // Judged on the period end (2023-06-30): past its time limit.
    assert_eq!(row("预警"), "已逾期");
    assert_eq!(row("状态"), b.projects[i].status.label());
    assert!(!row("存在问题").is_empty());
    assert_eq!(
        d.follow_ups,
        ["2023-06-01 电话督办", "2023-06-10 现场督办（市督查室）"]
    );
    assert!(
        d.rows
            .iter()
            .all(|(l, v)| !l.is_empty() && !v.contains('_') && v != "behind"),
        "{:?}",
        d.rows
    );
}

#[test]
fn no_sheet_for_a_project_that_is_not_there() {
    let b = load(BUNDLED).unwrap().bulletin;
    assert!(dubandan(&b, b.projects.len(), None).is_none());
}
