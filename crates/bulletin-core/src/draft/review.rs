//! The review of a draft as the reviewer reads it: each value found, and each required one
//! the text does not give, named by its record and field in the format's own words, shown
//! in the bulletin's words (statuses by their names, sectors by theirs), and corrected
//! through the same field the editor uses, so a correction is read by the editor's rules.

use serde_json::Value;

use super::build::NOT_STATED;
use super::{Draft, Finding};
use crate::JsonPath;
use crate::diagnostic::of_in;
use crate::display::{not_reported_in, not_stated_in, unit_in};
use crate::form::{Field, Kind, Part, Rows, field_label_in, fields, to_text};
use crate::lang::{Lang, capitalized};

/// One line of the review.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The format's path of the value (`sectors[2].plan_pct`).
    pub path: String,
    /// The record it belongs to: 通报信息, 总体情况, 第 3 个领域“就业创业”, 县区排名.
    pub group: String,
    /// The field, within its record.
    pub label: String,
    /// The value in the bulletin's words; 未报告 or 未注明 where there is none.
    pub shown: String,
    /// The finding it was read as, by its index in [`Draft::findings`]; `None` for a
    /// required value the text does not give.
    pub finding: Option<usize>,
    /// The field a correction is typed in.
    pub field: Field,
    /// What that field starts with.
    pub text: String,
    /// The value as the document holds it, written out (`50`, `behind`; empty for none).
    pub value: String,
    /// The sentence it was read from, its words marked; `None` when the text does not give
    /// it or the reviewer entered it.
    pub source: Option<Quoted>,
    /// How it was worked out or corrected, when the text does not state it as it is.
    pub worked_out: Option<String>,
}

/// A sentence with the words a value was read from marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Quoted {
    pub before: String,
    pub quote: String,
    pub after: String,
}

/// Every line of the review: the values found in text order, then those the text does not give.
pub fn lines(draft: &Draft) -> Vec<Line> {
    lines_in(draft, Lang::Zh)
}

/// [`lines`], its records, fields and missing values named in `lang`.
pub fn lines_in(draft: &Draft, lang: Lang) -> Vec<Line> {
    let found = draft
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| line(draft, &f.path, &f.value, Some(i), lang));
    let missing = draft
        .missing
        .iter()
        .filter(|p| draft.at(p).is_none())
        .map(|p| {
            let held = draft.document.pointer(&pointer(p)).unwrap_or(&Value::Null);
            line(draft, p, held, None, lang)
        });
    found.chain(missing).collect()
}

/// One record's lines, as the review shows them together.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The record's name ([`Line::group`]).
    pub name: String,
    pub lines: Vec<Line>,
}

/// The lines by record, in the bulletin's order (its information, the summary, each sector,
/// each project, the problem types, the requirements, the ranking, the attachments); within
/// a record, in the order of the text.
pub fn groups(draft: &Draft) -> Vec<Group> {
    groups_in(draft, Lang::Zh)
}

/// [`groups`], named in `lang`.
pub fn groups_in(draft: &Draft, lang: Lang) -> Vec<Group> {
    let mut keyed: Vec<((usize, usize), Group)> = Vec::new();
    for line in lines_in(draft, lang) {
        let key = order(&line.path);
        match keyed.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.lines.push(line),
            None => keyed.push((
                key,
                Group {
                    name: line.group.clone(),
                    lines: vec![line],
                },
            )),
        }
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, g)| g).collect()
}

/// Where a path's record comes in the bulletin: the list, then the element.
fn order(path: &str) -> (usize, usize) {
    const LISTS: [&str; 7] = [
        "summary",
        "sectors",
        "projects",
        "problem_types",
        "requirements",
        "district_ranking",
        "attachments",
    ];
    let head = path.split(['.', '[']).next().unwrap_or_default();
    let Some(list) = LISTS.iter().position(|l| *l == head) else {
        return (0, 0);
    };
    let index = match head {
        // One group for the whole ranking and for all attachments.
        "district_ranking" | "attachments" => 0,
        _ => path
            .split_once('[')
            .and_then(|(_, r)| r.split_once(']'))
            .and_then(|(i, _)| i.parse().ok())
            .unwrap_or(0),
    };
    (list + 1, index)
}

/// The draft with the text typed for `path` read by its field: the corrected draft, or what
/// is wrong with the text (in the field's words).
pub fn correct(draft: &Draft, path: &str, text: &str) -> Result<Draft, String> {
    let field = field_at(draft, path);
    let value = field.read(text)?;
    let value = if is_ranking_place(path) {
        // A place of the ranking is typed as one row of the ranking's field.
        match value.as_array().map(Vec::as_slice) {
            Some([one]) => one.clone(),
            _ => return Err("请写一行，如 金寨县：1".to_owned()),
        }
    } else {
        value
    };
    Ok(draft.with(path, value))
}

/// The sentences a finding was read from, its words marked where they are found in them.
fn quoted(draft: &Draft, f: &Finding) -> Option<Quoted> {
    if f.sentence == Finding::BY_REVIEW {
        return None;
    }
    let last = f.last_sentence.max(f.sentence);
    let text: String = draft
        .sentences
        .get(f.sentence..=last.min(draft.sentences.len().checked_sub(1)?))?
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    Some(
        match text.find(f.quote.as_str()).filter(|_| !f.quote.is_empty()) {
            Some(at) => Quoted {
                before: text[..at].to_owned(),
                quote: f.quote.clone(),
                after: text[at + f.quote.len()..].to_owned(),
            },
            None => Quoted {
                before: text,
                quote: String::new(),
                after: String::new(),
            },
        },
    )
}

/// A value as a data attribute holds it: text as it is, anything else as JSON.
fn written(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn line(draft: &Draft, path: &str, value: &Value, finding: Option<usize>, lang: Lang) -> Line {
    let found = finding.and_then(|i| draft.findings.get(i));
    let field = field_at(draft, path);
    let (group, mut label) = names(draft, path, lang);
    if let Some(unit) = field.unit.as_deref().filter(|u| !u.is_empty()) {
        label = match lang {
            Lang::Zh => format!("{label}（{unit}）"),
            Lang::En => format!("{label} ({})", unit_in(unit, lang)),
        };
    }
    let shown_value = if is_ranking_place(path) {
        Value::Array(vec![value.clone()])
    } else {
        value.clone()
    };
    Line {
        path: path.to_owned(),
        group,
        label,
        shown: shown(&field.kind, &shown_value, lang),
        finding,
        text: to_text(&field.kind, &shown_value),
        value: written(value),
        source: found.and_then(|f| quoted(draft, f)),
        worked_out: found.and_then(|f| f.worked_out.clone()),
        field,
    }
}

/// The value in words: options by their names, nothing as 未报告 (a figure) or 未注明.
fn shown(kind: &Kind, value: &Value, lang: Lang) -> String {
    let none = match kind {
        Kind::Count { .. } | Kind::Number { .. } => not_reported_in(lang),
        _ => not_stated_in(lang),
    };
    let name_of = |options: &[(String, String)], v: &str| {
        options
            .iter()
            .find(|(id, _)| id == v)
            .map_or_else(|| v.to_owned(), |(_, name)| name.clone())
    };
    match (kind, value) {
        (_, Value::Null) => none.to_owned(),
        // What the reader writes for a required text the notice does not state.
        (_, Value::String(v)) if v == NOT_STATED => not_stated_in(lang).to_owned(),
        (Kind::Choice(options), Value::String(v)) => name_of(options, v),
        (Kind::Many(options), Value::Array(items)) if !items.is_empty() => items
            .iter()
            .filter_map(Value::as_str)
            .map(|v| name_of(options, v))
            .collect::<Vec<_>>()
            .join("、"),
        (Kind::Many(_) | Kind::Lines { .. } | Kind::Names, Value::Array(items))
            if items.is_empty() =>
        {
            none.to_owned()
        }
        _ => {
            let text = to_text(kind, value);
            if text.trim().is_empty() {
                none.to_owned()
            } else {
                text
            }
        }
    }
}

fn is_ranking_place(path: &str) -> bool {
    path.starts_with("district_ranking[") && !path.contains('.')
}

/// The record part and the field path within it (`figures/plan_pct`), and whether the path
/// ends at one element of a list field (`highlights[0]`).
fn record_of(path: &str) -> (Option<Part>, String, bool) {
    let (head, rest) = match path.find(['.', '[']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let after_index = |r: &str| {
        r.strip_prefix('[')
            .and_then(|r| r.split_once(']'))
            .map(|(_, r)| r.trim_start_matches('.').to_owned())
            .unwrap_or_default()
    };
    let (part, inner) = match head {
        "summary" => (Some(Part::Summary), rest.trim_start_matches('.').to_owned()),
        "sectors" => (Some(Part::Sector), after_index(rest)),
        "projects" => (Some(Part::Project), after_index(rest)),
        "problem_types" => (Some(Part::ProblemType), after_index(rest)),
        "requirements" => (Some(Part::Requirement), after_index(rest)),
        "district_ranking" | "attachments" => (None, String::new()),
        _ => (Some(Part::Bulletin), path.to_owned()),
    };
    let element = inner.ends_with(']');
    let key = inner
        .split('[')
        .next()
        .unwrap_or_default()
        .replace('.', "/");
    (part, key, element)
}

/// The field that reads a correction of the value at `path`, with the draft's unit, sectors
/// and problem types.
fn field_at(draft: &Draft, path: &str) -> Field {
    let doc = &draft.document;
    let unit = doc["currency_unit"].as_str().unwrap_or("亿元");
    let options = |list: &str| -> Vec<(String, String)> {
        doc[list]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| Some((r["id"].as_str()?.to_owned(), r["name"].as_str()?.to_owned())))
            .collect()
    };
    if is_ranking_place(path) {
        return Field::new("district_ranking", "县区排名", Kind::Rows(Rows::Ranking));
    }
    if path.starts_with("attachments[") {
        return Field::text("attachment", "附件");
    }
    let (part, key, element) = record_of(path);
    let Some(part) = part else {
        return Field::paragraph("value", "内容");
    };
    let known = fields(part, None).into_iter().find(|f| f.path == key);
    let mut field = match (part, key.as_str()) {
        (Part::Project, "district") => Field::optional_text("district", "县区"),
        (Part::Project, "sector") => {
            let mut o = options("sectors");
            o.push((String::new(), NOT_STATED.to_owned()));
            Field::choice("sector", "所属领域", o)
        }
        (Part::Project, "problem_types") => {
            Field::many("problem_types", "问题类型", options("problem_types"))
        }
        _ => match known {
            Some(f) if element => Field::paragraph(f.key, f.label),
            Some(f) => f,
            None => Field::new("value", "内容", Kind::OptionalParagraph),
        },
    };
    // The table leaves an amount's unit to the bulletin; here it is the draft's.
    if field.unit.as_deref() == Some("") {
        field.unit = Some(unit.to_owned());
    }
    field
}

/// The record's name and the field's, as the reviewer reads them.
fn names(draft: &Draft, path: &str, lang: Lang) -> (String, String) {
    let place = JsonPath::written(path).place_in(lang);
    let of = of_in(lang);
    let (head, rest) = match path.find(['.', '[']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let element_end = rest.find(']').map(|i| i + 1).unwrap_or(0);
    let record = |of: &str| -> (String, String) {
        let prefix = &path[..head.len() + element_end];
        let at = JsonPath::written(prefix).place_in(lang);
        let name = draft
            .document
            .pointer(&pointer(prefix))
            .and_then(|r| r.get(of))
            .and_then(Value::as_str)
            .filter(|n| *n != NOT_STATED && !n.is_empty());
        let group = match name {
            Some(n) if lang == Lang::En => format!("{at} “{n}”"),
            Some(n) => format!("{at}“{n}”"),
            None => at.clone(),
        };
        let label = place
            .strip_prefix(&format!("{at}{of}"))
            .unwrap_or(&place)
            .to_owned();
        (group, label)
    };
    match head {
        "summary" => {
            let label = place
                .split_once(of)
                .map_or(place.clone(), |(_, l)| l.to_owned());
            (field_label_in("", head, lang).to_owned(), label)
        }
        "sectors" | "projects" | "problem_types" => record("name"),
        "requirements" => record("title"),
        // A list of the bulletin itself: the list names the group, the place the line.
        "district_ranking" | "attachments" => (field_label_in("", head, lang).to_owned(), place),
        // `period.start` is 开始日期 in the bulletin's editor, not 时段的开始日期.
        _ => {
            let details = capitalized(Part::Bulletin.noun_in(lang));
            match path.split_once('.') {
                Some((group, key)) => (details, field_label_in(group, key, lang).to_owned()),
                None => (details, place),
            }
        }
    }
}

/// The JSON pointer of a path written `sectors[2]`.
fn pointer(path: &str) -> String {
    let mut out = String::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        out.push('/');
        out.push_str(key);
        for index in rest.split('[') {
            let index = index.trim_end_matches(']');
            if !index.is_empty() {
                out.push('/');
                out.push_str(index);
            }
        }
    }
    out
}
