//! Wordings the reader must read right, and must not misread: Chinese numerals and units,
//! a text with no figures, 计划总投资 beside 年度计划投资, a percentage that repeats a count;
//! and odd input of any kind, read without a panic in linear time.

use bulletin_core::draft;
use serde_json::{Value, json};

#[test]
fn chinese_numerals_and_units() {
    let d = draft::read(
        "2024年民生实事项目上半年进展情况通报\n一、总体情况\n十件民生实事细分为一百二十个子项，年度计划投资两千三百零五万元。上半年完成投资1383万元，为年度计划的百分之六十，超序时10个百分点。\n",
    );
    let s = &d.document["summary"];
    assert_eq!(
        (s["items"].clone(), s["sub_items"].clone()),
        (json!(10), json!(120))
    );
    // Only 万元 in the text: the draft's unit is 万元.
    assert_eq!(d.document["currency_unit"], "万元");
    assert_eq!(s["annual_investment"], json!(2305));
    assert_eq!(s["completed_investment"], json!(1383));
    assert_eq!(d.document["schedule_target_pct"], json!(50));
    assert_eq!(d.at("summary.items").unwrap().quote, "十件民生实事");
    assert!(d.check().is_empty(), "{:?}", d.check());

    // Full-width digits and points, 亿元 and 万元 in one text: 亿元, the figure as written kept.
    let d = draft::read(
        "一、总体情况\n１２件民生实事，年度总投资１２亿元，上半年完成投资０．５亿元，占年度计划的４．２％。\n（一）教育方面。涉及3件实事，完成投资8300万元，为年度计划的30%。",
    );
    let s = &d.document["summary"];
    assert_eq!(d.document["currency_unit"], "亿元");
    assert_eq!(
        (
            s["items"].clone(),
            s["annual_investment"].as_f64(),
            s["completed_investment"].as_f64()
        ),
        (json!(12), Some(12.0), Some(0.5))
    );
    assert_eq!(
        d.at("summary.completed_investment").unwrap().quote,
        "完成投资０．５亿元"
    );
    assert_eq!(
        d.document["sectors"][0]["completed_investment"].as_f64(),
        Some(0.83)
    );
    assert_eq!(
        d.at("sectors[0].completed_investment").unwrap().quote,
        "完成投资8300万元"
    );
    assert_eq!(d.document["sectors"][0]["plan_pct"], json!(30));
    // The plan is given, so its share is not kept besides.
    assert!(s.get("plan_pct").is_none());
}

#[test]
fn a_text_with_no_figures_gives_none() {
    for text in [
        "",
        "   \n\n",
        "今天开会。大家讨论了工作。",
        "第3次会议于10时召开，到会25人，议程2项。",
        "民生实事\n进展顺利",
    ] {
        let d = draft::read(text);
        let figures: Vec<&str> = d
            .findings
            .iter()
            .map(|f| f.path.as_str())
            .filter(|p| !matches!(*p, "title" | "summary.text" | "preamble"))
            .collect();
        assert!(figures.is_empty(), "{text:?}: {figures:?}");
        let s = &d.document["summary"];
        for key in [
            "items",
            "sub_items",
            "annual_investment",
            "completed_investment",
            "items_on_schedule",
        ] {
            assert_eq!(s[key], Value::Null, "{text:?} {key}");
        }
        assert_eq!(d.document["schedule_target_pct"], Value::Null);
        assert!(d.missing.contains(&"period.year".to_owned()), "{text:?}");
    }
}

#[test]
fn a_project_total_is_not_the_annual_plan() {
    let d = draft::read(
        "全市重点民生项目计划总投资300亿元，年度计划投资120亿元，上半年完成投资60亿元。",
    );
    let s = &d.document["summary"];
    assert_eq!(
        (
            s["annual_investment"].as_f64(),
            s["completed_investment"].as_f64()
        ),
        (Some(120.0), Some(60.0))
    );
    assert_eq!(
        d.at("summary.annual_investment").unwrap().quote,
        "年度计划投资120亿元"
    );
    let d = draft::read("项目计划总投资300亿元，已完成投资60亿元。");
    assert_eq!(d.document["summary"]["annual_investment"], Value::Null);
}

#[test]
fn a_share_of_a_count_is_not_a_share_of_the_plan() {
    let d = draft::read(
        "10件民生实事中，推进滞后3项，占30%。\n（一）教育方面。涉及4件实事，其中1项，占25%。",
    );
    assert!(
        d.document["summary"].get("plan_pct").is_none(),
        "{:#}",
        d.document["summary"]
    );
    assert_eq!(d.document["sectors"][0]["plan_pct"], Value::Null);
    assert_eq!(d.document["schedule_target_pct"], Value::Null);
    assert_eq!(d.document["summary"]["items"], 10);
}

#[test]
fn wordings_of_counts_status_and_schedule() {
    // 序时进度 stated; 欠序时 N个百分点 worked out the other way.
    let d = draft::read("1-9月完成投资30亿元，序时进度75%。");
    assert_eq!(d.document["schedule_target_pct"], json!(75));
    assert!(d.at("schedule_target_pct").unwrap().worked_out.is_none());
    let d = draft::read("1-9月完成投资30亿元，占年度计划的70%，欠序时5个百分点。");
    assert_eq!(d.document["schedule_target_pct"], json!(75));
    assert!(
        d.at("schedule_target_pct")
            .unwrap()
            .worked_out
            .as_deref()
            .unwrap()
            .contains("70 + 5 = 75")
    );
    // 未达序时 is not 达序时.
    let d = draft::read("30项民生实事中，已完成5项，按序时推进20项，未达序时5项。");
    assert_eq!(
        d.document["summary"]["status_counts"],
        json!({"completed": 5, "on_schedule": 20, "behind": 5})
    );
    // 推进缓慢的有3项（A、B、C）; 巴州区有2项（…）推进缓慢.
    let d = draft::read(
        "推进缓慢的有3项（城北污水厂、东湖公园、西城学校）。巴州区有2项（老旧小区改造、农贸市场改造）推进缓慢。",
    );
    let p = d.document["projects"].as_array().unwrap();
    let names: Vec<&str> = p.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "城北污水厂",
            "东湖公园",
            "西城学校",
            "老旧小区改造",
            "农贸市场改造"
        ]
    );
    assert!(p.iter().all(|p| p["status"] == "behind"));
    assert_eq!(p[3]["district"], "巴州区");
    assert_eq!(p[0]["district"], Value::Null);
    // 滞后项目：一是…；二是….
    let d = draft::read("滞后项目：一是城南水厂扩建；二是滨河路改造。");
    let names: Vec<&str> = d.document["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["城南水厂扩建", "滨河路改造"]);
    // Problem types and requirements, 一是… and 一要….
    let d = draft::read(
        "一、存在问题\n一是资金不到位。部分项目资金缺口大。\n二是进度不均衡。\n二、工作要求\n一要压实责任。各单位要落实。二要加强调度。",
    );
    let doc = &d.document;
    assert_eq!(
        doc["problem_types"][0],
        json!({"id": "problem-1", "name": "资金不到位", "description": "部分项目资金缺口大。"})
    );
    assert_eq!(doc["problem_types"][1]["name"], "进度不均衡");
    assert_eq!(
        doc["requirements"],
        json!([{"title": "压实责任", "text": "各单位要落实。"}, {"title": "加强调度", "text": ""}])
    );
}

/// A small deterministic generator (no dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn odd_input_is_read_without_a_panic_and_every_quote_is_the_text() {
    let pieces = [
        "件",
        "项",
        "个",
        "民生实事",
        "亿元",
        "万元",
        "%",
        "％",
        "百分之",
        "十",
        "一百二",
        "两",
        "〇",
        "1",
        "9",
        ".",
        "．",
        "，",
        ",",
        "。",
        "；",
        "：",
        "（",
        "）",
        "(",
        ")",
        "、",
        "\n",
        "\r\n",
        "\t",
        "|",
        "一、",
        "（一）",
        "方面。",
        "存在问题：",
        "一是",
        "一要",
        "牵头的",
        "牵头部门：",
        "市交通局",
        "舒城县",
        "第一名",
        "排名",
        "超序时",
        "欠序时",
        "个百分点",
        "年度总投资",
        "完成投资",
        "为年度计划的",
        "截至",
        "月",
        "日",
        "年",
        "2023",
        "1至8月份",
        "上半年",
        "督通〔2021〕37号",
        "附件：",
        "😀",
        "\u{200b}",
        "\u{0301}",
        "\u{feff}",
        "𠀀",
        "ｱ",
        "Ａ",
        "０",
        "９",
        "\u{2028}",
        "号",
        "包括",
        "如",
        "等",
        "和",
        "及",
        "有3项（",
        "项目",
        "滞后",
        "未达序时",
    ];
    let mut g = Lcg(19);
    for round in 0..600 {
        let len = (g.next() % 80) as usize;
        let text: String = if round % 3 == 2 {
            // Any code points at all, from every plane.
            (0..len)
                .filter_map(|_| char::from_u32((g.next() % 0x11_0000) as u32))
                .collect()
        } else {
            (0..len)
                .map(|_| pieces[(g.next() as usize) % pieces.len()])
                .collect()
        };
        let d = draft::read(&text);
        for f in &d.findings {
            assert!(
                text.contains(&f.quote),
                "round {round}: {:?} not in {text:?}",
                f.quote
            );
            assert!(
                f.sentence < d.sentences.len() && f.last_sentence < d.sentences.len(),
                "round {round}"
            );
        }
        // Whatever the text, the draft is a document the validator reads to its end.
        let _ = d.check();
        // A reviewer's value may be anything, at any path.
        let odd = [
            json!(5),
            json!(null),
            json!([1, 2]),
            json!({"x": 1}),
            json!("文"),
        ];
        for path in [
            "projects[0]",
            "projects",
            "sectors[0]",
            "problem_types",
            "period",
            "summary.items",
            "a[3].b",
            "",
            "[",
            "x[99999999999]",
        ] {
            let v = odd[(g.next() as usize) % odd.len()].clone();
            let e = d.with(path, v);
            let _ = e.check();
            let _ = e.without(path).without("projects[0]");
        }
        let _ = d
            .without("sectors[0]")
            .without("projects[0]")
            .with("summary.items", json!(1));
    }
}

#[test]
fn a_long_text_is_read_whole() {
    // Its time is measured by `examples/bench_draft.rs`, not here.
    let seed = include_str!("../../../docs/source/bulletin-2023-h1.zh-Hans.txt");
    let n = 20;
    let d = draft::read(&seed.repeat(n));
    assert!(d.sentences.len() > 100 * n);
    // One sentence of 100,000 characters, no stop anywhere: read, and nothing made up.
    let one = "一二三四五六七八九十件项个亿元%".repeat(6_250);
    let d = draft::read(&one);
    assert_eq!(d.sentences.len(), 1);
}

#[test]
fn sectors_as_lists_and_counts_by_category() {
    let d = draft::read(
        "2024年1-6月重点项目推进情况\n全市60个重点项目年度计划投资100亿元，1-6月完成投资52亿元，占年度计划的52%。分行业看：工业项目完成投资30亿元，占年度计划的55%；农业项目完成投资12亿元，占年度计划的48%；社会事业项目完成投资10亿元，占年度计划的50%。",
    );
    let doc = &d.document;
    assert_eq!(doc["summary"]["items"], 60);
    assert_eq!(doc["summary"]["completed_investment"], json!(52));
    let sectors: Vec<(&str, f64, f64)> = doc["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap(),
                s["completed_investment"].as_f64().unwrap(),
                s["plan_pct"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sectors,
        [
            ("工业项目", 30.0, 55.0),
            ("农业项目", 12.0, 48.0),
            ("社会事业项目", 10.0, 50.0)
        ]
    );
    // The list does not say how each stands: left for the reviewer.
    assert!(d.missing.contains(&"sectors[0].status".to_owned()));
    let d = draft::read("全市共实施重点项目60个，其中建设工程23个、产业项目14个、民生项目23个。");
    let sectors: Vec<(&str, u64)> = d.document["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["items"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        sectors,
        [("建设工程", 23), ("产业项目", 14), ("民生项目", 23)]
    );
    assert_eq!(d.document["summary"]["items"], 60);
}
