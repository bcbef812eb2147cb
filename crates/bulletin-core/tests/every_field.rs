//! Every field of every record round-trips through its form: what an editor shows when it
//! opens saves back unchanged; each field typed anew lands where the format keeps it, is
//! listed in the change list by its label, and is undone; what the format refuses is refused
//! by the field it was typed in.

mod common;

use std::collections::HashMap;

use bulletin_core::edit::{RecordRef, Workbench};
use bulletin_core::form::{Kind, Part, Record, by_field, fields, to_text};
use bulletin_core::load;
use common::{BUNDLED, opened};
use serde_json::{Value, json};

const AT: &str = "2026-12-01T07:12:00.000Z";

fn workbench_with(change: impl FnOnce(&mut Value)) -> Workbench {
    let mut doc: Value = serde_json::from_str(BUNDLED).unwrap();
    change(&mut doc);
    Workbench::from_loaded(&load(&doc.to_string()).expect("valid"))
}

fn record(w: &Workbench, what: &RecordRef) -> Record {
    Record::open(w.bulletin(), w.current(), what).expect("the record is there")
}

/// Saves `typed` over what the editor of `what` opened with; the refusal by field if any.
fn save(
    w: &mut Workbench,
    what: &RecordRef,
    typed: &[(&'static str, &str)],
) -> Result<(), HashMap<String, String>> {
    let r = record(w, what);
    let mut form = opened(&r);
    for (k, v) in typed {
        assert!(form.contains_key(k), "no field {k}");
        form.insert(*k, (*v).to_owned());
    }
    let Some(step) = r.save_step(&form, w.current(), AT)? else {
        return Ok(());
    };
    let before = w.current().clone();
    w.apply(step)
        .map(drop)
        .map_err(|found| by_field(&r, &before, &found))
}

/// A value typical of each kind of field, valid for the bundled bulletin.
fn sample(kind: &Kind, key: &str) -> String {
    match (kind, key) {
        (_, "period_start") => "2023-01-02".into(),
        (_, "period_end") => "2023-12-31".into(),
        (_, "period_year") => "2024".into(),
        (_, "series") => "lianyungang-2023".into(),
        (_, "schedule_grading_yellow_from") => "5".into(),
        (_, "schedule_grading_red_from") => "25".into(),
        (Kind::Text { .. } | Kind::OptionalText, _) => format!("新{key}"),
        (Kind::Paragraph | Kind::OptionalParagraph, _) => format!("新的{key}\n第二行"),
        (Kind::Count { .. }, "items_on_schedule") => "40".into(),
        (Kind::Count { .. }, _) => "60".into(),
        (Kind::Number { .. }, _) => "12.5".into(),
        (Kind::Date { .. }, _) => "2023-07-15".into(),
        (Kind::Link, _) => "https://example.cn/tongbao/37".into(),
        (Kind::Lines { .. }, _) => "第一条\n第二条".into(),
        (Kind::Names, _) => "海州区、连云区".into(),
        (Kind::Choice(options), _) => options.last().map(|(v, _)| v.clone()).unwrap_or_default(),
        (Kind::Many(options), _) => options.first().map(|(v, _)| v.clone()).unwrap_or_default(),
        (Kind::Rows(_), "status_counts") => "已完成全年：14\n超序时：7".into(),
        (Kind::Rows(_), "district_ranking") => "海州区：1\n连云区：1\n赣榆区：3".into(),
        (Kind::Rows(_), _) => "灵溪镇：推进缓慢\n资金未到位".into(),
        (Kind::FollowUps, _) => {
            r#"[{"date":"2023-07-10","text":"电话督办","by":"督查室"},{"date":"2023-07-20","text":"现场督查"}]"#.into()
        }
    }
}

#[test]
fn every_field_of_every_record_saves_where_the_format_keeps_it_and_undoes() {
    let mut w = workbench_with(|_| {});
    let b = w.bulletin().clone();
    let records = [
        RecordRef::Bulletin,
        RecordRef::Summary,
        RecordRef::Sector(b.sectors[0].id.clone()),
        RecordRef::ProblemType(b.problem_types[0].id.clone()),
        RecordRef::Requirement(0),
        RecordRef::Project(b.projects[0].id.clone()),
    ];
    for what in &records {
        let r = record(&w, what);
        // Opened and saved untouched, a record changes nothing.
        assert_eq!(
            r.save_step(&opened(&r), w.current(), AT),
            Ok(None),
            "{what:?}"
        );
        for f in r.fields.clone() {
            let original = w.bulletin().clone();
            let typed = sample(&f.kind, f.key);
            // The two grading thresholds stand together or not at all.
            let mut form = vec![(f.key, typed.as_str())];
            match f.key {
                "schedule_grading_yellow_from" => form.push(("schedule_grading_red_from", "25")),
                "schedule_grading_red_from" => form.push(("schedule_grading_yellow_from", "5")),
                _ => {}
            }
            save(&mut w, what, &form).unwrap_or_else(|e| panic!("{what:?} {}: {e:?}", f.key));
            // What the editor shows again is what was typed, as the field writes it.
            let again = record(&w, what);
            let shown = to_text(&f.kind, &again.initial(f.key));
            let expected = to_text(&f.kind, &f.read(&typed).unwrap());
            assert_eq!(shown, expected, "{what:?} {}", f.key);
            let changes = w.changes();
            assert!(!changes.is_empty(), "{what:?} {}: no change listed", f.key);
            assert!(
                changes.iter().any(|c| c.label.contains(f.label))
                    || matches!(f.key, "districts" | "status_counts")
                    // Requirements have no ids: the change list shows their list changed.
                    || matches!(what, RecordRef::Requirement(_)),
                "{what:?} {}: {:?}",
                f.key,
                changes.iter().map(|c| &c.label).collect::<Vec<_>>()
            );
            assert!(changes.iter().all(|c| c.at.as_deref() == Some(AT)));
            assert!(w.undo(), "{what:?} {}", f.key);
            // Restored to the same bulletin; a member the edit added may stay as `null`,
            // which the format reads as absent.
            assert_eq!(w.bulletin(), &original, "{what:?} {}: undo restores", f.key);
            assert!(w.changes().is_empty());
        }
    }
}

#[test]
fn the_bulletins_own_fields_move_it_to_the_next_period() {
    let mut w = workbench_with(|doc| {
        doc.as_object_mut().unwrap().remove("source");
        doc.as_object_mut().unwrap().remove("preamble");
    });
    save(
        &mut w,
        &RecordRef::Bulletin,
        &[
            ("title", "连云港市2023年1—10月民生实事项目进展情况督查通报"),
            ("period_label", "1—10月"),
            ("period_end", "2023-10-31"),
            ("schedule_target_pct", "83.3"),
            ("preamble", "为推动民生实事落地见效……"),
            ("source_issuer", "市委市政府督查室"),
            ("source_number", "督通〔2023〕41号"),
            ("source_published", "2023-11-08"),
            ("source_url", "https://www.lyg.gov.cn/tongbao/41"),
        ],
    )
    .expect("valid");
    let b = w.bulletin();
    assert_eq!(b.period.name(), "2023年1—10月");
    assert_eq!(b.period.end, "2023-10-31");
    assert_eq!(b.schedule_target_pct, Some(83.3));
    assert_eq!(b.preamble.as_deref(), Some("为推动民生实事落地见效……"));
    let s = b.source.as_ref().expect("a source");
    assert_eq!(s.number.as_deref(), Some("督通〔2023〕41号"));
    assert_eq!(s.url.as_deref(), Some("https://www.lyg.gov.cn/tongbao/41"));
    let labels: Vec<String> = w.changes().into_iter().map(|c| c.label).collect();
    for l in [
        "标题",
        "时段",
        "结束日期",
        "序时进度",
        "开头段落",
        "发文单位",
        "文号",
        "印发日期",
        "原文网址",
    ] {
        assert!(labels.iter().any(|x| x == l), "{l} not in {labels:?}");
    }
    // One step: one undo takes it all back.
    assert!(w.undo());
    assert!(w.changes().is_empty(), "{:?}", w.changes());
    assert_eq!(w.bulletin().source, None);
    assert!(w.current().get("source").is_none_or(Value::is_null));
}

#[test]
fn what_the_format_refuses_is_said_at_its_field() {
    let mut w = workbench_with(|_| {});
    let bulletin = RecordRef::Bulletin;
    let refused = |w: &mut Workbench, typed: &[(&'static str, &str)]| {
        save(w, &bulletin, typed).expect_err("refused")
    };
    // Typed wrong: said by the field's own rules.
    let e = refused(&mut w, &[("period_end", "2023-02-30")]);
    assert!(e["period_end"].contains("有效日期"), "{e:?}");
    let e = refused(&mut w, &[("schedule_target_pct", "120")]);
    assert!(e["schedule_target_pct"].contains("100"), "{e:?}");
    let e = refused(&mut w, &[("source_url", "javascript:alert(1)")]);
    assert!(e["source_url"].contains("http"), "{e:?}");
    let e = refused(&mut w, &[("title", "  ")]);
    assert!(e["title"].contains("标题"), "{e:?}");
    let e = refused(&mut w, &[("district_ranking", "海州区：0")]);
    assert!(e["district_ranking"].starts_with("第 1 行"), "{e:?}");
    // Typed right but refused by the whole bulletin's rules: said at the field it names.
    let e = refused(
        &mut w,
        &[("period_start", "2023-12-01"), ("period_end", "2023-06-30")],
    );
    assert!(
        e.contains_key("period_start") || e.contains_key("period_end"),
        "{e:?}"
    );
    assert!(w.changes().is_empty(), "nothing refused was kept");
    let e = refused(
        &mut w,
        &[
            ("schedule_grading_yellow_from", "30"),
            ("schedule_grading_red_from", "10"),
        ],
    );
    assert!(e.keys().any(|k| k.starts_with("schedule_grading")), "{e:?}");
}

#[test]
fn a_sector_is_added_and_removed_only_when_no_project_is_filed_under_it() {
    let mut w = workbench_with(|_| {});
    let r = Record::new_of(Part::Sector, w.bulletin(), w.current()).unwrap();
    let mut form = opened(&r);
    form.insert("name", "数字政务".into());
    form.insert("items", "2".into());
    let step = r.save_step(&form, w.current(), AT).unwrap().unwrap();
    w.apply(step).expect("a valid new sector");
    let added = w.bulletin().sectors.last().unwrap().clone();
    assert_eq!(added.name, "数字政务");
    assert!(!added.id.is_empty());
    assert_eq!(w.changes()[0].label, "新增领域“数字政务”");
    // Removed again: no project uses it.
    let r = record(&w, &RecordRef::Sector(added.id.clone()));
    let step = r
        .delete_step(w.bulletin(), w.current(), AT)
        .expect("deletable");
    assert_eq!(step.label, "删除领域“数字政务”");
    w.apply(step).unwrap();
    assert!(w.bulletin().sector(&added.id).is_none());
    assert!(w.changes().is_empty());
    // A sector with projects says which, and stays.
    let used = w.bulletin().projects[0].sector.clone().unwrap();
    let r = record(&w, &RecordRef::Sector(used.clone()));
    let why = r
        .delete_step(w.bulletin(), w.current(), AT)
        .expect_err("in use");
    assert!(why.contains(&w.bulletin().projects[0].name), "{why}");
    assert!(why.starts_with("仍有 "), "{why}");
}

#[test]
fn a_districts_only_project_loads_and_edits_its_list() {
    let w = workbench_with(|doc| {
        let p = doc["projects"][0].as_object_mut().unwrap();
        p.remove("district");
        p.insert("districts".into(), json!(["海州区", "连云区"]));
    });
    let mut w = w;
    let id = w.bulletin().projects[0].id.clone();
    let what = RecordRef::Project(id);
    assert_eq!(opened(&record(&w, &what))["districts"], "海州区、连云区");
    save(&mut w, &what, &[("districts", "灌云县，灌南县、东海县")]).unwrap();
    assert_eq!(
        w.bulletin().projects[0].districts(),
        ["灌云县", "灌南县", "东海县"]
    );
    assert_eq!(
        w.current()["projects"][0].get("district"),
        None,
        "no district is added"
    );
}

#[test]
fn every_table_field_is_in_its_editor() {
    let w = workbench_with(|_| {});
    for (part, what) in [
        (Part::Bulletin, RecordRef::Bulletin),
        (Part::Summary, RecordRef::Summary),
        (
            Part::Project,
            RecordRef::Project(w.bulletin().projects[0].id.clone()),
        ),
    ] {
        let keys: Vec<&str> = record(&w, &what).fields.iter().map(|f| f.key).collect();
        let table: Vec<&str> = fields(part, None).iter().map(|f| f.key).collect();
        assert_eq!(keys, table, "{part:?}");
    }
}

#[test]
fn rows_typed_again_keep_what_the_file_had_beyond_them() {
    let mut w = workbench_with(|doc| {
        doc["district_ranking"] = json!([
            {"district": "海州区", "rank": 1, "score": 96.5},
            {"district": "连云区", "rank": 2, "score": 91},
        ]);
    });
    save(
        &mut w,
        &RecordRef::Bulletin,
        &[("district_ranking", "连云区：1\n海州区：1")],
    )
    .unwrap();
    assert_eq!(
        w.current()["district_ranking"],
        json!([
            {"district": "连云区", "rank": 1, "score": 91},
            {"district": "海州区", "rank": 1, "score": 96.5},
        ])
    );
}

#[test]
fn a_new_item_for_a_list_the_document_lacks_is_refused_as_a_whole() {
    let w = workbench_with(|_| {});
    let r = Record::new_of(Part::Requirement, w.bulletin(), w.current()).unwrap();
    let mut form = opened(&r);
    form.insert("title", "新要求".into());
    let e = r.save_step(&form, &json!({}), AT).expect_err("no list");
    assert_eq!(e[""], "通报中没有工作要求列表");
}

#[test]
fn saves_set_each_field_where_it_is_and_say_what_they_changed() {
    let mut w = workbench_with(|_| {});
    let step = |w: &Workbench, what: &RecordRef, typed: &[(&'static str, &str)]| {
        let r = record(w, what);
        let mut form = opened(&r);
        for (k, v) in typed {
            form.insert(*k, (*v).to_owned());
        }
        r.save_step(&form, w.current(), AT).unwrap().unwrap()
    };
    let paths = |s: &bulletin_core::edit::Step| -> Vec<String> {
        s.edits.iter().map(|e| e.path().to_owned()).collect()
    };
    // The bulletin and its summary are one each: edited field by field, never set whole.
    let s = step(
        &w,
        &RecordRef::Bulletin,
        &[("title", "新标题"), ("period_label", "1—10月")],
    );
    assert_eq!(paths(&s), ["/title", "/period/label"]);
    assert_eq!(s.label, "修改通报信息");
    let s = step(&w, &RecordRef::Summary, &[("items", "51")]);
    assert_eq!(paths(&s), ["/summary/items"]);
    assert_eq!(s.label, "修改总体情况");
    let sector = w.bulletin().sectors[0].clone();
    let s = step(&w, &RecordRef::Sector(sector.id.clone()), &[("items", "7")]);
    assert_eq!(s.label, format!("修改领域“{}”", sector.name));
    // Refused by the whole bulletin's rules, a summary figure is said at its field.
    let r = record(&w, &RecordRef::Summary);
    let mut form = opened(&r);
    form.insert("items_on_schedule", "60".into());
    let s = r.save_step(&form, w.current(), AT).unwrap().unwrap();
    let before = w.current().clone();
    let found = w.apply(s).expect_err("more on schedule than items");
    let e = by_field(&r, &before, &found);
    assert!(e.contains_key("items_on_schedule"), "{e:?}");
    // A new project keeps what was typed into fields its template lacks.
    let r = Record::new_of(Part::Project, w.bulletin(), w.current()).unwrap();
    let mut form = opened(&r);
    form.insert("name", "新项目".into());
    form.insert("level", "市".into());
    form.insert("figures_progress_pct", "30".into());
    let s = r.save_step(&form, w.current(), AT).unwrap().unwrap();
    w.apply(s).unwrap();
    let added = w.bulletin().projects.last().unwrap();
    assert_eq!(added.level.as_deref(), Some("市"));
    assert_eq!(
        added.figures.as_ref().and_then(|f| f.progress_pct),
        Some(30.0)
    );
    assert_eq!(
        w.current()["projects"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .get("problems"),
        None,
        "no empty group is written"
    );
}

#[test]
fn a_group_that_is_one_field_is_set_whole_where_it_stands() {
    let mut w = workbench_with(|doc| {
        doc["summary"]["status_counts"] = json!({"completed": 14, "ahead": 7});
    });
    save(
        &mut w,
        &RecordRef::Summary,
        &[("status_counts", "已完成全年：15\n超序时：7")],
    )
    .unwrap();
    assert_eq!(
        w.current()["summary"]["status_counts"],
        json!({"completed": 15, "ahead": 7})
    );
    let labels: Vec<String> = w.changes().into_iter().map(|c| c.label).collect();
    assert_eq!(labels, ["总体情况的已完成全年件数"]);
    save(&mut w, &RecordRef::Summary, &[("status_counts", "")]).unwrap();
    assert_eq!(w.bulletin().summary.status_counts, None);
}

#[test]
fn a_project_refused_for_what_changed_meanwhile_is_told_at_its_field() {
    let mut w = workbench_with(|_| {});
    // A new problem type, chosen in a project's editor, is deleted before the project is saved.
    let t = Record::new_of(Part::ProblemType, w.bulletin(), w.current()).unwrap();
    let mut form = opened(&t);
    form.insert("name", "新问题".into());
    w.apply(t.save_step(&form, w.current(), AT).unwrap().unwrap())
        .unwrap();
    let new_type = w.bulletin().problem_types.last().unwrap().id.clone();
    let r_id = w.bulletin().projects[3].id.clone();
    let r = record(&w, &RecordRef::Project(r_id.clone()));
    let mut form = opened(&r);
    form.insert("problem_types", new_type.clone());
    // Meanwhile another field of the project changed too (another tab, say): it is still
    // found by its id.
    save(
        &mut w,
        &RecordRef::Project(r_id.clone()),
        &[("note", "已约谈")],
    )
    .unwrap();
    let gone = record(&w, &RecordRef::ProblemType(new_type));
    w.apply(gone.delete_step(w.bulletin(), w.current(), AT).unwrap())
        .unwrap();
    let step = r.save_step(&form, w.current(), AT).unwrap().unwrap();
    let before = w.current().clone();
    let found = w.apply(step).expect_err("the type is gone");
    let e = by_field(&r, &before, &found);
    assert!(e.contains_key("problem_types"), "{e:?}");
}
