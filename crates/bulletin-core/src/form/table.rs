//! The field table: every field of each record of the format, with its label, unit, limits
//! and help, written down once. The editor, the overview's cards, the change list, the
//! place names of diagnostics, the CSV header and the ledger's sort and facet labels all read
//! it, so a field is called the same wherever a reader meets it.

use std::sync::OnceLock;

use super::field::{Field, Kind, w};
use super::record::Part;
use super::rows::Rows;
use crate::display::NOT_STATED;
use crate::lang::{Lang, Words};
use crate::status::ItemStatus;
use crate::{Bulletin, PLAN_PCT_MAX};

/// Every field of `part` a user edits, in the editor's order. `b` gives the currency unit
/// and the sectors and problem types to choose from; without it, both are left empty (for
/// labels, which do not depend on them).
pub fn fields(part: Part, b: Option<&Bulletin>) -> Vec<Field> {
    let unit = b.map_or("", |b| b.currency_unit.as_str());
    match part {
        Part::Bulletin => vec![
            Field::text("title", "标题").en("Title"),
            Field::text("region", "地区").en("Region"),
            Field::count("period_year", "年份", "年", false)
                .en("Year")
                .at("period/year"),
            Field::text("period_label", "时段")
                .en("Period")
                .at("period/label")
                .help(w(
                    "如 上半年、1—10月",
                    "As the bulletin writes it, e.g. the first half, January to October",
                )),
            Field::new("period_start", "开始日期", Kind::Date { nullable: false })
                .en("Start date")
                .at("period/start"),
            Field::new("period_end", "结束日期", Kind::Date { nullable: false })
                .en("End date")
                .at("period/end"),
            Field::optional_text("series", "所属系列").en("Series").help(w(
                "同一系列各期通报填写相同的编号，由小写字母、数字和连字符组成，如 luan-2021",
                "The same code for every bulletin of a series, in lower-case letters, digits and hyphens, e.g. luan-2021",
            )),
            Field::percent("schedule_target_pct", "序时进度", 100.0)
                .en("Time-elapsed target")
                .help(w(
                    "时段末应完成全年的比例；未写明时留空",
                    "The share of the year's work due by the end of the period; leave blank if not stated",
                )),
            Field::text("currency_unit", "金额单位")
                .en("Currency unit")
                .help(w(
                    "如 亿元、万元",
                    "The unit the bulletin's amounts are in, as it writes it (CNY 100m or CNY 10k)",
                )),
            Field::new("preamble", "开头段落", Kind::OptionalParagraph).en("Opening paragraph"),
            Field::optional_text("source_issuer", "发文单位")
                .en("Issuing office")
                .at("source/issuer"),
            Field::optional_text("source_number", "文号")
                .en("Document number")
                .at("source/number")
                .help(w("如 督通〔2021〕37号", "As printed on the notice")),
            Field::new(
                "source_published",
                "印发日期",
                Kind::Date { nullable: true },
            )
            .en("Date issued")
            .at("source/published"),
            Field::new("source_url", "原文网址", Kind::Link)
                .en("Link to the original")
                .at("source/url"),
            Field::new("district_ranking", "县区排名", Kind::Rows(Rows::Ranking))
                .en("District ranking"),
            grading(
                "schedule_grading_yellow_from",
                w("落后序时界限", "Behind-schedule threshold"),
                "schedule_grading/yellow_from",
            ),
            grading(
                "schedule_grading_red_from",
                w("严重落后序时界限", "Far-behind-schedule threshold"),
                "schedule_grading/red_from",
            ),
            Field::new("attachments", "附件", Kind::Lines { nullable: true }).en("Attachments"),
            Field::count("due_soon_days", "时限预警天数", "天", true)
                .en("Warning days before a deadline")
                .help(w(
                    "整改时限前多少天起提示“临近时限”；留空为 3 天",
                    "How many days before its rectification deadline a project shows as “Due soon”; blank for 3 days",
                )),
        ],
        Part::Summary => vec![
            Field::count("items", "民生实事", "件", true).en("Livelihood projects"),
            Field::count("sub_items", "细分子项", "个", true).en("Sub-items"),
            Field::amount("annual_investment", "年度总投资", unit).en("Annual investment"),
            Field::amount("completed_investment", "已完成投资", unit).en("Investment completed"),
            Field::percent("plan_pct", "完成年度计划", PLAN_PCT_MAX)
                .en("Share of annual plan completed")
                .help(w(
                    "通报只给比例、不给两项投资时填写；未报告时留空",
                    "Fill in when the bulletin gives only the share, not the two investments; leave blank if not reported",
                )),
            Field::count("items_on_schedule", "按序时推进", "件", true).en("On schedule"),
            Field::new(
                "status_counts",
                "各类别件数",
                Kind::Rows(Rows::Counts(
                    ItemStatus::ALL
                        .iter()
                        .map(|s| {
                            (
                                s.id().to_owned(),
                                w(s.label_in(Lang::Zh), s.label_in(Lang::En)),
                            )
                        })
                        .collect(),
                )),
            )
            .en("Counts by class"),
            Field::paragraph("text", "总体情况说明").en("Overall summary"),
        ],
        Part::Sector => vec![
            Field::text("name", "领域名称").en("Sector name"),
            Field::count("items", "实事件数", "件", false).en("Livelihood projects"),
            Field::count("sub_items", "事项数", "个", true).en("Sub-items"),
            Field::amount("completed_investment", "完成投资", unit).en("Investment completed"),
            Field::plan_pct(),
            Field::sector_status(),
            Field::new("text", "进展概述", Kind::OptionalParagraph).en("Progress overview"),
            Field::lines("highlights", "工作进展").en("Progress made"),
            Field::lines("problems", "存在问题").en("Problems"),
        ],
        Part::ProblemType => vec![
            Field::text("name", "问题类型名称").en("Problem type name"),
            Field::paragraph("description", "说明").en("Description"),
        ],
        Part::Requirement => vec![
            Field::text("title", "标题").en("Title"),
            Field::paragraph("text", "内容").en("Text"),
        ],
        Part::Project => project(b, unit),
    }
}

fn grading(key: &'static str, label: Words, path: &'static str) -> Field {
    Field::new(
        key,
        label.zh,
        Kind::Number {
            nullable: true,
            max: Some(100.0),
        },
    )
    .en(label.en)
    .unit("个百分点")
    .at(path)
    .help(w(
        "低于序时这么多个百分点起；两项同填，或同留空用默认的 10 和 30",
        "From this many points below the time-elapsed target; fill in both, or leave both blank for the defaults of 10 and 30",
    ))
}

fn project(b: Option<&Bulletin>, unit: &str) -> Vec<Field> {
    // The format lets a project in a notice with sectors name none (`null`), so a project
    // transcribed that way saves as it is, and any project may be left unassigned.
    let sectors = b
        .map(|b| {
            b.sectors
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .chain([(String::new(), NOT_STATED.to_owned())])
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
        Field::text("name", "项目名称").en("Project name"),
        Field::choice("sector", "所属领域", sectors).en("Sector"),
        Field::optional_text("lead_unit", "牵头单位").en("Lead unit"),
        Field::names("districts", "县区").en("District"),
        Field::optional_text("level", "层级")
            .en("Level")
            .help(w("如 省、市、县", "e.g. province, city, county")),
        Field::project_status(),
        Field::many("problem_types", "问题类型", types).en("Problem type"),
        Field::paragraph("issue", "存在问题").en("Problem"),
        Field::new("problems", "分县区问题", Kind::Rows(Rows::Problems))
            .en("Problems by district"),
        Field::amount("figures_planned_investment", "计划投资", unit)
            .en("Planned investment")
            .at("figures/planned_investment"),
        Field::amount("figures_completed_investment", "完成投资", unit)
            .en("Investment completed")
            .at("figures/completed_investment"),
        Field::percent("figures_plan_pct", "占年度计划", PLAN_PCT_MAX)
            .en("Share of annual plan")
            .at("figures/plan_pct"),
        Field::percent("figures_progress_pct", "形象进度", PLAN_PCT_MAX)
            .en("Physical progress")
            .at("figures/progress_pct"),
        Field::optional_text("owner", "责任人").en("Person responsible"),
        Field::new("deadline", "整改时限", Kind::Date { nullable: true })
            .en("Rectification deadline"),
        Field::new("follow_ups", "督办记录", Kind::FollowUps).en("Follow-ups"),
        Field::new("resolved_on", "办结日期", Kind::Date { nullable: true })
            .en("Date resolved")
            .help(w(
                "问题解决之日；填写后该项目不再预警，也不再带入下一期",
                "The day the problem was resolved; once filled in, the project is no longer warned about or carried into the next period",
            )),
        Field::paragraph("note", "备注").en("Note"),
    ]
}

/// The label of the field at `path` of `part` (keys joined by `/`: `figures/plan_pct`).
pub fn label(part: Part, path: &str) -> Option<&'static str> {
    label_in(part, path, Lang::Zh)
}

/// The label of the field at `path` of `part` in `lang`.
pub fn label_in(part: Part, path: &str, lang: Lang) -> Option<&'static str> {
    // Read once per change listed and per place a diagnostic names, so the table's labels are
    // taken from it once rather than the table built again for each.
    static LABELS: OnceLock<Vec<(Part, &'static str, Words)>> = OnceLock::new();
    LABELS
        .get_or_init(|| {
            PARTS
                .iter()
                .flat_map(|&part| {
                    fields(part, None).into_iter().map(move |f| {
                        let words = w(f.label, f.label_in(Lang::En));
                        (part, f.path, words)
                    })
                })
                .collect()
        })
        .iter()
        .find(|(p, at, _)| *p == part && *at == path)
        .map(|(.., label)| label.get(lang))
}

/// Every record the table has fields for.
const PARTS: [Part; 6] = Part::ALL;

/// The label of member `key` of the list or record named `list` (`projects`, `summary`,
/// `period`, `figures`, … or `""` for the bulletin itself), for the change list and for
/// the places diagnostics name.
pub fn field_label(list: &str, key: &str) -> &'static str {
    field_label_in(list, key, Lang::Zh)
}

/// The label of member `key` of the list or record named `list`, in `lang`: what
/// [`field_label`] says, for the page's own lists (a follow-up row's inputs, the groups).
pub fn field_label_in(list: &str, key: &str, lang: Lang) -> &'static str {
    let in_table = |part: Part, path: &str| label_in(part, path, lang);
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
        "status_counts" => ItemStatus::from_id(key).map(|s| s.count_label_in(lang)),
        // Their `district` is named as every other (below).
        "follow_ups" => match key {
            "date" => Some(w("督办日期", "Follow-up date")),
            "text" => Some(w("督办内容", "What was done")),
            "by" => Some(w("督办人", "Followed up by")),
            _ => None,
        }
        .map(|l| l.get(lang)),
        "district_ranking" | "problems" => match key {
            "rank" => Some(w("名次", "Rank")),
            "text" => Some(w("问题", "Problem")),
            _ => None,
        }
        .map(|l| l.get(lang)),
        _ => None,
    };
    found.unwrap_or_else(|| {
        match key {
            // Members no editor changes, and the groups the tables' fields sit in.
            "id" => w("编号", "ID"),
            "format" => w("格式标识", "Format"),
            "version" => w("格式版本", "Format version"),
            "period" => w("时段", "Period"),
            "source" => w("来源", "Source"),
            "figures" => w("项目数字", "Project figures"),
            "schedule_grading" => w("序时评级界限", "Schedule grading thresholds"),
            "summary" => w("总体情况", "Overall progress"),
            "sectors" => w("领域", "Sectors"),
            "problem_types" => w("问题类型", "Problem types"),
            "projects" => w("项目", "Projects"),
            "requirements" => w("工作要求", "Work requirements"),
            "snapshot" => w("快照信息", "Snapshot details"),
            "exported_at" => w("导出时间", "Exported at"),
            "app_version" => w("程序版本", "App version"),
            "based_on" => w("所据通报", "Based on"),
            "district" => w("县区", "District"),
            _ => UNKNOWN_FIELD_WORDS,
        }
        .get(lang)
    })
}

/// What [`field_label`] says of a field the format does not know.
pub const UNKNOWN_FIELD: &str = "其他内容";

/// [`UNKNOWN_FIELD`] in both languages.
const UNKNOWN_FIELD_WORDS: Words = w(UNKNOWN_FIELD, "Other content");

/// [`UNKNOWN_FIELD`] in `lang`.
pub fn unknown_field_in(lang: Lang) -> &'static str {
    UNKNOWN_FIELD_WORDS.get(lang)
}

/// Every member [`field_label_in`] names outside the field table, as (list, key).
#[cfg(test)]
const NAMED_MEMBERS: [(&str, &str); 22] = [
    ("follow_ups", "date"),
    ("follow_ups", "text"),
    ("follow_ups", "by"),
    ("district_ranking", "rank"),
    ("problems", "text"),
    ("", "id"),
    ("", "format"),
    ("", "version"),
    ("", "period"),
    ("", "source"),
    ("projects", "figures"),
    ("", "schedule_grading"),
    ("", "summary"),
    ("", "sectors"),
    ("", "problem_types"),
    ("", "projects"),
    ("", "requirements"),
    ("", "snapshot"),
    ("snapshot", "exported_at"),
    ("snapshot", "app_version"),
    ("snapshot", "based_on"),
    ("", "district"),
];

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
    fn members_outside_the_table_are_named_in_english_too() {
        let mut seen = HashSet::new();
        for (list, key) in NAMED_MEMBERS {
            let zh = field_label(list, key);
            let en = field_label_in(list, key, Lang::En);
            assert_ne!(zh, UNKNOWN_FIELD, "{list}.{key} is named");
            assert!(
                !en.is_empty() && !crate::lang::has_han(en),
                "{list}.{key}: {en}"
            );
            seen.insert((list, en));
        }
        assert_eq!(
            field_label_in("x", "unknown_key", Lang::En),
            "Other content"
        );
        assert_eq!(field_label_in("projects", "note", Lang::En), "Note");
        assert_eq!(
            field_label_in("status_counts", "completed", Lang::En),
            "Number completed for the year"
        );
        assert_eq!(field_label_in("period", "start", Lang::En), "Start date");
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
