//! The bundled 2023 H1 bulletin: valid, faithful to its source, and its figures right.

mod common;

use bulletin_core::{Figures, ProjectStatus, SectorStatus, Severity, display, load};
use common::{BUNDLED, SOURCE};

#[test]
fn bundled_bulletin_validates_without_errors() {
    let loaded = load(BUNDLED).unwrap_or_else(|f| panic!("errors: {:#?}", f.errors));
    let b = &loaded.bulletin;
    assert_eq!(b.id, "lianyungang-2023-h1");
    assert_eq!(b.summary.items, 50);
    assert_eq!(b.summary.sub_items, Some(160));
    assert_eq!(b.summary.annual_investment, Some(166.3));
    assert_eq!(b.summary.completed_investment, Some(100.1));
    assert_eq!(b.summary.items_on_schedule, 48);
    assert_eq!(b.sectors.len(), 10);
    assert_eq!(b.problem_types.len(), 4);
    assert_eq!(b.requirements.len(), 3);
    assert!(b.projects.len() >= 15, "only {} projects", b.projects.len());
}

#[test]
fn bundled_warnings_are_the_known_facts_of_the_source() {
    let loaded = load(BUNDLED).expect("valid");
    let got: Vec<(String, String)> = loaded
        .warnings
        .iter()
        .map(|w| (w.path.to_string(), w.message.clone()))
        .collect();
    assert!(
        loaded
            .warnings
            .iter()
            .all(|w| w.severity == Severity::Warning)
    );
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "sectors",
            "sectors[0].status",
            "sectors[1].status",
            "sectors[3].status",
            "sectors[6].status"
        ],
        "{got:#?}"
    );
    assert!(got[0].1.contains("少 30 亿元"), "{}", got[0].1);
    assert!(got[0].1.contains("就业创业、社会保障"), "{}", got[0].1);
    assert!(
        got[1].1.contains("43%") && got[1].1.contains("低于序时进度 50%"),
        "{}",
        got[1].1
    );
    assert!(
        got[4].1.contains("未达序时") && got[4].1.contains("79.5%"),
        "{}",
        got[4].1
    );
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
    assert_eq!(f.items_behind, 2);
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
        // The two sectors the overview names as not meeting expectations are the behind ones.
        let behind = ["宜居环境", "生态治理"].contains(&s.name.as_str());
        assert_eq!(s.status == SectorStatus::Behind, behind, "{}", s.name);
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
