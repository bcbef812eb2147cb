//! The published JSON Schema and the app's validation agree on valid and invalid documents.

mod common;

use bulletin_core::validate;
use common::{bundled_value, set};
use serde_json::{Value, json};

const SCHEMA: &str = include_str!("../../../public/schema/bulletin-v1.schema.json");

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema is JSON");
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

#[test]
fn the_bundled_bulletin_is_valid_for_both() {
    let doc = bundled_value();
    let schema = schema();
    let schema_errors: Vec<String> = schema
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(schema_errors.is_empty(), "{schema_errors:#?}");
    assert!(validate(&doc).is_empty());
}

#[test]
fn optional_and_unknown_members_are_valid_for_both() {
    let schema = schema();
    let changes: Vec<(&str, Option<Value>)> = vec![
        ("preamble", None),
        ("attachments", None),
        ("sectors.0.text", None),
        (
            "snapshot",
            Some(
                json!({"exported_at": "2026-11-28T07:04:06.123Z", "app_version": "0.1.0", "based_on": "lianyungang-2023-h1"}),
            ),
        ),
        ("x_custom", Some(json!({"anything": [1, 2]}))),
        ("projects.0.x_custom", Some(json!("kept"))),
        ("summary.sub_items", Some(Value::Null)),
        ("sectors.0.plan_pct", Some(Value::Null)),
        ("projects.0.district", Some(Value::Null)),
        ("projects", Some(json!([]))),
        // What other cities publish (tests/fixtures/).
        ("schedule_target_pct", Some(Value::Null)),
        ("summary.items", Some(Value::Null)),
        ("summary.items_on_schedule", Some(Value::Null)),
        ("summary.plan_pct", Some(json!(87.7))),
        (
            "summary.status_counts",
            Some(json!({"completed": 14, "ahead": 7, "on_schedule": 26})),
        ),
        ("projects.0.sector", Some(Value::Null)),
        ("projects.0.districts", Some(json!(["灵溪镇", "金乡镇"]))),
        (
            "projects.0.problems",
            Some(
                json!([{"district": "灵溪镇", "text": "推进缓慢"}, {"district": null, "text": "资金未到位"}]),
            ),
        ),
        (
            "projects.0.figures",
            Some(
                json!({"planned_investment": 2.6, "completed_investment": 0.296, "plan_pct": 11.4, "progress_pct": null}),
            ),
        ),
        ("projects.0.level", Some(json!("市"))),
        ("projects.0.status", Some(json!("unfinished"))),
        (
            "district_ranking",
            Some(json!([{"district": "海州区", "rank": 1}, {"district": "连云区", "rank": 1}])),
        ),
        (
            "source",
            Some(
                json!({"issuer": "市委、市政府督查室", "number": "督通〔2021〕37号", "published": "2021-11-29", "url": null}),
            ),
        ),
        (
            "schedule_grading",
            Some(json!({"yellow_from": 5, "red_from": 20.5})),
        ),
        // Supervision over time.
        ("series", Some(json!("lianyungang-2023"))),
        ("series", Some(Value::Null)),
        ("due_soon_days", Some(json!(7))),
        ("projects.0.owner", Some(json!("张三"))),
        ("projects.0.owner", Some(Value::Null)),
        ("projects.0.deadline", Some(json!("2023-09-30"))),
        ("projects.0.resolved_on", Some(json!("2023-08-15"))),
        ("projects.0.follow_ups", Some(json!([]))),
        (
            "projects.0.follow_ups",
            Some(
                json!([{"date": "2023-07-10", "text": "电话督办", "by": "督查室"}, {"date": "2023-07-20", "text": "现场督查", "by": null}, {"date": "2023-07-25", "text": "再次催办"}]),
            ),
        ),
    ];
    for (path, value) in changes {
        let mut doc = bundled_value();
        set(&mut doc, path, value);
        assert!(schema.is_valid(&doc), "schema rejects change at {path}");
        assert!(
            validate(&doc).is_empty(),
            "app rejects change at {path}: {:?}",
            validate(&doc)
        );
    }
}

#[test]
fn invalid_documents_are_rejected_by_both() {
    let schema = schema();
    let changes: Vec<(&str, Option<Value>)> = vec![
        ("format", Some(json!("other"))),
        ("version", Some(json!(2))),
        ("id", Some(json!("Not A Slug"))),
        ("title", None),
        ("title", Some(json!(" "))),
        ("period.start", Some(json!("2023-1-1"))),
        ("period.year", Some(json!("2023"))),
        ("schedule_target_pct", Some(json!(120))),
        ("summary.items", Some(json!(-1))),
        ("summary.annual_investment", Some(json!("166.3"))),
        ("summary.text", None),
        ("sectors", Some(json!({}))),
        ("sectors.0.status", Some(json!("late"))),
        ("sectors.0.plan_pct", Some(json!(-1))),
        ("sectors.0.plan_pct", Some(json!(2000))),
        ("sectors.0.highlights", Some(json!("text"))),
        ("sectors.0.completed_investment", None),
        ("problem_types.0.description", None),
        ("projects.0.status", Some(json!("done"))),
        ("projects.0.lead_unit", Some(json!(3))),
        (
            "projects.0.problem_types",
            Some(json!(["funding", "funding"])),
        ),
        ("projects.0.sector", Some(json!("教育"))),
        ("projects.0.note", None),
        ("requirements.0.title", Some(json!(""))),
        ("summary.status_counts", Some(json!({"late": 3}))),
        ("summary.status_counts", Some(json!({"ahead": -1}))),
        ("summary.plan_pct", Some(json!("87.7%"))),
        ("projects.0.districts", Some(json!("灵溪镇"))),
        ("projects.0.districts", Some(json!([""]))),
        ("projects.0.problems", Some(json!([{"district": "灵溪镇"}]))),
        ("projects.0.figures", Some(json!({"plan_pct": -5}))),
        (
            "projects.0.figures",
            Some(json!({"completed_investment": "2960万元"})),
        ),
        (
            "district_ranking",
            Some(json!([{"district": "海州区", "rank": 0}])),
        ),
        ("district_ranking", Some(json!([{"rank": 1}]))),
        ("source", Some(json!({"published": "2021年11月29日"}))),
        ("source", Some(json!("督通〔2021〕37号"))),
        ("series", Some(json!("Lianyungang 2023"))),
        ("series", Some(json!(""))),
        ("due_soon_days", Some(json!(-1))),
        ("due_soon_days", Some(json!(1.5))),
        ("due_soon_days", Some(json!(400))),
        ("projects.0.owner", Some(json!(7))),
        ("projects.0.deadline", Some(json!("2023年9月30日"))),
        ("projects.0.deadline", Some(json!("2023-13-01"))),
        ("projects.0.resolved_on", Some(json!(20230815))),
        ("projects.0.follow_ups", Some(json!({"date": "2023-07-10"}))),
        ("projects.0.follow_ups", Some(json!([{"text": "电话督办"}]))),
        (
            "projects.0.follow_ups",
            Some(json!([{"date": "2023-07-10"}])),
        ),
        (
            "projects.0.follow_ups",
            Some(json!([{"date": "2023-07-10", "text": " "}])),
        ),
        (
            "projects.0.follow_ups",
            Some(json!([{"date": "7月10日", "text": "督办"}])),
        ),
        (
            "projects.0.follow_ups",
            Some(json!([{"date": "2023-07-10", "text": "督办", "by": 3}])),
        ),
        (
            "snapshot",
            Some(json!({"exported_at": "today", "app_version": "1", "based_on": "x"})),
        ),
    ];
    for (path, value) in changes {
        let mut doc = bundled_value();
        set(&mut doc, path, value.clone());
        assert!(
            !schema.is_valid(&doc),
            "schema accepts bad {path} = {value:?}"
        );
        assert!(
            !validate(&doc).is_empty(),
            "app accepts bad {path} = {value:?}"
        );
    }
}

/// Rules a JSON Schema cannot state: the app enforces them, the schema lets them pass.
#[test]
fn rules_beyond_the_schema_are_enforced_by_the_app() {
    let schema = schema();
    let changes: Vec<(&str, Value)> = vec![
        ("projects.0.sector", json!("nowhere")),
        ("projects.0.problem_types", json!(["nowhere"])),
        ("projects.1.id", json!("ganyu-jinshan-middle-school")),
        ("period.start", json!("2023-07-01")),
        ("period.end", json!("2023-02-30")),
        ("summary.items_on_schedule", json!(51)),
        (
            "schedule_grading",
            json!({"yellow_from": 20, "red_from": 10}),
        ),
    ];
    for (path, value) in changes {
        let mut doc = bundled_value();
        set(&mut doc, path, Some(value.clone()));
        assert!(
            schema.is_valid(&doc),
            "schema now covers {path}: update the docs"
        );
        assert!(
            !validate(&doc).is_empty(),
            "app accepts bad {path} = {value}"
        );
    }
}

/// A project may list its `districts` without a single `district`, but must give one of them.
#[test]
fn a_project_lists_its_districts_or_names_one() {
    let schema = schema();
    let mut doc = bundled_value();
    set(&mut doc, "projects.0.district", None);
    assert!(!schema.is_valid(&doc), "schema accepts neither");
    assert!(!validate(&doc).is_empty(), "app accepts neither");
    set(
        &mut doc,
        "projects.0.districts",
        Some(json!(["海州区", "连云区"])),
    );
    assert!(schema.is_valid(&doc), "schema refuses districts alone");
    assert_eq!(validate(&doc), Vec::new(), "app refuses districts alone");
    set(&mut doc, "projects.0.district", Some(json!(3)));
    assert!(
        !schema.is_valid(&doc) && !validate(&doc).is_empty(),
        "a district must be text"
    );
}

#[test]
fn every_reference_fixture_is_valid_for_both() {
    let schema = schema();
    let dir = format!("{}/../../tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let errors: Vec<String> = schema
            .iter_errors(&doc)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        assert_eq!(validate(&doc), Vec::new(), "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 4, "only {seen} fixtures");
}
