//! Summary tables (附件 汇总表) as offices write them, read as projects: districts, figures in
//! the draft's unit, share of plan, progress, problem, lead unit and status, by the words of
//! the header row (and their synonyms); empty cells give nothing, a header naming nothing
//! known is no table, and a .docx's table reads as its pasted text does.

mod common;

use common::docx;

use bulletin_core::docx::{read_docx, to_text};
use bulletin_core::draft::{self, Draft};
use serde_json::{Value, json};

fn projects(d: &Draft) -> &Vec<Value> {
    d.document["projects"].as_array().expect("projects")
}

/// The errors of the draft other than the statuses the reviewer is to fill.
fn errors(d: &Draft) -> Vec<String> {
    d.check()
        .iter()
        .map(|e| e.path.to_string())
        .filter(|p| !p.ends_with(".status"))
        .collect()
}

const NOTICE: &str = "连云港市2024年重点项目前三季度推进情况通报
一、总体情况
全市30个重点项目年度计划投资120亿元，前三季度完成投资90.6亿元，占年度计划的75.5%。
附件：重点项目推进情况汇总表
重点项目推进情况汇总表
序号\t项目名称\t所在县区\t年度计划投资（万元）\t累计完成投资（万元）\t占年度计划（%）\t形象进度\t存在问题\t牵头部门
1\t金山中学建设项目\t赣榆区\t12000\t8300\t69.2\t80%\t征地拆迁滞后。资金未到位\t市教育局
2\t城市供水管网改造\t海州区、连云区\t5000\t756.9\t15.1\t—\t无\t市住建局
\t合计\t\t17000\t9056.9\t\t\t\t
";

#[test]
fn a_summary_table_in_wan_beside_a_text_in_yi() {
    let d = draft::read(NOTICE);
    assert_eq!(d.document["currency_unit"], "亿元");
    // The text's own figures are the summary's, not a row's.
    assert_eq!(d.document["summary"]["completed_investment"], json!(90.6));
    let p = projects(&d);
    // 合计 is no project.
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[0]["name"], "金山中学建设项目");
    assert_eq!(p[0]["district"], "赣榆区");
    assert_eq!(
        p[0]["figures"],
        json!({"planned_investment": 1.2, "completed_investment": 0.83, "plan_pct": 69.2, "progress_pct": 80})
    );
    // The figure as written in the quote, the header's unit said.
    let f = d.at("projects[0].figures.completed_investment").unwrap();
    assert_eq!(f.quote, "8300");
    assert_eq!(
        f.worked_out.as_deref(),
        Some("单位取自表头（万元），折算为亿元")
    );
    // A problem of two sentences is one cell: the row goes on after its 。.
    assert_eq!(p[0]["issue"], "征地拆迁滞后。资金未到位");
    assert_eq!(p[0]["lead_unit"], "市教育局");
    assert_eq!(p[0]["status"], "behind");
    // Several districts in one cell; 756.9万元 exactly 0.07569 亿元; — and 无 give nothing.
    assert_eq!(p[1]["district"], Value::Null);
    assert_eq!(p[1]["districts"], json!(["海州区", "连云区"]));
    assert_eq!(
        p[1]["figures"],
        json!({"planned_investment": 0.5, "completed_investment": 0.07569, "plan_pct": 15.1})
    );
    assert_eq!(p[1]["issue"], "");
    assert!(d.at("projects[1].issue").is_none());
    assert_eq!(p[1]["lead_unit"], "市住建局");
    assert_eq!(p[1]["status"], Value::Null);
    assert!(d.missing.contains(&"projects[1].status".to_owned()));
    assert_eq!(errors(&d), Vec::<String>::new());
}

#[test]
fn a_header_in_other_words_and_cells_apart_by_bars() {
    let d = draft::read(
        "某县2024年民生实事推进情况通报
| 编号 | 工作任务 | 县（市、区） | 已完成投资(亿元) | 计划投资 | 完成比例 | 序时进度 | 工程进度 | 主要问题 | 责任单位 | 状态 | 备注 |
|---|---|---|---|---|---|---|---|---|---|---|---|
| 1 | 农村公路提升 | 苍南县 | 0.5 | 8000万元 | 62.5 | 75 | 70 | 无 | 县交通局 | 推进缓慢 | 需协调 |
| 2 | 城区学校扩建 | 灵溪镇 龙港市 | 1.2亿元 | 1.2亿元 | 100 | 75 | 100% | — | 县教育局、县财政局 | 完成 | |
| 3 | 文化驿站 | 龙港市 | 0.1 | 0.2亿元 | 50 | 75 | 主体完工 | 资金未到位 | 县文广旅体局 | 正常推进 | |
| 4 | 菜市场改造 | 钱库镇 | 2023年已完成 | 3000万元（含中央资金） | 1250 | | | | 县商务局 | 主体结构已完成，正在装修 | |
| 5 | 公厕改造 | 金乡镇 | | | | | | | 县综合执法局 | 正常 | |
",
    );
    let p = projects(&d);
    assert_eq!(p.len(), 5, "{p:#?}");
    assert_eq!(p[0]["district"], "苍南县");
    // 已完成投资(亿元) in the header; the cell's own 万元 converted; 序时进度 is no progress.
    assert_eq!(
        p[0]["figures"],
        json!({"completed_investment": 0.5, "planned_investment": 0.8, "plan_pct": 62.5, "progress_pct": 70})
    );
    assert_eq!(
        d.at("projects[0].figures.planned_investment")
            .unwrap()
            .worked_out
            .as_deref(),
        Some("万元折算为亿元")
    );
    assert_eq!(p[0]["issue"], "");
    // With a 问题 column the remark is the note.
    assert_eq!(p[0]["note"], "需协调");
    assert_eq!(p[0]["lead_unit"], "县交通局");
    assert_eq!(p[0]["status"], "behind");
    assert_eq!(p[1]["districts"], json!(["灵溪镇", "龙港市"]));
    assert_eq!(p[1]["figures"]["progress_pct"], json!(100));
    assert_eq!(p[1]["lead_unit"], "县教育局、县财政局");
    assert_eq!(p[1]["status"], "completed");
    assert_eq!(p[2]["district"], "龙港市");
    assert_eq!(p[2]["issue"], "资金未到位");
    assert_eq!(p[2]["status"], "on_schedule");
    // 主体完工 is no percentage.
    assert!(p[2]["figures"].get("progress_pct").is_none());
    // A long 进展情况 is not read for a class (主体结构已完成 is not the project done).
    assert_eq!(p[3]["status"], Value::Null);
    // Words are no figure (2023年已完成), nor a share past 1000 %; a figure with words in
    // brackets after it is one.
    assert_eq!(p[3]["figures"], json!({"planned_investment": 0.3}));
    assert_eq!(p[4]["status"], "on_schedule");
    assert_eq!(d.document["currency_unit"], "亿元");
}

#[test]
fn empty_cells_give_nothing_and_a_written_zero_is_zero() {
    let d = draft::read(
        "某县民生实事项目推进情况汇总表
单位：万元
序号\t项目名称\t县区\t完成投资\t形象进度\t存在问题\t牵头单位
1\t甲项目\t未报告\t未报告\t—\t/\t无
2\t乙项目\t—\t0\t0%\t暂无\t县住建局
一\t交通出行\t\t\t\t\t
3\t丙项目\t\t\t\t\t
4\t丁项目\t苍南县\t8300\t\t\t县住建局、灵溪镇
",
    );
    let p = projects(&d);
    // 一 · 交通出行 with nothing beside it is a heading; 丙 with its number is a project.
    let names: Vec<&str> = p.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["甲项目", "乙项目", "丙项目", "丁项目"]);
    for k in [0, 2] {
        assert!(p[k].get("figures").is_none(), "{:#}", p[k]);
        assert_eq!(p[k]["district"], Value::Null);
        assert_eq!(p[k]["issue"], "");
        assert_eq!(p[k]["lead_unit"], Value::Null);
    }
    assert_eq!(p[1]["district"], Value::Null);
    assert_eq!(
        p[1]["figures"],
        json!({"completed_investment": 0, "progress_pct": 0})
    );
    assert_eq!(p[1]["issue"], "");
    // Only the table has amounts, in 万元 by its 单位 line: the draft's unit is 万元, 8300 kept.
    assert_eq!(d.document["currency_unit"], "万元");
    assert_eq!(d.at("currency_unit").unwrap().quote, "单位：万元");
    assert_eq!(p[3]["figures"]["completed_investment"], json!(8300));
    assert_eq!(p[3]["district"], "苍南县");
    // A lead column's units need not end in 局: a town may be one.
    assert_eq!(p[3]["lead_unit"], "县住建局、灵溪镇");
    assert_eq!(errors(&d), ["period.year", "period.start", "period.end"]);

    // No unit anywhere: a bare figure is not read (a wrong figure is worse than none).
    // A header repeated (a new page of the .docx) is no project, and its table goes on.
    let d = draft::read(
        "序号\t项目名称\t县区\t完成投资\n1\t甲项目\t苍南县\t8300\n序号\t项目名称\t县区\t完成投资\n2\t乙项目\t龙港市\t500\n",
    );
    let p = projects(&d);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert_eq!(p[0]["district"], "苍南县");
    assert!(p[0].get("figures").is_none());
    assert_eq!(p[1]["district"], "龙港市");
}

#[test]
fn a_header_naming_nothing_known_is_no_table() {
    for text in [
        "主要经济指标\n序号\t指标名称\t本期\t同比\n1\t地区生产总值\t100\t5%\n2\t固定资产投资\t80\t3%\n",
        "项目名称\t数量\t单位\n道路\t3\t条\n桥梁\t2\t座\n",
        // A name and a remark only: no figure, unit, district or problem to read.
        "项目名称\t备注\t说明\n道路\t已完成\t无\n",
        // No header at all.
        "1\t甲项目\t苍南县\t8300\t滞后\n2\t乙项目\t龙港市\t500\t无\n",
    ] {
        let d = draft::read(text);
        assert_eq!(projects(&d).len(), 0, "{text}: {:#?}", d.findings);
    }
    // The same rows under a header that names them are read (a row whose last cell was cut
    // off when pasted too).
    let d = draft::read(
        "序号\t项目名称\t所在县区\t完成投资（万元）\t存在问题\n1\t甲项目\t苍南县\t8300\t滞后\n2\t乙项目\t龙港市\t500\n",
    );
    let p = projects(&d);
    assert_eq!(p.len(), 2);
    assert_eq!(p[0]["status"], "behind");
    assert_eq!(p[1]["figures"]["completed_investment"], json!(500));
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A cell of paragraphs (none: an empty cell, as Word writes it with one empty paragraph).
fn cell(paragraphs: &[&str]) -> String {
    let inner: String = if paragraphs.is_empty() {
        "<w:p/>".to_owned()
    } else {
        paragraphs.iter().map(|t| p(t)).collect()
    };
    format!("<w:tc><w:tcPr><w:tcW w:w=\"1200\" w:type=\"dxa\"/></w:tcPr>{inner}</w:tc>")
}

fn table_row(cells: &[&[&str]]) -> String {
    let cells: String = cells.iter().map(|c| cell(c)).collect();
    format!("<w:tr>{cells}</w:tr>")
}

#[test]
fn a_docx_summary_table_reads_as_its_text() {
    let rows = [
        table_row(&[
            &["序号"],
            &["项目名称"],
            &["责任县区"],
            &["完成投资", "（万元）"],
            &["完成投资占年度计划", "（%）"],
            &["主要问题"],
            &["责任单位"],
        ]),
        table_row(&[
            &["1"],
            &["新海初级中学科苑路校区新建工程"],
            &["海州区", "连云区"],
            &["2960"],
            &["11.4"],
            &["征迁推进缓慢。", "资金未到位。"],
            &["市教育局"],
        ]),
        table_row(&[
            &["2"],
            &["昌圩湖九年一贯制学校工程"],
            &["赣榆区"],
            &[],
            &["未报告"],
            &[],
            &["市教育局"],
        ]),
    ]
    .concat();
    let body = [
        p("连云港市2023年民生实事项目上半年进展情况"),
        p("上半年完成投资100.1亿元，占年度计划的60.2%。"),
        p("附件：未达序时项目汇总表"),
        format!("<w:tbl><w:tblPr/>{rows}</w:tbl>"),
        p("连云港市政府办公室"),
    ]
    .concat();
    let blocks = read_docx(&docx(&body)).expect("a docx");
    let text = to_text(&blocks);
    let d = draft::read(&text);
    let p = projects(&d);
    assert_eq!(p.len(), 2, "{text}\n{p:#?}");
    assert_eq!(p[0]["name"], "新海初级中学科苑路校区新建工程");
    // A cell's paragraphs are one cell: two districts, a problem of two sentences.
    assert_eq!(p[0]["districts"], json!(["海州区", "连云区"]));
    assert_eq!(
        p[0]["figures"],
        json!({"completed_investment": 0.296, "plan_pct": 11.4})
    );
    assert_eq!(p[0]["issue"], "征迁推进缓慢。 资金未到位。");
    assert_eq!(p[0]["lead_unit"], "市教育局");
    assert_eq!(p[0]["status"], "behind");
    assert_eq!(p[1]["district"], "赣榆区");
    assert!(p[1].get("figures").is_none());
    assert_eq!(p[1]["lead_unit"], "市教育局");
    assert_eq!(d.document["summary"]["completed_investment"], json!(100.1));
    assert_eq!(errors(&d), Vec::<String>::new());
}
