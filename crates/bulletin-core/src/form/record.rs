//! The records an editor opens — the summary, a sector, a problem type, a work requirement,
//! a project — each with its fields and with what it looked like when opened, so that saving
//! changes exactly that record or says why it cannot.

use serde_json::{Value, json};

use super::field::Field;
use crate::Bulletin;
use crate::edit::{item_pointer, resolve};

/// Which part of the bulletin a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Summary,
    Sector,
    ProblemType,
    Requirement,
    Project,
}

impl Part {
    /// The list the part's items live in (`/projects`), or the record itself for the summary.
    pub fn pointer(self) -> &'static str {
        match self {
            Part::Summary => "/summary",
            Part::Sector => "/sectors",
            Part::ProblemType => "/problem_types",
            Part::Requirement => "/requirements",
            Part::Project => "/projects",
        }
    }

    /// What one item is called: `项目`.
    pub fn noun(self) -> &'static str {
        match self {
            Part::Summary => "总体情况",
            Part::Sector => "领域",
            Part::ProblemType => "问题类型",
            Part::Requirement => "工作要求",
            Part::Project => "项目",
        }
    }

    /// The prefix of a new item's id, for lists whose items have ids.
    pub(crate) fn id_prefix(self) -> Option<&'static str> {
        match self {
            Part::ProblemType => Some("type"),
            Part::Project => Some("project"),
            Part::Sector => Some("sector"),
            Part::Summary | Part::Requirement => None,
        }
    }
}

/// What a record edits.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// An existing record at `pointer` (items named by id where they have one), which held
    /// `opened` when the editor opened.
    At { pointer: String, opened: Value },
    /// A new item, to be added at the end of its list, starting from `template`.
    New { template: Value },
}

/// A record to edit, or to add to a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub part: Part,
    /// The editor's heading.
    pub title: String,
    pub target: Target,
    pub fields: Vec<Field>,
    /// Whether the record can be deleted (it is an existing element of a list).
    pub deletable: bool,
}

fn named<'a>(doc: &'a Value, key: &str) -> &'a str {
    doc.get(key).and_then(Value::as_str).unwrap_or_default()
}

impl Record {
    /// The value of field `key` the editor starts from.
    pub fn initial(&self, key: &str) -> Value {
        let stored = self
            .fields
            .iter()
            .find(|f| f.key == key)
            .map_or(key, |f| f.stored);
        self.base().get(stored).cloned().unwrap_or(Value::Null)
    }

    /// The record as opened, or the template of a new one.
    pub(crate) fn base(&self) -> &Value {
        match &self.target {
            Target::At { opened, .. } => opened,
            Target::New { template } => template,
        }
    }

    /// Whether this is a new item.
    pub fn is_new(&self) -> bool {
        matches!(self.target, Target::New { .. })
    }

    /// An existing record as it is in `doc` now; `None` when it is not there.
    fn existing(
        part: Part,
        doc: &Value,
        pointer: String,
        title: String,
        fields: Vec<Field>,
    ) -> Option<Self> {
        let opened = resolve(doc, &pointer)?.clone();
        Some(Self {
            part,
            title,
            target: Target::At { pointer, opened },
            fields,
            deletable: matches!(part, Part::ProblemType | Part::Requirement | Part::Project),
        })
    }

    fn new_item(part: Part, template: Value, fields: Vec<Field>) -> Self {
        Self {
            part,
            title: format!("新增{}", part.noun()),
            target: Target::New { template },
            fields,
            deletable: false,
        }
    }

    /// The summary figures (总体情况).
    pub fn summary(b: &Bulletin, doc: &Value) -> Option<Self> {
        let unit = &b.currency_unit;
        let fields = vec![
            Field::count("items", "民生实事", "件", true),
            Field::count("sub_items", "细分子项", "个", true),
            Field::amount("annual_investment", "年度总投资", unit),
            Field::amount("completed_investment", "已完成投资", unit),
            Field::count("items_on_schedule", "按序时推进", "件", true),
            Field::paragraph("text", "总体情况说明"),
        ];
        Self::existing(
            Part::Summary,
            doc,
            "/summary".into(),
            "编辑总体情况".into(),
            fields,
        )
    }

    fn sector_fields(b: &Bulletin) -> Vec<Field> {
        vec![
            Field::text("name", "领域名称"),
            Field::count("items", "实事件数", "件", false),
            Field::count("sub_items", "事项数", "个", true),
            Field::amount("completed_investment", "完成投资", &b.currency_unit),
            Field::plan_pct(),
            Field::sector_status(),
            Field::lines("highlights", "工作进展"),
            Field::lines("problems", "存在问题"),
        ]
    }

    /// Sector `id`: its figures, status, highlights and problems.
    pub fn sector(b: &Bulletin, doc: &Value, id: &str) -> Option<Self> {
        let pointer = item_pointer("/sectors", id);
        let title = format!("编辑领域“{}”", named(resolve(doc, &pointer)?, "name"));
        Self::existing(Part::Sector, doc, pointer, title, Self::sector_fields(b))
    }

    fn problem_type_fields() -> Vec<Field> {
        vec![
            Field::text("name", "问题类型名称"),
            Field::paragraph("description", "说明"),
        ]
    }

    /// Problem type `id`, or a new one when `None`.
    pub fn problem_type(doc: &Value, id: Option<&str>) -> Option<Self> {
        match id {
            Some(id) => {
                let pointer = item_pointer("/problem_types", id);
                let title = format!("编辑问题类型“{}”", named(resolve(doc, &pointer)?, "name"));
                Self::existing(
                    Part::ProblemType,
                    doc,
                    pointer,
                    title,
                    Self::problem_type_fields(),
                )
            }
            None => Some(Self::new_item(
                Part::ProblemType,
                json!({"id": "", "name": "", "description": ""}),
                Self::problem_type_fields(),
            )),
        }
    }

    fn requirement_fields() -> Vec<Field> {
        vec![
            Field::text("title", "标题"),
            Field::paragraph("text", "内容"),
        ]
    }

    /// Work requirement number `index` as it is in `doc` now, or a new one when `None`.
    /// Requirements have no ids: saving checks the whole requirement is still as opened.
    pub fn requirement(doc: &Value, index: Option<usize>) -> Option<Self> {
        match index {
            Some(i) => Self::existing(
                Part::Requirement,
                doc,
                format!("/requirements/{i}"),
                format!("编辑第 {} 条工作要求", i + 1),
                Self::requirement_fields(),
            ),
            None => Some(Self::new_item(
                Part::Requirement,
                json!({"title": "", "text": ""}),
                Self::requirement_fields(),
            )),
        }
    }

    /// `listed`: the project names its districts in `districts`, which is then what the
    /// ledger shows and the 县区 field edits.
    fn project_fields(b: &Bulletin, listed: bool) -> Vec<Field> {
        // The format lets a project in a notice with sectors name none (`null`), so a project
        // transcribed that way saves as it is, and any project may be left unassigned.
        let sectors = b
            .sectors
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .chain([(String::new(), "未注明".to_owned())])
            .collect();
        let types = b
            .problem_types
            .iter()
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect();
        // A notice without sectors files its projects under none: there is nothing to choose.
        let sector = (!b.sectors.is_empty()).then(|| Field::choice("sector", "所属领域", sectors));
        let mut fields = vec![Field::text("name", "项目名称")];
        fields.extend(sector);
        fields.extend([
            Field::optional_text("lead_unit", "牵头单位"),
            if listed {
                Field::names("district", "districts", "县区")
            } else {
                Field::optional_text("district", "县区")
            },
            Field::project_status(),
            Field::many("problem_types", "问题类型", types),
            Field::paragraph("issue", "存在问题"),
            Field::paragraph("note", "备注"),
        ]);
        fields
    }

    /// Project `id`, or a new one when `None` (in the first sector, 存在困难, no types).
    pub fn project(b: &Bulletin, doc: &Value, id: Option<&str>) -> Option<Self> {
        match id {
            Some(id) => {
                let pointer = item_pointer("/projects", id);
                let listed = resolve(doc, &pointer)?
                    .get("districts")
                    .is_some_and(Value::is_array);
                Self::existing(
                    Part::Project,
                    doc,
                    pointer,
                    "编辑项目".into(),
                    Self::project_fields(b, listed),
                )
            }
            None => Some(Self::new_item(
                Part::Project,
                json!({
                    "id": "",
                    "name": "",
                    "sector": b.sectors.first().map(|s| s.id.clone()),
                    "lead_unit": null,
                    "district": null,
                    "status": "at_risk",
                    "problem_types": [],
                    "issue": "",
                    "note": "",
                }),
                Self::project_fields(b, false),
            )),
        }
    }
}
