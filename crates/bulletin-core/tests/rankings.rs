//! 红黑榜 by lead unit and by district: outcomes counted, resolved projects left out, rows
//! keyed as the ledger's facets key them, and ordered by the count chosen.

use bulletin_core::filter::{Facet, Filter, UNSPECIFIED};
use bulletin_core::supervision::{Judge, RankBy, RankRow, RankSort, rankings};
use bulletin_core::{Bulletin, load};
use serde_json::{Value, json};

fn p(id: &str, unit: Option<&str>, status: &str, more: Value) -> Value {
    let mut v = json!({"id": id, "name": format!("项目{id}"), "sector": null, "lead_unit": unit,
        "district": null, "status": status, "problem_types": [], "issue": "", "note": ""});
    for (k, x) in more.as_object().expect("object") {
        v[k] = x.clone();
    }
    v
}

/// A ledger judged on 2023-06-30, with every case the 红黑榜 tells apart.
fn ledger() -> Bulletin {
    let doc = json!({
        "format": "minsheng-bulletin", "version": 1, "id": "ranking-test", "title": "红黑榜测试",
        "region": "测试市", "period": {"year": 2023, "label": "上半年", "start": "2023-01-01", "end": "2023-06-30"},
        "schedule_target_pct": null, "currency_unit": "亿元",
        "summary": {"items": null, "sub_items": null, "annual_investment": null,
                    "completed_investment": null, "items_on_schedule": null, "text": ""},
        "sectors": [], "problem_types": [], "requirements": [],
        "projects": [
            p("p1", Some("市住建局"), "behind", json!({"districts": ["海州区", "连云区"], "deadline": "2023-06-01"})),
            p("p2", Some("市住建局"), "at_risk", json!({"district": "海州区", "deadline": "2023-07-15"})),
            p("p3", Some("市交通局"), "unfinished", json!({"district": "连云区"})),
            p("p4", None, "behind", json!({"deadline": "2023-06-20"})),
            // Resolved: counted nowhere, though past its deadline.
            p("p5", Some("市交通局"), "resolved", json!({"district": "海州区", "deadline": "2023-01-01"})),
            // 办结 after the day judged: open on 2023-06-30, closed without a judge.
            p("p6", Some("市教育局"), "behind", json!({"district": "赣榆区", "deadline": "2023-06-10", "resolved_on": "2023-07-10"})),
            // On schedule by the notice, but past its deadline.
            p("p7", Some("市教育局"), "on_schedule", json!({"district": "赣榆区", "deadline": "2023-06-01"})),
            p("p8", Some("市卫健委"), "ahead", json!({"district": "东海县"})),
            p("p9", Some("  "), "behind", json!({"district": "东海县"})),
            p("p10", Some("市交通局"), "at_risk", json!({"district": "连云区", "deadline": "2023-06-30"})),
            // Resolved on the day judged.
            p("p11", Some("市卫健委"), "behind", json!({"district": "东海县", "resolved_on": "2023-06-30"})),
        ]
    });
    load(&doc.to_string())
        .unwrap_or_else(|f| panic!("{:#?}", f.errors))
        .bulletin
}

fn judge(b: &Bulletin) -> Judge {
    Judge::of(b, false, "").expect("period end")
}

type Row<'a> = (&'a str, usize, usize, usize, Vec<&'a str>);

fn rows(r: &[RankRow]) -> Vec<Row<'_>> {
    r.iter()
        .map(|r| {
            let ids = r.project_ids.iter().map(String::as_str).collect();
            (r.key.as_str(), r.problems, r.lagging, r.overdue, ids)
        })
        .collect()
}

fn keys(r: &[RankRow]) -> Vec<&str> {
    r.iter().map(|r| r.key.as_str()).collect()
}

#[test]
fn units_with_a_judge_count_problems_lagging_and_overdue() {
    let b = ledger();
    let j = judge(&b);
    let r = rankings(&b, RankBy::Unit, Some(&j), RankSort::Problems);
    assert_eq!(
        rows(&r),
        [
            ("市住建局", 2, 1, 1, vec!["p1", "p2"]),
            ("市交通局", 2, 0, 0, vec!["p3", "p10"]),
            ("市教育局", 1, 1, 2, vec!["p6", "p7"]),
            // Not a unit: last, whatever it counts.
            (UNSPECIFIED, 2, 2, 1, vec!["p4", "p9"]),
        ]
    );
    assert_eq!(r[3].label, "未注明");
    assert_eq!(r[0].label, "市住建局");
    assert!(
        r.iter().all(|row| row.key != "市卫健委"),
        "ahead, and resolved on the day judged: nothing to count"
    );
}

#[test]
fn each_order_ranks_by_its_count_then_the_others_then_the_key() {
    let b = ledger();
    let j = judge(&b);
    let by = |sort| keys(&rankings(&b, RankBy::Unit, Some(&j), sort)).join(" ");
    assert_eq!(by(RankSort::Problems), "市住建局 市交通局 市教育局 -");
    assert_eq!(by(RankSort::Lagging), "市住建局 市教育局 市交通局 -");
    assert_eq!(by(RankSort::Overdue), "市教育局 市住建局 市交通局 -");
    // All counts equal: the key decides, so the order never depends on the ledger's.
    let sept = std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/luan-2021-09.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let mut luan = load(&sept).expect("valid").bulletin;
    let units = keys(&rankings(&luan, RankBy::Unit, None, RankSort::Problems)).join(" ");
    assert_eq!(
        units,
        "市交通局 市住建局 市农业农村局 市民政局 市退役军人局"
    );
    luan.projects.reverse();
    let again = keys(&rankings(&luan, RankBy::Unit, None, RankSort::Problems)).join(" ");
    assert_eq!(again, units);
}

#[test]
fn without_a_judge_none_is_overdue_and_closed_ones_are_resolved() {
    let b = ledger();
    let r = rankings(&b, RankBy::Unit, None, RankSort::Overdue);
    assert_eq!(
        rows(&r),
        [
            ("市住建局", 2, 1, 0, vec!["p1", "p2"]),
            ("市交通局", 2, 0, 0, vec!["p3", "p10"]),
            (UNSPECIFIED, 2, 2, 0, vec!["p4", "p9"]),
        ],
        "市教育局: p6 closed, p7 on schedule and no judge to find it overdue"
    );
}

#[test]
fn districts_count_a_project_in_each_it_names() {
    let b = ledger();
    let j = judge(&b);
    let r = rankings(&b, RankBy::District, Some(&j), RankSort::Problems);
    assert_eq!(
        rows(&r),
        [
            ("连云区", 3, 1, 1, vec!["p1", "p3", "p10"]),
            ("海州区", 2, 1, 1, vec!["p1", "p2"]),
            ("赣榆区", 1, 1, 2, vec!["p6", "p7"]),
            ("东海县", 1, 1, 0, vec!["p9"]),
            (UNSPECIFIED, 1, 1, 1, vec!["p4"]),
        ]
    );
}

#[test]
fn a_row_filters_the_ledger_as_its_facet_does() {
    let b = ledger();
    let j = judge(&b);
    for (by, facet) in [
        (RankBy::Unit, Facet::Unit),
        (RankBy::District, Facet::District),
    ] {
        for row in rankings(&b, by, Some(&j), RankSort::Problems) {
            let mut f = Filter::default();
            f.select(facet, &row.key);
            let shown: Vec<&str> = f
                .matching(&b)
                .into_iter()
                .map(|i| b.projects[i].id.as_str())
                .collect();
            assert!(
                row.project_ids
                    .iter()
                    .all(|id| shown.contains(&id.as_str())),
                "{} {}: {:?} not all in {shown:?}",
                by.id(),
                row.key,
                row.project_ids
            );
        }
    }
}

#[test]
fn the_groupings_and_orders_have_their_keys_and_words() {
    assert_eq!(
        RankBy::ALL.map(|b| (b.id(), b.label())),
        [("unit", "牵头单位"), ("district", "县区")]
    );
    assert_eq!(
        RankSort::ALL.map(|s| (s.id(), s.label())),
        [
            ("problems", "问题项目"),
            ("lagging", "推进滞后"),
            ("overdue", "已逾期")
        ]
    );
    for b in RankBy::ALL {
        assert_eq!(RankBy::from_id(b.id()), Some(b));
    }
    for s in RankSort::ALL {
        assert_eq!(RankSort::from_id(s.id()), Some(s));
    }
    assert_eq!(RankSort::from_id("follow_ups"), None, "outcomes only");
}
