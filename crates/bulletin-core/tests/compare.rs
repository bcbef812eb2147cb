//! Two bulletins of a series compared, on a made-up series of three periods that has every
//! kind of change (the real notices and the edge cases are in compare_cases.rs).

use bulletin_core::status::ItemStatus;
use bulletin_core::supervision::{Change, Comparison, CountChange, Listed, compare};
use bulletin_core::{Bulletin, ProjectStatus, load};
use serde_json::{Value, json};

/// A valid bulletin of the test series ending on `end`, with `over` laid over the defaults.
fn bulletin(id: &str, end: &str, over: Value) -> Bulletin {
    let mut doc = json!({
        "format": "minsheng-bulletin", "version": 1, "id": id, "title": "民生实事进展通报",
        "region": "测试市", "series": "test-2023",
        "period": {"year": 2023, "label": id, "start": "2023-01-01", "end": end},
        "schedule_target_pct": null, "currency_unit": "亿元",
        "summary": {"items": null, "sub_items": null, "annual_investment": null,
                    "completed_investment": null, "items_on_schedule": null, "text": ""},
        "sectors": [], "problem_types": [], "projects": [], "requirements": []
    });
    for (k, v) in over.as_object().expect("object") {
        doc[k] = v.clone();
    }
    let text = serde_json::to_string(&doc).expect("json");
    load(&text)
        .unwrap_or_else(|f| panic!("{id}: {:#?}", f.errors))
        .bulletin
}

/// A project; `more` sets further fields.
fn p(id: &str, name: &str, status: &str, more: Value) -> Value {
    let mut v = json!({"id": id, "name": name, "sector": null, "lead_unit": null,
        "district": null, "status": status, "problem_types": [], "issue": "", "note": ""});
    for (k, x) in more.as_object().expect("object") {
        v[k] = x.clone();
    }
    v
}

fn sector(id: &str, name: &str, items: u64, plan: Option<f64>, status: &str) -> Value {
    json!({"id": id, "name": name, "items": items, "sub_items": null,
        "completed_investment": null, "plan_pct": plan, "status": status,
        "highlights": [], "problems": []})
}

fn none() -> Value {
    json!({})
}

/// 1至7月, 1至8月, 1至9月 of one series.
fn series() -> [Bulletin; 3] {
    let edu = json!({"sector": "education"});
    let tr = json!({"sector": "transport"});
    let july = bulletin(
        "test-2023-07",
        "2023-07-31",
        // In another order than 8月: the walk back follows each project, not its place.
        json!({"projects": [
            p("c", "秦东门大街东延", "on_schedule", none()),
            p("b", "凌州路小学", "on_schedule", none()),
            p("k", "内环路东环", "behind", none()),
            // The same project under another id: the walk back matches it by name.
            p("a-first", "金山中学建设项目", "behind", none()),
        ]}),
    );
    let aug = bulletin(
        "test-2023-08",
        "2023-08-31",
        json!({
            "schedule_target_pct": 66.7,
            "summary": {"items": 50, "sub_items": null, "annual_investment": null,
                "completed_investment": null, "items_on_schedule": 45, "text": ""},
            "sectors": [
                sector("education", "教育惠民", 6, Some(43.0), "on_schedule_with_problems"),
                sector("transport", "交通出行", 5, Some(40.0), "behind"),
                sector("health", "卫生健康", 5, Some(42.0), "on_schedule"),
                sector("culture", "文体生活", 4, Some(67.0), "on_schedule"),
            ],
            "district_ranking": [
                {"district": "海州区", "rank": 1}, {"district": "连云区", "rank": 2},
                {"district": "赣榆区", "rank": 2}, {"district": "东海县", "rank": 4},
                {"district": "灌南县", "rank": 5}
            ],
            "projects": [
                p("a", "金山中学建设项目", "behind", edu.clone()),
                p("k", "内环路东环", "behind", tr.clone()),
                p("b", "凌州路小学", "behind", edu.clone()),
                p("c", "秦东门大街东延", "at_risk", tr.clone()),
                p("e", "城镇棚户区改造", "behind", none()),
                p("f", "阳光食堂", "at_risk", none()),
                p("f2", "特色田园乡村", "at_risk", none()),
                p("g", "停车泊位改造", "behind", none()),
                p("h", "农药包装回收", "at_risk", none()),
                p("old-name-id", "新海初级中学新城校区", "at_risk", none()),
                p("r", "社会福利中心改造", "behind", none()),
                p("dup-1", "重复名称", "at_risk", none()),
                p("dup-2", "重复名称", "at_risk", none()),
                p("u-1", "单边重名", "at_risk", none()),
                p("z", "已办结项目", "resolved", none()),
                // 办结 after 8月's end: open then, resolved by 9月's.
                p("z2", "九月办结项目", "at_risk", json!({"resolved_on": "2023-09-05"})),
                // Two of one name: `m1` keeps its id, so the other two pair by the name.
                p("m1", "同名续建", "at_risk", none()),
                p("m-old", "同名续建", "at_risk", none()),
            ]
        }),
    );
    let sept = bulletin(
        "test-2023-09",
        "2023-09-30",
        json!({
            "schedule_target_pct": 75,
            "summary": {"items": 50, "sub_items": null, "annual_investment": null,
                "completed_investment": null, "items_on_schedule": null, "text": "",
                "status_counts": {"completed": 3, "ahead": 7, "on_schedule": 38, "behind": 2}},
            "sectors": [
                sector("education", "教育惠民", 6, Some(58.5), "on_schedule"),
                sector("transport", "交通出行", 5, Some(60.2), "ahead"),
                sector("employment", "就业创业", 5, None, "behind"),
                sector("culture-sports", " 文体生活 ", 5, Some(80.1), "on_schedule"),
            ],
            // Written out of order: the comparison orders by rank, ties as written.
            "district_ranking": [
                {"district": "海州区", "rank": 2}, {"district": "连云区", "rank": 1},
                {"district": "东海县", "rank": 3}, {"district": " 赣榆区", "rank": 3},
                {"district": "灌云县", "rank": 5}
            ],
            "projects": [
                p("a", "金山中学建设项目", "behind", json!({"sector": "education", "district": "海州区"})),
                p("k", "内环路东环", "behind", json!({"sector": "transport", "districts": ["连云区", "海州区"]})),
                p("b", "凌州路小学", "behind", edu),
                p("c", "秦东门大街东延", "behind", tr),
                p("d", "新增滞后项目", "behind", none()),
                p("e", "城镇棚户区改造", "resolved", none()),
                // Resolved on the period's last day: resolved by it.
                p("f", "阳光食堂", "at_risk", json!({"resolved_on": "2023-09-30"})),
                p("f2", "特色田园乡村", "at_risk", json!({"resolved_on": "2023-10-01"})),
                p("g", "停车泊位改造", "on_schedule", none()),
                p("i", "新增项目", "at_risk", none()),
                p("xinhai-xincheng", "新海初级中学新城校区", "behind", none()),
                // Still marked behind, but given its 办结日期: recovered, not still behind.
                p("r", "社会福利中心改造", "behind", json!({"resolved_on": "2023-09-20"})),
                p("dup-x", "重复名称", "at_risk", none()),
                p("u-2", "单边重名", "at_risk", none()),
                p("u-3", "单边重名", "at_risk", none()),
                p("z", "已办结项目", "resolved", none()),
                p("z2", "九月办结项目", "at_risk", json!({"resolved_on": "2023-09-05"})),
                p("m1", "同名续建", "at_risk", none()),
                p("m-new", "同名续建", "behind", none()),
            ]
        }),
    );
    [july, aug, sept]
}

/// A figure known on both sides.
fn both<T>(before: T, after: T, delta: T) -> Change<T> {
    Change {
        before: Some(before),
        after: Some(after),
        delta: Some(delta),
    }
}

/// A figure known on neither side.
fn nothing<T>() -> Change<T> {
    Change {
        before: None,
        after: None,
        delta: None,
    }
}

/// A district, its rank before and after, and how far it moved.
type RankRow<'a> = (&'a str, Option<u64>, Option<u64>, Option<i64>);

fn ids(list: &[Listed]) -> Vec<&str> {
    list.iter().map(|l| l.id.as_str()).collect()
}

fn compared() -> Comparison {
    let [july, aug, sept] = series();
    compare(&aug, &sept, &[&july])
}

#[test]
fn every_list_names_its_projects_in_the_bulletins_order() {
    let c = compared();
    assert_eq!(ids(&c.newly_behind), ["c", "d", "xinhai-xincheng", "m-new"]);
    assert_eq!(ids(&c.recovered), ["e", "f", "g", "r", "z2"]);
    assert_eq!(ids(&c.still_behind), ["a", "k", "b"]);
    assert_eq!(ids(&c.added), ["d", "i", "dup-x", "u-2", "u-3"]);
    assert_eq!(ids(&c.removed), ["h", "dup-1", "dup-2", "u-1"]);
    let by_name: Vec<&str> = [&c.newly_behind, &c.recovered, &c.still_behind]
        .into_iter()
        .flatten()
        .filter(|l| l.by_name)
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(
        by_name,
        ["xinhai-xincheng", "m-new"],
        "only the renamed ids"
    );
    assert_eq!(c.newly_behind[2].name, "新海初级中学新城校区");
    assert_eq!(c.removed[0].name, "农药包装回收");
    assert!(c.removed.iter().chain(&c.added).all(|l| !l.by_name));
}

#[test]
fn still_behind_counts_the_bulletins_in_a_row() {
    let c = compared();
    let n: Vec<Option<usize>> = c.still_behind.iter().map(|l| l.periods_behind).collect();
    // a: matched by name in 1至7月; k: by id; b: on schedule in 1至7月.
    assert_eq!(n, [Some(3), Some(3), Some(2)]);
    assert!(
        c.newly_behind
            .iter()
            .chain(&c.recovered)
            .chain(&c.added)
            .all(|l| l.periods_behind.is_none())
    );
    let [july, aug, sept] = series();
    let without = compare(&aug, &sept, &[]);
    let n: Vec<Option<usize>> = without
        .still_behind
        .iter()
        .map(|l| l.periods_behind)
        .collect();
    assert_eq!(n, [Some(2); 3], "no earlier bulletins: two in a row");
    // One more bulletin further back, where `a` was not lagging, changes nothing for it.
    let mut june = july.clone();
    june.id = "test-2023-06".into();
    june.period.end = "2023-06-30".into();
    let first = june.projects.iter_mut().find(|p| p.id == "a-first");
    first.expect("a-first").status = ProjectStatus::OnSchedule;
    let more = compare(&aug, &sept, &[&june, &july]);
    let n: Vec<Option<usize>> = more.still_behind.iter().map(|l| l.periods_behind).collect();
    assert_eq!(n, [Some(3), Some(4), Some(2)]);
}

#[test]
fn the_status_matrix_counts_each_move_once_in_status_order() {
    use ProjectStatus::{AtRisk, Behind, OnSchedule, Resolved};
    let c = compared();
    let cells: Vec<(ProjectStatus, ProjectStatus, Vec<&str>)> = c
        .transitions
        .iter()
        .map(|t| (t.from, t.to, t.ids.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        cells,
        [
            (Behind, Behind, vec!["a", "k", "b", "r"]),
            (Behind, OnSchedule, vec!["g"]),
            (Behind, Resolved, vec!["e"]),
            (AtRisk, Behind, vec!["c", "xinhai-xincheng", "m-new"]),
            (AtRisk, AtRisk, vec!["f", "f2", "z2", "m1"]),
            (Resolved, Resolved, vec!["z"]),
        ]
    );
}

#[test]
fn sectors_move_in_points_against_each_bulletins_schedule() {
    let c = compared();
    let rows: Vec<(&str, bool, bool)> = c
        .sectors
        .iter()
        .map(|s| (s.id.as_str(), s.in_before, s.in_after))
        .collect();
    assert_eq!(
        rows,
        [
            ("education", true, true),
            ("transport", true, true),
            ("employment", false, true),
            ("culture-sports", true, true),
            ("health", true, false),
        ]
    );
    let [edu, tr, emp, culture, health] = &c.sectors[..] else {
        panic!("five rows");
    };
    assert_eq!(edu.plan_pct, both(43.0, 58.5, 15.5));
    // −23.7 under 66.7 in 8月, −16.5 under 75 in 9月: 7.2 points nearer, tidied.
    assert_eq!(edu.gap_pp, both(-23.7, -16.5, 7.2));
    assert_eq!(
        (edu.on_schedule, edu.on_schedule_worked_out),
        (both(6, 6, 0), true)
    );
    assert_eq!(edu.project_ids, ["a", "b"]);
    let behind_then = Change {
        before: None,
        after: Some(5),
        delta: None,
    };
    assert_eq!(
        (tr.on_schedule, tr.on_schedule_worked_out),
        (behind_then, true)
    );
    assert_eq!(tr.plan_pct.delta, Some(20.2));
    assert_eq!(
        (emp.on_schedule, emp.on_schedule_worked_out),
        (nothing(), false)
    );
    assert_eq!(emp.plan_pct, nothing());
    assert_eq!(emp.gap_pp, nothing());
    assert_eq!(culture.name, " 文体生活 ", "matched by its trimmed name");
    assert_eq!(culture.plan_pct.delta, Some(13.1));
    assert_eq!(
        culture.on_schedule,
        both(4, 5, 1),
        "one item more, all on schedule"
    );
    assert_eq!(health.name, "卫生健康");
    assert_eq!(health.plan_pct.after, None);
    assert_eq!(health.on_schedule.before, Some(5));
    assert_eq!(health.on_schedule.delta, None);
    assert!(health.project_ids.is_empty());
}

#[test]
fn ranks_move_by_the_bulletins_own_numbers_ties_kept() {
    let c = compared();
    let rows: Vec<RankRow> = c
        .ranks
        .as_ref()
        .expect("both rank")
        .iter()
        .map(|r| (r.district.as_str(), r.before, r.after, r.moved))
        .collect();
    assert_eq!(
        rows,
        [
            ("连云区", Some(2), Some(1), Some(1)),
            ("海州区", Some(1), Some(2), Some(-1)),
            ("东海县", Some(4), Some(3), Some(1)),
            ("赣榆区", Some(2), Some(3), Some(-1)),
            ("灌云县", None, Some(5), None),
            ("灌南县", Some(5), None, None),
        ]
    );
    let ranks = c.ranks.as_ref().expect("ranks");
    assert_eq!(ranks[0].project_ids, ["k"]);
    assert_eq!(ranks[1].project_ids, ["a", "k"]);
    assert!(ranks[2].project_ids.is_empty());
    let [july, aug, _] = series();
    assert_eq!(compare(&july, &aug, &[]).ranks, None, "1至7月 ranks none");
    let mut empty = aug.clone();
    empty.district_ranking = Some(Vec::new());
    assert_eq!(compare(&empty, &aug, &[]).ranks, None);
}

#[test]
fn item_counts_change_per_class() {
    let c = compared();
    let row = |class, before, after, delta| CountChange {
        class,
        before,
        after,
        delta,
    };
    assert_eq!(
        c.status_counts.expect("both count"),
        [
            row(ItemStatus::Completed, None, Some(3), None),
            row(ItemStatus::Ahead, None, Some(7), None),
            // 45 on schedule of 50 in 8月 (so 5 behind), as 9月 counts them.
            row(ItemStatus::OnSchedule, Some(45), Some(38), Some(-7)),
            row(ItemStatus::Behind, Some(5), Some(2), Some(-3)),
        ]
    );
    let [july, aug, _] = series();
    assert_eq!(compare(&july, &aug, &[]).status_counts, None);
}

#[test]
fn nothing_changes_between_a_bulletin_and_itself() {
    let [_, aug, _] = series();
    let c = compare(&aug, &aug, &[]);
    assert!(c.newly_behind.is_empty() && c.recovered.is_empty());
    assert!(c.added.is_empty() && c.removed.is_empty());
    assert_eq!(ids(&c.still_behind), ["a", "k", "b", "e", "g", "r"]);
    assert!(c.transitions.iter().all(|t| t.from == t.to));
    assert_eq!(c.transitions.iter().map(|t| t.ids.len()).sum::<usize>(), 18);
    assert!(c.ranks.expect("ranks").iter().all(|r| r.moved == Some(0)));
    assert!(c.sectors.iter().all(|s| s.plan_pct.delta == Some(0.0)));
}
