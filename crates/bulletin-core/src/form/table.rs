//! The field table: every field of each record of the format, with its label, unit, limits
//! and help, written down once. The editor, the overview's cards, the change list, the
//! place names of diagnostics, the CSV header and the ledger's sort and facet labels all read
//! it, so a field is called the same wherever a reader meets it.

use std::sync::OnceLock;

use super::field::{Field, Kind};
use super::record::Part;
use super::rows::Rows;
use crate::status::ItemStatus;
use crate::{Bulletin, PLAN_PCT_MAX};

/// Every field of `part` a user edits, in the editor's order. `b` gives the currency unit
/// and the sectors and problem types to choose from; without it, both are left empty (for
/// labels, which do not depend on them).
pub fn fields(part: Part, b: Option<&Bulletin>) -> Vec<Field> {
    let unit = b.map_or("", |b| b.currency_unit.as_str());
    match part {
        Part::Bulletin => vec![
            Field::text("title", "标题"),
            Field::text("region", "地区"),
            Field::count("period_year", "年份", "年", false).at("period/year"),
            Field::text("period_label", "时段")
                .at("period/label")
                .help("如 上半年、1—10月"),
            Field::new("period_start", "开始日期", Kind::Date { nullable: false })
                .at("period/start"),
            Field::new("period_end", "结束日期", Kind::Date { nullable: false }).at("period/end"),
            Field::optional_text("series", "所属系列")
                .help("同一系列各期通报填写相同的编号，由小写字母、数字和连字符组成，如 luan-2021"),
            Field::percent("schedule_target_pct", "序时进度", 100.0)
                .help("时段末应完成全年的比例；未写明时留空"),
            Field::text("currency_unit", "金额单位").help("如 亿元、万元"),
            Field::new("preamble", "开头段落", Kind::OptionalParagraph),
            Field::optional_text("source_issuer", "发文单位").at("source/issuer"),
            Field::optional_text("source_number", "文号")
                .at("source/number")
                .help("如 督通〔2021〕37号"),
            Field::new(
                "source_published",
                "印发日期",
                Kind::Date { nullable: true },
            )
            .at("source/published"),
            Field::new("source_url", "原文网址", Kind::Link).at("source/url"),
            Field::new("district_ranking", "县区排名", Kind::Rows(Rows::Ranking)),
            grading(
                "schedule_grading_yellow_from",
                "落后序时界限",
                "schedule_grading/yellow_from",
            ),
            grading(
                "schedule_grading_red_from",
                "严重落后序时界限",
                "schedule_grading/red_from",
            ),
            Field::new("attachments", "附件", Kind::Lines { nullable: true }),
            Field::count("due_soon_days", "时限预警天数", "天", true)
                .help("整改时限前多少天起提示“临近时限”；留空为 3 天"),
        ],
        Part::Summary => vec![
            Field::count("items", "民生实事", "件", true),
            Field::count("sub_items", "细分子项", "个", true),
            Field::amount("annual_investment", "年度总投资", unit),
            Field::amount("completed_investment", "已完成投资", unit),
            Field::percent("plan_pct", "完成年度计划", PLAN_PCT_MAX)
                .help("通报只给比例、不给两项投资时填写；未报告时留空"),
            Field::count("items_on_schedule", "按序时推进", "件", true),
            Field::new(
                "status_counts",
                "各类别件数",
                Kind::Rows(Rows::Counts(
                    ItemStatus::ALL
                        .iter()
                        .map(|s| (s.id().to_owned(), s.label().to_owned()))
                        .collect(),
                )),
            ),
            Field::paragraph("text", "总体情况说明"),
        ],
        Part::Sector => vec![
            Field::text("name", "领域名称"),
            Field::count("items", "实事件数", "件", false),
            Field::count("sub_items", "事项数", "个", true),
            Field::amount("completed_investment", "完成投资", unit),
            Field::plan_pct(),
            Field::sector_status(),
            Field::new("text", "进展概述", Kind::OptionalParagraph),
            Field::lines("highlights", "工作进展"),
            Field::lines("problems", "存在问题"),
        ],
        Part::ProblemType => vec![
            Field::text("name", "问题类型名称"),
            Field::paragraph("description", "说明"),
        ],
        Part::Requirement => vec![
            Field::text("title", "标题"),
            Field::paragraph("text", "内容"),
        ],
        Part::Project => project(b, unit),
    }
}

fn grading(key: &'static str, label: &'static str, path: &'static str) -> Field {
    Field::new(
        key,
        label,
        Kind::Number {
            nullable: true,
            max: Some(100.0),
        },
    )
    .unit("个百分点")
    .at(path)
    .help("低于序时这么多个百分点起；两项同填，或同留空用默认的 10 和 30")
}

fn project(b: Option<&Bulletin>, unit: &str) -> Vec<Field> {
    // The format lets a project in a notice with sectors name none (`null`), so a project
    // transcribed that way saves as it is, and any project may be left unassigned.
    let sectors = b
        .map(|b| {
            b.sectors
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .chain([(String::new(), "未注明".to_owned())])
                .collect()
        })
        .unwrap_or_default();
    let types = b
        .map(|b| {
            b.problem_types
                .iter()
                .map(|t| (t.id.clone(), t.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    vec![
        Field::text("name", "项目名称"),
        Field::choice("sector", "所属领域", sectors),
        Field::optional_text("lead_unit", "牵头单位"),
        Field::names("districts", "县区"),
        Field::optional_text("level", "层级").help("如 省、市、县"),
        Field::project_status(),
        Field::many("problem_types", "问题类型", types),
        Field::paragraph("issue", "存在问题"),
        Field::new("problems", "分县区问题", Kind::Rows(Rows::Problems)),
        Field::amount("figures_planned_investment", "计划投资", unit)
            .at("figures/planned_investment"),
        Field::amount("figures_completed_investment", "完成投资", unit)
            .at("figures/completed_investment"),
        Field::percent("figures_plan_pct", "占年度计划", PLAN_PCT_MAX).at("figures/plan_pct"),
        Field::percent("figures_progress_pct", "形象进度", PLAN_PCT_MAX).at("figures/progress_pct"),
        Field::optional_text("owner", "责任人"),
        Field::new("deadline", "整改时限", Kind::Date { nullable: true }),
        Field::new("follow_ups", "督办记录", Kind::FollowUps),
        Field::new("resolved_on", "办结日期", Kind::Date { nullable: true })
            .help("问题解决之日；填写后该项目不再预警，也不再带入下一期"),
        Field::paragraph("note", "备注"),
    ]
}

/// The label of the field at `path` of `part` (keys joined by `/`: `figures/plan_pct`).
pub fn label(part: Part, path: &str) -> Option<&'static str> {
    // Read once per change listed and per place a diagnostic names, so the table's labels are
    // taken from it once rather than the table built again for each.
    static LABELS: OnceLock<Vec<(Part, &'static str, &'static str)>> = OnceLock::new();
    LABELS
        .get_or_init(|| {
            PARTS
                .iter()
                .flat_map(|&part| {
                    fields(part, None)
                        .into_iter()
                        .map(move |f| (part, f.path, f.label))
                })
                .collect()
        })
        .iter()
        .find(|(p, at, _)| *p == part && *at == path)
        .map(|(.., label)| *label)
}

/// Every record the table has fields for.
const PARTS: [Part; 6] = [
    Part::Bulletin,
    Part::Summary,
    Part::Sector,
    Part::ProblemType,
    Part::Requirement,
    Part::Project,
];

/// The label of member `key` of the list or record named `list` (`projects`, `summary`,
/// `period`, `figures`, … or `""` for the bulletin itself), for the change list and for
/// the places diagnostics name.
pub fn field_label(list: &str, key: &str) -> &'static str {
    let in_table = |part: Part, path: &str| label(part, path);
    let found = match list {
        "" => in_table(Part::Bulletin, key),
        "period" | "source" | "schedule_grading" => {
            in_table(Part::Bulletin, &format!("{list}/{key}"))
        }
        "summary" => in_table(Part::Summary, key),
        "sectors" => in_table(Part::Sector, key),
        "problem_types" => in_table(Part::ProblemType, key),
        "requirements" => in_table(Part::Requirement, key),
        "projects" => in_table(Part::Project, key),
        "figures" => in_table(Part::Project, &format!("figures/{key}")),
        "status_counts" => ItemStatus::from_id(key).map(ItemStatus::count_label),
        // Their `district` is named as every other (below).
        "follow_ups" => match key {
            "date" => Some("督办日期"),
            "text" => Some("督办内容"),
            "by" => Some("督办人"),
            _ => None,
        },
        "district_ranking" | "problems" => match key {
            "rank" => Some("名次"),
            "text" => Some("问题"),
            _ => None,
        },
        _ => None,
    };
    found.unwrap_or(match key {
        // Members no editor changes, and the groups the tables' fields sit in.
        "id" => "编号",
        "format" => "格式标识",
        "version" => "格式版本",
        "period" => "时段",
        "source" => "来源",
        "figures" => "项目数字",
        "schedule_grading" => "序时评级界限",
        "summary" => "总体情况",
        "sectors" => "领域",
        "problem_types" => "问题类型",
        "projects" => "项目",
        "requirements" => "工作要求",
        "snapshot" => "快照信息",
        "exported_at" => "导出时间",
        "app_version" => "程序版本",
        "based_on" => "所据通报",
        "district" => "县区",
        _ => UNKNOWN_FIELD,
    })
}

/// What [`field_label`] says of a field the format does not know.
pub const UNKNOWN_FIELD: &str = "其他内容";

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn each_record_names_each_field_once() {
        for part in PARTS {
            let f = fields(part, None);
            let keys: HashSet<_> = f.iter().map(|f| f.key).collect();
            let paths: HashSet<_> = f.iter().map(|f| f.path).collect();
            let labels: HashSet<_> = f.iter().map(|f| f.label).collect();
            assert_eq!(keys.len(), f.len(), "{part:?} repeats a key");
            assert_eq!(paths.len(), f.len(), "{part:?} repeats a path");
            assert_eq!(labels.len(), f.len(), "{part:?} repeats a label");
        }
    }

    #[test]
    fn members_no_editor_changes_are_named_too() {
        let named = [
            ("", "id", "编号"),
            ("", "format", "格式标识"),
            ("", "version", "格式版本"),
            ("", "period", "时段"),
            ("", "source", "来源"),
            ("projects", "figures", "项目数字"),
            ("", "schedule_grading", "序时评级界限"),
            ("", "summary", "总体情况"),
            ("", "sectors", "领域"),
            ("", "problem_types", "问题类型"),
            ("", "projects", "项目"),
            ("", "requirements", "工作要求"),
            ("", "snapshot", "快照信息"),
            ("snapshot", "exported_at", "导出时间"),
            ("snapshot", "app_version", "程序版本"),
            ("snapshot", "based_on", "所据通报"),
            ("district_ranking", "district", "县区"),
            ("district_ranking", "rank", "名次"),
            ("problems", "district", "县区"),
            ("problems", "text", "问题"),
        ];
        for (list, key, label) in named {
            assert_eq!(field_label(list, key), label, "{list}.{key}");
        }
    }

    #[test]
    fn the_change_list_and_diagnostics_read_the_table() {
        assert_eq!(field_label("projects", "note"), "备注");
        assert_eq!(field_label("period", "start"), "开始日期");
        assert_eq!(field_label("source", "number"), "文号");
        assert_eq!(field_label("figures", "progress_pct"), "形象进度");
        assert_eq!(field_label("summary", "plan_pct"), "完成年度计划");
        assert_eq!(field_label("sectors", "plan_pct"), "占年度计划");
        assert_eq!(field_label("status_counts", "completed"), "已完成全年件数");
        assert_eq!(field_label("x", "unknown_key"), UNKNOWN_FIELD);
        for part in PARTS {
            for f in fields(part, None) {
                let (list, key) = match (part, f.path.split_once('/')) {
                    (_, Some((group, key))) => (group, key),
                    (Part::Bulletin, None) => ("", f.path),
                    (p, None) => (p.pointer().trim_start_matches('/'), f.path),
                };
                assert_eq!(field_label(list, key), f.label, "{part:?} {}", f.path);
            }
        }
    }
}
