//! Each chart of the bundled bulletin said in one sentence, for screen readers: only figures
//! the chart itself gives.

mod common;

use bulletin_core::chart_data::{
    investment_by_sector, items_by_progress, items_by_sector, progress_by_sector, projects_by,
};
use bulletin_core::filter::{Facet, Filter, facet_counts};
use bulletin_core::load;
use common::BUNDLED;

#[test]
fn sector_charts_name_their_highest_and_lowest_and_what_is_not_reported() {
    let b = load(BUNDLED).expect("valid").bulletin;
    assert_eq!(
        investment_by_sector(&b).summary(),
        "图中有 8 个领域；完成投资最多的是教育惠民、交通出行（21.4 亿元），最少的是乡村振兴（2.1 亿元）。未报告：就业创业、社会保障。"
    );
    assert_eq!(
        progress_by_sector(&b).summary(),
        "图中有 8 个领域，其中 4 个投资超序时、4 个投资基本达序时；完成年度计划最高的是生态治理（79.5%），最低的是宜居环境（41.4%）；序时进度均为 50%。未报告：就业创业、社会保障。"
    );
    assert_eq!(
        items_by_sector(&b).summary(),
        "图中有 10 个领域；实事最多的是社会保障（9 件），最少的是乡村振兴（3 件）；事项最多的是社会保障（39 个），最少的是乡村振兴（7 个）。"
    );
}

#[test]
fn ledger_charts_follow_the_other_facets() {
    let b = load(BUNDLED).expect("valid").bulletin;
    let all = facet_counts(&b, &Filter::default());
    let types = projects_by(&all, Facet::ProblemType).summary();
    assert_eq!(
        types,
        "图中有 4 种问题类型；项目最多的是对接协调难度大（6 个），最少的是配套政策不完善（1 个）。"
    );
    assert_eq!(
        projects_by(&all, Facet::Status).summary(),
        "图中有 2 种状态；项目最多的是存在困难（13 个），最少的是推进滞后（4 个）。"
    );
    let mut transport = Filter::default();
    transport.toggle(Facet::Sector, "transport");
    let some = facet_counts(&b, &transport);
    assert_ne!(projects_by(&some, Facet::ProblemType).summary(), types);
}

#[test]
fn a_bulletin_without_figures_says_so_and_invents_none() {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    for s in &mut b.sectors {
        s.completed_investment = None;
    }
    assert_eq!(
        investment_by_sector(&b).summary(),
        "图中没有数据。未报告：教育惠民、卫生健康、就业创业、交通出行、宜居环境、乡村振兴、生态治理、公共安全、文体生活、社会保障。"
    );
    // Projects of the bundled bulletin give no figures of their own.
    assert_eq!(items_by_progress(&b, 40).summary(), "图中没有数据。");
}
