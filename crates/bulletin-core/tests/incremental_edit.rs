//! A step is applied in place and, when it changes projects only, validated and read for
//! those projects only. These tests hold that shortcut to the long way round: on many random
//! steps, valid and invalid, the workbench must end exactly where applying the edits to a
//! copy, validating the whole copy and reading the whole bulletin ends — same errors (paths,
//! messages, order), same document to the byte, same typed bulletin, same warnings.

mod common;

use std::sync::Arc;

use bulletin_core::edit::{Edit, Step, Workbench, pointer_segment};
use bulletin_core::{Bulletin, Diagnostic, JsonPath, load, synthetic, validate};
use common::BUNDLED;
use serde_json::{Value, json};

const AT: &str = "2026-11-28T16:00:00+08:00";

/// splitmix64: a small deterministic generator, so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }

    /// One of `ids`, or an id nothing has when there are none.
    fn id(&mut self, ids: &[String]) -> Value {
        if ids.is_empty() {
            json!("none-left")
        } else {
            json!(self.pick(ids))
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn text(v: &Value) -> String {
    serde_json::to_string(v).expect("serialisable")
}

/// Numbers that a trip through `serde_json::Value` and serde's buffer would not keep.
fn odd_numbers() -> Value {
    serde_json::from_str("[-0, 1.50, 123456789012345678901234567890, 1E400, 5E1, -0.0]")
        .expect("json")
}

/// Nested arrays `levels` deep.
fn nested(levels: usize) -> Value {
    (0..levels).fold(json!(1), |v, _| Value::Array(vec![v]))
}

/// The bundled bulletin and a synthetic one of 120 projects, some projects carrying fields
/// this version does not know, with numbers as written.
fn documents() -> Vec<Value> {
    let loaded = load(BUNDLED).expect("valid");
    let big = synthetic::with_projects(&loaded.bulletin, 120, 11);
    let mut docs = vec![
        loaded.document.clone(),
        serde_json::to_value(&big).expect("json"),
    ];
    for doc in &mut docs {
        doc["x_meta"] = json!({"source": "测试", "n": -0.0});
        let projects = doc["projects"].as_array_mut().expect("projects");
        for (i, p) in projects.iter_mut().enumerate() {
            if i % 3 == 0 {
                p["x_figures"] = odd_numbers();
            }
            if i % 5 == 0 {
                p["x_owner"] = json!({"name": "张三", "level": 2});
            }
        }
    }
    docs
}

fn workbench(doc: &Value) -> Workbench {
    Workbench::from_loaded(&load(&text(doc)).expect("valid"))
}

/// Where a project is addressed: by id or by index.
fn address(rng: &mut Rng, doc: &Value, i: usize) -> String {
    let id = doc["projects"][i]["id"].as_str().unwrap_or_default();
    if rng.chance(60) && !id.is_empty() {
        format!("/projects/@{}", pointer_segment(id))
    } else {
        format!("/projects/{i}")
    }
}

fn ids(doc: &Value, list: &str) -> Vec<String> {
    doc[list]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn set(doc: &Value, path: &str, after: Value) -> Edit {
    Edit::Set {
        path: path.to_owned(),
        before: bulletin_core::edit::resolve(doc, path)
            .cloned()
            .unwrap_or(Value::Null),
        after,
    }
}

/// One random edit confined to one project (or the project list).
fn project_edit(rng: &mut Rng, doc: &Value, counter: &mut usize) -> Edit {
    let projects: &[Value] = doc["projects"].as_array().map_or(&[], Vec::as_slice);
    let i = rng.below(projects.len());
    let at = address(rng, doc, i);
    let sectors = ids(doc, "sectors");
    let types = ids(doc, "problem_types");
    let others = ids(doc, "projects");
    *counter += 1;
    let fresh = format!("new-project-{counter}");
    if projects.is_empty() {
        return Edit::Insert {
            path: "/projects".into(),
            index: 0,
            value: json!({
                "id": fresh, "name": "新项目", "sector": rng.id(&sectors),
                "lead_unit": null, "district": null, "status": "behind",
                "problem_types": [], "issue": "", "note": ""
            }),
        };
    }
    match rng.below(14) {
        0 => {
            let note = rng.pick(&[
                json!("已约谈"),
                json!(""),
                json!(format!("第 {counter} 次")),
                json!(5),
                json!(null),
            ]);
            set(doc, &format!("{at}/note"), note)
        }
        1 => {
            let known = rng.id(&sectors);
            let sector = rng.pick(&[
                known.clone(),
                known,
                json!("nowhere"),
                json!("Bad Sector"),
                json!(5),
                json!(null),
            ]);
            set(doc, &format!("{at}/sector"), sector)
        }
        2 => {
            let mut chosen: Vec<Value> = types
                .iter()
                .filter(|_| rng.chance(40))
                .map(|t| json!(t))
                .collect();
            match rng.below(5) {
                0 => chosen.push(json!("unknown-type")),
                1 => {
                    let t = rng.id(&types);
                    chosen.push(t.clone());
                    chosen.push(t);
                }
                2 => chosen.push(json!(1)),
                _ => {}
            }
            let value = if rng.chance(10) {
                json!("planning")
            } else {
                Value::Array(chosen)
            };
            set(doc, &format!("{at}/problem_types"), value)
        }
        3 => {
            let name = rng.pick(&[json!(""), json!("  "), json!("新名称"), json!(null)]);
            set(doc, &format!("{at}/name"), name)
        }
        4 => {
            let status = rng.pick(&[json!("resolved"), json!("behind"), json!("done"), json!(1)]);
            set(doc, &format!("{at}/status"), status)
        }
        5 => {
            let taken = rng.id(&others);
            let id = rng.pick(&[taken, json!(fresh), json!("Bad Id"), json!(""), json!(7)]);
            set(doc, &format!("{at}/id"), id)
        }
        6 => {
            let mut value = rng.pick(projects);
            let taken = rng.id(&others);
            value["id"] = rng.pick(&[
                json!(fresh),
                json!(fresh),
                taken,
                json!(42),
                json!("Not A Slug"),
            ]);
            if rng.chance(30) {
                value["sector"] = json!("nowhere");
            }
            Edit::Insert {
                path: "/projects".into(),
                index: rng.below(projects.len() + 3),
                value,
            }
        }
        7 => {
            let value = if rng.chance(85) {
                projects[i].clone()
            } else {
                json!({"id": "gone"})
            };
            Edit::Remove {
                path: "/projects".into(),
                index: i,
                value,
            }
        }
        8 => {
            // Around the limit: the list is too deep from 125 levels under this field on.
            let mut value = projects[i].clone();
            value["x_deep"] = nested(rng.pick(&[3, 120, 124, 125, 126, 130]));
            set(doc, &at, value)
        }
        9 => {
            let mut value = projects[i].clone();
            let replacement = match rng.below(5) {
                0 => json!("不是对象"),
                1 => json!({"id": projects[i]["id"].clone()}),
                2 => {
                    value["x_figures"] = odd_numbers();
                    value
                }
                3 => {
                    value.as_object_mut().map(|o| o.remove("issue"));
                    value
                }
                _ => {
                    value["lead_unit"] = json!(null);
                    value["district"] = json!(3);
                    value
                }
            };
            set(doc, &at, replacement)
        }
        10 => {
            let len = projects[i]["problem_types"].as_array().map_or(0, Vec::len);
            let known = rng.id(&types);
            let value = rng.pick(&[known, json!("unknown-type"), json!(3)]);
            Edit::Insert {
                path: format!("{at}/problem_types"),
                index: rng.below(len + 1),
                value,
            }
        }
        11 => Edit::Set {
            path: format!("{at}/note"),
            before: json!("不是现在的备注"),
            after: json!("x"),
        },
        12 => set(doc, &format!("{at}/x_figures"), odd_numbers()),
        _ => {
            let before = projects[i]["x_owner"].clone();
            if before.is_null() {
                set(doc, &format!("{at}/issue"), json!("新问题"))
            } else {
                set(doc, &format!("{at}/x_owner/level"), json!(-0.0))
            }
        }
    }
}

/// One random edit outside the projects, which is checked whole.
fn other_edit(rng: &mut Rng, doc: &Value) -> Edit {
    match rng.below(11) {
        5 => {
            // Projects in the sector then refer to a sector that is gone.
            let renamed = rng.pick(&[json!("renamed-sector"), json!("Bad Id")]);
            set(doc, "/sectors/0/id", renamed)
        }
        6 => set(
            doc,
            "/format",
            rng.pick(&[json!("other"), json!("minsheng-bulletin")]),
        ),
        7 => set(doc, "/version", rng.pick(&[json!(2), json!(1)])),
        8 => Edit::Insert {
            path: "/sectors/0/highlights".into(),
            index: 0,
            value: rng.pick(&[json!("新亮点"), json!(5)]),
        },
        9 => set(
            doc,
            "/summary/items_on_schedule",
            rng.pick(&[json!(1), json!(100_000)]),
        ),
        10 => set(
            doc,
            "/x_meta",
            rng.pick(&[nested(3), nested(126), nested(127)]),
        ),
        0 => set(
            doc,
            "/summary/items",
            rng.pick(&[json!(5), json!(-1), json!("x")]),
        ),
        1 => {
            // Deleting a problem type that projects use makes them refer to nothing.
            let types = doc["problem_types"].as_array().cloned().unwrap_or_default();
            let i = rng.below(types.len());
            Edit::Remove {
                path: "/problem_types".into(),
                index: i,
                value: types.get(i).cloned().unwrap_or(Value::Null),
            }
        }
        2 => set(
            doc,
            "/sectors/0/items",
            rng.pick(&[json!(3), json!(1.5), json!(-2)]),
        ),
        3 => set(doc, "/title", rng.pick(&[json!("新标题"), json!("")])),
        _ => set(doc, "/period/year", rng.pick(&[json!(2024), json!(1800)])),
    }
}

/// What the workbench did before it learnt shortcuts: the edits applied to a copy, the copy
/// validated whole and read whole.
fn long_way(doc: &Value, edits: &[Edit]) -> Result<Value, Vec<Diagnostic>> {
    let mut next = doc.clone();
    for edit in edits {
        edit.apply(&mut next).map_err(|e| {
            vec![Diagnostic::error(
                JsonPath::root(),
                format!("无法修改：{e}"),
            )]
        })?;
    }
    let errors = validate(&next);
    if errors.is_empty() {
        Ok(next)
    } else {
        Err(errors)
    }
}

/// Checks that the workbench holds `expected` in every form.
fn holds(w: &Workbench, expected: &Value, context: &str) {
    assert_eq!(text(w.current()), text(expected), "document: {context}");
    let reread: Bulletin = serde_json::from_value(expected.clone()).expect("readable");
    assert!(*w.bulletin() == reread, "typed bulletin: {context}");
    let loaded = load(&text(expected)).expect("valid");
    assert_eq!(
        w.warnings(),
        loaded.warnings.as_slice(),
        "warnings: {context}"
    );
}

#[derive(Default, Debug)]
struct Tally {
    project_ok: usize,
    project_invalid: usize,
    refused: usize,
    other_ok: usize,
    other_invalid: usize,
    undone: usize,
}

#[test]
fn random_steps_end_where_the_long_way_ends() {
    let mut tally = Tally::default();
    let mut counter = 0;
    for (n, doc) in documents().iter().enumerate() {
        let mut rng = Rng(0x5eed + n as u64);
        let mut w = workbench(doc);
        for round in 0..450 {
            let before = w.current().clone();
            if rng.chance(12) && w.can_undo() {
                let step = w.undo_steps().last().cloned().expect("a step");
                let inverse: Vec<Edit> = step.edits.iter().rev().map(Edit::inverse).collect();
                let expected = long_way(&before, &inverse);
                assert_eq!(w.undo(), expected.is_ok(), "undo in round {round}");
                holds(&w, expected.as_ref().unwrap_or(&before), "undo");
                if let Some(next) = w.redo_steps().last().cloned()
                    && rng.chance(50)
                {
                    // Redoing does not always give back the same document (an edit may find
                    // its item by id somewhere else), nor always succeed.
                    let undone = w.current().clone();
                    let expected = long_way(&undone, &next.edits);
                    assert_eq!(w.redo(), expected.is_ok(), "redo in round {round}");
                    holds(&w, expected.as_ref().unwrap_or(&undone), "redo");
                }
                tally.undone += 1;
                continue;
            }
            let outside = rng.chance(15);
            let mut edits = vec![if outside {
                other_edit(&mut rng, &before)
            } else {
                project_edit(&mut rng, &before, &mut counter)
            }];
            if rng.chance(25) {
                // A second edit, made against the document as the first leaves it when that
                // is possible, so that a valid first edit is taken back when the second fails.
                let mut mid = before.clone();
                let basis = if edits[0].apply(&mut mid).is_ok() {
                    mid
                } else {
                    before.clone()
                };
                edits.push(project_edit(&mut rng, &basis, &mut counter));
            }
            let expected = long_way(&before, &edits);
            let got = w.apply(Step {
                label: "随机修改".into(),
                at: AT.into(),
                edits: edits.clone(),
            });
            let context = format!("doc {n}, round {round}, edits {edits:?}");
            match (&got, &expected) {
                (Ok(_), Ok(after)) => {
                    holds(&w, after, &context);
                    assert_eq!(got.as_ref().ok().map(Vec::as_slice), Some(w.warnings()));
                    if outside {
                        tally.other_ok += 1;
                    } else {
                        tally.project_ok += 1;
                    }
                }
                (Err(errors), Err(full)) => {
                    assert_eq!(errors, full, "errors: {context}");
                    holds(&w, &before, &context);
                    if full[0].message.starts_with("无法修改") {
                        tally.refused += 1;
                    } else if outside {
                        tally.other_invalid += 1;
                    } else {
                        tally.project_invalid += 1;
                    }
                }
                _ => panic!("{context}: got {got:?}, the long way gives {expected:?}"),
            }
        }
    }
    // Every kind of outcome was reached, so the comparison above means something.
    assert!(tally.project_ok > 150, "{tally:?}");
    assert!(tally.project_invalid > 150, "{tally:?}");
    assert!(tally.refused > 20, "{tally:?}");
    assert!(tally.other_ok > 10 && tally.other_invalid > 10, "{tally:?}");
    assert!(tally.undone > 40, "{tally:?}");
}

#[test]
fn each_kind_of_project_error_is_reported_as_whole_validation_reports_it() {
    let doc = &documents()[1];
    let projects = doc["projects"].as_array().expect("projects");
    let (first, last) = (&projects[0], &projects[projects.len() - 1]);
    let last_at = format!("/projects/{}", projects.len() - 1);
    let mut deep = first.clone();
    deep["x_deep"] = nested(126);
    let cases = vec![
        set(doc, "/projects/4/sector", json!("nowhere")),
        set(doc, "/projects/4/problem_types", json!(["unknown-type"])),
        set(doc, "/projects/4/name", json!("")),
        set(doc, "/projects/4/status", json!(3)),
        set(doc, "/projects/4", json!([])),
        set(doc, "/projects/0", deep),
        // A duplicate is reported where the id comes the second time, which may be an
        // unchanged project after the changed one.
        set(doc, "/projects/0/id", last["id"].clone()),
        set(doc, &format!("{last_at}/id"), first["id"].clone()),
    ];
    for edit in cases {
        let mut w = workbench(doc);
        let full = long_way(doc, std::slice::from_ref(&edit)).expect_err("invalid");
        let got = w
            .apply(Step {
                label: "修改".into(),
                at: AT.into(),
                edits: vec![edit.clone()],
            })
            .expect_err("invalid");
        assert_eq!(got, full, "{edit:?}");
        assert_eq!(text(w.current()), text(doc), "put back: {edit:?}");
    }
}

#[test]
fn numbers_in_an_edited_project_are_read_as_written() {
    let doc = &documents()[0];
    let mut w = workbench(doc);
    let id = w.bulletin().projects[0].id.clone();
    w.apply(Step {
        label: "改备注".into(),
        at: AT.into(),
        edits: vec![
            set(
                w.current(),
                &format!("/projects/@{id}/note"),
                json!("已约谈"),
            ),
            set(w.current(), "/projects/3/x_figures", odd_numbers()),
        ],
    })
    .expect("valid");
    for i in [0, 3] {
        let figures = &w.bulletin().projects[i].extra["x_figures"];
        assert_eq!(figures.to_string(), odd_numbers().to_string());
        assert!(
            figures
                .to_string()
                .starts_with("[-0,1.50,1234567890123456789012")
        );
    }
    assert_eq!(w.bulletin().projects[0].note, "已约谈");
    let whole: Bulletin = serde_json::from_value(w.current().clone()).expect("readable");
    assert!(*w.bulletin() == whole);
}

#[test]
fn the_app_shares_the_bulletin_and_a_step_changes_it_in_place() {
    let doc = &documents()[1];
    let mut w = workbench(doc);
    let first = w.shared();
    assert!(Arc::ptr_eq(&first, &w.shared()), "no copy is made");
    let place = Arc::as_ptr(&first);
    drop(first);
    let path = format!("/projects/@{}/note", w.bulletin().projects[9].id);
    w.apply(Step {
        label: "改备注".into(),
        at: AT.into(),
        edits: vec![set(w.current(), &path, json!("一"))],
    })
    .expect("valid");
    assert_eq!(
        Arc::as_ptr(&w.shared()),
        place,
        "nobody else held it: changed in place"
    );

    let held = w.shared();
    w.apply(Step {
        label: "改备注".into(),
        at: AT.into(),
        edits: vec![set(w.current(), &path, json!("二"))],
    })
    .expect("valid");
    assert_eq!(
        held.projects[9].note, "一",
        "what the app holds stays as it was"
    );
    assert_eq!(w.bulletin().projects[9].note, "二");
    assert!(w.undo());
    assert_eq!(w.bulletin().projects[9].note, "一");
    assert!(*w.bulletin() == *held);
}

/// One edit of a kind at project position `p` of `doc`.
fn edit_at(kind: usize, doc: &Value, p: usize, fresh: &str) -> Edit {
    let projects = doc["projects"].as_array().map_or(&[][..], Vec::as_slice);
    let mut new = projects[0].clone();
    new["id"] = json!(fresh);
    match kind {
        0 => set(
            doc,
            &format!("/projects/{p}/note"),
            json!(format!("备注 {p}")),
        ),
        1 => set(doc, &format!("/projects/{p}/sector"), json!("nowhere")),
        2 => Edit::Insert {
            path: "/projects".into(),
            index: p,
            value: new,
        },
        3 => {
            new["sector"] = json!("nowhere");
            Edit::Insert {
                path: "/projects".into(),
                index: p,
                value: new,
            }
        }
        4 => Edit::Remove {
            path: "/projects".into(),
            index: p,
            value: projects[p].clone(),
        },
        _ => set(doc, &format!("/projects/{p}/id"), projects[0]["id"].clone()),
    }
}

#[test]
fn edits_of_one_step_on_neighbouring_projects_are_each_checked_where_they_end_up() {
    let doc = &documents()[0];
    for (first, second) in (0..6).flat_map(|a| (0..6).map(move |b| (a, b))) {
        for (p, q) in (4..7).flat_map(|p| (4..7).map(move |q| (p, q))) {
            let e1 = edit_at(first, doc, p, "inserted-first");
            let mut mid = doc.clone();
            e1.apply(&mut mid).expect("fits");
            let e2 = edit_at(second, &mid, q, "inserted-second");
            let edits = vec![e1, e2];
            let mut w = workbench(doc);
            let got = w.apply(Step {
                label: "两处修改".into(),
                at: AT.into(),
                edits: edits.clone(),
            });
            let context = format!("{edits:?}");
            match long_way(doc, &edits) {
                Ok(after) => {
                    assert!(got.is_ok(), "{context}: {got:?}");
                    holds(&w, &after, &context);
                    let inverse: Vec<Edit> = edits.iter().rev().map(Edit::inverse).collect();
                    let undone = long_way(&after, &inverse);
                    assert_eq!(w.undo(), undone.is_ok(), "{context}");
                    holds(&w, undone.as_ref().unwrap_or(&after), &context);
                }
                Err(full) => {
                    assert_eq!(got.err(), Some(full), "{context}");
                    holds(&w, doc, &context);
                }
            }
        }
    }
}
