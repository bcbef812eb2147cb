//! The bundled 2023 H1 bulletin: valid, faithful to its source, and its figures right.

mod common;

use bulletin_core::{Figures, ProjectStatus, SectorStatus, display, load};
use common::{BUNDLED, SOURCE};

#[test]
fn bundled_bulletin_validates_without_errors() {
    let loaded = load(BUNDLED).unwrap_or_else(|f| panic!("errors: {:#?}", f.errors));
    let b = &loaded.bulletin;
    assert_eq!(b.id, "lianyungang-2023-h1");
    assert_eq!(b.summary.items, Some(50));
    assert_eq!(b.summary.sub_items, Some(160));
    assert_eq!(b.summary.annual_investment, Some(166.3));
    assert_eq!(b.summary.completed_investment, Some(100.1));
    assert_eq!(b.summary.items_on_schedule, Some(48));
    assert_eq!(b.sectors.len(), 10);
    assert_eq!(b.problem_types.len(), 4);
    assert_eq!(b.requirements.len(), 3);
    assert!(b.projects.len() >= 15, "only {} projects", b.projects.len());
}

#[test]
fn the_bundled_bulletin_has_no_data_checks() {
    // It is consistent: two sectors give no investment, and a sector 按序时 by its
    // milestones may be under the schedule in money. Neither is a contradiction.
    let loaded = load(BUNDLED).expect("valid");
    assert_eq!(loaded.warnings, Vec::new());
}

#[test]
fn each_issue_is_about_its_own_project_and_opens_as_a_statement() {
    let b = load(BUNDLED).expect("valid").bulletin;
    // How the bulletin names each project in the sentence taken for it.
    let named_as = [
        ("ganyu-jinshan-middle-school", "金山中学"),
        ("xinhai-junior-xincheng-campus", "新海初级中学新城校区"),
        ("xinhai-senior-kaifaqu-campus", "新海高中开发区校区"),
        ("lingzhou-road-primary-school", "凌州路小学"),
        ("xinhai-junior-keyuan-road-campus", "新海初级中学科苑路校区"),
        ("changxuhu-nine-year-school", "昌圩湖九年一贯制学校"),
        ("qindongmen-street-east-extension", "秦东门大街东延"),
        ("inner-ring-road-east", "内环路东环"),
        ("inner-ring-road-north", "北环(凌洲路—人民路)"),
        ("highway-parking-lots", "国省道停车场"),
        ("parking-spaces-10000", "1万个停车泊位"),
        ("shantytown-renovation", "城镇棚户区改造"),
        ("featured-pastoral-villages", "特色田园乡村"),
        ("groundwater-pollution-zoning", "地下水污染防治分区监管体系"),
        ("pesticide-packaging-recovery", "农药、化肥包装"),
        ("sunshine-canteen-platform", "阳光食堂"),
        ("welfare-centre-elderly-care", "市社会福利中心改造"),
    ];
    assert_eq!(b.projects.len(), named_as.len());
    for p in &b.projects {
        let name = named_as
            .iter()
            .find(|(id, _)| *id == p.id)
            .map(|(_, n)| *n)
            .unwrap_or_else(|| panic!("no name listed for {}", p.id));
        assert!(p.issue.contains(name), "{}: {}", p.id, p.issue);
        for opening in ["此外", "一是", "二是", "三是", "四是", "如", "近日"] {
            assert!(!p.issue.starts_with(opening), "{}: {}", p.id, p.issue);
        }
    }
}

#[test]
fn problem_types_are_only_those_the_bulletin_files_each_project_under() {
    let b = load(BUNDLED).expect("valid").bulletin;
    // 二、存在问题: each type's paragraph names its projects, as written there; no other
    // project has a type.
    let filed: &[(&str, &[(&str, &str)])] = &[
        (
            "planning",
            &[
                (
                    "groundwater-pollution-zoning",
                    "完善地下水污染防治分区监管体系建设",
                ),
                ("welfare-centre-elderly-care", "市社会福利中心改造"),
                ("pesticide-packaging-recovery", "农药废弃物回收"),
            ],
        ),
        (
            "funding",
            &[
                ("qindongmen-street-east-extension", "秦东门大街东延工程"),
                ("shantytown-renovation", "城镇棚户区改造项目"),
                ("ganyu-jinshan-middle-school", "赣榆区金山中学"),
                ("lingzhou-road-primary-school", "凌州路小学续建"),
            ],
        ),
        ("policy", &[("parking-spaces-10000", "1万个停车泊位改造")]),
        (
            "coordination",
            &[
                ("highway-parking-lots", "国省道停车场项目"),
                ("inner-ring-road-east", "内环路改造项目"),
                ("inner-ring-road-north", "内环路改造项目"),
                (
                    "xinhai-junior-xincheng-campus",
                    "新海初级中学新城校区新建工程",
                ),
                (
                    "xinhai-junior-keyuan-road-campus",
                    "新海初级中学科苑路校区新建工程",
                ),
                ("changxuhu-nine-year-school", "昌圩湖九年一贯制学校工程"),
            ],
        ),
    ];
    for p in &b.projects {
        let mut expected: Vec<&str> = filed
            .iter()
            .filter(|(_, named)| named.iter().any(|(id, _)| *id == p.id))
            .map(|(t, _)| *t)
            .collect();
        let mut got: Vec<&str> = p.problem_types.iter().map(String::as_str).collect();
        expected.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, expected, "{}", p.id);
    }
    for (t, named) in filed {
        let description = &b.problem_type(t).expect("type").description;
        for (id, as_written) in *named {
            assert!(description.contains(as_written), "{t} does not name {id}");
        }
    }
}

#[test]
fn derived_figures_match_what_the_bulletin_says() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let f = Figures::of(&b);
    // “为年度计划的60%,超序时10个百分点” and “48件…占比96%”.
    assert_eq!(display::derived_percent(f.completion_pct), "60%");
    assert_eq!(
        display::schedule_gap(f.schedule_gap_pp, 0),
        "超序时 10 个百分点"
    );
    assert_eq!(display::derived_percent(f.on_schedule_pct), "96%");
    assert_eq!(f.items_behind, Some(2));
    assert_eq!(f.attributed_investment, 70.1);
    assert_eq!(f.unattributed_investment, Some(30.0));
    let education = &f.sectors[0];
    assert_eq!(
        (education.id.as_str(), education.schedule_gap_pp),
        ("education", Some(-7.0))
    );
    assert_eq!(f.sectors[3].schedule_gap_pp, Some(-5.2));
    assert_eq!(
        f.sectors[2].schedule_gap_pp, None,
        "employment reports no % of plan"
    );
    assert_eq!(
        f.sectors.iter().map(|s| s.projects).sum::<usize>(),
        b.projects.len()
    );
}

#[test]
fn every_transcribed_sentence_appears_verbatim_in_the_source() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let mut texts: Vec<&str> = vec![&b.title, &b.summary.text];
    texts.extend(b.preamble.as_deref());
    texts.extend(b.attachments.iter().flatten().map(String::as_str));
    for s in &b.sectors {
        texts.extend(s.text.as_deref());
        texts.extend(s.highlights.iter().chain(&s.problems).map(String::as_str));
        assert!(
            SOURCE.contains(&format!("{}方面。", s.name)),
            "sector {} not in source",
            s.name
        );
    }
    for t in &b.problem_types {
        assert!(
            SOURCE.contains(&format!("是{}。{}", t.name, t.description)),
            "type {}",
            t.id
        );
    }
    for r in &b.requirements {
        assert!(
            SOURCE.contains(&format!("要{}。{}", r.title, r.text)),
            "requirement {}",
            r.title
        );
    }
    texts.extend(b.projects.iter().map(|p| p.issue.as_str()));
    for t in texts {
        assert!(!t.is_empty());
        assert!(SOURCE.contains(t), "not verbatim in the source: {t}");
    }
}

#[test]
fn sector_figures_are_the_ones_in_each_sectors_own_sentence() {
    let b = load(BUNDLED).expect("valid").bulletin;
    for s in &b.sectors {
        let text = s.text.as_deref().expect("each sector keeps its sentence");
        let sub = s.sub_items.expect("all ten give sub-items");
        assert!(
            text.contains(&format!("涉及{}件", s.items)),
            "{}: {text}",
            s.name
        );
        assert!(text.contains(&format!("{sub}个")), "{}: {text}", s.name);
        match s.completed_investment {
            Some(v) => assert!(
                text.contains(&format!("投资{}亿元", display::number(v, 2))),
                "{text}"
            ),
            None => assert!(
                !text.contains("亿元"),
                "{}: investment given but not transcribed",
                s.name
            ),
        }
        match s.plan_pct {
            Some(p) => assert!(
                text.contains(&format!("{}%", display::number(p, 2))),
                "{text}"
            ),
            None => assert!(
                !text.contains('%'),
                "{}: % given but not transcribed",
                s.name
            ),
        }
        // “8个领域按序时推进，其中教育惠民、交通出行、公共安全、社会保障4个领域还存在一些问题困难；
        // 宜居环境、生态治理2个领域中…进展未达预期”.
        let expected = match s.name.as_str() {
            "宜居环境" | "生态治理" => SectorStatus::Behind,
            "教育惠民" | "交通出行" | "公共安全" | "社会保障" => {
                SectorStatus::OnScheduleWithProblems
            }
            _ => SectorStatus::OnSchedule,
        };
        assert_eq!(s.status, expected, "{}", s.name);
    }
}

#[test]
fn the_lagging_projects_the_text_names_are_in_the_ledger() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let named = [
        "金山中学",
        "新海初级中学新城校区",
        "新海高中开发区校区",
        "凌州路小学",
        "科苑路校区",
        "昌圩湖",
        "秦东门大街",
        "内环路东环",
        "内环路北环",
        "国省道停车场",
        "停车泊位",
        "棚户区改造",
        "地下水",
        "农药",
        "阳光食堂",
        "社会福利中心",
        "特色田园乡村",
    ];
    for n in named {
        assert!(
            b.projects.iter().any(|p| p.name.contains(n)),
            "missing project {n}"
        );
    }
    let lead = |id: &str| {
        b.projects
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.lead_unit.clone())
    };
    assert_eq!(lead("shantytown-renovation").as_deref(), Some("市住建局"));
    assert_eq!(
        lead("groundwater-pollution-zoning").as_deref(),
        Some("市生态环境局")
    );
    assert_eq!(
        lead("pesticide-packaging-recovery").as_deref(),
        Some("市供销总社")
    );
    assert_eq!(lead("highway-parking-lots").as_deref(), Some("市交通局"));
    // The overview: the two items behind schedule are shantytown renovation and groundwater.
    let behind_named = b
        .projects
        .iter()
        .filter(|p| p.status == ProjectStatus::Behind);
    assert!(
        behind_named
            .clone()
            .any(|p| p.id == "shantytown-renovation")
    );
    assert!(
        behind_named
            .clone()
            .any(|p| p.id == "groundwater-pollution-zoning")
    );
    for t in &b.problem_types {
        assert!(
            b.projects.iter().any(|p| p.problem_types.contains(&t.id)),
            "type {} unused",
            t.id
        );
    }
}
