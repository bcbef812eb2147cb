//! The 通报文稿 rebuilt from the data: the bundled bulletin in the seed's four parts and its
//! figures, edited figures flowing into the text, a sparse notice inventing nothing, the
//! attachment, and what changed since the previous bulletin.

mod common;

use bulletin_core::report::{Block, Report, report};
use bulletin_core::{Bulletin, ProjectStatus};
use serde_json::{Value, json};

fn bundled() -> Bulletin {
    bulletin_core::load(common::BUNDLED)
        .expect("valid")
        .bulletin
}

fn from_value(v: Value) -> Bulletin {
    let text = v.to_string();
    bulletin_core::load(&text).expect("valid").bulletin
}

fn fixture(name: &str) -> Bulletin {
    let path = format!(
        "{}/../../tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture");
    bulletin_core::load(&text).expect("valid fixture").bulletin
}

fn headings(r: &Report, level: u8) -> Vec<&str> {
    r.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: l, text } if *l == level => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The paragraphs under the level-1 heading that starts with `number`, up to the next one.
fn part<'a>(r: &'a Report, title: &str) -> Vec<&'a Block> {
    let start = r
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 1, text } if text.ends_with(title)))
        .unwrap_or_else(|| panic!("no part {title}"));
    r.blocks[start + 1..]
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { level: 1, .. }))
        .collect()
}

fn paragraphs<'a>(blocks: &[&'a Block]) -> Vec<&'a str> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect()
}

/// The paragraph after the sector heading `heading`.
fn sector_sentence<'a>(r: &'a Report, heading: &str) -> &'a str {
    let at = r
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 2, text } if text == heading))
        .unwrap_or_else(|| panic!("no heading {heading}"));
    match &r.blocks[at + 1] {
        Block::Paragraph(p) => p,
        other => panic!("after {heading}: {other:?}"),
    }
}

fn all_text(r: &Report) -> String {
    let mut out = r.title.clone();
    for b in &r.blocks {
        match b {
            Block::Heading { text, .. } | Block::Paragraph(text) => out.push_str(text),
        }
        out.push('\n');
    }
    out
}

/// Every number written in Arabic digits in `text`.
fn numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(cur.trim_end_matches('.').parse().expect("a number"));
            cur.clear();
        }
    }
    out
}

const OVERALL_BUILT: &str = "50件民生实事细分为160个子项，年度总投资166.3亿元。上半年完成投资100.1亿元，为年度计划的60%，超序时10个百分点。从实施节点看，50件民生实事项目中48件上半年推进达序时要求，占比96%。从10大领域看，8个领域按序时推进，其中教育惠民、交通出行、公共安全、社会保障4个领域还存在一些问题困难；宜居环境、生态治理2个领域部分项目进展未达序时。";

#[test]
fn the_bundled_bulletin_reads_in_the_seeds_four_parts_with_its_figures() {
    let r = report(&bundled(), None);
    assert_eq!(r.title, "民生实事项目上半年进展情况督查通报");
    assert_eq!((&r.number, &r.issuer, &r.date), (&None, &None, &None));
    assert_eq!(
        headings(&r, 1),
        [
            "一、总体情况",
            "二、分领域情况",
            "三、存在问题",
            "四、工作要求"
        ]
    );
    match &r.blocks[0] {
        Block::Paragraph(p) => {
            assert!(p.starts_with("2023年民生实事涵盖教育、医疗、就业"), "{p}");
            assert!(p.ends_with("现将有关情况通报如下："), "set full-width: {p}");
        }
        other => panic!("the preamble first: {other:?}"),
    }
    // The summary's own paragraph still holds: every number in it is a figure of the data.
    let overall = paragraphs(&part(&r, "总体情况"));
    assert_eq!(overall.len(), 1);
    assert!(
        overall[0].starts_with("50件民生实事细分为160个子项，年度总投资166.3亿元。上半年完成投资100.1亿元，为年度计划的60%，超序时10个百分点。从实施节点看，50件民生实事项目中48件上半年推进达序时要求，占比96%。"),
        "{}",
        overall[0]
    );
    assert!(overall[0].ends_with("2个项目进展未达预期，需进一步推进落实。"));

    // Made from the figures when the bulletin has no paragraph of its own.
    let mut v = common::bundled_value();
    v["summary"]["text"] = json!("");
    let built = report(&from_value(v), None);
    assert_eq!(paragraphs(&part(&built, "总体情况")), [OVERALL_BUILT]);
}

#[test]
fn ten_sectors_numbered_with_their_sentences_highlights_and_problems() {
    let r = report(&bundled(), None);
    assert_eq!(
        headings(&r, 2),
        [
            "（一）教育惠民方面。",
            "（二）卫生健康方面。",
            "（三）就业创业方面。",
            "（四）交通出行方面。",
            "（五）宜居环境方面。",
            "（六）乡村振兴方面。",
            "（七）生态治理方面。",
            "（八）公共安全方面。",
            "（九）文体生活方面。",
            "（十）社会保障方面。",
        ]
    );
    assert_eq!(
        sector_sentence(&r, "（一）教育惠民方面。"),
        "涉及6件实事11个事项，按序时推进，完成投资21.4亿元，为年度计划43%。"
    );
    let sectors = paragraphs(&part(&r, "分领域情况"));
    assert!(sectors.contains(&"一是办学条件不断改善。东海朱自清中学新建教学综合楼等2所学校、海州区云悦星宸幼儿园等2所幼儿园竣工，海宁中学江化路校区新建工程（校安工程）等5所学校超序时推进。"));
    assert!(sectors.contains(&"存在问题：一是秦东门大街东延和内环路东环（科苑路）、北环（凌洲路—人民路）项目因资金未落实等，影响下一步推进。二是国省道停车场配套建设，布点加油站项目备案困难。三是1万个停车泊位改造和信息化采集存在封闭停车场配合度低，欠费追缴缺少政策法规支撑等问题。"));
    // Plain sentences (no title of their own) are not numbered.
    assert!(sectors.contains(&"治理农村生态河道86.4公里，完成73个行政村卫生户厕改造。"));
    // A sector with no problems has no 存在问题.
    let health_at = sectors
        .iter()
        .position(|p| p.starts_with("涉及5件实事17个事项，均按序时推进"))
        .unwrap();
    assert!(
        sectors[health_at + 1..health_at + 3]
            .iter()
            .all(|p| !p.starts_with("存在问题"))
    );
}

#[test]
fn problem_types_and_requirements_are_numbered() {
    let r = report(&bundled(), None);
    let problems = paragraphs(&part(&r, "存在问题"));
    let leads: Vec<&str> = problems
        .iter()
        .map(|p| p.split('。').next().unwrap())
        .collect();
    assert_eq!(
        leads,
        [
            "一是工作计划性不强",
            "二是资金到位不及时",
            "三是配套政策不完善",
            "四是对接协调难度大"
        ]
    );
    assert!(problems[0].starts_with("一是工作计划性不强。督查发现，部分民生项目"));
    let reqs = paragraphs(&part(&r, "工作要求"));
    assert_eq!(reqs.len(), 3);
    assert!(reqs[0].starts_with("一要强化资金保障。坚持问题导向"));
    assert!(reqs[1].starts_with("二要强化政策支持。"));
    assert!(reqs[2].starts_with("三要强化统筹协调。"));
}

#[test]
fn numbering_runs_past_ten_to_thirty() {
    let mut b = bulletin_core::synthetic::with_sectors(&bundled(), 30, 5);
    let template = b.problem_types[0].clone();
    b.problem_types = (0..12)
        .map(|i| bulletin_core::ProblemType {
            id: format!("t{i}"),
            name: format!("问题{i}"),
            ..template.clone()
        })
        .collect();
    let r = report(&b, None);
    let h = headings(&r, 2);
    assert_eq!(h.len(), 30);
    for (i, lead) in [
        (10, "（十一）"),
        (19, "（二十）"),
        (20, "（二十一）"),
        (29, "（三十）"),
    ] {
        assert!(h[i].starts_with(lead), "{}", h[i]);
    }
    let problems = paragraphs(&part(&r, "存在问题"));
    assert!(
        problems[10].starts_with("十一是问题10。"),
        "{}",
        problems[10]
    );
    assert!(problems[11].starts_with("十二是问题11。"));
}

#[test]
fn an_edited_figure_flows_into_the_text_and_an_untrue_one_is_not_reused() {
    // The completed investment edited: the summary's 100.1 no longer holds.
    let mut v = common::bundled_value();
    v["summary"]["completed_investment"] = json!(110.5);
    let r = report(&from_value(v), None);
    let overall = paragraphs(&part(&r, "总体情况"))[0];
    assert!(!overall.contains("100.1"), "{overall}");
    assert!(
        !overall.contains("未达预期"),
        "the source's paragraph is not reused: {overall}"
    );
    assert!(
        overall.contains("上半年完成投资110.5亿元，为年度计划的66%，超序时16个百分点。"),
        "{overall}"
    );

    // Only the item count edited: its text's 50件 is untrue though 50 is still a figure
    // (the 序时进度 is 50%).
    let mut v = common::bundled_value();
    v["summary"]["items"] = json!(51);
    let r = report(&from_value(v), None);
    let overall = paragraphs(&part(&r, "总体情况"))[0];
    assert!(
        overall.starts_with("51件民生实事细分为160个子项，"),
        "{overall}"
    );
    assert!(overall.contains("51件民生实事项目中48件上半年推进达序时要求，占比94%。"));

    // A sector's investment edited, and one given where the source's sentence had none.
    let mut v = common::bundled_value();
    v["sectors"][0]["completed_investment"] = json!(25);
    v["sectors"][2]["completed_investment"] = json!(3);
    let r = report(&from_value(v), None);
    assert_eq!(
        sector_sentence(&r, "（一）教育惠民方面。"),
        "涉及6件实事11个事项，总体按序时推进，但还存在一些问题困难，完成投资25亿元，为年度计划的43%。"
    );
    assert_eq!(
        sector_sentence(&r, "（三）就业创业方面。"),
        "涉及5件实事17个事项，按序时推进，完成投资3亿元。"
    );
    // Untouched sectors keep their own sentences.
    assert_eq!(
        sector_sentence(&r, "（二）卫生健康方面。"),
        "涉及5件实事17个事项，均按序时推进，完成投资4.2亿元，为年度计划的42%。"
    );

    // A status changed: a sentence saying 按序时 of a sector now behind is not reused.
    let mut v = common::bundled_value();
    v["sectors"][1]["status"] = json!("behind");
    let r = report(&from_value(v), None);
    assert_eq!(
        sector_sentence(&r, "（二）卫生健康方面。"),
        "涉及5件实事17个事项，部分项目进展未达序时，完成投资4.2亿元，为年度计划的42%。"
    );
}

#[test]
fn a_share_worked_out_is_a_true_figure_and_a_gap_needs_the_schedule() {
    let mut v = common::bundled_value();
    v["summary"]["text"] = json!("");
    v["summary"]["completed_investment"] = json!(0.5);
    v["summary"]["annual_investment"] = json!(166.3);
    v["schedule_target_pct"] = Value::Null;
    let r = report(&from_value(v), None);
    let overall = paragraphs(&part(&r, "总体情况"))[0];
    // 0.3%, not rounded to a 0% that would be untrue; no 序时进度, no gap.
    assert!(
        overall.contains("上半年完成投资0.5亿元，为年度计划的0.3%。"),
        "{overall}"
    );
    assert!(!overall.contains("个百分点"));
}

#[test]
fn a_sparse_notice_invents_nothing() {
    // 盐城 1—9月: items, the completed investment and its share, counts per class; no
    // sectors, no sub-items, no plan, no 序时进度.
    let r = report(&fixture("yancheng-2013-q3"), None);
    assert_eq!(headings(&r, 1), ["一、总体情况"]);
    assert!(headings(&r, 2).is_empty());
    assert_eq!(
        paragraphs(&part(&r, "总体情况")),
        [
            "民生实事共20件。1—9月完成投资46.3亿元，为年度计划的73.4%。从推进情况看，超序时11件、按序时2件、未达序时7件。"
        ]
    );
    let text = all_text(&r);
    for absent in [
        "分领域情况",
        "未报告",
        "子项",
        "年度总投资",
        "个百分点",
        "无法计算",
    ] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    assert!(!numbers(&text).contains(&0.0), "{text}");
    let table = r.attachment.expect("lagging projects are listed");
    assert!(
        !table.header.contains(&"领域".to_owned()),
        "no sectors, no 领域 column"
    );

    // 苍南: no figure at all; the ledger is all there is, and the source's issuer and date.
    let r = report(&fixture("cangnan-2022-10"), None);
    assert_eq!(
        paragraphs(&part(&r, "总体情况")),
        [
            "截至10月底，共有13个项目推进未达序时或存在问题，其中推进滞后5个、尚未完成8个，详见附件。"
        ]
    );
    assert_eq!(r.issuer.as_deref(), Some("县府办"));
    assert_eq!(r.date.as_deref(), Some("2022年12月14日"));
    assert_eq!(r.number, None);

    // The bundled bulletin stripped to counts per class: no 二, and the parts numbered on.
    let mut v = common::bundled_value();
    v["sectors"] = json!([]);
    for p in v["projects"].as_array_mut().unwrap() {
        p["sector"] = Value::Null;
    }
    v["summary"] = json!({
        "items": null, "sub_items": null, "annual_investment": null,
        "completed_investment": null, "items_on_schedule": null,
        "status_counts": {"on_schedule": 45, "behind": 5}, "text": ""
    });
    let r = report(&from_value(v), None);
    assert_eq!(
        headings(&r, 1),
        ["一、总体情况", "二、存在问题", "三、工作要求"]
    );
    assert_eq!(
        paragraphs(&part(&r, "总体情况")),
        ["从推进情况看，按序时45件、未达序时5件。"]
    );
    let overall_and_sectors: String = all_text(&r).lines().take(3).collect();
    assert!(!numbers(&overall_and_sectors).contains(&0.0));
}

#[test]
fn the_source_gives_the_number_issuer_and_date() {
    let mut v = common::bundled_value();
    v["source"] = json!({
        "issuer": "连云港市人民政府督查室", "number": "连督通〔2023〕12号",
        "published": "2023-07-20", "url": null
    });
    let r = report(&from_value(v), None);
    assert_eq!(r.number.as_deref(), Some("连督通〔2023〕12号"));
    assert_eq!(r.issuer.as_deref(), Some("连云港市人民政府督查室"));
    assert_eq!(r.date.as_deref(), Some("2023年7月20日"));
}

#[test]
fn the_attachment_lists_what_is_held_back_in_the_bulletins_words() {
    let b = bundled();
    let table = report(&b, None).attachment.expect("an attachment");
    assert_eq!(table.title, "推进未达序时民生实事项目及存在问题汇总表");
    assert_eq!(
        table.header,
        [
            "序号",
            "项目",
            "领域",
            "牵头单位",
            "县区",
            "状态",
            "存在问题"
        ]
    );
    assert_eq!(table.rows.len(), 17);
    assert_eq!(
        table.rows[0],
        [
            "1",
            "金山中学建设项目",
            "教育惠民",
            "",
            "赣榆区",
            "推进滞后",
            "城镇棚户区改造项目及赣榆区金山中学、凌州路小学续建等也因资金不到位推进滞后。"
        ]
    );
    assert_eq!(table.rows[1][5], "存在困难");
    assert_eq!(
        table.rows[11][1..4],
        ["城镇棚户区改造", "宜居环境", "市住建局"]
    );
    assert!(
        table
            .rows
            .iter()
            .flatten()
            .all(|c| c != "behind" && c != "at_risk")
    );

    // Resolved by the period's end, or on schedule: not listed; resolved after it: listed.
    let mut b2 = b.clone();
    b2.projects[0].status = ProjectStatus::Resolved;
    b2.projects[1].resolved_on = Some("2023-06-15".into());
    b2.projects[2].status = ProjectStatus::OnSchedule;
    b2.projects[3].resolved_on = Some("2023-08-01".into());
    // 责任人 and 整改时限 when any listed project has one.
    b2.projects[4].owner = Some("张三".into());
    b2.projects[5].deadline = Some("2023-08-31".into());
    let table = report(&b2, None).attachment.unwrap();
    assert_eq!(table.rows.len(), 14);
    assert_eq!(table.rows[0][1], "凌州路小学续建工程");
    assert_eq!(table.rows[0][0], "1");
    assert_eq!(
        table.header,
        [
            "序号",
            "项目",
            "领域",
            "牵头单位",
            "县区",
            "状态",
            "存在问题",
            "责任人",
            "整改时限"
        ]
    );
    assert_eq!(table.rows[1][7..], ["张三", ""]);
    assert_eq!(table.rows[2][7..], ["", "2023年8月31日"]);

    // An owner only on a project not listed brings no column.
    let mut b3 = b.clone();
    b3.projects[0].status = ProjectStatus::Resolved;
    b3.projects[0].owner = Some("李四".into());
    let table = report(&b3, None).attachment.unwrap();
    assert_eq!(table.header.len(), 7);

    let mut none = b.clone();
    for p in &mut none.projects {
        p.status = ProjectStatus::Completed;
    }
    assert_eq!(report(&none, None).attachment, None);
}

#[test]
fn the_previous_period_closes_the_overall_part() {
    let before = bundled();
    let mut after = before.clone();
    after.period.label = "1至7月".into();
    after.period.end = "2023-07-31".into();
    after.summary.completed_investment = Some(110.5);
    // 新海初级中学新城校区 falls behind; 金山中学 is resolved; the other three stay behind.
    after.projects[1].status = ProjectStatus::Behind;
    after.projects[0].status = ProjectStatus::Resolved;
    let r = report(&after, Some(&before));
    let overall = paragraphs(&part(&r, "总体情况"));
    assert_eq!(overall.len(), 2, "{overall:?}");
    assert_eq!(
        overall[1],
        "与上期（2023年上半年）相比，完成投资占年度计划的比例由60%提高到66%，新增滞后1项（新海初级中学新城校区新建项目），已解决或不再滞后1项，连续滞后3项（凌州路小学续建工程、城镇棚户区改造、完善地下水污染防治分区监管体系（新建401个地下水监测井））。"
    );
    // The part after it starts right away.
    let at = r
        .blocks
        .iter()
        .position(|b| *b == Block::Paragraph(overall[1].to_owned()))
        .unwrap();
    assert_eq!(
        r.blocks[at + 1],
        Block::Heading {
            level: 1,
            text: "二、分领域情况".into()
        }
    );

    // Nothing moved.
    let r = report(&before, Some(&before));
    let overall = paragraphs(&part(&r, "总体情况"));
    assert_eq!(
        overall[1],
        "与上期（2023年上半年）相比，完成投资占年度计划的比例持平，为60%，连续滞后4项（金山中学建设项目、凌州路小学续建工程、城镇棚户区改造、完善地下水污染防治分区监管体系（新建401个地下水监测井））。"
    );
    assert_eq!(
        paragraphs(&part(&report(&before, None), "总体情况")).len(),
        1
    );
}
