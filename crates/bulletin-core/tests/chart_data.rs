//! What each chart shows for the bundled bulletin.

mod common;

use bulletin_core::chart_data::{
    investment_by_sector, items_by_sector, progress_by_sector, projects_by,
};
use bulletin_core::filter::{Facet, Filter, facet_counts};
use bulletin_core::load;
use bulletin_core::status::Grade;
use common::BUNDLED;

fn labels(data: &bulletin_core::chart_data::ChartData) -> Vec<&str> {
    data.categories.iter().map(|c| c.label.as_str()).collect()
}

#[test]
fn investment_leaves_out_and_lists_sectors_that_report_none() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let d = investment_by_sector(&b);
    assert_eq!(d.facet, Some(Facet::Sector));
    assert_eq!(
        labels(&d),
        [
            "教育惠民",
            "卫生健康",
            "交通出行",
            "宜居环境",
            "乡村振兴",
            "生态治理",
            "公共安全",
            "文体生活"
        ]
    );
    assert_eq!(d.series[0].values[0], Some(21.4));
    assert_eq!(d.not_reported, ["就业创业", "社会保障"]);
    assert_eq!(d.units, ["亿元"]);
    assert_eq!(d.describe(0), ["完成投资 21.4 亿元"]);
    assert_eq!(d.categories[0].value, "education");
}

#[test]
fn progress_pairs_each_sector_with_the_schedule_target_and_grades_it() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let d = progress_by_sector(&b);
    assert_eq!(d.series.len(), 2);
    assert_eq!(
        d.series[0].values[2],
        Some(44.8),
        "transport; employment reports no %"
    );
    assert!(d.series[1].values.iter().all(|v| *v == Some(50.0)));
    assert_eq!(d.categories[5].label, "生态治理");
    // Graded by its money, not by the status the bulletin reports (未达序时).
    assert_eq!(d.categories[5].grade, Some(Grade::Ahead));
    assert_eq!(d.categories[5].points, Some(29.5));
    assert_eq!(
        d.describe(5),
        [
            "完成年度计划 79.5%",
            "序时进度 50%",
            "投资超序时（与序时差 +29.5 个百分点）"
        ]
    );
    assert_eq!(d.categories[0].grade, Some(Grade::OnTrack));
    assert_eq!(d.grades(), [Grade::Ahead, Grade::OnTrack]);
    assert!(d.grading.is_some());
    assert!(investment_by_sector(&b).grading.is_none());
    assert_eq!(d.not_reported, ["就业创业", "社会保障"]);
}

#[test]
fn items_cover_every_sector_and_mark_missing_sub_items() {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    b.sectors[2].sub_items = None;
    let d = items_by_sector(&b);
    assert_eq!(d.categories.len(), 10);
    assert_eq!(d.series[1].values[2], None);
    assert_eq!(d.not_reported, ["就业创业（事项）"]);
    assert_eq!(d.describe(2), ["实事 5 件", "事项 未报告"]);
}

#[test]
fn ledger_charts_follow_the_other_facets() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let mut f = Filter::default();
    let all = projects_by(&facet_counts(&b, &f), Facet::ProblemType);
    assert_eq!(
        all.series[0].values,
        [Some(3.0), Some(4.0), Some(1.0), Some(6.0)]
    );
    f.toggle(Facet::Sector, "transport");
    let transport = projects_by(&facet_counts(&b, &f), Facet::ProblemType);
    assert_eq!(
        transport.series[0].values,
        [Some(0.0), Some(1.0), Some(1.0), Some(3.0)]
    );
    f.set_query("不存在");
    assert!(
        projects_by(&facet_counts(&b, &f), Facet::Status).is_empty(),
        "all zero: nothing to draw"
    );
}

#[test]
fn hostile_names_stay_plain_data() {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    b.sectors[0].name = "<img src=x onerror=alert(1)>".into();
    let d = investment_by_sector(&b);
    assert_eq!(
        d.categories[0].label, "<img src=x onerror=alert(1)>",
        "escaping is the drawing's job"
    );
}

#[test]
fn one_bar_or_unstated_alone_is_not_worth_a_chart() {
    use bulletin_core::chart_data::{Category, ChartData, Series};
    let data = |bars: &[(&str, f64)]| ChartData {
        facet: None,
        categories: bars
            .iter()
            .map(|(v, _)| Category {
                value: (*v).to_owned(),
                label: (*v).to_owned(),
                grade: None,
                points: None,
            })
            .collect(),
        series: vec![Series {
            name: "项目数".into(),
            values: bars.iter().map(|(_, n)| Some(*n)).collect(),
        }],
        units: vec!["个".into()],
        not_reported: vec![],
        grading: None,
    };
    assert!(data(&[("a", 3.0), ("b", 1.0)]).worth_drawing());
    assert!(!data(&[("a", 3.0)]).worth_drawing(), "one bar");
    assert!(
        !data(&[("a", 3.0), ("b", 0.0)]).worth_drawing(),
        "one bar and an empty one"
    );
    assert!(!data(&[("-", 14.0)]).worth_drawing(), "未注明 alone");
    assert!(data(&[("-", 14.0), ("a", 1.0)]).worth_drawing());
    assert!(!data(&[]).worth_drawing());
}
