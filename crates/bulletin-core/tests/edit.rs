//! Editing: steps, validation of every edit, undo/redo, the change list, revert, storage.

mod common;

use bulletin_core::edit::{
    ChangeKind, Edit, HISTORY_LIMIT, STORAGE_VERSION, Step, Stored, Workbench, new_id,
};
use bulletin_core::load;
use common::{BUNDLED, bundled_value, set};
use serde_json::{Value, json};

const AT: &str = "2026-11-28T16:00:00+08:00";

fn workbench() -> Workbench {
    Workbench::new(&load(BUNDLED).expect("valid").bulletin)
}

fn set_step(w: &Workbench, path: &str, after: Value) -> Step {
    let before = bulletin_core::edit::resolve(w.current(), path)
        .cloned()
        .expect("path exists");
    Step {
        label: "修改".into(),
        at: AT.into(),
        edits: vec![Edit::Set {
            path: path.into(),
            before,
            after,
        }],
    }
}

#[test]
fn an_edit_changes_the_copy_and_is_listed_with_old_and_new_values() {
    let mut w = workbench();
    w.apply(set_step(&w, "/projects/0/note", json!("已约谈区教育局")))
        .expect("valid edit");
    assert_eq!(w.bulletin().projects[0].note, "已约谈区教育局");
    let changes = w.changes();
    assert_eq!(changes.len(), 1);
    let c = &changes[0];
    assert_eq!(c.kind, ChangeKind::Changed);
    assert_eq!(c.label, "项目“金山中学建设项目”的备注");
    assert_eq!(
        (c.before.clone(), c.after.clone()),
        (Some(json!("")), Some(json!("已约谈区教育局")))
    );
    assert_eq!(c.at.as_deref(), Some(AT));
}

#[test]
fn an_edit_that_breaks_the_rules_is_refused_and_changes_nothing() {
    let mut w = workbench();
    let before = w.clone();
    let errors = w
        .apply(set_step(&w, "/projects/0/sector", json!("nowhere")))
        .expect_err("bad reference");
    assert_eq!(errors[0].path.as_str(), "projects[0].sector");
    let errors = w
        .apply(set_step(&w, "/sectors/0/items", json!(-2)))
        .expect_err("negative");
    assert!(errors[0].message.contains("不能为负数"));
    assert_eq!(w, before);
    assert!(!w.can_undo());
}

#[test]
fn undo_and_redo_walk_the_history_and_keep_at_least_100_steps() {
    let mut w = workbench();
    for n in 0..150 {
        w.apply(set_step(
            &w,
            "/projects/1/note",
            json!(format!("第 {n} 次")),
        ))
        .expect("valid");
    }
    for _ in 0..100 {
        assert!(w.undo());
    }
    assert_eq!(w.bulletin().projects[1].note, "第 49 次");
    assert!(w.redo());
    assert_eq!(w.bulletin().projects[1].note, "第 50 次");
    while w.undo() {}
    assert_eq!(
        w.bulletin().projects[1].note,
        "",
        "150 steps are within the limit of {HISTORY_LIMIT}"
    );
    w.redo();
    w.apply(set_step(&w, "/projects/2/note", json!("新的一步")))
        .expect("valid");
    assert!(!w.can_redo(), "a new step clears redo");
}

#[test]
fn adding_and_deleting_projects_are_listed_by_name_and_revertible() {
    let mut w = workbench();
    let mut project = w.current()["projects"][0].clone();
    project["id"] = json!(new_id(
        "新增的学校项目",
        "project",
        w.bulletin().projects.iter().map(|p| p.id.as_str())
    ));
    project["name"] = json!("新增的学校项目");
    let removed = w.current()["projects"][3].clone();
    w.apply(Step {
        label: "新增项目".into(),
        at: AT.into(),
        edits: vec![Edit::Insert {
            path: "/projects".into(),
            index: 17,
            value: project,
        }],
    })
    .expect("valid");
    w.apply(Step {
        label: "删除项目".into(),
        at: AT.into(),
        edits: vec![Edit::Remove {
            path: "/projects".into(),
            index: 3,
            value: removed,
        }],
    })
    .expect("valid");
    let changes = w.changes();
    let labels: Vec<&str> = changes.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        ["新增项目“新增的学校项目”", "删除项目“凌州路小学续建工程”"],
        "later projects are not shown changed"
    );
    let revert = w.revert_step(&changes[1], AT);
    w.apply(revert).expect("revert the deletion");
    assert_eq!(w.bulletin().projects[3].id, "lingzhou-road-primary-school");
    assert_eq!(w.changes().len(), 1, "the addition is still there");
}

#[test]
fn reverting_one_change_keeps_the_others_and_reset_is_undoable() {
    let mut w = workbench();
    w.apply(set_step(&w, "/summary/completed_investment", json!(110.5)))
        .expect("valid");
    w.apply(set_step(&w, "/sectors/2/status", json!("behind")))
        .expect("valid");
    let changes = w.changes();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].label, "总体情况的已完成投资");
    assert_eq!(changes[1].label, "领域“就业创业”的状态");
    w.apply(w.revert_step(&changes[0], AT)).expect("valid");
    assert_eq!(w.bulletin().summary.completed_investment, Some(100.1));
    assert_eq!(w.changes().len(), 1);
    w.apply(w.reset_step(AT)).expect("valid");
    assert!(w.changes().is_empty());
    assert!(w.undo());
    assert_eq!(w.changes().len(), 1, "reset can be undone");
}

#[test]
fn unknown_fields_survive_edits() {
    let mut doc = bundled_value();
    set(
        &mut doc,
        "projects.0.x_owner",
        Some(json!({"name": "张三"})),
    );
    let mut w = Workbench::new(&load(&doc.to_string()).expect("valid").bulletin);
    w.apply(set_step(&w, "/projects/0/note", json!("改了备注")))
        .expect("valid");
    assert_eq!(
        w.current()["projects"][0]["x_owner"],
        json!({"name": "张三"})
    );
}

#[test]
fn the_stored_copy_round_trips_with_its_history() {
    let mut w = workbench();
    w.apply(set_step(&w, "/projects/0/status", json!("resolved")))
        .expect("valid");
    w.apply(set_step(&w, "/projects/0/note", json!("已解决")))
        .expect("valid");
    w.undo();
    let text = Stored::of(&w, 7, AT).to_text();
    let original = load(BUNDLED).expect("valid").bulletin;
    let (stored, back, changed) = Stored::from_text(&text, &original).expect("readable");
    assert!(!changed);
    assert_eq!(stored.revision, 7);
    assert_eq!(stored.storage_version, STORAGE_VERSION);
    assert_eq!(back, w);
    let mut back = back;
    assert!(back.redo(), "history survives storage");
    assert_eq!(back.bulletin().projects[0].note, "已解决");
    assert!(
        !text.contains("\"original\""),
        "the original is not stored twice"
    );
}

#[test]
fn a_copy_of_an_original_that_has_since_changed_opens_against_the_new_one() {
    let mut w = workbench();
    w.apply(set_step(&w, "/projects/0/note", json!("我的备注")))
        .expect("valid");
    let text = Stored::of(&w, 1, AT).to_text();
    let mut newer = load(BUNDLED).expect("valid").bulletin;
    newer.projects[1].note = "官方更新".into();
    let (_, back, changed) = Stored::from_text(&text, &newer).expect("readable");
    assert!(changed);
    assert_eq!(
        back.bulletin().projects[0].note,
        "我的备注",
        "the user's copy wins"
    );
    assert_eq!(back.changes().len(), 2, "compared with the new original");
}

#[test]
fn a_copy_moves_onto_a_newer_original_step_by_step_keeping_both() {
    let mut w = workbench();
    let mine = |w: &Workbench, i: usize| format!("/projects/@{}/note", w.bulletin().projects[i].id);
    w.apply(set_step(&w, &mine(&w, 0), json!("我的备注")))
        .expect("valid");
    w.apply(set_step(&w, &mine(&w, 2), json!("第二处")))
        .expect("valid");
    w.apply(set_step(&w, &mine(&w, 2), json!("第二处，再改")))
        .expect("valid");
    let text = Stored::of(&w, 3, AT).to_text();
    // The release corrects two texts; one of them the user had also changed.
    let mut newer = bundled_value();
    set(&mut newer, "projects.1.issue", Some(json!("更正后的原文")));
    set(&mut newer, "projects.2.note", Some(json!("官方备注")));
    let newer_bulletin: bulletin_core::Bulletin =
        serde_json::from_value(newer.clone()).expect("bulletin");
    let (stored, _, changed) = Stored::from_text(&text, &newer_bulletin).expect("readable");
    assert!(changed);
    let newer_value = serde_json::to_value(&newer_bulletin).expect("value");
    let (moved, failed) = stored.rebase(&newer_value).expect("history reaches back");
    let b = moved.bulletin();
    assert_eq!(b.projects[0].note, "我的备注", "the user's edit is kept");
    assert_eq!(
        b.projects[1].issue, "更正后的原文",
        "the correction is taken"
    );
    assert_eq!(
        b.projects[2].note, "官方备注",
        "where both changed it, the new original stands"
    );
    assert_eq!(
        failed.len(),
        2,
        "and the two steps that no longer fit are named: {failed:?}"
    );
    assert_eq!(moved.undo_steps().len(), 1);
    assert_eq!(
        moved.changes().len(),
        1,
        "only the user's own edit is listed"
    );
}

#[test]
fn a_copy_whose_history_was_cut_stays_as_it_is() {
    let mut w = workbench();
    w.apply(set_step(&w, "/projects/0/note", json!("a")))
        .expect("valid");
    let mut stored = Stored::of(&w, 1, AT);
    // As if the step had fallen off the 200-step history.
    stored.undo.clear();
    let newer = load(BUNDLED).expect("valid").document;
    assert!(stored.rebase(&newer).is_none());
}

#[test]
fn unreadable_stored_copies_are_reported_and_kept() {
    let w = workbench();
    let good: Value = serde_json::from_str(&Stored::of(&w, 1, AT).to_text()).expect("json");
    let mut newer = good.clone();
    newer["storage_version"] = json!(2);
    let mut invalid = good.clone();
    invalid["current"]["projects"][0]["sector"] = json!("nowhere");
    let original = load(BUNDLED).expect("valid").bulletin;
    let cases = [
        (
            "{\"format\": \"minsheng-bulletin-workbench\", ".to_owned(),
            "已损坏",
        ),
        (newer.to_string(), "来自更新版本的程序"),
        (json!({"format": "other"}).to_string(), "不是本程序写入的"),
        (invalid.to_string(), "不是有效的通报"),
    ];
    for (raw, words) in cases {
        let e = Stored::from_text(&raw, &original).expect_err(words);
        assert!(e.message.contains(words), "{}", e.message);
        assert_eq!(e.raw, raw, "the raw text is kept for the user");
    }
}

#[test]
fn the_stored_text_written_from_the_workbench_is_the_stored_copys() {
    let mut w = workbench();
    w.apply(set_step(&w, "/projects/0/note", json!("备注")))
        .expect("valid");
    w.apply(set_step(&w, "/projects/1/note", json!("另一条")))
        .expect("valid");
    w.undo();
    for source in [None, Some("data/x.json")] {
        let of = Stored::of(&w, 4, AT)
            .with_source(source.map(str::to_owned))
            .to_text();
        assert_eq!(Stored::text_of(&w, 4, AT, source), of);
    }
}

#[test]
fn stored_edits_read_back_exactly_and_damaged_ones_are_refused() {
    use bulletin_core::edit::Edit;
    use serde_json::json;
    let edits = vec![
        Edit::Set {
            path: "/title".into(),
            before: json!(null),
            after: json!("新"),
        },
        Edit::Set {
            path: "/x".into(),
            before: json!({"a": [1, -0]}),
            after: json!(null),
        },
        Edit::Insert {
            path: "/projects".into(),
            index: 3,
            value: json!({"id": "p"}),
        },
        Edit::Remove {
            path: "/projects".into(),
            index: 0,
            value: json!(null),
        },
    ];
    let text = serde_json::to_string(&edits).unwrap();
    assert!(text.contains(r#""op":"set""#) && text.contains(r#""op":"insert""#));
    let back: Vec<Edit> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, edits);
    for damaged in [
        r#"{"op":"set","path":"/a","before":1}"#,
        r#"{"op":"insert","path":"/a","value":1}"#,
        r#"{"op":"remove","path":"/a","index":0}"#,
        r#"{"op":"move","path":"/a","index":0,"value":1}"#,
        r#"{"path":"/a","before":1,"after":2}"#,
    ] {
        assert!(serde_json::from_str::<Edit>(damaged).is_err(), "{damaged}");
    }
}
