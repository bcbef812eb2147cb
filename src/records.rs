//! Which fields of each part of the bulletin users edit, and with which rules.

use bulletin_core::{Bulletin, SectorStatus};

use crate::components::{Field, Kind, Record};

fn text(key: &'static str, label: &'static str) -> Field {
    Field {
        key,
        label,
        kind: Kind::Text { required: true },
    }
}

fn paragraph(key: &'static str, label: &'static str) -> Field {
    Field {
        key,
        label,
        kind: Kind::Paragraph,
    }
}

fn count(key: &'static str, label: &'static str, nullable: bool) -> Field {
    Field {
        key,
        label,
        kind: Kind::Count { nullable },
    }
}

fn amount(key: &'static str, label: &'static str) -> Field {
    Field {
        key,
        label,
        kind: Kind::Number {
            nullable: true,
            max: None,
        },
    }
}

/// The summary figures (总体情况).
pub fn summary() -> Record {
    Record {
        title: "编辑总体情况".to_owned(),
        pointer: "/summary".to_owned(),
        fields: vec![
            count("items", "民生实事（件）", false),
            count("sub_items", "细分子项（个）", true),
            amount("annual_investment", "年度总投资"),
            amount("completed_investment", "已完成投资"),
            count("items_on_schedule", "按序时推进（件）", false),
            paragraph("text", "总体情况说明"),
        ],
        new: None,
        deletable: false,
    }
}

/// Sector `index`: its figures, status, highlights and problems.
pub fn sector(b: &Bulletin, index: usize) -> Record {
    let name = b
        .sectors
        .get(index)
        .map(|s| s.name.as_str())
        .unwrap_or_default();
    Record {
        title: format!("编辑领域“{name}”"),
        pointer: format!("/sectors/{index}"),
        fields: vec![
            text("name", "领域名称"),
            count("items", "实事件数", false),
            count("sub_items", "事项数", true),
            amount("completed_investment", "完成投资"),
            Field {
                key: "plan_pct",
                label: "占年度计划（%）",
                kind: Kind::Number {
                    nullable: true,
                    max: Some(1000.0),
                },
            },
            Field {
                key: "status",
                label: "状态",
                kind: Kind::Choice(
                    SectorStatus::ALL
                        .iter()
                        .map(|s| (s.id().to_owned(), s.label().to_owned()))
                        .collect(),
                ),
            },
            Field {
                key: "highlights",
                label: "工作进展",
                kind: Kind::Lines,
            },
            Field {
                key: "problems",
                label: "存在问题",
                kind: Kind::Lines,
            },
        ],
        new: None,
        deletable: false,
    }
}

/// Problem type `index`, or a new one when `None`.
pub fn problem_type(b: &Bulletin, index: Option<usize>) -> Record {
    let fields = vec![
        text("name", "问题类型名称"),
        paragraph("description", "说明"),
    ];
    match index {
        Some(i) => Record {
            title: format!(
                "编辑问题类型“{}”",
                b.problem_types
                    .get(i)
                    .map(|t| t.name.as_str())
                    .unwrap_or_default()
            ),
            pointer: format!("/problem_types/{i}"),
            fields,
            new: None,
            deletable: true,
        },
        None => Record {
            title: "新增问题类型".to_owned(),
            pointer: "/problem_types".to_owned(),
            fields,
            new: Some(Some("type")),
            deletable: false,
        },
    }
}

/// Work requirement `index`, or a new one when `None`.
pub fn requirement(index: Option<usize>) -> Record {
    let fields = vec![text("title", "标题"), paragraph("text", "内容")];
    match index {
        Some(i) => Record {
            title: format!("编辑第 {} 条工作要求", i + 1),
            pointer: format!("/requirements/{i}"),
            fields,
            new: None,
            deletable: true,
        },
        None => Record {
            title: "新增工作要求".to_owned(),
            pointer: "/requirements".to_owned(),
            fields,
            new: Some(None),
            deletable: false,
        },
    }
}
