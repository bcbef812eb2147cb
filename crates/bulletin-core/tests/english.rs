//! The page's own words in English: every field of the field table (label, help, unit,
//! options), every status of every vocabulary, the charts' series and the display's words.
//! A translation left out, left empty or left in Chinese fails here, not in front of a reader.
//! The Chinese stays as it was.

mod common;

use std::collections::HashSet;

use bulletin_core::chart_data::{
    investment_by_sector_in, items_by_progress_in, items_by_sector_in, progress_by_sector_in,
    projects_by_in,
};
use bulletin_core::display::{
    amount_in, bytes_in, count_unit_in, date_in, exact_amount_in, not_reported_in, not_stated_in,
    percent_in, period_name_in, project_figures_in, rank_move_in, readable_amount_in,
    schedule_gap_in, share_in, signed_count_in, signed_points_in, unit_in,
};
use bulletin_core::filter::{Facet, Filter, SortColumn, facet_counts};
use bulletin_core::form::{
    Field, Kind, Part, Record, field_label_in, fields, label_in, to_text_in,
};
use bulletin_core::lang::{Lang, has_han};
use bulletin_core::status::{Grade, Grading, ItemStatus, Level, vocabulary, vocabulary_in};
use bulletin_core::supervision::{Judge, RankBy, RankSort, Warning, rankings};
use bulletin_core::{Bulletin, ProjectStatus, SectorStatus, load};
use common::{BUNDLED, bundled_value};
use serde_json::json;

const EN: Lang = Lang::En;

/// English words: there, and not Chinese.
fn english(text: &str, what: &str) {
    assert!(!text.trim().is_empty(), "{what}: no English");
    assert!(!has_han(text), "{what}: {text:?} is not English");
}

/// The bundled bulletin with its own names (sectors, problem types, projects, units,
/// districts) in Latin letters, so that any Han character left in the page's words is a
/// translation missing.
fn latin_bulletin() -> Bulletin {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    for (i, s) in b.sectors.iter_mut().enumerate() {
        s.name = format!("Sector {i}");
    }
    for (i, t) in b.problem_types.iter_mut().enumerate() {
        t.name = format!("Type {i}");
    }
    for (i, p) in b.projects.iter_mut().enumerate() {
        p.name = format!("Project {i}");
        p.lead_unit = (i % 3 != 0).then(|| format!("Unit {}", i % 4));
        p.district = (i % 2 == 0).then(|| format!("District {}", i % 3));
        p.districts = None;
    }
    b
}

/// Every option of a choice, and every class of the rows of counts.
fn check_field(part: Part, f: &Field) {
    let at = format!("{part:?}.{}", f.path);
    english(f.label_in(EN), &format!("{at} label"));
    english(&f.caption_in(EN), &format!("{at} caption"));
    assert_eq!(
        f.help.is_some(),
        f.help_in(EN).is_some(),
        "{at}: help in one language only"
    );
    if let Some(help) = f.help_in(EN) {
        english(help, &format!("{at} help"));
    }
    if let Some(unit) = f.unit_in(EN) {
        english(&unit, &format!("{at} unit"));
    }
    match &f.kind {
        Kind::Choice(options) | Kind::Many(options) => {
            let shown = f.options_in(EN);
            assert_eq!(shown.len(), options.len(), "{at}: every option");
            for ((value, _), (same, label)) in options.iter().zip(&shown) {
                assert_eq!(value, same, "{at}: the options keep their values");
                english(label, &format!("{at} option {value:?}"));
            }
            let labels: HashSet<&str> = shown.iter().map(|(_, l)| l.as_str()).collect();
            assert_eq!(labels.len(), shown.len(), "{at}: options called alike");
            assert_eq!(&f.options_in(Lang::Zh), options, "{at}: Chinese as it was");
        }
        Kind::Rows(rows) => {
            english(rows.help_in(EN), &format!("{at} rows help"));
            if let bulletin_core::form::Rows::Counts(classes) = rows {
                for (id, words) in classes {
                    english(words.en, &format!("{at} class {id}"));
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_of_every_part_has_its_english() {
    for unit in ["亿元", "万元", "元"] {
        let mut b = latin_bulletin();
        b.currency_unit = unit.to_owned();
        for part in Part::ALL {
            let all = fields(part, Some(&b));
            assert!(!all.is_empty());
            for f in &all {
                check_field(part, f);
                // The table's lookups say what the field says.
                assert_eq!(label_in(part, f.path, EN), Some(f.label_in(EN)));
                assert_eq!(label_in(part, f.path, Lang::Zh), Some(f.label));
            }
            let labels: HashSet<&str> = all.iter().map(|f| f.label_in(EN)).collect();
            assert_eq!(labels.len(), all.len(), "{part:?}: two fields called alike");
            english(part.noun_in(EN), &format!("{part:?} noun"));
        }
    }
    // Without a bulletin (labels only), and with no sectors or types to choose.
    for part in Part::ALL {
        for f in fields(part, None) {
            check_field(part, &f);
        }
    }
}

#[test]
fn the_change_list_names_every_field_in_english() {
    for part in Part::ALL {
        for f in fields(part, None) {
            let (list, key) = match (part, f.path.split_once('/')) {
                (_, Some((group, key))) => (group, key),
                (Part::Bulletin, None) => ("", f.path),
                (p, None) => (p.pointer().trim_start_matches('/'), f.path),
            };
            assert_eq!(
                field_label_in(list, key, EN),
                f.label_in(EN),
                "{list}.{key}"
            );
        }
    }
    for class in ItemStatus::ALL {
        english(
            field_label_in("status_counts", class.id(), EN),
            &format!("status_counts.{}", class.id()),
        );
    }
    for key in ["date", "text", "by"] {
        english(field_label_in("follow_ups", key, EN), key);
    }
}

#[test]
fn fields_show_their_units_and_values_in_english() {
    let b = latin_bulletin();
    let sector = fields(Part::Sector, Some(&b));
    let find = |key: &str| sector.iter().find(|f| f.key == key).expect(key).clone();
    assert_eq!(find("plan_pct").caption_in(EN), "Share of annual plan (%)");
    assert_eq!(find("plan_pct").caption(), "占年度计划（%）");
    assert_eq!(
        find("completed_investment").caption_in(EN),
        "Investment completed (CNY 100m)"
    );
    assert_eq!(find("items").caption_in(EN), "Livelihood projects (number)");
    let bulletin = fields(Part::Bulletin, Some(&b));
    let year = bulletin.iter().find(|f| f.key == "period_year").unwrap();
    assert_eq!(year.caption_in(EN), "Year", "no unit after a year");
    assert_eq!(year.caption(), "年份（年）");
    let status = find("status");
    assert_eq!(
        status.options_in(EN)[3],
        ("behind".to_owned(), "Behind schedule".to_owned())
    );
    let project = fields(Part::Project, Some(&b));
    let in_sector = project.iter().find(|f| f.key == "sector").unwrap();
    let options = in_sector.options_in(EN);
    assert_eq!(options[0].1, "Sector 0", "the bulletin's names as written");
    assert_eq!(
        options.last().unwrap(),
        &(String::new(), "Not stated".to_owned())
    );
    // Rows of counts written in English read back; the Chinese text is as it was.
    let summary = fields(Part::Summary, Some(&b));
    let counts = summary.iter().find(|f| f.key == "status_counts").unwrap();
    let value = json!({"completed": 14, "behind": 2});
    let typed = to_text_in(&counts.kind, &value, EN);
    assert_eq!(typed, "Completed for the year: 14\nBehind schedule: 2");
    assert_eq!(counts.read(&typed), Ok(value.clone()));
    assert_eq!(
        to_text_in(&counts.kind, &value, Lang::Zh),
        "已完成全年：14\n未达序时：2"
    );
    let districts = project.iter().find(|f| f.key == "districts").unwrap();
    let names = json!(["海州区", "连云区"]);
    let typed = to_text_in(&districts.kind, &names, EN);
    assert_eq!(typed, "海州区, 连云区");
    assert_eq!(districts.read(&typed), Ok(names));
}

#[test]
fn editors_are_headed_in_english() {
    let b = latin_bulletin();
    let doc = serde_json::to_value(&b).unwrap();
    let sector = Record::sector(&b, &doc, Some(&b.sectors[0].id)).unwrap();
    assert_eq!(sector.title_in(EN), "Edit sector “Sector 0”");
    assert_eq!(sector.title_in(Lang::Zh), sector.title);
    let new = Record::new_of(Part::Project, &b, &doc).unwrap();
    assert_eq!(new.title_in(EN), "New project");
    assert_eq!(new.title, "新增项目");
    let second = Record::requirement(&doc, Some(1)).unwrap();
    assert_eq!(second.title_in(EN), "Edit work requirement 2");
    for record in [
        Record::bulletin(&b, &doc).unwrap(),
        Record::summary(&b, &doc).unwrap(),
        Record::project(&b, &doc, Some(&b.projects[0].id)).unwrap(),
        Record::problem_type(&doc, Some(&b.problem_types[0].id)).unwrap(),
    ] {
        english(&record.title_in(EN), &record.title);
    }
    for part in Part::ALL {
        if let Some(r) = Record::new_of(part, &b, &doc) {
            english(&r.title_in(EN), &r.title);
        }
    }
}

/// Every word of a vocabulary: English, and no two alike.
fn vocabulary_of(name: &str, words: impl IntoIterator<Item = String>) {
    let words: Vec<String> = words.into_iter().collect();
    assert!(!words.is_empty(), "{name}");
    for w in &words {
        english(w, name);
    }
    let distinct: HashSet<&String> = words.iter().collect();
    assert_eq!(
        distinct.len(),
        words.len(),
        "{name}: two alike in {words:?}"
    );
}

#[test]
fn every_vocabulary_has_every_word_in_english() {
    let all = |f: &dyn Fn(Lang) -> Vec<String>, name: &str| {
        vocabulary_of(name, f(EN));
        // Chinese ones are distinct as well, and differ from the English.
        let zh = f(Lang::Zh);
        assert!(zh.iter().all(|w| has_han(w)), "{name}: {zh:?}");
    };
    let items = ItemStatus::ALL;
    all(
        &|l| items.iter().map(|s| s.label_in(l).into()).collect(),
        "item labels",
    );
    all(
        &|l| items.iter().map(|s| s.count_label_in(l).into()).collect(),
        "item counts",
    );
    all(
        &|l| items.iter().map(|s| s.meaning_in(l).into()).collect(),
        "item meanings",
    );
    let sectors = SectorStatus::ALL;
    all(
        &|l| sectors.iter().map(|s| s.label_in(l).into()).collect(),
        "sector labels",
    );
    all(
        &|l| sectors.iter().map(|s| s.meaning_in(l).into()).collect(),
        "sector meanings",
    );
    let projects = ProjectStatus::ALL;
    all(
        &|l| projects.iter().map(|s| s.label_in(l).into()).collect(),
        "project labels",
    );
    all(
        &|l| projects.iter().map(|s| s.meaning_in(l).into()).collect(),
        "project meanings",
    );
    let warnings = Warning::ALL;
    all(
        &|l| warnings.iter().map(|w| w.label_in(l).into()).collect(),
        "warning labels",
    );
    all(
        &|l| warnings.iter().map(|w| w.meaning_in(l).into()).collect(),
        "warning meanings",
    );
    let grades = Grade::ALL;
    all(
        &|l| grades.iter().map(|g| g.label_in(l).into()).collect(),
        "grade labels",
    );
    for grading in [
        Grading::default(),
        Grading {
            yellow_from: 5.5,
            red_from: 12.0,
            extra: Default::default(),
        },
    ] {
        all(
            &|l| grades.iter().map(|g| grading.meaning_in(*g, l)).collect(),
            "grade meanings",
        );
    }
    all(
        &|l| Level::ALL.iter().map(|v| v.label_in(l).into()).collect(),
        "levels",
    );
    all(
        &|l| RankBy::ALL.iter().map(|v| v.label_in(l).into()).collect(),
        "rank by",
    );
    all(
        &|l| RankSort::ALL.iter().map(|v| v.label_in(l).into()).collect(),
        "rank sort",
    );
    all(
        &|l| Facet::ALL.iter().map(|v| v.label_in(l).into()).collect(),
        "facets",
    );
    all(
        &|l| {
            SortColumn::ALL
                .iter()
                .map(|v| v.label_in(l).into())
                .collect()
        },
        "columns",
    );
    all(
        &|l| Part::ALL.iter().map(|v| v.noun_in(l).into()).collect(),
        "parts",
    );
}

#[test]
fn the_chinese_is_what_it_was() {
    assert_eq!(ItemStatus::Behind.label(), "未达序时");
    assert_eq!(ItemStatus::Behind.label_in(Lang::Zh), "未达序时");
    assert_eq!(ItemStatus::Behind.label_in(EN), "Behind schedule");
    assert_eq!(ProjectStatus::Behind.label(), "推进滞后");
    assert_eq!(SectorStatus::OnSchedule.label_in(EN), "On schedule");
    assert_eq!(ItemStatus::Ahead.label_in(EN), "Ahead of schedule");
    assert_eq!(Warning::Overdue.label(), "已逾期");
    assert_eq!(Grade::OnTrack.label(), "投资基本达序时");
    assert_eq!(Facet::Unit.label(), "牵头单位");
    assert_eq!(Facet::Unit.label_in(EN), "Lead unit");
    assert_eq!(SortColumn::Deadline.label_in(EN), "Rectification deadline");
    assert_eq!(vocabulary(), vocabulary_in(Lang::Zh));
    let (zh, en) = (vocabulary(), vocabulary_in(EN));
    assert_eq!(zh.len(), en.len());
    for (z, e) in zh.iter().zip(&en) {
        assert_eq!((z.level, z.key), (e.level, e.key));
        english(e.label, e.key);
        english(e.meaning, e.key);
    }
}

#[test]
fn grade_meanings_keep_their_figures() {
    let g = Grading {
        yellow_from: 7.5,
        red_from: 20.0,
        extra: Default::default(),
    };
    assert_eq!(
        g.meaning_in(Grade::Yellow, EN),
        "7.5 percentage points or more below the time-elapsed target, but less than 20"
    );
    assert_eq!(
        g.meaning(Grade::Yellow),
        "低于序时进度 7.5 个百分点及以上、不到 20 个百分点"
    );
    assert!(g.meaning_in(Grade::OnTrack, EN).contains("Less than 7.5 "));
    assert!(
        g.meaning_in(Grade::Red, EN)
            .starts_with("20 percentage points")
    );
}

#[test]
fn amounts_in_english_move_the_point_and_lose_no_digit() {
    assert_eq!(amount_in(Some(21.4), "亿元", EN), "CNY 2.14bn");
    assert_eq!(amount_in(Some(21.4), "亿元", Lang::Zh), "21.4 亿元");
    // Two decimals in its own unit, as the Chinese writes 0.3 亿元.
    assert_eq!(amount_in(Some(0.296), "亿元", EN), "CNY 30m");
    assert_eq!(amount_in(Some(0.296), "亿元", Lang::Zh), "0.3 亿元");
    assert_eq!(amount_in(Some(1.23), "万元", EN), "CNY 12.3k");
    assert_eq!(amount_in(Some(1500.0), "万元", EN), "CNY 15m");
    assert_eq!(amount_in(Some(12_000.0), "万元", EN), "CNY 120m");
    assert_eq!(amount_in(Some(850.0), "元", EN), "CNY 850");
    assert_eq!(amount_in(Some(0.0), "亿元", EN), "CNY 0");
    assert_eq!(amount_in(Some(0.01), "万元", EN), "CNY 100");
    assert_eq!(amount_in(Some(166.3), "亿元", EN), "CNY 16.63bn");
    assert_eq!(amount_in(Some(123_456.78), "亿元", EN), "CNY 12345.678bn");
    assert_eq!(amount_in(None, "亿元", EN), "Not reported");
    assert_eq!(amount_in(Some(f64::INFINITY), "亿元", EN), "Out of range");
    assert_eq!(
        amount_in(Some(3.0), "美元", EN),
        "3 美元",
        "a unit of its own as written"
    );
    assert_eq!(amount_in(Some(12.0), "件", EN), "12 projects");
    assert_eq!(amount_in(Some(1.0), "件", EN), "1 project");
    assert_eq!(readable_amount_in(Some(0.296), "亿元", EN), "CNY 29.6m");
    assert_eq!(
        readable_amount_in(Some(0.296), "亿元", Lang::Zh),
        "2960 万元"
    );
    assert_eq!(
        readable_amount_in(Some(0.2961234), "亿元", EN),
        "CNY 29.61m"
    );
    assert_eq!(
        readable_amount_in(Some(12_345.678), "万元", EN),
        "CNY 123.4568m"
    );
    assert_eq!(readable_amount_in(Some(99_999.999), "元", EN), "CNY 100k");
    assert_eq!(readable_amount_in(None, "元", EN), "Not reported");
    assert_eq!(exact_amount_in(Some(0.296123), "亿元", EN), "CNY 29.6123m");
    assert_eq!(
        exact_amount_in(Some(0.296123), "亿元", Lang::Zh),
        "0.296123 亿元"
    );
    assert_eq!(unit_in("亿元", EN), "CNY 100m");
    assert_eq!(unit_in("万元", EN), "CNY 10k");
    assert_eq!(unit_in("%", EN), "%");
    assert_eq!(unit_in("件", EN), "number");
    assert_eq!(unit_in("亿元", Lang::Zh), "亿元");
    // After a card's figure, under a label that names what is counted: “20”, not “20 number”.
    assert_eq!(count_unit_in("件", EN), "");
    assert_eq!(count_unit_in("件", Lang::Zh), "件");
}

#[test]
fn the_display_says_its_words_in_english() {
    assert_eq!(not_reported_in(EN), "Not reported");
    assert_eq!(not_stated_in(EN), "Not stated");
    assert_eq!(not_reported_in(Lang::Zh), "未报告");
    assert_eq!(percent_in(Some(44.8), EN), "44.8%");
    assert_eq!(percent_in(None, EN), "Not reported");
    assert_eq!(share_in(Some(1.0), Some(0.0), EN), "Cannot be worked out");
    assert_eq!(share_in(Some(100.1), Some(166.3), EN), "60%");
    assert_eq!(
        schedule_gap_in(Some(10.19), 0, EN),
        "10 points ahead of schedule"
    );
    assert_eq!(
        schedule_gap_in(Some(-5.2), 1, EN),
        "5.2 points behind schedule"
    );
    assert_eq!(
        schedule_gap_in(Some(-1.0), 1, EN),
        "1 point behind schedule"
    );
    assert_eq!(schedule_gap_in(Some(0.01), 1, EN), "Level with schedule");
    assert_eq!(schedule_gap_in(Some(0.01), 1, Lang::Zh), "与序时持平");
    assert_eq!(signed_points_in(Some(-7.0), 1, EN), "−7");
    assert_eq!(signed_points_in(None, 1, EN), "Not reported");
    assert_eq!(signed_count_in(Some(2), "件", EN), "+2 projects");
    assert_eq!(signed_count_in(Some(-1), "件", EN), "−1 project");
    assert_eq!(signed_count_in(Some(0), "件", EN), "No change");
    assert_eq!(signed_count_in(Some(-1), "件", Lang::Zh), "−1 件");
    assert_eq!(rank_move_in(Some(3), Some(1), EN), "Up 2 places");
    assert_eq!(rank_move_in(Some(1), Some(2), EN), "Down 1 place");
    assert_eq!(rank_move_in(Some(1), Some(1), EN), "Rank unchanged");
    assert_eq!(
        rank_move_in(None, Some(1), EN),
        "Not ranked in the previous bulletin"
    );
    assert_eq!(rank_move_in(Some(1), None, Lang::Zh), "本期未排名");
    assert_eq!(bytes_in(812, EN), "812 bytes");
    assert_eq!(bytes_in(812, Lang::Zh), "812 字节");
    assert_eq!(bytes_in(39_117, EN), "38.2 KB");
    let figures = bulletin_core::ProjectFigures {
        completed_investment: Some(0.296),
        plan_pct: Some(45.0),
        ..Default::default()
    };
    assert_eq!(
        project_figures_in(&figures, "亿元", EN),
        [
            "Investment completed: CNY 29.6m",
            "Share of annual plan completed: 45%"
        ]
    );
    assert_eq!(
        project_figures_in(&figures, "亿元", Lang::Zh),
        ["完成投资 2960 万元", "完成年度计划 45%"]
    );
}

#[test]
fn dates_and_periods_in_english() {
    assert_eq!(date_in("2025-06-30", EN), "30 Jun 2025");
    assert_eq!(date_in("2023-01-05", EN), "5 Jan 2023");
    assert_eq!(date_in("2025-06-30", Lang::Zh), "2025-06-30");
    assert_eq!(
        date_in("2023-02-30", EN),
        "2023-02-30",
        "not a date: as written"
    );
    assert_eq!(period_name_in(2023, "上半年", EN), "First half of 2023");
    assert_eq!(period_name_in(2023, "上半年", Lang::Zh), "2023年上半年");
    assert_eq!(
        period_name_in(2023, "前三季度", EN),
        "First three quarters of 2023"
    );
    assert_eq!(period_name_in(2023, "三季度", EN), "Q3 2023");
    assert_eq!(period_name_in(2023, "第一季度", EN), "Q1 2023");
    assert_eq!(period_name_in(2021, "1—10月", EN), "January–October 2021");
    assert_eq!(
        period_name_in(2021, "1至10月份", EN),
        "January–October 2021"
    );
    assert_eq!(period_name_in(2021, "1-6月", EN), "January–June 2021");
    assert_eq!(period_name_in(2021, "6月", EN), "June 2021");
    assert_eq!(period_name_in(2021, "全年", EN), "2021");
    assert_eq!(
        period_name_in(2021, "攻坚期", EN),
        "2021 攻坚期",
        "as written"
    );
    let b = load(BUNDLED).expect("valid").bulletin;
    assert_eq!(b.period.name_in(Lang::Zh), b.period.name());
    english(&b.period.name_in(EN), "the bundled period");
}

#[test]
fn charts_say_their_series_and_figures_in_english() {
    let b = latin_bulletin();
    let counts = facet_counts(&b, &Filter::default());
    let mut charts = vec![
        investment_by_sector_in(&b, EN),
        progress_by_sector_in(&b, EN),
        items_by_sector_in(&b, EN),
        items_by_progress_in(&b, 40, EN),
    ];
    for facet in Facet::ALL {
        charts.push(projects_by_in(&counts, facet, EN));
    }
    let mut described = 0;
    for chart in &charts {
        for s in &chart.series {
            english(&s.name, "series");
        }
        for c in &chart.categories {
            english(&c.label, "category");
        }
        for name in &chart.not_reported {
            english(name, "not reported");
        }
        for unit in &chart.units {
            let shown = unit_in(unit, EN);
            if !shown.is_empty() {
                english(&shown, "unit");
            }
        }
        for i in 0..chart.categories.len() {
            for line in chart.describe_in(i, EN) {
                english(&line, "describe");
                described += 1;
            }
        }
    }
    assert!(described > 20);
    let progress = progress_by_sector_in(&b, EN);
    assert_eq!(progress.series[1].name, "Time-elapsed target");
    let graded = (0..progress.categories.len())
        .flat_map(|i| progress.describe_in(i, EN))
        .find(|l| l.starts_with("Investment"))
        .expect("a grade's line");
    assert!(
        graded.ends_with("points against the time-elapsed target)"),
        "{graded}"
    );
    let investment = investment_by_sector_in(&b, EN);
    assert_eq!(
        investment.describe_in(0, EN),
        ["Investment completed: CNY 2.14bn"]
    );
    // The Chinese charts are as they were.
    let zh = bulletin_core::chart_data::investment_by_sector(&b);
    assert_eq!(zh.describe(0), ["完成投资 21.4 亿元"]);
    assert_eq!(zh, investment_by_sector_in(&b, Lang::Zh));
    let units = projects_by_in(&counts, Facet::Unit, EN);
    assert_eq!(units.categories.last().unwrap().label, "Not stated");
    assert_eq!(
        projects_by_in(&counts, Facet::Unit, Lang::Zh)
            .categories
            .last()
            .unwrap()
            .label,
        "未注明"
    );
}

#[test]
fn supervision_says_its_words_in_english() {
    let mut doc = bundled_value();
    doc["projects"][0]["deadline"] = json!("2023-06-01");
    let b = latin_bulletin();
    let judge = Judge::of(&b, true, "2026-12-01").unwrap();
    assert_eq!(
        judge.describe_in(EN),
        "Warnings judged as of today (1 Dec 2026); “Due soon” from 3 days before the rectification deadline"
    );
    assert_eq!(judge.describe_in(Lang::Zh), judge.describe());
    english(
        &Judge::of(&b, false, "").unwrap().describe_in(EN),
        "judged on the period end",
    );
    for by in RankBy::ALL {
        for row in rankings(&b, by, Some(&judge), RankSort::Problems) {
            english(row.label_in(EN), "a row");
        }
    }
    let rows = rankings(&b, RankBy::Unit, None, RankSort::Problems);
    let unstated = rows.last().unwrap();
    assert_eq!(unstated.label, "未注明");
    assert_eq!(unstated.label_in(EN), "Not stated");
    let headline = bulletin_core::status::ledger_headline_in(&b, EN);
    english(&headline, "headline");
    assert!(headline.starts_with(&format!("The ledger lists {} projects: ", b.projects.len())));
    assert_eq!(
        bulletin_core::status::ledger_headline_in(&b, Lang::Zh),
        bulletin_core::status::ledger_headline(&b)
    );
}

#[test]
fn facet_options_are_named_in_english() {
    let mut b = latin_bulletin();
    b.projects[0].deadline = Some("2023-06-01".into());
    let counts = facet_counts(&b, &Filter::default());
    for facet in Facet::ALL {
        let zh = counts.options(facet);
        let en = counts.options_in(facet, EN);
        assert_eq!(zh.len(), en.len());
        for (z, e) in zh.iter().zip(&en) {
            assert_eq!(
                (&z.value, z.count, z.selected),
                (&e.value, e.count, e.selected)
            );
            english(&e.label, &format!("{facet:?} {}", e.value));
        }
        assert_eq!(counts.options_in(facet, Lang::Zh), zh);
    }
    // The printed head stays Chinese.
    let mut f = Filter::default();
    f.select(Facet::Status, "behind");
    let chosen = facet_counts(&b, &f).chosen_in_words("").unwrap();
    assert_eq!(chosen, "状态：推进滞后");
}
