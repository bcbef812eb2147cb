//! A project's follow-ups (督办记录) as the editor holds them: one row of inputs per
//! follow-up — its date, what was done, and by whom — kept as their JSON list, so members
//! this version does not know stay with their follow-up.

use serde_json::{Map, Value, json};

use super::Record;
use crate::Bulletin;
use crate::edit::Step;
use crate::validation::parse_date;

/// One follow-up as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
    /// Blank when not said.
    pub by: String,
    /// Members the form does not show, kept as they were.
    pub extra: Map<String, Value>,
}

impl Entry {
    /// A new follow-up on `date`, with nothing written yet.
    pub fn on(date: &str) -> Self {
        Self {
            date: date.to_owned(),
            ..Self::default()
        }
    }
}

/// The text held for a stored list of follow-ups (empty for none).
pub fn to_text(value: &Value) -> String {
    match value {
        Value::Array(items) if !items.is_empty() => value.to_string(),
        _ => String::new(),
    }
}

/// The rows of the held `text`; none when it is empty or cannot be read.
pub fn entries(text: &str) -> Vec<Entry> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|item| match item {
            Value::Object(mut o) => {
                let mut take = |k: &str| match o.remove(k) {
                    Some(Value::String(s)) => s,
                    _ => String::new(),
                };
                let (date, text, by) = (take("date"), take("text"), take("by"));
                Some(Entry {
                    date,
                    text,
                    by,
                    extra: o,
                })
            }
            _ => None,
        })
        .collect()
}

/// The text to hold for `rows`.
pub fn held(rows: &[Entry]) -> String {
    if rows.is_empty() {
        return String::new();
    }
    Value::Array(rows.iter().map(|r| value_of(r.clone())).collect()).to_string()
}

fn value_of(row: Entry) -> Value {
    let mut o = row.extra;
    o.insert("date".into(), json!(row.date.trim()));
    o.insert("text".into(), json!(row.text.trim()));
    let by = row.by.trim();
    if by.is_empty() {
        o.remove("by");
    } else {
        o.insert("by".into(), json!(by));
    }
    Value::Object(o)
}

/// The follow-ups typed, or what is wrong with the first row that is wrong ("第 2 条：…").
pub fn parse(text: &str) -> Result<Value, String> {
    let rows = entries(text);
    if rows.is_empty() {
        return if text.trim().is_empty() || text.trim() == "[]" {
            Ok(Value::Null)
        } else {
            Err("督办记录无法读取".to_owned())
        };
    }
    for (i, row) in rows.iter().enumerate() {
        let place = format!("第 {} 条督办记录：", i + 1);
        if parse_date(row.date.trim()).is_none() {
            return Err(format!("{place}日期应为有效日期，写作 YYYY-MM-DD"));
        }
        if row.text.trim().is_empty() {
            return Err(format!("{place}请填写督办内容"));
        }
    }
    Ok(Value::Array(rows.into_iter().map(value_of).collect()))
}

/// The step that adds `entry` to the follow-ups of project `id` in `doc`: the ledger's one
/// action, saved as the project editor would save it. `Err` holds what is wrong with the
/// entry, or that the project is gone.
pub fn add_step(
    b: &Bulletin,
    doc: &Value,
    id: &str,
    entry: Entry,
    when: &str,
) -> Result<Step, String> {
    let record = Record::project(b, doc, Some(id))
        .ok_or_else(|| "要督办的项目已不存在（可能刚被删除或撤销）".to_owned())?;
    let mut typed = record.texts();
    let mut rows = entries(typed.get("follow_ups").map(String::as_str).unwrap_or(""));
    rows.push(entry);
    typed.insert("follow_ups", held(&rows));
    let step = record
        .save_step(&typed, doc, when)
        .map_err(|errors| errors.into_values().next().unwrap_or_default())?;
    let mut step = step.ok_or_else(|| "督办记录没有内容".to_owned())?;
    step.label = format!(
        "添加督办记录“{}”",
        b.projects
            .iter()
            .find(|p| p.id == id)
            .map_or(id, |p| p.name.as_str())
    );
    Ok(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_ups_read_and_write_with_what_the_form_does_not_show() {
        let stored =
            json!([{"date": "2023-07-10", "text": "电话督办", "by": "督查室", "x_ref": 7}]);
        let text = to_text(&stored);
        let mut rows = entries(&text);
        assert_eq!(rows[0].by, "督查室");
        rows.push(Entry::on("2023-07-20"));
        rows[1].text = " 现场督查 ".into();
        assert_eq!(
            parse(&held(&rows)),
            Ok(json!([
                {"date": "2023-07-10", "text": "电话督办", "by": "督查室", "x_ref": 7},
                {"date": "2023-07-20", "text": "现场督查"}
            ]))
        );
        assert_eq!(to_text(&Value::Null), "");
        assert_eq!(to_text(&json!([])), "");
        assert_eq!(parse(""), Ok(Value::Null));
        assert_eq!(parse(&held(&[])), Ok(Value::Null));
    }

    #[test]
    fn a_wrong_row_is_named_first() {
        let mut rows = vec![Entry::on("2023-07-10"), Entry::on("2023-02-30")];
        rows[0].text = "督办".into();
        rows[1].text = "再督办".into();
        assert_eq!(
            parse(&held(&rows)),
            Err("第 2 条督办记录：日期应为有效日期，写作 YYYY-MM-DD".into())
        );
        rows[1].date = "2023-07-11".into();
        rows[1].text = " ".into();
        assert_eq!(
            parse(&held(&rows)),
            Err("第 2 条督办记录：请填写督办内容".into())
        );
        assert!(parse("{not json").is_err());
    }
}
