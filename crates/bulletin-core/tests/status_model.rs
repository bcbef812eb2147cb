//! The status model: reported statuses in one vocabulary, investment graded on its own.

mod common;

use bulletin_core::status::{Grade, Grading, ItemStatus, Level, vocabulary};
use bulletin_core::supervision::Warning;
use bulletin_core::{Figures, ProjectStatus, SectorStatus, load};
use common::{BUNDLED, bundled_value, set};
use serde_json::json;

#[test]
fn grades_follow_the_thresholds_at_their_boundaries() {
    let g = Grading::default();
    assert_eq!((g.yellow_from, g.red_from), (10.0, 30.0));
    let grade = |p: f64| g.grade(Some(p));
    assert_eq!(grade(0.1), Some(Grade::Ahead));
    assert_eq!(
        grade(0.0),
        Some(Grade::OnTrack),
        "on the schedule is not ahead of it"
    );
    assert_eq!(grade(-9.9), Some(Grade::OnTrack));
    assert_eq!(grade(-10.0), Some(Grade::Yellow), "from 10 points under");
    assert_eq!(grade(-29.9), Some(Grade::Yellow));
    assert_eq!(grade(-30.0), Some(Grade::Red), "from 30 points under");
    assert_eq!(grade(-100.0), Some(Grade::Red));
    assert_eq!(g.grade(None), None, "no figure, no grade");
    assert_eq!(g.grade(Some(f64::NAN)), None);
    assert_eq!(g.grade(Some(f64::NEG_INFINITY)), None);
}

#[test]
fn a_bulletin_may_set_its_own_thresholds() {
    let mut doc = bundled_value();
    set(
        &mut doc,
        "schedule_grading",
        Some(json!({"yellow_from": 5, "red_from": 8})),
    );
    let b = load(&doc.to_string()).expect("valid").bulletin;
    let g = Grading::of(&b);
    let f = Figures::of(&b);
    // 教育惠民 43 % against 50 %: 7 points under, yellow from 5.
    assert_eq!(g.grade(f.sectors[0].schedule_gap_pp), Some(Grade::Yellow));
    // 宜居环境 41.4 %: 8.6 under, red from 8.
    assert_eq!(g.grade(f.sectors[4].schedule_gap_pp), Some(Grade::Red));
    // With the defaults both are near enough.
    let bundled = load(BUNDLED).expect("valid").bulletin;
    let d = Grading::of(&bundled);
    assert_eq!(d, Grading::default());
    assert_eq!(d.grade(f.sectors[0].schedule_gap_pp), Some(Grade::OnTrack));
    assert!(g.meaning(Grade::Yellow).contains("5 个百分点"));
    assert!(g.meaning(Grade::Red).contains("8 个百分点"));
}

#[test]
fn reported_status_and_grade_are_separate_measures() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let f = Figures::of(&b);
    let g = Grading::of(&b);
    let ecology = b
        .sectors
        .iter()
        .position(|s| s.id == "ecology")
        .expect("ecology");
    // The bulletin says 生态治理 is behind (a project missed its milestones) while its money is
    // 29.5 points over the schedule: both are shown, neither overrides the other.
    assert_eq!(b.sectors[ecology].status, SectorStatus::Behind);
    assert_eq!(
        g.grade(f.sectors[ecology].schedule_gap_pp),
        Some(Grade::Ahead)
    );
}

#[test]
fn one_vocabulary_with_every_status_once_per_level_in_chinese() {
    let words = vocabulary();
    for level in [Level::Item, Level::Sector, Level::Project, Level::Warning] {
        let at: Vec<_> = words.iter().filter(|w| w.level == level).collect();
        let mut keys: Vec<_> = at.iter().map(|w| w.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), at.len(), "{level:?}: a key twice");
        for w in &at {
            assert!(!w.label.is_ascii() && !w.meaning.is_ascii(), "{w:?}");
        }
    }
    assert_eq!(
        words.len(),
        ItemStatus::ALL.len()
            + SectorStatus::ALL.len()
            + ProjectStatus::ALL.len()
            + Warning::ALL.len()
    );
    // A resolved project reads the same word as a warning and as a status.
    assert_eq!(Warning::Resolved.label(), ProjectStatus::Resolved.label());
    assert_eq!(Warning::Overdue.label(), "已逾期");
    assert_eq!(
        SectorStatus::OnScheduleWithProblems.label(),
        "按序时但存在问题"
    );
    assert_eq!(ProjectStatus::Behind.label(), "推进滞后");
    assert_eq!(ItemStatus::Behind.label(), "未达序时");
    let mut grade_keys: Vec<_> = Grade::ALL.iter().map(|g| g.key()).collect();
    grade_keys.dedup();
    assert_eq!(grade_keys, ["ahead", "on_track", "yellow", "red"]);
}
