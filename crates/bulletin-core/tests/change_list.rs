//! The change list is computed after every step, so it takes shortcuts (items paired by
//! place when nothing moved, objects compared member by member in order, each history path
//! put in identity form once). This holds it to the plain algorithm it replaced, kept here as
//! the reference, on random pairs of documents: same changes, in the same order, with the
//! same labels, values, revert edits and times.

mod common;

use std::collections::{HashMap, HashSet};

use bulletin_core::edit::{
    Change, ChangeKind, Edit, Step, Workbench, changes_between, item_pointer, item_segment,
    pointer_segment, resolve,
};
use bulletin_core::form::field_label;
use bulletin_core::{load, synthetic};
use common::BUNDLED;
use serde_json::{Map, Value, json};

/// What a change says, comparable.
type Said = (
    ChangeKind,
    String,
    String,
    Option<Value>,
    Option<Value>,
    Option<String>,
    Vec<Edit>,
);

fn said(c: &Change) -> Said {
    (
        c.kind,
        c.path.clone(),
        c.label.clone(),
        c.before.clone(),
        c.after.clone(),
        c.at.clone(),
        c.revert_edits(),
    )
}

/// The change list as it was computed before it was made faster.
mod reference {
    use super::*;

    pub fn between(original: &Value, current: &Value, history: &[Step]) -> Vec<Said> {
        let mut out = Vec::new();
        walk(original, current, "", "", &mut out);
        for change in &mut out {
            change.5 = history
                .iter()
                .rev()
                .find(|s| {
                    s.edits
                        .iter()
                        .any(|e| related(&by_identity(e.path(), current), &change.1))
                })
                .map(|s| s.at.clone());
        }
        out
    }

    fn by_identity(path: &str, doc: &Value) -> String {
        let mut out = String::new();
        let mut at = Some(doc);
        for segment in path.split('/').skip(1) {
            let item = at.and_then(Value::as_array).and_then(|items| {
                let i: usize = segment.parse().ok()?;
                items.get(i)
            });
            match item.and_then(id_of) {
                Some(id) => out.push_str(&format!("/{}", item_segment(id))),
                None => out.push_str(&format!("/{segment}")),
            }
            at = at.and_then(|v| resolve(v, &format!("/{segment}")));
        }
        out
    }

    fn related(a: &str, b: &str) -> bool {
        a.is_empty() || b.starts_with(a) || a.starts_with(b)
    }

    fn walk(before: &Value, after: &Value, path: &str, label: &str, out: &mut Vec<Said>) {
        if before == after {
            return;
        }
        match (before, after) {
            // A member missing on one side is `null` there.
            (Value::Object(b), Value::Object(a)) => {
                let mut keys: Vec<&String> = b.keys().collect();
                keys.extend(a.keys().filter(|k| !b.contains_key(*k)));
                for key in keys {
                    let bv = b.get(key).unwrap_or(&Value::Null);
                    let av = a.get(key).unwrap_or(&Value::Null);
                    let p = format!("{path}/{}", pointer_segment(key));
                    let group = [
                        "period",
                        "source",
                        "figures",
                        "schedule_grading",
                        "status_counts",
                    ]
                    .contains(&key.as_str());
                    let empty = Value::Object(Default::default());
                    let (bv, av) = match (bv, av) {
                        (Value::Null, Value::Object(_)) if group => (&empty, av),
                        (Value::Object(_), Value::Null) if group => (bv, &empty),
                        pair => pair,
                    };
                    let named = if group && bv.is_object() && av.is_object() {
                        label.to_owned()
                    } else {
                        label_of(label, path, key)
                    };
                    walk(bv, av, &p, &named, out);
                }
            }
            (Value::Array(b), Value::Array(a)) if has_ids(b) && has_ids(a) => {
                items(b, a, path, out)
            }
            _ => out.push((
                ChangeKind::Changed,
                path.to_owned(),
                if label.is_empty() {
                    "全部数据".to_owned()
                } else {
                    label.to_owned()
                },
                Some(before.clone()),
                Some(after.clone()),
                None,
                vec![Edit::Set {
                    path: path.to_owned(),
                    before: after.clone(),
                    after: before.clone(),
                }],
            )),
        }
    }

    fn id_of(v: &Value) -> Option<&str> {
        v.get("id").and_then(Value::as_str)
    }

    fn has_ids(items: &[Value]) -> bool {
        items.iter().all(|v| id_of(v).is_some())
    }

    fn items(before: &[Value], after: &[Value], path: &str, out: &mut Vec<Said>) {
        let kind_name = item_kind(path);
        let before_by_id: HashMap<&str, &Value> =
            before.iter().filter_map(|b| Some((id_of(b)?, b))).collect();
        let after_ids: HashSet<&str> = after.iter().filter_map(id_of).collect();
        for (i, a) in after.iter().enumerate() {
            let id = id_of(a).unwrap_or_default();
            let p = item_pointer(path, id);
            match before_by_id.get(id) {
                Some(b) if *b == a => {}
                Some(b) => walk(b, a, &p, &format!("{kind_name}“{}”", name_of(a)), out),
                None => out.push((
                    ChangeKind::Added,
                    p,
                    format!("新增{kind_name}“{}”", name_of(a)),
                    None,
                    Some(a.clone()),
                    None,
                    vec![Edit::Remove {
                        path: path.to_owned(),
                        index: i,
                        value: a.clone(),
                    }],
                )),
            }
        }
        for (i, b) in before.iter().enumerate() {
            if id_of(b).is_some_and(|id| after_ids.contains(id)) {
                continue;
            }
            out.push((
                ChangeKind::Removed,
                format!("{path}/{i}"),
                format!("删除{kind_name}“{}”", name_of(b)),
                Some(b.clone()),
                None,
                None,
                vec![Edit::Insert {
                    path: path.to_owned(),
                    index: i.min(after.len()),
                    value: b.clone(),
                }],
            ));
        }
    }

    fn name_of(v: &Value) -> String {
        v.get("name")
            .and_then(Value::as_str)
            .or_else(|| id_of(v))
            .unwrap_or_default()
            .to_owned()
    }

    fn item_kind(path: &str) -> &'static str {
        match path {
            "/sectors" => "领域",
            "/problem_types" => "问题类型",
            "/projects" => "项目",
            _ => "条目",
        }
    }

    fn label_of(parent: &str, path: &str, key: &str) -> String {
        let mut up = path.rsplit('/');
        let last = up.next().unwrap_or_default();
        let list = if last.starts_with('@') {
            up.next().unwrap_or_default()
        } else {
            last
        };
        let field = field_label(list, key);
        if parent.is_empty() {
            field.to_owned()
        } else {
            format!("{parent}的{field}")
        }
    }
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// One random difference, including the awkward ones: repeated ids, items without ids, keys
/// in another order, lists of ids nested inside an item.
fn mutate(doc: &mut Value, rng: &mut Rng, n: usize) {
    let Some(projects) = doc["projects"].as_array_mut() else {
        return;
    };
    let len = projects.len();
    match rng.below(13) {
        0 if len > 0 => projects[rng.below(len)]["note"] = json!(format!("备注 {n}")),
        1 if len > 1 => {
            projects.remove(rng.below(len));
        }
        2 if len > 0 => {
            let mut p = projects[rng.below(len)].clone();
            p["id"] = json!(format!("new-{n}"));
            projects.insert(rng.below(len + 1), p);
        }
        3 if len > 0 => projects.swap(rng.below(len), rng.below(len)),
        4 if len > 0 => {
            // An id used twice.
            let twin = projects[rng.below(len)]["id"].clone();
            projects[rng.below(len)]["id"] = twin;
        }
        5 if len > 0 => {
            // An item without an id: the list is then compared whole.
            let i = rng.below(len);
            projects[i].as_object_mut().map(|o| o.remove("id"));
        }
        6 if len > 0 => {
            let i = rng.below(len);
            let reordered: Map<String, Value> = projects[i]
                .as_object()
                .map(|o| {
                    o.iter()
                        .rev()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect()
                })
                .unwrap_or_default();
            projects[i] = Value::Object(reordered);
        }
        7 if len > 0 => {
            let i = rng.below(len);
            projects[i]["x_parts"] = json!([{"id": "a", "n": n}, {"id": "b", "n": 1}]);
        }
        8 if len > 0 => {
            let i = rng.below(len);
            projects[i]["problem_types"] = json!([]);
        }
        9 => doc["sectors"][0]["items"] = json!(n),
        10 => doc["x_unknown"] = json!({ "n": n }),
        11 => doc["title"] = json!(format!("标题 {n}")),
        _ => {
            let sectors = doc["sectors"].as_array_mut();
            if let Some(s) = sectors.filter(|s| s.len() > 1) {
                s.remove(0);
            }
        }
    }
}

#[test]
fn the_change_list_is_what_the_plain_algorithm_gives() {
    let bundled = load(BUNDLED).expect("valid");
    let bases = [
        bundled.document.clone(),
        serde_json::to_value(synthetic::with_projects(&bundled.bulletin, 60, 3)).expect("json"),
    ];
    let mut rng = Rng(17);
    let (mut compared, mut timed) = (0, 0);
    for base in &bases {
        for round in 0..150 {
            let mut original = base.clone();
            for n in 0..rng.below(3) {
                mutate(&mut original, &mut rng, 1000 + n);
            }
            let mut current = original.clone();
            for n in 0..1 + rng.below(4) {
                mutate(&mut current, &mut rng, round * 10 + n);
            }
            let expected = reference::between(&original, &current, &[]);
            let got: Vec<Said> = changes_between(&original, &current)
                .iter()
                .map(said)
                .collect();
            assert_eq!(got, expected, "round {round}");
            compared += got.len();

            // Through a workbench, whose history gives each change its time: steps addressing
            // items by id (as edits are made now) and by index (as older histories stored).
            let Ok(loaded) = load(&original.to_string()) else {
                continue;
            };
            let mut w = Workbench::from_loaded(&loaded);
            for k in 0..4 {
                let at = format!("2026-11-0{}T00:00:00Z", k + 1);
                let edits = if k == 2 {
                    let path = "/projects/1/note";
                    vec![Edit::Set {
                        path: path.into(),
                        before: w.current().pointer(path).cloned().unwrap_or_default(),
                        after: json!(format!("按位置改的备注 {round}")),
                    }]
                } else {
                    let mut next = w.current().clone();
                    mutate(&mut next, &mut rng, round * 10 + k);
                    bulletin_core::edit::edits_between(w.current(), &next)
                };
                let step = Step {
                    label: "一步".into(),
                    at,
                    edits,
                };
                // Steps that make the copy invalid are refused; the others build the history.
                let _ = w.apply(step);
            }
            let expected = reference::between(&original, w.current(), w.undo_steps());
            let got: Vec<Said> = w.changes().iter().map(said).collect();
            assert_eq!(got, expected, "round {round}: with the workbench's history");
            timed += got.iter().filter(|c| c.5.is_some()).count();
        }
    }
    assert!(timed > 100, "enough changes were timed: {timed}");
    assert!(compared > 200, "enough changes were compared: {compared}");
}

#[test]
fn values_read_in_the_bulletins_words_never_as_program_values() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let mut current = serde_json::to_value(&b).expect("value");
    let original = current.clone();
    current["projects"][0]["status"] = json!("at_risk");
    current["projects"][0]["problem_types"] = json!(["planning", "policy"]);
    current["projects"][0]["sector"] = json!("transport");
    current["sectors"][0]["status"] = json!("behind");
    current["projects"][1]["note"] = json!("");
    let changes = changes_between(&original, &current);
    let shown: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{} → {}",
                c.value_text(&c.before, &b),
                c.value_text(&c.after, &b)
            )
        })
        .collect();
    let all = shown.join("\n");
    assert!(all.contains("推进滞后 → 存在困难"), "{all}");
    assert!(all.contains("按序时但存在问题 → 未达序时"), "{all}");
    assert!(all.contains("教育惠民 → 交通出行"), "{all}");
    assert!(
        all.contains("资金到位不及时 → 工作计划性不强、配套政策不完善"),
        "{all}"
    );
    for program_word in [
        "behind",
        "at_risk",
        "on_schedule",
        "planning",
        "transport",
        "education",
    ] {
        assert!(!all.contains(program_word), "{program_word} in {all}");
    }
}

/// A group of fields (`source`, a project's `figures`) added or taken away is listed field
/// by field, by their own labels; any other member is listed whole.
#[test]
fn groups_added_or_removed_are_listed_by_their_fields() {
    use bulletin_core::edit::changes_between;
    let with = serde_json::json!({"title": "t", "source": {"issuer": "市督查室", "number": "督通〔2021〕37号"}, "x_meta": {"a": 1}});
    let without = serde_json::json!({"title": "t", "source": null, "x_meta": null});
    let labels =
        |a, b| -> Vec<String> { changes_between(a, b).into_iter().map(|c| c.label).collect() };
    assert_eq!(labels(&with, &without), ["发文单位", "文号", "其他内容"]);
    assert_eq!(labels(&without, &with), ["发文单位", "文号", "其他内容"]);
    let removed = changes_between(&with, &without);
    assert_eq!(removed[0].path, "/source/issuer");
    assert_eq!(removed[2].path, "/x_meta");
}
