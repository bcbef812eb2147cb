//! Replacing a document with another through the smallest edits: applying them gives exactly
//! the other document (key order included), undoing them gives back the first.

mod common;

use bulletin_core::edit::{Edit, Stored, Workbench, edits_between};
use bulletin_core::load;
use bulletin_core::synthetic::with_projects;
use serde_json::{Value, json};

/// A small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn apply_all(doc: &Value, edits: &[Edit]) -> Value {
    let mut doc = doc.clone();
    for edit in edits {
        edit.apply(&mut doc).expect("edit fits");
    }
    doc
}

fn undo_all(doc: &Value, edits: &[Edit]) -> Value {
    let inverse: Vec<Edit> = edits.iter().rev().map(Edit::inverse).collect();
    apply_all(doc, &inverse)
}

/// One random change of the kinds a colleague's snapshot brings.
fn mutate(doc: &mut Value, rng: &mut Rng, n: usize) {
    let projects = doc["projects"].as_array_mut().expect("projects");
    let len = projects.len();
    match rng.below(9) {
        0 => projects[rng.below(len)]["note"] = json!(format!("备注 {n}")),
        1 if len > 1 => {
            projects.remove(rng.below(len));
        }
        2 => {
            let mut p = projects[rng.below(len)].clone();
            p["id"] = json!(format!("new-{n}"));
            projects.insert(rng.below(len + 1), p);
        }
        3 => projects.swap(rng.below(len), rng.below(len)),
        4 => doc["sectors"][0]["investment_completed"] = json!(n as f64 + 0.5),
        5 => doc["x_unknown"] = json!({ "n": n }),
        6 => {
            let project = projects[rng.below(len)].as_object_mut().expect("object");
            project.insert(format!("x_extra_{n}"), json!([n]));
        }
        7 => doc["title"] = json!(format!("标题 {n}")),
        _ => {
            // The same content with its keys in another order.
            let object = doc.as_object_mut().expect("object");
            let first = object.keys().next().cloned().expect("a key");
            let value = object.shift_remove(&first).expect("present");
            object.insert(first, value);
        }
    }
}

#[test]
fn applying_the_edits_gives_the_other_document_exactly_and_undoing_gives_the_first() {
    let base = load(common::BUNDLED).expect("valid").bulletin;
    let start = serde_json::to_value(with_projects(&base, 60, 7)).expect("value");
    let mut rng = Rng(42);
    for round in 0..400 {
        let mut other = start.clone();
        for n in 0..=rng.below(4) {
            mutate(&mut other, &mut rng, round * 10 + n);
        }
        let edits = edits_between(&start, &other);
        let there = apply_all(&start, &edits);
        assert_eq!(
            serde_json::to_string(&there).unwrap(),
            serde_json::to_string(&other).unwrap(),
            "round {round}"
        );
        let back = undo_all(&there, &edits);
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&start).unwrap(),
            "round {round}"
        );
    }
}

#[test]
fn a_few_changes_to_a_large_bulletin_are_a_few_small_edits() {
    let base = load(common::BUNDLED).expect("valid").bulletin;
    let start = serde_json::to_value(with_projects(&base, 2_000, 1)).expect("value");
    let mut other = start.clone();
    other["projects"][1500]["note"] = json!("改了一条备注");
    other["projects"].as_array_mut().unwrap().remove(10);
    let mut added = other["projects"][0].clone();
    added["id"] = json!("brand-new");
    other["projects"].as_array_mut().unwrap().push(added);

    let edits = edits_between(&start, &other);
    let summary: Vec<(&str, String)> = edits
        .iter()
        .map(|e| match e {
            Edit::Set { path, .. } => ("set", path.clone()),
            Edit::Insert { path, index, .. } => ("insert", format!("{path}/{index}")),
            Edit::Remove { path, index, .. } => ("remove", format!("{path}/{index}")),
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("remove", "/projects/10".to_owned()),
            ("insert", "/projects/1999".to_owned()),
            ("set", "/projects/@p-01500/note".to_owned()),
        ]
    );
    assert!(edits_between(&start, &start).is_empty());
}

#[test]
fn an_imported_snapshot_is_one_small_undoable_step_in_storage() {
    let base = load(common::BUNDLED).expect("valid").bulletin;
    let big = with_projects(&base, 2_000, 3);
    let mut workbench = Workbench::new(&big);
    let mut incoming = serde_json::to_value(&big).expect("value");
    incoming["projects"][5]["note"] = json!("快照带来的备注");
    let step = workbench.replace_step(&incoming, "导入快照", "2026-11-28T12:00:00Z");
    workbench.apply(step).expect("valid");
    assert_eq!(workbench.current(), &incoming);
    let document = serde_json::to_string(&incoming).unwrap().len();
    let stored = Stored::of(&workbench, 1, "t").to_text().len();
    assert!(
        stored < document + document / 10,
        "stored {stored} bytes for a {document}-byte document"
    );
    assert!(workbench.undo());
    assert_eq!(workbench.current(), &serde_json::to_value(&big).unwrap());
}
