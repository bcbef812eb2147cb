//! The charts section: sector charts and the ledger's problem-type and status charts, all
//! clickable filters on the page's one view state.

mod chart_card;
mod legend;
mod roving;
mod selection_note;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::chart_data::{
    investment_by_sector, items_by_progress, items_by_sector, progress_by_sector, projects_by,
};
use bulletin_core::filter::{Facet, FacetCounts, ViewState};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::listen::on_window;
use crate::browser::{fetch, media};
use crate::charts::font;
use chart_card::{ChartCard, Spec};

/// The most items the progress chart draws (the lowest first).
const ITEMS_DRAWN: usize = 40;

/// Whether the chart font is ready for measuring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontState {
    Loading,
    Ready,
    /// Charts cannot be measured: each card says so and shows its data table.
    Failed,
}

/// Fetches and registers the chart font once per page.
fn load_font(state: RwSignal<FontState>) {
    spawn_local(async move {
        let result = async {
            let response = fetch::get(font::METRICS_URL).await?;
            if !response.ok() {
                return None;
            }
            let bytes = response.bytes().await?;
            font::register(&bytes).ok()
        }
        .await;
        state.set(if result.is_some() {
            FontState::Ready
        } else {
            FontState::Failed
        });
    });
}

/// Every chart of the board.
#[component]
pub fn Charts(
    bulletin: Memo<Arc<Bulletin>>,
    counts: Memo<FacetCounts>,
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let font_state = RwSignal::new(FontState::Loading);
    load_font(font_state);
    let dark = RwSignal::new(media::prefers_dark());
    // Re-measure chart widths when the window changes size.
    let resized = RwSignal::new(0u32);
    on_window(leptos::ev::resize, move |_| resized.update(|n| *n += 1));

    let unit = bulletin.with_untracked(|b| b.currency_unit.clone());
    let matching = Signal::derive(move || counts.with(|c| c.matching.len()));
    let sector_specs = [
        Spec {
            id: "investment",
            title: format!("各领域完成投资（{unit}）"),
            description: "已报告完成投资的领域；未报告的领域列在图下，不按 0 计。".to_owned(),
        },
        Spec {
            id: "progress",
            title: "各领域完成年度计划与序时进度（%）".to_owned(),
            description: "每个领域两条：彩色为完成年度计划，颜色表示投资与序时进度相比的情况（见图下图例）；灰色为序时进度。这是按投资算出的，与通报按实施节点所说的领域状态（见“分领域进展”）是两回事。"
                .to_owned(),
        },
        Spec {
            id: "items",
            title: "各领域实事件数与事项数".to_owned(),
            description: "每个领域的民生实事件数和细分事项数。".to_owned(),
        },
    ];
    // Only the charts this bulletin has data for: none about sectors for a notice without
    // them, which is grouped by lead unit and district instead.
    let (has_sectors, has_types, has_projects, has_item_figures) = bulletin.with_untracked(|b| {
        (
            !b.sectors.is_empty(),
            !b.problem_types.is_empty(),
            !b.projects.is_empty(),
            b.projects.iter().any(|p| p.figures.is_some()),
        )
    });
    let builders: [fn(&Bulletin) -> _; 3] =
        [investment_by_sector, progress_by_sector, items_by_sector];
    let sector_cards = sector_specs
        .into_iter()
        .filter(|_| has_sectors)
        .zip(builders)
        .map(|(spec, build)| {
            // A memo, not a derived signal: an edit that leaves a chart's data as it was
            // (most do) then does not draw it again.
            let data = Memo::new(move |_| bulletin.with(|b| build(b))).into();
            view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
        })
        .collect_view();
    let item_card = has_item_figures.then(|| {
        let data = Memo::new(move |_| bulletin.with(|b| items_by_progress(b, ITEMS_DRAWN))).into();
        let spec = Spec {
            id: "item-progress",
            title: "各项目完成情况（%）".to_owned(),
            description: format!(
                "通报给出数字的项目，按完成年度计划（没有时按完成进度）从低到高，最多 {ITEMS_DRAWN} 项；有序时进度时，颜色表示与序时相比的情况（见图例）。"
            ),
        };
        view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
    });
    let ledger_cards = [
        (Facet::ProblemType, "problem-types", "各问题类型的项目数", "在当前其他筛选条件下，每种问题类型涉及的项目数。", has_types),
        (Facet::Status, "statuses", "各状态的项目数", "在当前其他筛选条件下，每种状态的项目数。", true),
        (Facet::Unit, "units", "各牵头单位的项目数", "在当前其他筛选条件下，每个牵头单位的项目数。", !has_sectors),
        (Facet::District, "districts", "各县区的项目数", "在当前其他筛选条件下，每个县区的项目数（一个项目涉及几个县区就各计一次）。", !has_sectors),
    ]
    .into_iter()
    .filter(|(.., shown)| *shown && has_projects)
    .map(|(facet, id, title, description, _)| (facet, id, title, description))
    .map(|(facet, id, title, description)| {
        let data = Memo::new(move |_| counts.with(|c| projects_by(c, facet))).into();
        let spec = Spec { id, title: title.to_owned(), description: description.to_owned() };
        view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
    })
    .collect_view();

    view! {
        <section class="charts" aria-labelledby="charts-title">
            <div class="section-head">
                <h2 id="charts-title">"图表"</h2>
                <p class="hint">"点击柱条（或用 Tab 键进入图表、方向键选择柱条后按 Enter）即按该项筛选问题项目台账；再点一次取消。"</p>
            </div>
            <div class="chart-grid">{sector_cards}{item_card}{ledger_cards}</div>
        </section>
    }
}
