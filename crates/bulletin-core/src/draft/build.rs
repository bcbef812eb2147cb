//! The draft's document, made from its findings alone: a skeleton of format version 1 with
//! every value found set at its path. Dropping or correcting a finding and building again
//! gives a document that agrees with the findings.

use serde_json::{Map, Value, json};

use super::Finding;

/// What a required field holds when the text does not give it: the reviewer is to fill it.
pub const NOT_STATED: &str = "未注明";

/// One step of a finding's path: `sectors`, `[2]`, `plan_pct`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    Key(String),
    Index(usize),
}

/// The steps of `summary.items` or `sectors[2].highlights[0]`; `None` when not a path.
pub(crate) fn steps(path: &str) -> Option<Vec<Step>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(b) => (&part[..b], &part[b..]),
            None => (part, ""),
        };
        if key.is_empty() {
            return None;
        }
        out.push(Step::Key(key.to_owned()));
        while let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']')?;
            out.push(Step::Index(r[..close].parse().ok()?));
            rest = &r[close + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(out)
}

/// The id the draft gives the `i`th element of a list (`sector-3`, `project-1`, `problem-2`).
pub(crate) fn id_of(list: &str, i: usize) -> String {
    let prefix = match list {
        "sectors" => "sector",
        "projects" => "project",
        "problem_types" => "problem",
        _ => "item",
    };
    format!("{prefix}-{}", i + 1)
}

/// A new element of the list named `list`, at index `i`.
fn skeleton(list: &str, i: usize) -> Value {
    match list {
        "sectors" => json!({
            "id": id_of(list, i), "name": NOT_STATED, "items": null, "sub_items": null,
            "completed_investment": null, "plan_pct": null, "status": null,
            "highlights": [], "problems": []
        }),
        "projects" => json!({
            "id": id_of(list, i), "name": NOT_STATED, "sector": null, "lead_unit": null,
            "district": null, "status": null, "problem_types": [], "issue": "", "note": ""
        }),
        "problem_types" => json!({ "id": id_of(list, i), "name": NOT_STATED, "description": "" }),
        "requirements" => json!({ "title": NOT_STATED, "text": "" }),
        "district_ranking" => json!({ "district": NOT_STATED, "rank": null }),
        _ => Value::String(String::new()),
    }
}

fn set(doc: &mut Value, steps: &[Step], value: Value) {
    let mut cur = doc;
    let mut list = String::new();
    for (n, step) in steps.iter().enumerate() {
        let last = n + 1 == steps.len();
        match step {
            Step::Key(k) => {
                if !cur.is_object() {
                    *cur = Value::Object(Map::new());
                }
                let next_is_index = matches!(steps.get(n + 1), Some(Step::Index(_)));
                let Some(o) = cur.as_object_mut() else { return };
                let slot = o.entry(k.clone()).or_insert_with(|| {
                    if next_is_index {
                        Value::Array(Vec::new())
                    } else {
                        Value::Object(Map::new())
                    }
                });
                list = k.clone();
                cur = slot;
            }
            Step::Index(i) => {
                if !cur.is_array() {
                    *cur = Value::Array(Vec::new());
                }
                let Some(a) = cur.as_array_mut() else { return };
                // A finding never names an index far past its list (the reader numbers
                // them in order); a corrupted path is not allowed to make a huge list.
                if *i > a.len() + 10_000 {
                    return;
                }
                while a.len() <= *i {
                    let k = a.len();
                    a.push(skeleton(&list, k));
                }
                cur = &mut a[*i];
            }
        }
        if last {
            *cur = value;
            return;
        }
    }
}

/// The document of `findings`, and the paths of required fields the text did not give
/// (filled with [`NOT_STATED`] or `null`, for the reviewer).
pub(crate) fn document(findings: &[Finding]) -> (Value, Vec<String>) {
    let mut doc = json!({
        "format": crate::FORMAT,
        "version": 1,
        "id": "draft",
        "title": NOT_STATED,
        "region": NOT_STATED,
        "period": { "year": null, "label": NOT_STATED, "start": null, "end": null },
        "schedule_target_pct": null,
        "currency_unit": "亿元",
        "summary": {
            "items": null, "sub_items": null, "annual_investment": null,
            "completed_investment": null, "items_on_schedule": null, "text": ""
        },
        "sectors": [],
        "problem_types": [],
        "projects": [],
        "requirements": []
    });
    for f in findings {
        if let Some(s) = steps(&f.path) {
            set(&mut doc, &s, f.value.clone());
        }
    }
    // The id: a slug of the period's end when known.
    let end = doc["period"]["end"].as_str().unwrap_or("").to_owned();
    let id = match end.get(..7) {
        Some(ym) if ym.bytes().all(|b| b.is_ascii_digit() || b == b'-') => format!("draft-{ym}"),
        _ => "draft".to_owned(),
    };
    doc["id"] = Value::String(id);
    // A project filed under a sector the draft no longer has is filed under none.
    let sectors: std::collections::HashSet<String> = doc["sectors"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let types: std::collections::HashSet<String> = doc["problem_types"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if let Some(projects) = doc["projects"].as_array_mut() {
        // A reviewer's value may be anything: only objects are looked into.
        for p in projects.iter_mut().filter_map(Value::as_object_mut) {
            if let Some(v) = p.get_mut("sector")
                && v.as_str().is_some_and(|s| !sectors.contains(s))
            {
                *v = Value::Null;
            }
            if let Some(t) = p.get_mut("problem_types").and_then(Value::as_array_mut) {
                t.retain(|id| id.as_str().is_some_and(|s| types.contains(s)));
            }
        }
    }
    let missing = missing(&doc);
    (doc, missing)
}

fn missing(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["title", "region"] {
        if doc[key] == NOT_STATED {
            out.push(key.to_owned());
        }
    }
    for key in ["year", "label", "start", "end"] {
        let v = &doc["period"][key];
        if v.is_null() || *v == NOT_STATED {
            out.push(format!("period.{key}"));
        }
    }
    let lists: [(&str, &[&str]); 4] = [
        ("sectors", &["name", "items", "status"]),
        ("projects", &["name", "status"]),
        ("problem_types", &["name"]),
        ("district_ranking", &["district", "rank"]),
    ];
    for (list, keys) in lists {
        for (i, item) in doc[list].as_array().into_iter().flatten().enumerate() {
            for key in keys {
                let v = &item[*key];
                if v.is_null() || *v == NOT_STATED {
                    out.push(format!("{list}[{i}].{key}"));
                }
            }
        }
    }
    for (i, r) in doc["requirements"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if r["title"] == NOT_STATED {
            out.push(format!("requirements[{i}].title"));
        }
    }
    out
}

/// `path` with the index of the list `list_path` (`sectors`, `sectors[0].highlights`)
/// lowered by one where it is past `removed`; `None` when the path is inside the removed
/// element.
pub(crate) fn renumber(path: &str, list_path: &str, removed: usize) -> Option<String> {
    let Some(rest) = path
        .strip_prefix(list_path)
        .and_then(|r| r.strip_prefix('['))
    else {
        return Some(path.to_owned());
    };
    let Some(close) = rest.find(']') else {
        return Some(path.to_owned());
    };
    let Ok(j) = rest[..close].parse::<usize>() else {
        return Some(path.to_owned());
    };
    match j.cmp(&removed) {
        std::cmp::Ordering::Less => Some(path.to_owned()),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => {
            Some(format!("{list_path}[{}]{}", j - 1, &rest[close + 1..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_parse_and_renumber() {
        assert_eq!(
            steps("sectors[2].highlights[10]"),
            Some(vec![
                Step::Key("sectors".into()),
                Step::Index(2),
                Step::Key("highlights".into()),
                Step::Index(10)
            ])
        );
        assert_eq!(steps("a[x]"), None);
        assert_eq!(steps("a..b"), None);
        assert_eq!(
            renumber("sectors[3].name", "sectors", 2).as_deref(),
            Some("sectors[2].name")
        );
        assert_eq!(renumber("sectors[2].name", "sectors", 2), None);
        assert_eq!(
            renumber("sectors[1].name", "sectors", 2).as_deref(),
            Some("sectors[1].name")
        );
        assert_eq!(
            renumber("summary.items", "sectors", 2).as_deref(),
            Some("summary.items")
        );
    }
}
