//! Load, export and load again lose nothing, unknown fields included.

mod common;

use bulletin_core::{check, load};
use common::{BUNDLED, bundled_value, first_difference, set};
use serde_json::{Value, json};

#[test]
fn export_of_the_bundled_bulletin_equals_its_source() {
    let loaded = load(BUNDLED).expect("valid");
    let exported: Value = serde_json::from_str(&loaded.bulletin.to_json_pretty()).expect("JSON");
    assert_eq!(first_difference(&exported, &bundled_value()), None);
    assert_eq!(
        loaded.bulletin.to_json_pretty(),
        serde_json::to_string_pretty(&bundled_value()).expect("JSON")
    );
    assert_eq!(
        load(&loaded.bulletin.to_json_pretty())
            .expect("valid")
            .bulletin,
        loaded.bulletin
    );
}

#[test]
fn unknown_fields_anywhere_survive_load_and_export() {
    let mut doc = bundled_value();
    set(&mut doc, "x_root", Some(json!({"nested": [1, "二", null]})));
    set(&mut doc, "period.x_quarter", Some(json!("Q2")));
    set(&mut doc, "summary.x_rate", Some(json!(0.96)));
    set(&mut doc, "sectors.3.x_owner", Some(json!("交通局")));
    set(&mut doc, "problem_types.0.x_rank", Some(json!(1)));
    set(&mut doc, "projects.5.x_budget", Some(json!(12.5)));
    set(
        &mut doc,
        "requirements.1.x_deadline",
        Some(json!("2023-12-31")),
    );
    let loaded = load(&doc.to_string()).expect("valid");
    let exported: Value = serde_json::from_str(&loaded.bulletin.to_json_pretty()).expect("JSON");
    assert_eq!(first_difference(&exported, &doc), None);
}

#[test]
fn a_bulletin_in_memory_is_checked_with_the_same_rules() {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    assert_eq!(check(&b).expect("valid").len(), 0, "no data checks");
    b.sectors[0].items += 1;
    assert_eq!(
        check(&b).expect("valid").len(),
        1,
        "one count that does not add up"
    );
    b.projects[0].sector = Some("nowhere".into());
    let errors = check(&b).expect_err("dangling sector").errors;
    assert_eq!(errors[0].path.as_str(), "projects[0].sector");
}
