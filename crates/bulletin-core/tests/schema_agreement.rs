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
        (
            "schedule_grading",
            Some(json!({"yellow_from": 5, "red_from": 20.5})),
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
