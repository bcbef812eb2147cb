//! Each validation rule, with the JSON path it reports.

mod common;

use bulletin_core::{Diagnostic, Severity, load, validate};
use common::{BUNDLED, bundled_value, set};
use serde_json::{Value, json};

/// Applies one change to the bundled bulletin and returns the errors.
fn errors_after(path: &str, new: Option<Value>) -> Vec<Diagnostic> {
    let mut doc = bundled_value();
    set(&mut doc, path, new);
    validate(&doc)
}

/// Asserts that exactly one error is reported, at `path`, and its message contains `words`.
#[track_caller]
fn assert_one_error(errors: &[Diagnostic], path: &str, words: &str) {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].severity, Severity::Error);
    assert_eq!(errors[0].path.as_str(), path, "{errors:#?}");
    assert!(
        errors[0].message.contains(words),
        "“{}” lacks “{words}”",
        errors[0].message
    );
}

#[test]
fn wrong_format_is_rejected_and_stops_the_check() {
    let mut doc = bundled_value();
    set(&mut doc, "format", Some(json!("excel")));
    set(&mut doc, "sectors", Some(json!("nonsense")));
    assert_one_error(&validate(&doc), "format", "不是民生实事督查通报文件");
}

#[test]
fn unsupported_version_names_the_supported_ones() {
    assert_one_error(
        &errors_after("version", Some(json!(2))),
        "version",
        "本程序支持的版本：1",
    );
    assert_one_error(
        &errors_after("version", Some(json!("1"))),
        "version",
        "应为整数",
    );
    assert_one_error(&errors_after("version", None), "version", "缺少必填字段");
}

#[test]
fn missing_required_fields_name_their_path() {
    assert_one_error(
        &errors_after("summary.items", None),
        "summary.items",
        "缺少必填字段",
    );
    assert_one_error(
        &errors_after("sectors.4.status", None),
        "sectors[4].status",
        "缺少必填字段",
    );
    assert_one_error(
        &errors_after("projects.3.issue", None),
        "projects[3].issue",
        "缺少必填字段",
    );
    assert_one_error(&errors_after("period", None), "period", "缺少必填字段");
}

#[test]
fn wrong_types_say_what_was_expected_and_found() {
    assert_one_error(
        &errors_after("sectors.0.items", Some(json!("6"))),
        "sectors[0].items",
        "应为非负整数，实际是文本“6”",
    );
    assert_one_error(
        &errors_after("sectors.0.items", Some(json!(6.5))),
        "sectors[0].items",
        "非负整数",
    );
    assert_one_error(
        &errors_after("projects.0.problem_types", Some(json!("funding"))),
        "projects[0].problem_types",
        "应为数组",
    );
    assert_one_error(
        &errors_after("summary", Some(json!([]))),
        "summary",
        "应为对象，实际是数组",
    );
    assert_one_error(
        &errors_after("title", Some(json!("  "))),
        "title",
        "不能为空",
    );
    assert_one_error(
        &errors_after("sectors.1.highlights.0", Some(json!(1))),
        "sectors[1].highlights[0]",
        "应为文本",
    );
    assert_one_error(
        &errors_after("projects.2.status", Some(json!("late"))),
        "projects[2].status",
        "应为以下之一",
    );
}

#[test]
fn null_is_allowed_only_where_the_format_says() {
    assert!(errors_after("sectors.0.completed_investment", Some(Value::Null)).is_empty());
    assert!(errors_after("summary.sub_items", Some(Value::Null)).is_empty());
    assert!(errors_after("projects.0.lead_unit", Some(Value::Null)).is_empty());
    assert_one_error(
        &errors_after("sectors.0.items", Some(Value::Null)),
        "sectors[0].items",
        "实际是空值",
    );
}

#[test]
fn ids_must_be_slugs_and_unique() {
    assert_one_error(
        &errors_after("sectors.0.id", Some(json!("Edu 1"))),
        "sectors[0].id",
        "编号只能由小写字母",
    );
    assert_one_error(
        &errors_after("id", Some(json!(""))),
        "id",
        "编号只能由小写字母",
    );
    let errors = errors_after("projects.1.id", Some(json!("ganyu-jinshan-middle-school")));
    assert_one_error(&errors, "projects[1].id", "第 1 个项目已用了这个编号");
    // Renaming `funding` to `planning` also leaves the projects' `funding` references dangling.
    let errors = errors_after("problem_types.1.id", Some(json!("planning")));
    assert_eq!(errors[0].path.as_str(), "problem_types[1].id");
    assert!(errors[0].message.contains("重复"), "{}", errors[0].message);
    assert!(
        errors[1]
            .message
            .contains("可以填写的问题类型编号：planning、policy、coordination"),
        "{}",
        errors[1].message
    );
}

#[test]
fn references_must_name_existing_ids() {
    let errors = errors_after("projects.3.sector", Some(json!("educaton")));
    assert_one_error(&errors, "projects[3].sector", "不存在的领域“educaton”");
    let errors = errors_after("projects.0.problem_types.0", Some(json!("money")));
    assert_one_error(
        &errors,
        "projects[0].problem_types[0]",
        "不存在的问题类型“money”",
    );
    let errors = errors_after(
        "projects.0.problem_types",
        Some(json!(["funding", "funding"])),
    );
    assert_one_error(&errors, "projects[0].problem_types[1]", "重复列出");
}

#[test]
fn a_bad_id_in_a_list_does_not_also_flood_its_references() {
    let errors = errors_after("sectors.0.id", Some(json!("教育")));
    assert_one_error(&errors, "sectors[0].id", "编号只能由小写字母");
}

#[test]
fn numbers_must_be_non_negative_and_percentages_in_range() {
    assert_one_error(
        &errors_after("summary.annual_investment", Some(json!(-1))),
        "summary.annual_investment",
        "不能为负数",
    );
    assert_one_error(
        &errors_after("sectors.2.sub_items", Some(json!(-3))),
        "sectors[2].sub_items",
        "不能为负数",
    );
    assert_one_error(
        &errors_after("sectors.0.plan_pct", Some(json!(1000.5))),
        "sectors[0].plan_pct",
        "0 到 1000",
    );
    assert!(errors_after("sectors.0.plan_pct", Some(json!(1000))).is_empty());
    assert_one_error(
        &errors_after("schedule_target_pct", Some(json!(101))),
        "schedule_target_pct",
        "0 到 100",
    );
}

#[test]
fn dates_must_be_real_and_in_order() {
    assert_one_error(
        &errors_after("period.end", Some(json!("2023-02-30"))),
        "period.end",
        "有效日期",
    );
    assert_one_error(
        &errors_after("period.start", Some(json!("2023/01/01"))),
        "period.start",
        "YYYY-MM-DD",
    );
    assert_one_error(
        &errors_after("period.start", Some(json!("2023-07-01"))),
        "period.start",
        "开始日期晚于结束日期",
    );
    assert!(errors_after("period.end", Some(json!("2024-02-29"))).is_empty());
    assert_one_error(
        &errors_after("period.end", Some(json!("2023-02-29"))),
        "period.end",
        "有效日期",
    );
}

#[test]
fn items_on_schedule_cannot_exceed_items() {
    let errors = errors_after("summary.items_on_schedule", Some(json!(51)));
    assert_one_error(&errors, "summary.items_on_schedule", "51 超过总件数 50");
}

#[test]
fn snapshot_is_optional_but_checked_when_present() {
    let good = json!({"exported_at": "2026-11-28T15:04:06+08:00", "app_version": "0.1.0", "based_on": "lianyungang-2023-h1"});
    assert!(errors_after("snapshot", Some(good)).is_empty());
    let bad = json!({"exported_at": "yesterday", "app_version": "0.1.0", "based_on": "lianyungang-2023-h1"});
    assert_one_error(
        &errors_after("snapshot", Some(bad)),
        "snapshot.exported_at",
        "RFC 3339",
    );
}

#[test]
fn all_errors_are_reported_at_once() {
    let mut doc = bundled_value();
    set(&mut doc, "projects.3.sector", Some(json!("nowhere")));
    set(&mut doc, "sectors.0.items", Some(json!(-1)));
    set(&mut doc, "period.end", Some(json!("2023-13-01")));
    set(&mut doc, "requirements.2.title", None);
    let paths: Vec<String> = validate(&doc).iter().map(|d| d.path.to_string()).collect();
    assert_eq!(
        paths,
        [
            "period.end",
            "sectors[0].items",
            "projects[3].sector",
            "requirements[2].title"
        ]
    );
}

#[test]
fn syntax_errors_give_line_and_character_column() {
    let text = "{\n  \"title\": \"民生实事\",\n  \"id\" \"x\"\n}";
    let failure = load(text).expect_err("not JSON");
    assert_eq!(failure.errors.len(), 1);
    let e = &failure.errors[0];
    assert_eq!(e.position, Some((3, 8)), "{e:?}");
    assert!(e.message.contains("缺少冒号"), "{}", e.message);
    assert!(e.to_string().starts_with("第 3 行第 8 列"), "{e}");

    // Columns count characters, not bytes: the comma after six 汉字 is column 13 either way
    // only if counted in characters.
    let failure = load("[\"民生实事项目\" 1]").expect_err("not JSON");
    assert_eq!(
        failure.errors[0].position,
        Some((1, 11)),
        "{:?}",
        failure.errors[0]
    );

    let failure = load("{\"format\": \"minsheng-bulletin\"").expect_err("cut short");
    assert!(
        failure.errors[0].message.contains("文件不完整"),
        "{}",
        failure.errors[0].message
    );
    let failure = load("  \n ").expect_err("empty");
    assert!(failure.errors[0].message.contains("文件是空的"));
    let failure = load("[1, 2]").expect_err("not an object");
    assert!(failure.errors[0].message.contains("应为对象"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(load(&format!("\u{feff}{BUNDLED}")).is_ok());
}

#[test]
fn hostile_and_huge_values_are_clipped_in_messages() {
    let long = "<script>".repeat(1000);
    let errors = errors_after("projects.0.sector", Some(json!(long)));
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].message.chars().count() < 120,
        "{}",
        errors[0].message
    );
}

#[test]
fn warnings_flag_figures_that_do_not_add_up() {
    let mut doc = bundled_value();
    set(&mut doc, "sectors.0.items", Some(json!(7)));
    set(&mut doc, "sectors.0.sub_items", Some(json!(12)));
    set(&mut doc, "summary.completed_investment", Some(json!(200)));
    let loaded = load(&doc.to_string()).expect("still valid");
    let messages: Vec<String> = loaded.warnings.iter().map(Diagnostic::to_string).collect();
    let all = messages.join("\n");
    assert!(
        all.contains("总体情况的民生实事：各领域件数合计 51 件，与总体情况的 50 件不一致（位置：summary.items）"),
        "{all}"
    );
    assert!(
        all.contains("各领域事项合计 161 个，与总体情况的 160 个不一致（位置：summary.sub_items）"),
        "{all}"
    );
    assert!(
        all.contains(
            "完成投资 200 亿元 超过年度总投资 166.3 亿元（位置：summary.completed_investment）"
        ),
        "{all}"
    );
}

#[test]
fn sectors_adding_up_to_more_than_the_total_are_flagged() {
    let mut doc = bundled_value();
    set(&mut doc, "summary.completed_investment", Some(json!(50)));
    let loaded = load(&doc.to_string()).expect("still valid");
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.path.as_str() == "sectors" && w.message.contains("超过总体完成投资"))
    );
}

#[test]
fn grading_thresholds_are_optional_and_red_is_never_nearer_than_yellow() {
    let ok = |v: Value| {
        let mut doc = bundled_value();
        set(&mut doc, "schedule_grading", Some(v));
        validate(&doc)
    };
    assert_eq!(ok(json!({"yellow_from": 5, "red_from": 5})), Vec::new());
    let errors = ok(json!({"yellow_from": 20, "red_from": 10}));
    assert_one_error(&errors, "schedule_grading.red_from", "应不小于黄色的界限");
    let errors = ok(json!({"yellow_from": -1, "red_from": 10}));
    assert_eq!(errors[0].path.as_str(), "schedule_grading.yellow_from");
    let errors = ok(json!({"red_from": 10}));
    assert_eq!(errors[0].path.as_str(), "schedule_grading.yellow_from");
    assert_eq!(ok(json!("10/30")).len(), 1);
}

#[test]
fn data_checks_flag_real_contradictions_only() {
    let warnings = |changes: &[(&str, Value)]| {
        let mut doc = bundled_value();
        for (path, v) in changes {
            set(&mut doc, path, Some(v.clone()));
        }
        load(&doc.to_string()).expect("valid").warnings
    };
    // A sector 按序时 by its milestones, its money under the schedule: not a contradiction.
    assert_eq!(warnings(&[("sectors.0.plan_pct", json!(1))]), Vec::new());
    assert_eq!(warnings(&[("sectors.4.plan_pct", json!(99))]), Vec::new());
    // Two sectors give no investment: the rest of the total may be theirs.
    assert_eq!(warnings(&[]), Vec::new());
    // Every sector gives one and they fall short of the total: that is one.
    let all = warnings(&[
        ("sectors.2.completed_investment", json!(10)),
        ("sectors.9.completed_investment", json!(10)),
    ]);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].path.as_str(), "sectors");
    assert!(all[0].message.contains("少 10 亿元"), "{}", all[0].message);
    // Exactly the total: none.
    let exact = warnings(&[
        ("sectors.2.completed_investment", json!(15)),
        ("sectors.9.completed_investment", json!(15)),
    ]);
    assert_eq!(exact, Vec::new());
}

#[test]
fn each_addition_for_other_cities_is_checked_at_its_path() {
    let first_error = |path: &str, v: Value| {
        let mut doc = bundled_value();
        set(&mut doc, path, Some(v));
        validate(&doc)
            .first()
            .map(|e| (e.path.as_str().to_owned(), e.message.clone()))
    };
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "summary.status_counts",
            json!({"late": 1}),
            "summary.status_counts.late",
            "不认识的状态类别",
        ),
        (
            "summary.status_counts",
            json!({"ahead": 1.5}),
            "summary.status_counts.ahead",
            "",
        ),
        ("summary.plan_pct", json!(-1), "summary.plan_pct", ""),
        (
            "projects.2.districts",
            json!(["海州区", " "]),
            "projects[2].districts[1]",
            "不能为空",
        ),
        (
            "projects.2.problems",
            json!([{"district": "海州区"}]),
            "projects[2].problems[0].text",
            "缺少必填字段",
        ),
        (
            "projects.2.figures",
            json!({"completed_investment": "2960万元"}),
            "projects[2].figures.completed_investment",
            "",
        ),
        (
            "projects.2.figures",
            json!({"progress_pct": 2000}),
            "projects[2].figures.progress_pct",
            "百分比",
        ),
        ("projects.2.level", json!(3), "projects[2].level", ""),
        (
            "district_ranking",
            json!([{"district": "海州区", "rank": 0}]),
            "district_ranking[0].rank",
            "名次从 1 开始",
        ),
        (
            "district_ranking",
            json!([{"rank": 1}]),
            "district_ranking[0].district",
            "缺少必填字段",
        ),
        (
            "source",
            json!({"published": "2021年11月29日"}),
            "source.published",
            "YYYY-MM-DD",
        ),
        ("source", json!({"number": 37}), "source.number", ""),
        (
            "schedule_target_pct",
            json!("五成"),
            "schedule_target_pct",
            "",
        ),
    ];
    for (path, value, at, words) in cases {
        let found = first_error(path, value.clone());
        let (got_path, message) = found.unwrap_or_else(|| panic!("{path} = {value} accepted"));
        assert_eq!(got_path, at, "{path} = {value}: {message}");
        assert!(message.contains(words), "{path}: {message}");
    }
    // And each is valid when absent or null where null is allowed.
    for (path, v) in [
        ("schedule_target_pct", Value::Null),
        ("summary.items", Value::Null),
        ("summary.items_on_schedule", Value::Null),
        ("projects.2.sector", Value::Null),
        (
            "source",
            json!({"issuer": null, "number": null, "published": null, "url": null}),
        ),
        ("district_ranking", json!([])),
    ] {
        let mut doc = bundled_value();
        set(&mut doc, path, Some(v));
        assert_eq!(validate(&doc), Vec::new(), "{path}");
    }
}

/// Line and column (in characters) where `needle` starts in `text`, counting from 1.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("in the text");
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

#[test]
fn a_key_written_twice_is_refused_in_chinese_with_its_place() {
    // At the top level.
    let text = BUNDLED.replacen("\"title\":", "\"id\": \"another\",\n  \"title\":", 1);
    let failure = load(&text).expect_err("id written twice");
    assert_eq!(failure.errors.len(), 1, "{:#?}", failure.errors);
    let e = &failure.errors[0];
    let (line, column) = position_of(&text, "\"id\": \"another\"");
    assert_eq!(e.position, Some((line, column)));
    assert_eq!(
        e.to_string(),
        format!("第 {line} 行第 {column} 列：文件最外层的字段“id”重复出现")
    );

    // Inside the third project, with the first of the two written with an escape.
    let doc = bundled_value();
    let id = doc["projects"][2]["id"].as_str().unwrap();
    let at = BUNDLED.find(&format!("\"id\": \"{id}\"")).unwrap();
    let note = at + BUNDLED[at..].find("\"note\": \"\"").unwrap();
    let text = format!(
        "{}\"no\\u0074e\": \"\", \"note\": \"已核实\"{}",
        &BUNDLED[..note],
        &BUNDLED[note + "\"note\": \"\"".len()..]
    );
    let failure = load(&text).expect_err("note written twice");
    assert_eq!(failure.errors.len(), 1, "{:#?}", failure.errors);
    let e = &failure.errors[0];
    let (line, column) = position_of(&text, "\"note\": \"已核实\"");
    assert_eq!(e.path.as_str(), "projects[2]");
    assert_eq!(
        e.to_string(),
        format!("第 3 个项目：字段“note”重复出现（位置：projects[2]，第 {line} 行第 {column} 列）")
    );
    // The reader the page uses for text already checked elsewhere refuses it as well.
    assert_eq!(
        bulletin_core::load_checked(&text)
            .expect_err("refused")
            .errors,
        failure.errors
    );
}

#[test]
fn every_repeated_key_is_found_even_in_fields_the_format_does_not_know() {
    let text = BUNDLED
        .replacen(
            "\"title\":",
            "\"x_meta\": {\"a\": 1, \"b\": [{\"c\": 1, \"c\": 2}], \"a\": 3}, \"title\":",
            1,
        )
        .replacen(
            "\"issue\":",
            "\"x_flag\": 1E2, \"x_flag\": null, \"issue\":",
            1,
        );
    let failure = load(&text).expect_err("repeated keys");
    let found: Vec<String> = failure.errors.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].starts_with("“x_meta”的第 1 项：字段“c”重复出现（位置：x_meta.b[0]，第 "),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("“x_meta”：字段“a”重复出现（位置：x_meta，第 "),
        "{}",
        found[1]
    );
    assert!(
        found[2].starts_with("第 1 个项目：字段“x_flag”重复出现（位置：projects[0]，第 "),
        "{}",
        found[2]
    );
    // A key repeated only in name, in another object, is no repeat.
    let fine = BUNDLED.replacen("\"title\":", "\"x_meta\": {\"title\": 1}, \"title\":", 1);
    assert!(load(&fine).is_ok());
}

#[test]
fn supervision_fields_are_checked_at_their_path() {
    let cases: [(&str, Value, &str, &str); 8] = [
        ("series", json!("Luan 2021"), "series", "编号只能由小写字母"),
        ("due_soon_days", json!(400), "due_soon_days", "最多 366 天"),
        (
            "projects.2.owner",
            json!(["王某"]),
            "projects[2].owner",
            "文本",
        ),
        (
            "projects.2.deadline",
            json!("2023-9-30"),
            "projects[2].deadline",
            "YYYY-MM-DD",
        ),
        (
            "projects.2.resolved_on",
            json!("2023-02-29"),
            "projects[2].resolved_on",
            "有效日期",
        ),
        (
            "projects.2.follow_ups",
            json!([{"date": "2023-07-10", "text": "督办"}, {"date": "2023-07-11", "text": "  "}]),
            "projects[2].follow_ups[1].text",
            "不能为空",
        ),
        (
            "projects.2.follow_ups",
            json!([{"date": "7月10日", "text": "督办"}]),
            "projects[2].follow_ups[0].date",
            "YYYY-MM-DD",
        ),
        (
            "projects.2.follow_ups",
            json!([{"date": "2023-07-10", "text": "督办", "by": 5}]),
            "projects[2].follow_ups[0].by",
            "文本",
        ),
    ];
    for (at, value, path, words) in cases {
        assert_one_error(&errors_after(at, Some(value)), path, words);
    }
}

#[test]
fn supervision_fields_load_and_write_back_as_they_were() {
    let mut doc = bundled_value();
    set(&mut doc, "series", Some(json!("lianyungang-2023")));
    set(&mut doc, "due_soon_days", Some(json!(7)));
    set(&mut doc, "projects.2.owner", Some(json!("王某")));
    set(&mut doc, "projects.2.deadline", Some(json!("2023-09-30")));
    set(
        &mut doc,
        "projects.2.resolved_on",
        Some(json!("2023-09-20")),
    );
    let ups = json!([{"date": "2023-07-10", "text": "电话督办", "by": "督查室", "x_ref": 1}, {"date": "2023-07-20", "text": "现场督查"}]);
    set(&mut doc, "projects.2.follow_ups", Some(ups.clone()));
    let b = load(&doc.to_string()).expect("valid").bulletin;
    assert_eq!(b.projects[2].follow_ups.as_ref().map(Vec::len), Some(2));
    let back: Value = serde_json::from_str(&b.to_json_pretty()).expect("JSON");
    assert_eq!(back["projects"][2]["follow_ups"], ups);
    assert_eq!(back["projects"][2]["owner"], json!("王某"));
    assert_eq!(back["series"], json!("lianyungang-2023"));
    assert_eq!(back["due_soon_days"], json!(7));
    // A bulletin without them writes none of them.
    let plain: Value =
        serde_json::from_str(&load(BUNDLED).expect("valid").bulletin.to_json_pretty())
            .expect("JSON");
    for key in ["owner", "deadline", "follow_ups", "resolved_on"] {
        assert!(plain["projects"][2].get(key).is_none(), "{key}");
    }
    assert!(plain.get("series").is_none());
}
