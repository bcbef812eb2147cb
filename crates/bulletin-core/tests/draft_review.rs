//! The review of a draft (`bulletin_core::draft::review`): every value named by its record
//! and field in words, shown in the bulletin's words, and corrected by the editor's rules.

use bulletin_core::draft::review::{correct, groups, lines};
use bulletin_core::draft::{Finding, read};
use serde_json::json;

fn seed() -> bulletin_core::draft::Draft {
    read(include_str!(
        "../../../docs/source/bulletin-2023-h1.zh-Hans.txt"
    ))
}

fn line<'a>(
    all: &'a [bulletin_core::draft::review::Line],
    path: &str,
) -> &'a bulletin_core::draft::review::Line {
    all.iter()
        .find(|l| l.path == path)
        .unwrap_or_else(|| panic!("no line for {path}"))
}

#[test]
fn each_value_is_named_by_its_record_and_field_with_its_unit() {
    let d = seed();
    let all = lines(&d);
    let items = line(&all, "summary.items");
    assert_eq!(
        (
            items.group.as_str(),
            items.label.as_str(),
            items.shown.as_str()
        ),
        ("总体情况", "民生实事（件）", "50")
    );
    let invest = line(&all, "summary.annual_investment");
    assert_eq!(
        (invest.label.as_str(), invest.shown.as_str()),
        ("年度总投资（亿元）", "166.3")
    );
    let pct = line(&all, "sectors[2].items");
    assert_eq!(pct.group, "第 3 个领域“就业创业”");
    assert_eq!(line(&all, "period.start").label, "开始日期");
    assert_eq!(line(&all, "period.start").group, "通报信息");
    // Every line points at the finding it shows.
    for l in &all {
        if let Some(i) = l.finding {
            assert_eq!(d.findings[i].path, l.path);
        }
    }
}

#[test]
fn no_line_shows_a_program_word() {
    let d = seed();
    for l in lines(&d) {
        for words in [&l.group, &l.label, &l.shown] {
            assert!(
                !words.contains('[')
                    && !words.contains('_')
                    && !words.contains("sector-")
                    && !words.contains("problem-"),
                "{}: {words}",
                l.path
            );
        }
        assert!(
            !["behind", "at_risk", "on_schedule", "ahead"].contains(&l.shown.as_str()),
            "{}",
            l.path
        );
    }
}

#[test]
fn statuses_sectors_and_problem_types_are_shown_by_their_names() {
    let d = seed();
    let all = lines(&d);
    let status = all
        .iter()
        .find(|l| l.path.ends_with(".status") && l.path.starts_with("projects"))
        .unwrap();
    assert!(
        ["推进滞后", "存在困难"].contains(&status.shown.as_str()),
        "{}",
        status.shown
    );
    let sector = all
        .iter()
        .find(|l| l.path.starts_with("projects") && l.path.ends_with(".sector"))
        .unwrap();
    let id = d
        .at(&sector.path)
        .unwrap()
        .value
        .as_str()
        .unwrap()
        .to_owned();
    let name = d.document["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id.as_str())
        .unwrap()["name"]
        .as_str()
        .unwrap();
    assert_eq!(sector.shown, name);
    assert_eq!(sector.text, id, "the input starts with the option's value");
}

#[test]
fn groups_follow_the_bulletin_and_hold_each_record_once() {
    let d = seed();
    let g = groups(&d);
    assert_eq!(g[0].name, "通报信息");
    assert_eq!(g[1].name, "总体情况");
    assert!(g[2].name.starts_with("第 1 个领域"));
    let names: Vec<&str> = g.iter().map(|g| g.name.as_str()).collect();
    let mut unique = names.clone();
    unique.dedup();
    assert_eq!(names.len(), unique.len(), "{names:?}");
    let sector_groups = names.iter().filter(|n| n.contains("个领域")).count();
    assert_eq!(sector_groups, 10);
    // Sectors come in their order: the second before the tenth.
    let second = names
        .iter()
        .position(|n| n.starts_with("第 2 个领域"))
        .unwrap();
    let tenth = names
        .iter()
        .position(|n| n.starts_with("第 10 个领域"))
        .unwrap();
    assert!(second < tenth);
    assert_eq!(
        g.iter().map(|g| g.lines.len()).sum::<usize>(),
        lines(&d).len()
    );
}

#[test]
fn a_correction_is_read_by_the_fields_rules() {
    let d = seed();
    let fixed = correct(&d, "summary.items", "51").unwrap();
    assert_eq!(fixed.document["summary"]["items"], json!(51));
    assert!(
        fixed
            .at("summary.items")
            .unwrap()
            .worked_out
            .as_deref()
            .unwrap()
            .contains("更正")
    );
    let wrong = correct(&d, "summary.items", "五十一").unwrap_err();
    assert!(wrong.contains("整数"), "{wrong}");
    let amount = correct(&d, "summary.annual_investment", "166.4").unwrap();
    assert_eq!(
        amount.document["summary"]["annual_investment"],
        json!(166.4)
    );
    let status = correct(&d, "sectors[1].status", "behind").unwrap();
    assert_eq!(status.document["sectors"][1]["status"], json!("behind"));
    assert!(correct(&d, "sectors[1].status", "慢").is_err());
    // Blank is 未报告, not 0.
    let blank = correct(&d, "summary.sub_items", "").unwrap();
    assert_eq!(blank.document["summary"]["sub_items"], json!(null));
    assert_eq!(line(&lines(&blank), "summary.sub_items").shown, "未报告");
}

#[test]
fn a_value_the_text_does_not_give_is_a_line_to_fill() {
    let d = read("各地要加快推进民生实事。");
    let all = lines(&d);
    let title = line(&all, "title");
    assert_eq!((title.finding, title.shown.as_str()), (None, "未注明"));
    let start = line(&all, "period.start");
    assert_eq!(start.shown, "未注明");
    let filled = correct(&d, "period.start", "2024-01-01").unwrap();
    assert_eq!(filled.document["period"]["start"], json!("2024-01-01"));
    let f = filled.at("period.start").unwrap();
    assert_eq!(f.sentence, Finding::BY_REVIEW);
    assert!(line(&lines(&filled), "period.start").finding.is_some());
    assert!(correct(&d, "period.start", "2024-13-01").is_err());
}

#[test]
fn a_ranking_place_is_typed_as_one_row() {
    let d = read("民生实事县区排名：第一名金寨县；第二名霍山县。");
    let all = lines(&d);
    let first = all
        .iter()
        .find(|l| l.path == "district_ranking[0]")
        .expect("the ranking is read");
    assert!(
        first.shown.contains("金寨县") && first.shown.contains('1'),
        "{}",
        first.shown
    );
    assert_eq!(first.group, "县区排名");
    let moved = correct(&d, "district_ranking[0]", "金寨县：3").unwrap();
    assert_eq!(
        moved.document["district_ranking"][0],
        json!({"district": "金寨县", "rank": 3})
    );
    assert!(correct(&d, "district_ranking[0]", "金寨县：1\n霍山县：2").is_err());
}

#[test]
fn a_draft_goes_through_its_message_intact() {
    let d = seed();
    let text = serde_json::to_string(&d).unwrap();
    let back: bulletin_core::draft::Draft = serde_json::from_str(&text).unwrap();
    assert_eq!(back, d);
}

#[test]
fn each_value_is_shown_in_its_sentence_with_its_words_marked() {
    let d = seed();
    let all = lines(&d);
    let items = line(&all, "summary.items");
    assert_eq!(items.value, "50");
    let q = items.source.as_ref().expect("from a sentence");
    assert_eq!(q.quote, "50件民生实事");
    let sentence = format!("{}{}{}", q.before, q.quote, q.after);
    assert!(sentence.contains("细分为160个子项"), "{sentence}");
    let i = items.finding.unwrap();
    assert_eq!(sentence, d.sentences[d.findings[i].sentence].text);
    // Worked out, and said how.
    let target = line(&all, "schedule_target_pct");
    assert_eq!(target.value, "50");
    assert!(
        target
            .worked_out
            .as_deref()
            .unwrap()
            .contains("60 − 10 = 50")
    );
    assert!(items.worked_out.is_none());
    // A status is held by its id, shown by its name.
    let status = all.iter().find(|l| l.path == "sectors[1].status").unwrap();
    assert_eq!(
        (status.value.as_str(), status.shown.as_str()),
        ("on_schedule", "按序时")
    );
    // Entered by the reviewer: no sentence.
    let entered = correct(&read("各地要加快推进。"), "title", "某市通报").unwrap();
    let entered = lines(&entered);
    let t = line(&entered, "title");
    assert_eq!(t.source, None);
    assert_eq!(t.worked_out.as_deref(), Some("审核时填写"));
}

#[test]
fn in_english_the_records_fields_and_missing_values_are_named_in_english() {
    use bulletin_core::draft::review::{groups_in, lines_in};
    use bulletin_core::lang::{Lang, has_han};
    let d = seed();
    let all = lines_in(&d, Lang::En);
    let items = line(&all, "summary.items");
    assert_eq!(
        (items.group.as_str(), items.label.as_str()),
        ("Overall progress", "Livelihood projects (number)")
    );
    assert_eq!(line(&all, "period.start").group, "Bulletin details");
    assert_eq!(line(&all, "period.start").label, "Start date");
    let sector = line(&all, "sectors[2].items");
    assert!(sector.group.starts_with("Sector 3 “"), "{}", sector.group);
    // The same lines in the same order as in Chinese, only named otherwise.
    let zh = lines(&d);
    assert_eq!(
        all.iter().map(|l| &l.path).collect::<Vec<_>>(),
        zh.iter().map(|l| &l.path).collect::<Vec<_>>()
    );
    // No record or field is named in Chinese once the bulletin's own names are taken out.
    for g in groups_in(&d, Lang::En) {
        let own = g.name.split('“').next().unwrap_or_default();
        assert!(!has_han(own), "group {}", g.name);
        for l in &g.lines {
            assert!(!has_han(&l.label), "{}: {}", l.path, l.label);
        }
    }
    // What the notice does not give says so in English.
    let missing: Vec<_> = all.iter().filter(|l| l.finding.is_none()).collect();
    assert!(!missing.is_empty());
    for l in missing {
        assert!(
            ["Not reported", "Not stated"].contains(&l.shown.as_str()),
            "{}: {}",
            l.path,
            l.shown
        );
    }
}
