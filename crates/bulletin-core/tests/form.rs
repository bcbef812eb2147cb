//! Editing forms: field rules, turning a form into edits addressed by identity, templates
//! for new items, and the rules that refuse a delete.

mod common;

use bulletin_core::edit::{Edit, Step, Workbench};
use bulletin_core::form::{Kind, Part, Record, Target, by_field, in_use};
use bulletin_core::load;
use common::{BUNDLED, opened};
use serde_json::{Value, json};

const AT: &str = "2026-11-29T10:00:00+08:00";

fn workbench() -> Workbench {
    Workbench::new(&load(BUNDLED).expect("valid").bulletin)
}

fn delete_first_project(w: &mut Workbench) {
    let first = w.bulletin().projects[0].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&first)).expect("exists");
    let step = record
        .delete_step(w.bulletin(), w.current(), AT)
        .expect("deletable");
    w.apply(step).expect("delete applies");
}

#[test]
fn an_editor_opened_before_a_delete_still_writes_its_own_project() {
    let mut w = workbench();
    let target = w.bulletin().projects[4].clone();
    // The editor opens on the fifth project, then the first one is deleted underneath it.
    let record = Record::project(w.bulletin(), w.current(), Some(&target.id)).expect("exists");
    delete_first_project(&mut w);
    let mut typed = opened(&record);
    typed.insert("note", "已约谈牵头单位".into());
    let step = record
        .save_step(&typed, w.current(), AT)
        .expect("valid")
        .expect("a change");
    assert_eq!(step.label, format!("修改项目“{}”", target.name));
    w.apply(step).expect("applies");
    let notes: Vec<(&str, &str)> = w
        .bulletin()
        .projects
        .iter()
        .filter(|p| !p.note.is_empty())
        .map(|p| (p.id.as_str(), p.note.as_str()))
        .collect();
    assert_eq!(notes, vec![(target.id.as_str(), "已约谈牵头单位")]);
    let changes = w.changes();
    assert!(
        changes
            .iter()
            .any(|c| c.label == format!("项目“{}”的备注", target.name)),
        "{changes:?}"
    );
}

#[test]
fn saving_over_a_project_changed_meanwhile_fails_loudly() {
    let mut w = workbench();
    let id = w.bulletin().projects[2].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).expect("exists");
    // Another tab (or an undo) changes the same field first.
    let mut other = opened(&record);
    other.insert("note", "另一处的修改".into());
    let step = record.save_step(&other, w.current(), AT).unwrap().unwrap();
    w.apply(step).unwrap();
    let mut typed = opened(&record);
    typed.insert("note", "本处的修改".into());
    let step = record.save_step(&typed, w.current(), AT).unwrap().unwrap();
    let errors = w.apply(step).expect_err("stale");
    assert!(errors[0].message.contains("已被改动"), "{errors:?}");
    assert_eq!(w.bulletin().projects[2].note, "另一处的修改");
}

#[test]
fn saving_a_deleted_project_fails_and_changes_nothing() {
    let mut w = workbench();
    let id = w.bulletin().projects[0].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).expect("exists");
    delete_first_project(&mut w);
    let before = w.current().clone();
    let mut typed = opened(&record);
    typed.insert("note", "写给已删除的项目".into());
    let step = record.save_step(&typed, w.current(), AT).unwrap().unwrap();
    let errors = w.apply(step).expect_err("gone");
    assert!(errors[0].message.contains("已不存在"), "{errors:?}");
    assert_eq!(w.current(), &before);
}

#[test]
fn unchanged_forms_make_no_step() {
    let w = workbench();
    let id = w.bulletin().projects[1].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).expect("exists");
    assert_eq!(
        record.save_step(&opened(&record), w.current(), AT),
        Ok(None)
    );
    let summary = Record::summary(w.bulletin(), w.current()).expect("summary");
    assert_eq!(
        summary.save_step(&opened(&summary), w.current(), AT),
        Ok(None)
    );
}

#[test]
fn a_new_project_starts_from_the_template_and_gets_a_unique_id() {
    let mut w = workbench();
    let record = Record::project(w.bulletin(), w.current(), None).expect("new");
    assert!(record.is_new());
    assert_eq!(record.initial("status"), json!("at_risk"));
    assert_eq!(record.initial("sector"), json!(w.bulletin().sectors[0].id));
    let mut typed = opened(&record);
    typed.insert("name", "新建停车场 P1".into());
    typed.insert("problem_types", w.bulletin().problem_types[0].id.clone());
    let n = w.bulletin().projects.len();
    let step = record.save_step(&typed, w.current(), AT).unwrap().unwrap();
    assert_eq!(step.label, "新增项目“新建停车场 P1”");
    w.apply(step).unwrap();
    let added = &w.bulletin().projects[n];
    assert_eq!(added.id, "p1");
    assert_eq!(
        added.problem_types,
        vec![w.bulletin().problem_types[0].id.clone()]
    );
    assert_eq!(added.lead_unit, None);
    // A blank name is the field's own error, nothing is built.
    typed.insert("name", "  ".into());
    let errors = record
        .save_step(&typed, w.current(), AT)
        .expect_err("blank");
    assert_eq!(
        errors.get("name").map(String::as_str),
        Some("请填写项目名称（不能为空）")
    );
}

#[test]
fn a_problem_type_in_use_cannot_be_deleted_and_says_by_whom() {
    let mut w = workbench();
    let used = w
        .bulletin()
        .problem_types
        .iter()
        .find(|t| !in_use(w.bulletin(), &t.id).is_empty())
        .expect("a type in use")
        .clone();
    let users = in_use(w.bulletin(), &used.id);
    let record = Record::problem_type(w.current(), Some(&used.id)).expect("exists");
    let why = record
        .delete_step(w.bulletin(), w.current(), AT)
        .expect_err("in use");
    assert!(
        why.contains(&format!("仍有 {} 个项目", users.len())),
        "{why}"
    );
    assert!(why.contains(&users[0]), "{why}");
    // A new, unused type goes.
    let new = Record::problem_type(w.current(), None).unwrap();
    let mut typed = opened(&new);
    typed.insert("name", "审批程序繁琐".into());
    w.apply(new.save_step(&typed, w.current(), AT).unwrap().unwrap())
        .unwrap();
    let id = w.bulletin().problem_types.last().unwrap().id.clone();
    assert!(in_use(w.bulletin(), &id).is_empty());
    let record = Record::problem_type(w.current(), Some(&id)).unwrap();
    let n = w.bulletin().problem_types.len();
    w.apply(record.delete_step(w.bulletin(), w.current(), AT).unwrap())
        .unwrap();
    assert_eq!(w.bulletin().problem_types.len(), n - 1);
}

#[test]
fn a_requirement_opened_before_another_was_deleted_is_not_confused_with_it() {
    let mut w = workbench();
    assert!(w.bulletin().requirements.len() >= 3);
    let second = Record::requirement(w.current(), Some(1)).unwrap();
    let first = Record::requirement(w.current(), Some(0)).unwrap();
    let kept = w.bulletin().requirements[2].title.clone();
    w.apply(first.delete_step(w.bulletin(), w.current(), AT).unwrap())
        .unwrap();
    // The second requirement is now first; its delete removes it, not the one after it.
    let titles_before: Vec<String> = w
        .bulletin()
        .requirements
        .iter()
        .map(|r| r.title.clone())
        .collect();
    w.apply(second.delete_step(w.bulletin(), w.current(), AT).unwrap())
        .unwrap();
    assert_eq!(w.bulletin().requirements[0].title, kept);
    assert_eq!(w.bulletin().requirements.len(), titles_before.len() - 1);
    // Editing a requirement that was deleted fails instead of writing over another one.
    let gone = second;
    let mut typed = opened(&gone);
    typed.insert("title", "改过的标题".into());
    let step = gone.save_step(&typed, w.current(), AT).unwrap().unwrap();
    assert!(matches!(&step.edits[..], [Edit::Set { path, .. }] if path == "/requirements/1"));
    assert!(w.apply(step).is_err());
    assert_eq!(w.bulletin().requirements[0].title, kept);
}

#[test]
fn refusals_are_told_by_field() {
    let w = workbench();
    let id = w.bulletin().sectors[3].id.clone();
    let record = Record::sector(w.bulletin(), w.current(), Some(&id)).unwrap();
    assert!(
        matches!(&record.target, Target::At { pointer, .. } if pointer == &format!("/sectors/@{id}"))
    );
    let field = record.fields.iter().find(|f| f.key == "plan_pct").unwrap();
    assert_eq!(field.caption(), "占年度计划（%）");
    let found = bulletin_core::validate(&{
        let mut d: Value = w.current().clone();
        d["sectors"][3]["items"] = json!(-1);
        d
    });
    let errors = by_field(&record, w.current(), &found);
    assert!(errors.contains_key("items"), "{errors:?}");
    assert_eq!(record.part, Part::Sector);
}

#[test]
fn a_step_of_several_edits_undoes_in_reverse_and_redoes_in_order() {
    let mut w = workbench();
    let original = w.current().clone();
    let p = w.bulletin().projects[0].clone();
    // Insert a project, then edit the inserted project by id, in one step: undoing in
    // forward order would try to edit a project that is already gone.
    let mut new = w.current()["projects"][0].clone();
    new["id"] = json!("x-new");
    new["name"] = json!("新项目");
    let step = Step {
        label: "多处修改".into(),
        at: AT.into(),
        edits: vec![
            Edit::Insert {
                path: "/projects".into(),
                index: 0,
                value: new.clone(),
            },
            Edit::Set {
                path: "/projects/@x-new/note".into(),
                before: new["note"].clone(),
                after: json!("新备注"),
            },
            Edit::Set {
                path: format!("/projects/@{}/note", p.id),
                before: json!(p.note),
                after: json!("旧项目备注"),
            },
        ],
    };
    w.apply(step).unwrap();
    let edited = w.current().clone();
    assert_eq!(w.bulletin().projects[0].note, "新备注");
    assert!(w.undo());
    assert_eq!(w.current(), &original);
    assert!(w.redo());
    assert_eq!(w.current(), &edited);
}

#[test]
fn history_keeps_the_newest_two_hundred_steps() {
    let mut w = workbench();
    let id = w.bulletin().projects[0].id.clone();
    for n in 0..205 {
        let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
        let mut typed = opened(&record);
        typed.insert("note", format!("第 {n} 次"));
        w.apply(record.save_step(&typed, w.current(), AT).unwrap().unwrap())
            .unwrap();
    }
    assert_eq!(w.undo_steps().len(), bulletin_core::edit::HISTORY_LIMIT);
    let mut undone = 0;
    while w.undo() {
        undone += 1;
    }
    assert_eq!(undone, 200);
    // The five oldest steps are gone: the note stops at the value after step 4.
    assert_eq!(w.bulletin().projects[0].note, "第 4 次");
}

#[test]
fn figures_written_in_another_form_are_not_changed_by_an_untouched_form() {
    let mut doc = common::bundled_value();
    doc["sectors"][0]["plan_pct"] = serde_json::from_str("43.0").unwrap();
    doc["summary"]["annual_investment"] = serde_json::from_str("1.663e2").unwrap();
    let loaded = load(&serde_json::to_string(&doc).unwrap()).expect("valid");
    let w = Workbench::from_loaded(&loaded);
    let id = w.bulletin().sectors[0].id.clone();
    let sector = Record::sector(w.bulletin(), w.current(), Some(&id)).unwrap();
    assert_eq!(
        sector.save_step(&opened(&sector), w.current(), AT),
        Ok(None)
    );
    let summary = Record::summary(w.bulletin(), w.current()).unwrap();
    assert_eq!(
        summary.save_step(&opened(&summary), w.current(), AT),
        Ok(None)
    );
    // A real change is still one.
    let mut typed = opened(&summary);
    typed.insert("annual_investment", "166.4".into());
    let step = summary.save_step(&typed, w.current(), AT).unwrap().unwrap();
    assert_eq!(step.edits.len(), 1);
}

/// A workbench on the bundled bulletin after `change` to its document.
fn workbench_with(change: impl FnOnce(&mut Value)) -> Workbench {
    let mut doc = common::bundled_value();
    change(&mut doc);
    Workbench::from_loaded(&load(&serde_json::to_string(&doc).unwrap()).expect("valid"))
}

/// Saves `record` with `typed` changes over what it opened with.
fn save(w: &mut Workbench, record: &Record, typed: &[(&'static str, &str)]) {
    let mut form = opened(record);
    for (key, text) in typed {
        form.insert(*key, (*text).to_owned());
    }
    let step = record
        .save_step(&form, w.current(), AT)
        .expect("the form is valid")
        .expect("a change");
    w.apply(step).expect("the step is valid");
}

#[test]
fn a_project_listing_its_districts_edits_the_list_the_ledger_shows() {
    let mut w = workbench_with(|doc| {
        doc["projects"][0]["districts"] = json!(["海州区", "连云区"]);
        doc["projects"][1]["district"] = json!(null);
        doc["projects"][1]["districts"] = json!(["海州区"]);
    });
    let id = w.bulletin().projects[0].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    // The field shows what the ledger shows, not the single `district` (赣榆区).
    assert_eq!(opened(&record)["districts"], "海州区、连云区");
    assert_eq!(
        record.save_step(&opened(&record), w.current(), AT),
        Ok(None)
    );

    save(
        &mut w,
        &record,
        &[("districts", " 灌云县，灌南县, 东海县、 ")],
    );
    let p = &w.bulletin().projects[0];
    assert_eq!(p.districts(), ["灌云县", "灌南县", "东海县"]);
    assert_eq!(
        p.district.as_deref(),
        Some("灌云县"),
        "kept the first of the list"
    );
    let (view, ignored) = bulletin_core::filter::parse_query("?district=灌南县", w.bulletin());
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(view.filter.matching(w.bulletin()), [0]);

    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    save(&mut w, &record, &[("districts", " ")]);
    let p = &w.bulletin().projects[0];
    assert!(p.districts().is_empty());
    assert_eq!(
        (p.district.as_ref(), p.districts.as_deref()),
        (None, Some(&[][..]))
    );

    // With no `district` of its own (null, as notices naming several are written), none is added.
    let id = w.bulletin().projects[1].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    save(&mut w, &record, &[("districts", "赣榆区、海州区")]);
    assert_eq!(w.bulletin().projects[1].districts(), ["赣榆区", "海州区"]);
    assert_eq!(w.current()["projects"][1]["district"], Value::Null);
    let changes = w.changes();
    assert_eq!(changes.len(), 3, "{changes:?}");
    assert!(
        changes.iter().all(|c| c.label.ends_with("的县区")),
        "{changes:?}"
    );
}

#[test]
fn a_project_with_one_district_still_edits_it_as_one_text() {
    let mut w = workbench();
    let id = w.bulletin().projects[0].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    assert_eq!(opened(&record)["districts"], "赣榆区");
    save(&mut w, &record, &[("districts", "海州区")]);
    let p = &w.bulletin().projects[0];
    assert_eq!(
        (p.district.as_deref(), p.districts.as_ref()),
        (Some("海州区"), None)
    );
    assert_eq!(p.districts(), ["海州区"]);

    // Several names typed for it: the list is added, and the one district is its first.
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    save(&mut w, &record, &[("districts", "连云区，海州区")]);
    let p = &w.bulletin().projects[0];
    assert_eq!(p.districts(), ["连云区", "海州区"]);
    assert_eq!(p.district.as_deref(), Some("连云区"));
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    assert_eq!(opened(&record)["districts"], "连云区、海州区");
    assert!(w.undo() && w.undo());
    assert_eq!(w.bulletin().projects[0].districts(), ["赣榆区"]);
}

#[test]
fn a_project_with_no_sector_saves_an_unrelated_edit_and_keeps_none() {
    let mut w = workbench_with(|doc| doc["projects"][2]["sector"] = json!(null));
    let id = w.bulletin().projects[2].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    let sector = record.fields.iter().find(|f| f.key == "sector").unwrap();
    assert!(
        matches!(&sector.kind, Kind::Choice(options) if options.contains(&(String::new(), "未注明".to_owned()))),
        "{sector:?}"
    );
    assert_eq!(opened(&record)["sector"], "");
    assert_eq!(sector.read(""), Ok(Value::Null));

    save(&mut w, &record, &[("note", "已约谈牵头单位")]);
    let p = &w.bulletin().projects[2];
    assert_eq!(
        (p.sector.as_deref(), p.note.as_str()),
        (None, "已约谈牵头单位")
    );
    assert_eq!(w.changes().len(), 1, "{:?}", w.changes());

    // A project with a sector may be left without one, and a choice that is none of the
    // options says which field wants one.
    let other = w.bulletin().projects[3].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&other)).unwrap();
    let mut typed = opened(&record);
    typed.insert("sector", "nowhere".into());
    let errors = record
        .save_step(&typed, w.current(), AT)
        .expect_err("no such sector");
    assert_eq!(
        errors.get("sector").map(String::as_str),
        Some("请选择所属领域")
    );
    save(&mut w, &record, &[("sector", "")]);
    assert_eq!(w.bulletin().projects[3].sector, None);
}

/// One label per field: the editor, the CSV header, the ledger's sort columns and its facets
/// all name a project field as the field table does.
#[test]
fn the_editor_csv_sort_and_facets_read_one_table() {
    use bulletin_core::csv::{COLUMNS, projects_csv};
    use bulletin_core::filter::{Facet, SortColumn};
    use bulletin_core::form::{Part, label};
    let w = workbench();
    let b = w.bulletin();
    let id = b.projects[0].id.clone();
    let editor = Record::project(b, w.current(), Some(&id)).unwrap();
    let in_editor = |path: &str| {
        editor
            .fields
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.label)
            .unwrap_or_else(|| panic!("the editor has no {path}"))
    };
    for c in SortColumn::ALL {
        assert_eq!(c.label(), in_editor(c.field()), "{c:?}");
    }
    for f in Facet::ALL {
        assert_eq!(f.label(), in_editor(f.field()), "{f:?}");
    }
    let csv = projects_csv(b, &[0]);
    let header: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .split(',')
        .collect();
    let from_table: Vec<&str> = COLUMNS.iter().map(|f| in_editor(f)).collect();
    assert_eq!(header[..COLUMNS.len()], from_table[..]);
    assert_eq!(label(Part::Project, "districts"), Some("县区"));
    // The change list names an edited field as its editor does.
    let mut w = workbench();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    save(
        &mut w,
        &record,
        &[("figures_progress_pct", "45"), ("level", "市")],
    );
    let labels: Vec<String> = w.changes().into_iter().map(|c| c.label).collect();
    let name = &w.bulletin().projects[0].name;
    assert_eq!(
        labels,
        [
            format!("项目“{name}”的层级"),
            format!("项目“{name}”的形象进度")
        ]
    );
}
