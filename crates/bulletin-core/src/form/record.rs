//! The records an editor opens — the bulletin's own fields, the summary, a sector, a problem
//! type, a work requirement, a project — each with its fields from the table and with what it
//! looked like when opened, so that saving changes exactly that record or says why it cannot.

use serde_json::{Value, json};

use super::field::Field;
use super::table::fields;
use crate::Bulletin;
use crate::edit::{RecordRef, item_pointer, resolve};
use crate::lang::{Lang, Words};

/// Which part of the bulletin a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The bulletin's own fields: title, region, period, 序时进度, source, ranking.
    Bulletin,
    Summary,
    Sector,
    ProblemType,
    Requirement,
    Project,
}

impl Part {
    /// Every part, in the editor's order.
    pub const ALL: [Part; 6] = [
        Part::Bulletin,
        Part::Summary,
        Part::Sector,
        Part::ProblemType,
        Part::Requirement,
        Part::Project,
    ];

    /// The list the part's items live in (`/projects`), or the record itself for the summary.
    pub fn pointer(self) -> &'static str {
        match self {
            Part::Bulletin => "",
            Part::Summary => "/summary",
            Part::Sector => "/sectors",
            Part::ProblemType => "/problem_types",
            Part::Requirement => "/requirements",
            Part::Project => "/projects",
        }
    }

    /// What one item is called: `项目`.
    pub fn noun(self) -> &'static str {
        self.noun_in(Lang::Zh)
    }

    /// What one item is called, in `lang`: `project`.
    pub fn noun_in(self, lang: Lang) -> &'static str {
        match self {
            Part::Bulletin => Words {
                zh: "通报信息",
                en: "bulletin details",
            },
            Part::Summary => Words {
                zh: "总体情况",
                en: "overall progress",
            },
            Part::Sector => Words {
                zh: "领域",
                en: "sector",
            },
            Part::ProblemType => Words {
                zh: "问题类型",
                en: "problem type",
            },
            Part::Requirement => Words {
                zh: "工作要求",
                en: "work requirement",
            },
            Part::Project => Words {
                zh: "项目",
                en: "project",
            },
        }
        .get(lang)
    }

    /// The prefix of a new item's id, for lists whose items have ids.
    pub(crate) fn id_prefix(self) -> Option<&'static str> {
        match self {
            Part::ProblemType => Some("type"),
            Part::Project => Some("project"),
            Part::Sector => Some("sector"),
            Part::Bulletin | Part::Summary | Part::Requirement => None,
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
    /// The editor's heading in `lang`: [`Record::title`] in Chinese; `Edit sector “教育惠民”`,
    /// `New project`, … in English, the record's own name as written.
    pub fn title_in(&self, lang: Lang) -> String {
        if lang == Lang::Zh {
            return self.title.clone();
        }
        let pointer = match &self.target {
            Target::New { .. } => {
                return format!("New {}", self.part.noun_in(lang));
            }
            Target::At { pointer, .. } => pointer,
        };
        let name = named(self.base(), "name");
        match self.part {
            Part::Bulletin => "Edit bulletin details".to_owned(),
            Part::Summary => "Edit overall progress".to_owned(),
            Part::Sector => format!("Edit sector “{name}”"),
            Part::ProblemType => format!("Edit problem type “{name}”"),
            Part::Requirement => {
                let n = pointer
                    .rsplit('/')
                    .next()
                    .and_then(|i| i.parse::<usize>().ok())
                    .map_or(String::new(), |i| format!(" {}", i + 1));
                format!("Edit work requirement{n}")
            }
            Part::Project => "Edit project".to_owned(),
        }
    }

    /// The value of field `key` the editor starts from.
    pub fn initial(&self, key: &str) -> Value {
        let path = self
            .fields
            .iter()
            .find(|f| f.key == key)
            .map_or(key, |f| f.path);
        let base = self.base();
        match resolve(base, &format!("/{path}")) {
            Some(v) if !v.is_null() => v.clone(),
            // A project without a list of districts shows its one district in the list.
            _ if path == "districts" => base.get("district").cloned().unwrap_or(Value::Null),
            _ => Value::Null,
        }
    }

    /// What each field shows when the editor opens, by the field's key.
    pub fn texts(&self) -> std::collections::HashMap<&'static str, String> {
        self.fields
            .iter()
            .map(|f| (f.key, super::to_text(&f.kind, &self.initial(f.key))))
            .collect()
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
            deletable: matches!(
                part,
                Part::Sector | Part::ProblemType | Part::Requirement | Part::Project
            ),
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

    /// The record `what` as it is in `doc` now; `None` when it is no longer there.
    pub fn open(b: &Bulletin, doc: &Value, what: &RecordRef) -> Option<Self> {
        match what {
            RecordRef::Bulletin => Self::bulletin(b, doc),
            RecordRef::Summary => Self::summary(b, doc),
            RecordRef::Sector(id) => Self::sector(b, doc, Some(id)),
            RecordRef::ProblemType(id) => Self::problem_type(doc, Some(id)),
            RecordRef::Requirement(i) => Self::requirement(doc, Some(*i)),
            RecordRef::Project(id) => Self::project(b, doc, Some(id)),
        }
    }

    /// A new item of `part`'s list; `None` for the bulletin and its summary, which are one.
    pub fn new_of(part: Part, b: &Bulletin, doc: &Value) -> Option<Self> {
        match part {
            Part::Bulletin | Part::Summary => None,
            Part::Sector => Self::sector(b, doc, None),
            Part::ProblemType => Self::problem_type(doc, None),
            Part::Requirement => Self::requirement(doc, None),
            Part::Project => Self::project(b, doc, None),
        }
    }

    /// The bulletin's own fields (通报信息): title, region, period, 序时进度, opening
    /// paragraph, source, district ranking.
    pub fn bulletin(b: &Bulletin, doc: &Value) -> Option<Self> {
        Self::existing(
            Part::Bulletin,
            doc,
            String::new(),
            "编辑通报信息".into(),
            fields(Part::Bulletin, Some(b)),
        )
    }

    /// The summary figures (总体情况).
    pub fn summary(b: &Bulletin, doc: &Value) -> Option<Self> {
        Self::existing(
            Part::Summary,
            doc,
            "/summary".into(),
            "编辑总体情况".into(),
            fields(Part::Summary, Some(b)),
        )
    }

    /// Sector `id`, or a new one when `None`: its figures, status, highlights and problems.
    pub fn sector(b: &Bulletin, doc: &Value, id: Option<&str>) -> Option<Self> {
        let fields = fields(Part::Sector, Some(b));
        let Some(id) = id else {
            return Some(Self::new_item(
                Part::Sector,
                json!({
                    "id": "", "name": "", "items": 0, "sub_items": null,
                    "completed_investment": null, "plan_pct": null, "status": "on_schedule",
                    "highlights": [], "problems": [],
                }),
                fields,
            ));
        };
        let pointer = item_pointer("/sectors", id);
        let title = format!("编辑领域“{}”", named(resolve(doc, &pointer)?, "name"));
        Self::existing(Part::Sector, doc, pointer, title, fields)
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
                    fields(Part::ProblemType, None),
                )
            }
            None => Some(Self::new_item(
                Part::ProblemType,
                json!({"id": "", "name": "", "description": ""}),
                fields(Part::ProblemType, None),
            )),
        }
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
                fields(Part::Requirement, None),
            ),
            None => Some(Self::new_item(
                Part::Requirement,
                json!({"title": "", "text": ""}),
                fields(Part::Requirement, None),
            )),
        }
    }

    fn project_fields(b: &Bulletin) -> Vec<Field> {
        let mut all = fields(Part::Project, Some(b));
        // A notice without sectors files its projects under none: there is nothing to choose.
        if b.sectors.is_empty() {
            all.retain(|f| f.key != "sector");
        }
        all
    }

    /// Project `id`, or a new one when `None` (in the first sector, 存在困难, no types).
    pub fn project(b: &Bulletin, doc: &Value, id: Option<&str>) -> Option<Self> {
        match id {
            Some(id) => Self::existing(
                Part::Project,
                doc,
                item_pointer("/projects", id),
                "编辑项目".into(),
                Self::project_fields(b),
            ),
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
                Self::project_fields(b),
            )),
        }
    }
}
