//! The reader of notices' texts (`bulletin_core::draft`): the seed's text read against the
//! bundled bulletin, every difference listed; the reference notices written out as texts;
//! numerals, units and the wordings that must not be misread; odd input.

mod common;

use bulletin_core::draft::{self, Draft, Finding};
use serde_json::{Value, json};

const SEED: &str = common::SOURCE;

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Every difference between two values at `path`, numbers compared as numbers.
fn differ(path: &str, ours: &Value, theirs: &Value, out: &mut Vec<String>) {
    let same = match (num(ours), num(theirs)) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        _ => ours == theirs,
    };
    if !same {
        out.push(format!("{path}: {ours} ≠ {theirs}"));
    }
}

/// The draft's project named `name`.
fn project<'a>(d: &'a Draft, name: &str) -> &'a Value {
    d.document["projects"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no project {name}: {:#}", d.document["projects"]))
}

/// A project's districts, whichever field holds them.
fn districts(p: &Value) -> Vec<String> {
    match p["districts"].as_array() {
        Some(a) => a
            .iter()
            .filter_map(|d| d.as_str().map(str::to_owned))
            .collect(),
        None => p["district"]
            .as_str()
            .map(str::to_owned)
            .into_iter()
            .collect(),
    }
}

/// Every difference between the seed's draft and the bundled bulletin.
fn seed_differences(d: &Draft) -> Vec<String> {
    let ours = &d.document;
    let theirs = common::bundled_value();
    let mut out = Vec::new();
    for key in [
        "title",
        "region",
        "schedule_target_pct",
        "currency_unit",
        "preamble",
        "attachments",
    ] {
        differ(key, &ours[key], &theirs[key], &mut out);
    }
    for key in ["year", "label", "start", "end"] {
        differ(
            &format!("period.{key}"),
            &ours["period"][key],
            &theirs["period"][key],
            &mut out,
        );
    }
    for key in [
        "items",
        "sub_items",
        "annual_investment",
        "completed_investment",
        "items_on_schedule",
        "plan_pct",
        "status_counts",
        "text",
    ] {
        differ(
            &format!("summary.{key}"),
            &ours["summary"][key],
            &theirs["summary"][key],
            &mut out,
        );
    }
    let (os, ts) = (
        ours["sectors"].as_array().unwrap(),
        theirs["sectors"].as_array().unwrap(),
    );
    differ("sectors.len", &json!(os.len()), &json!(ts.len()), &mut out);
    for (i, (o, t)) in os.iter().zip(ts).enumerate() {
        for key in [
            "name",
            "items",
            "sub_items",
            "completed_investment",
            "plan_pct",
            "status",
            "text",
            "highlights",
            "problems",
        ] {
            differ(&format!("sectors[{i}].{key}"), &o[key], &t[key], &mut out);
        }
    }
    let (op, tp) = (
        ours["problem_types"].as_array().unwrap(),
        theirs["problem_types"].as_array().unwrap(),
    );
    differ(
        "problem_types.len",
        &json!(op.len()),
        &json!(tp.len()),
        &mut out,
    );
    for (i, (o, t)) in op.iter().zip(tp).enumerate() {
        for key in ["name", "description"] {
            differ(
                &format!("problem_types[{i}].{key}"),
                &o[key],
                &t[key],
                &mut out,
            );
        }
    }
    let (or, tr) = (
        ours["requirements"].as_array().unwrap(),
        theirs["requirements"].as_array().unwrap(),
    );
    differ(
        "requirements.len",
        &json!(or.len()),
        &json!(tr.len()),
        &mut out,
    );
    for (i, (o, t)) in or.iter().zip(tr).enumerate() {
        for key in ["title", "text"] {
            differ(
                &format!("requirements[{i}].{key}"),
                &o[key],
                &t[key],
                &mut out,
            );
        }
    }
    // Projects by name; sectors and problem types by their place in the list.
    let sector_at = |doc: &Value, id: &Value| -> Value {
        doc["sectors"]
            .as_array()
            .unwrap()
            .iter()
            .position(|s| &s["id"] == id)
            .map_or(Value::Null, |i| json!(i))
    };
    let types_at = |doc: &Value, ids: &Value| -> Value {
        let list = doc["problem_types"].as_array().unwrap();
        ids.as_array()
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| list.iter().position(|t| &t["id"] == id))
                    .map(|i| json!(i))
                    .collect()
            })
            .unwrap_or_default()
    };
    let ours_p = ours["projects"].as_array().unwrap();
    for t in theirs["projects"].as_array().unwrap() {
        let name = t["name"].as_str().unwrap();
        let Some(o) = ours_p.iter().find(|o| o["name"] == name) else {
            out.push(format!("project not found: {name}"));
            continue;
        };
        for key in ["lead_unit", "status", "issue"] {
            differ(&format!("{name}.{key}"), &o[key], &t[key], &mut out);
        }
        differ(
            &format!("{name}.districts"),
            &json!(districts(o)),
            &json!(districts(t)),
            &mut out,
        );
        differ(
            &format!("{name}.sector"),
            &sector_at(ours, &o["sector"]),
            &sector_at(&theirs, &t["sector"]),
            &mut out,
        );
        differ(
            &format!("{name}.problem_types"),
            &types_at(ours, &o["problem_types"]),
            &types_at(&theirs, &t["problem_types"]),
            &mut out,
        );
    }
    for o in ours_p {
        if !theirs["projects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == o["name"])
        {
            out.push(format!(
                "project not in the bulletin: {}",
                o["name"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// The differences the seed's draft is known to have, each with why. Ids (`sector-1` for
/// `education`, `problem-1` for `planning`, `project-3` for …) are made, never read, and
/// are not compared: sectors, problem types and projects are matched by place and name.
const KNOWN: &[&str] = &[
    // The text never writes 连云港市 (only 连云港医院, 智游连云港, 连云港铁人三项): the draft
    // holds 未注明 for the reviewer.
    "region: \"未注明\" ≠ \"连云港市\"",
    // The first mention of each is shorter than the name the transcription chose from
    // another sentence (秦东门大街东延 in 交通出行's problems, 秦东门大街东延工程 in 存在问题二).
    "project not found: 秦东门大街东延工程",
    // 北环 is written without 内环路 (…内环路东环(科苑路)、北环(凌洲路—人民路)项目): the
    // shared head is a reading no rule makes safely.
    "project not found: 内环路北环(凌洲路—人民路)",
    "project not found: 市区1万个停车泊位改造和信息化采集接入",
    "project not found: 完善地下水污染防治分区监管体系(新建401个地下水监测井)",
    // The transcription takes the name from the preamble (市福利中心社会化养老服务改造); the
    // reader takes it from 存在问题一's list.
    "project not found: 市社会福利中心社会化养老服务改造",
    // 存在问题一 writes it 农药废弃物回收; nothing says it is 回收农药、化肥包装等废弃物.
    "回收农药、化肥包装等废弃物.problem_types: [] ≠ [0]",
    // 内环路改造项目涉及部队用地征收 names 内环路 without 东环 or 北环: not linked.
    "内环路东环(科苑路).problem_types: [] ≠ [3]",
    // Named only in 存在问题四, outside any sector's paragraph: the transcriber filed the
    // schools under 教育惠民, which the text does not say.
    "新海初级中学科苑路校区新建工程.sector: null ≠ 0",
    "昌圩湖九年一贯制学校工程.sector: null ≠ 0",
    // 优化住房保障 is the 实事 the sentence names first; the transcription lists only its
    // sub-item 城镇棚户区改造.
    "project not in the bulletin: 优化住房保障项目",
    "project not in the bulletin: 秦东门大街东延",
    "project not in the bulletin: 北环(凌洲路—人民路)",
    "project not in the bulletin: 1万个停车泊位改造和信息化采集",
    "project not in the bulletin: 完善地下水污染防治分区监管体系",
    "project not in the bulletin: 市社会福利中心改造",
    "project not in the bulletin: 农药废弃物回收",
];

/// Issues (the sentence quoted as a project's problem) are the transcriber's choice among
/// the sentences that name a project; the reader quotes the first. They are listed, not
/// held to the bundled bulletin's.
fn is_issue(d: &str) -> bool {
    d.contains(".issue:")
}

#[test]
fn the_seed_read_equals_the_bundled_bulletin_but_for_the_known_differences() {
    let d = draft::read(SEED);
    let all = seed_differences(&d);
    let differences: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|d| !is_issue(d))
        .collect();
    let unexpected: Vec<&&str> = differences.iter().filter(|d| !KNOWN.contains(d)).collect();
    let gone: Vec<&&str> = KNOWN.iter().filter(|k| !differences.contains(k)).collect();
    assert!(
        unexpected.is_empty() && gone.is_empty(),
        "unexpected differences: {unexpected:#?}\nknown ones no longer there: {gone:#?}"
    );
    // The issues that differ: every one is a sentence of the text naming its project.
    for p in d.document["projects"].as_array().unwrap() {
        let issue = p["issue"].as_str().unwrap();
        assert!(!issue.is_empty() && SEED.contains(issue), "{issue}");
    }
    let same_issue = all.iter().filter(|d| is_issue(d)).count();
    assert!(same_issue <= 12, "{same_issue} issues differ: {all:#?}");
}

#[test]
fn the_seed_figures_one_by_one() {
    let d = draft::read(SEED);
    let doc = &d.document;
    assert_eq!(doc["title"], "民生实事项目上半年进展情况督查通报");
    assert_eq!(
        doc["period"],
        json!({"year": 2023, "label": "上半年", "start": "2023-01-01", "end": "2023-06-30"})
    );
    let s = &doc["summary"];
    assert_eq!(
        (
            s["items"].as_u64(),
            s["sub_items"].as_u64(),
            s["items_on_schedule"].as_u64()
        ),
        (Some(50), Some(160), Some(48))
    );
    assert_eq!(
        (
            num(&s["annual_investment"]),
            num(&s["completed_investment"])
        ),
        (Some(166.3), Some(100.1))
    );
    // 序时进度 is worked out (60% of plan, 10 points ahead) and says how.
    let f = d.at("schedule_target_pct").expect("序时进度");
    assert_eq!(num(&f.value), Some(50.0));
    assert_eq!(f.quote, "60%,超序时10个百分点");
    assert!(
        f.worked_out
            .as_deref()
            .is_some_and(|w| w.contains("60 − 10 = 50")),
        "{f:?}"
    );
    // Each value beside its sentence, as written.
    let items = d.at("summary.items").unwrap();
    assert_eq!(items.quote, "50件民生实事");
    assert_eq!(
        d.sentences[items.sentence].text,
        "50件民生实事细分为160个子项,年度总投资166.3亿元。"
    );
    assert_eq!(
        d.at("sectors[3].plan_pct").map(|f| f.quote.as_str()),
        Some("为年度计划的44.8%")
    );
    // Projects with their lead units and districts.
    assert_eq!(project(&d, "城镇棚户区改造")["lead_unit"], "市住建局");
    assert_eq!(project(&d, "国省道停车场配套建设")["lead_unit"], "市交通局");
    assert_eq!(
        project(&d, "回收农药、化肥包装等废弃物")["lead_unit"],
        "市供销总社"
    );
    assert_eq!(project(&d, "金山中学建设项目")["district"], "赣榆区");
    assert_eq!(
        project(&d, "昌圩湖九年一贯制学校工程")["district"],
        "市开发区"
    );
    assert_eq!(project(&d, "凌州路小学续建工程")["status"], "behind");
    // Valid as an import; only the region is left to fill.
    assert!(d.check().is_empty(), "{:?}", d.check());
    assert_eq!(d.missing, ["region"]);
    // Sentences no value came from: the three headings and the page's furniture.
    let unused: Vec<&str> = d.unused.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        unused,
        [
            "一、总体情况",
            "二、存在问题",
            "三、工作要求",
            "扫一扫打开当前页"
        ]
    );
    // Reviewed and accepted, it loads.
    let reviewed = d.with("region", json!("连云港市"));
    assert!(reviewed.missing.is_empty());
    let loaded = bulletin_core::load(&reviewed.document.to_string()).expect("loads");
    assert_eq!(loaded.bulletin.region, "连云港市");
    assert_eq!(
        loaded.bulletin.projects.len(),
        d.document["projects"].as_array().unwrap().len()
    );
    assert!(
        !seed_differences(&reviewed)
            .iter()
            .any(|d| d.starts_with("region"))
    );
}

#[test]
fn a_finding_dropped_or_corrected_rebuilds_the_document() {
    let d = draft::read(SEED);
    // Dropping a sector moves the later ones up and files its projects under none.
    let education_projects = |d: &Draft, id: &str| {
        d.document["projects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["sector"] == id)
            .count()
    };
    assert!(education_projects(&d, "sector-1") >= 4);
    let transport = education_projects(&d, "sector-4");
    let without = d.without("sectors[0]");
    assert_eq!(without.document["sectors"].as_array().unwrap().len(), 9);
    assert_eq!(without.document["sectors"][0]["name"], "卫生健康");
    assert_eq!(
        without.at("sectors[2].name").map(|f| f.value.clone()),
        Some(json!("交通出行"))
    );
    assert_eq!(education_projects(&without, "sector-3"), transport);
    assert!(without.check().is_empty(), "{:?}", without.check());
    // A figure dropped is 未报告, never 0.
    let no_plan = d.without("sectors[3].plan_pct");
    assert_eq!(no_plan.document["sectors"][3]["plan_pct"], Value::Null);
    // A correction keeps its sentence and says it was corrected.
    let fixed = d.with("summary.items", json!(51));
    let f = fixed.at("summary.items").unwrap();
    assert_eq!(
        (f.value.clone(), f.sentence),
        (json!(51), d.at("summary.items").unwrap().sentence)
    );
    assert!(f.worked_out.as_deref().is_some_and(|w| w.contains("50")));
    // A value the reviewer enters has no sentence.
    let entered = d.with("source.issuer", json!("市政府督查室"));
    assert_eq!(
        entered.at("source.issuer").unwrap().sentence,
        Finding::BY_REVIEW
    );
    assert_eq!(entered.document["source"]["issuer"], "市政府督查室");
    // Dropping a problem type takes it off its projects.
    let no_type = d.without("problem_types[0]");
    assert_eq!(
        no_type.document["problem_types"].as_array().unwrap().len(),
        3
    );
    assert_eq!(
        project(&no_type, "城镇棚户区改造")["problem_types"],
        json!(["problem-1"])
    );
    assert!(no_type.check().is_empty(), "{:?}", no_type.check());
}
