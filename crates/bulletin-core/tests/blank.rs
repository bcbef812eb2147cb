//! A new, blank bulletin from the few fields the office is asked for.

use std::collections::HashMap;

use bulletin_core::blank::{blank, blank_fields, blank_start};

fn typed(changes: &[(&'static str, &str)]) -> HashMap<&'static str, String> {
    let mut t = blank_start(2026);
    for (k, v) in changes {
        assert!(t.contains_key(k), "no field {k}");
        t.insert(k, (*v).to_owned());
    }
    t
}

#[test]
fn a_blank_bulletin_has_what_was_asked_and_nothing_invented() {
    let asked: Vec<&str> = blank_fields().iter().map(|f| f.key).collect();
    assert_eq!(
        asked,
        [
            "title",
            "region",
            "period_year",
            "period_label",
            "period_start",
            "period_end",
            "schedule_target_pct",
            "currency_unit"
        ]
    );
    let b = blank(
        &typed(&[
            ("title", " 民生实事项目1至10月进展情况通报 "),
            ("region", "某市"),
            ("period_label", "1至10月"),
            ("period_end", "2026-10-31"),
            ("schedule_target_pct", "83.3"),
        ]),
        |id| id == "bulletin-2026-1",
    )
    .expect("valid");
    assert_eq!(b.id, "bulletin-2026-2");
    assert_eq!(b.title, "民生实事项目1至10月进展情况通报");
    assert_eq!((b.period.year, b.period.label.as_str()), (2026, "1至10月"));
    assert_eq!(
        (b.period.start.as_str(), b.period.end.as_str()),
        ("2026-01-01", "2026-10-31")
    );
    assert_eq!(b.schedule_target_pct, Some(83.3));
    assert_eq!(b.currency_unit, "亿元");
    let s = &b.summary;
    assert_eq!(
        (s.items, s.sub_items, s.items_on_schedule),
        (None, None, None)
    );
    assert_eq!((s.annual_investment, s.completed_investment), (None, None));
    assert!(b.sectors.is_empty() && b.projects.is_empty() && b.problem_types.is_empty());
    assert!(b.requirements.is_empty() && b.source.is_none() && b.series.is_none());
    // 序时进度 may be left unstated.
    let b = blank(
        &typed(&[("title", "x"), ("region", "y"), ("period_label", "全年")]),
        |_| false,
    )
    .unwrap();
    assert_eq!(
        (b.id.as_str(), b.schedule_target_pct),
        ("bulletin-2026-1", None)
    );
}

#[test]
fn what_is_wrong_is_said_at_its_field() {
    let errors = blank(
        &typed(&[("region", "某市"), ("period_label", "全年")]),
        |_| false,
    )
    .unwrap_err();
    assert!(
        errors.get("title").is_some_and(|m| m.contains("标题")),
        "{errors:?}"
    );
    let errors = blank(
        &typed(&[
            ("title", "t"),
            ("region", "r"),
            ("period_label", "全年"),
            ("schedule_target_pct", "120"),
            ("period_end", "2026-02-30"),
        ]),
        |_| false,
    )
    .unwrap_err();
    assert!(
        errors.contains_key("schedule_target_pct") && errors.contains_key("period_end"),
        "{errors:?}"
    );
    // A period that ends before it starts is the format's rule, said at its field.
    let errors = blank(
        &typed(&[
            ("title", "t"),
            ("region", "r"),
            ("period_label", "全年"),
            ("period_start", "2026-06-01"),
            ("period_end", "2026-03-31"),
        ]),
        |_| false,
    )
    .unwrap_err();
    assert_eq!(
        errors.get("period_start").map(String::as_str),
        Some("开始日期晚于结束日期")
    );
}
