//! A new, blank bulletin: what the office is asked for (title, region, period, 序时进度, the
//! unit of its figures) read by the bulletin's own fields, and everything else left to fill
//! in the editor — every figure 未报告, every list empty.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::form::{Field, FormError, Part, fields};
use crate::{Bulletin, FORMAT, load};

/// The bulletin fields a blank bulletin asks for, in the editor's order.
const ASKED: [&str; 8] = [
    "title",
    "region",
    "period_year",
    "period_label",
    "period_start",
    "period_end",
    "schedule_target_pct",
    "currency_unit",
];

/// The fields the blank bulletin's form shows, as the bulletin's editor has them.
pub fn blank_fields() -> Vec<Field> {
    let all = fields(Part::Bulletin, None);
    ASKED
        .iter()
        .filter_map(|k| all.iter().find(|f| f.key == *k).cloned())
        .collect()
}

/// What the form starts with: the year given, its whole year, and 亿元.
pub fn blank_start(year: i32) -> HashMap<&'static str, String> {
    HashMap::from([
        ("title", String::new()),
        ("region", String::new()),
        ("period_year", year.to_string()),
        ("period_label", String::new()),
        ("period_start", format!("{year:04}-01-01")),
        ("period_end", format!("{year:04}-12-31")),
        ("schedule_target_pct", String::new()),
        ("currency_unit", "亿元".to_owned()),
    ])
}

/// The blank bulletin typed in the form, with an id not in `taken`; or each field's error
/// (by the form's key), or the whole one's (key `""`).
pub fn blank(
    typed: &HashMap<&str, String>,
    taken: impl Fn(&str) -> bool,
) -> Result<Bulletin, FormError> {
    let mut errors = FormError::new();
    let mut doc = json!({
        "format": FORMAT,
        "version": 1,
        "summary": {
            "items": null,
            "sub_items": null,
            "annual_investment": null,
            "completed_investment": null,
            "items_on_schedule": null,
            "text": "",
        },
        "sectors": [],
        "problem_types": [],
        "projects": [],
        "requirements": [],
    });
    let fields = blank_fields();
    for f in &fields {
        let text = typed.get(f.key).map(String::as_str).unwrap_or_default();
        match f.read(text) {
            Ok(v) => put(&mut doc, f.path, v),
            Err(e) => {
                errors.insert(f.key.to_owned(), e);
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let year = doc
        .pointer("/period/year")
        .and_then(Value::as_i64)
        .unwrap_or_default();
    put(&mut doc, "id", json!(new_id(year, taken)));
    // The rules a field alone cannot check (start before end, the year of the start) are
    // the format's: said at the field they name.
    load(&doc.to_string())
        .map(|l| l.bulletin)
        .map_err(|failure| {
            failure
                .errors
                .iter()
                .map(|d| {
                    let path = d.path.as_str().replace('.', "/");
                    let key = fields.iter().find(|f| f.path == path).map_or("", |f| f.key);
                    (key.to_owned(), d.message.clone())
                })
                .collect()
        })
}

/// The id of a new bulletin of `year`: `bulletin-{year}-{n}`, the first not in `taken`.
pub(crate) fn new_id(year: i64, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("bulletin-{year}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// Sets `value` at `path` (keys joined by `/`) of `doc`, making the groups on the way.
fn put(doc: &mut Value, path: &str, value: Value) {
    let mut at = doc;
    let mut keys = path.split('/').peekable();
    while let Some(key) = keys.next() {
        let Some(map) = at.as_object_mut() else {
            return;
        };
        if keys.peek().is_none() {
            map.insert(key.to_owned(), value);
            return;
        }
        at = map
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}
