//! The charts section: sector charts and the ledger's problem-type and status charts, all
//! clickable filters on the page's one view state.

mod chart_card;
mod legend;
mod roving;
mod selection_note;

use std::sync::Arc;

use bulletin_core::Bulletin;
use bulletin_core::chart_data::{
    investment_by_sector_in, items_by_progress_in, items_by_sector_in, progress_by_sector_in,
    projects_by_in,
};
use bulletin_core::display::unit_in;
use bulletin_core::filter::{Facet, FacetCounts, ViewState};
use bulletin_core::lang::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::listen::on_window;
use crate::browser::{fetch, media};
use crate::charts::font;
use crate::i18n::lang;
use crate::i18n::{Say, charts as w};
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
            title: w::investment_title(&unit_in(&unit, lang())),
            description: w::INVESTMENT_NOTE.say().to_owned(),
        },
        Spec {
            id: "progress",
            title: w::PROGRESS_TITLE.say().to_owned(),
            description: w::PROGRESS_NOTE.say().to_owned(),
        },
        Spec {
            id: "items",
            title: w::ITEMS_TITLE.say().to_owned(),
            description: w::ITEMS_NOTE.say().to_owned(),
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
    let builders: [fn(&Bulletin, Lang) -> _; 3] = [
        investment_by_sector_in,
        progress_by_sector_in,
        items_by_sector_in,
    ];
    let sector_cards = sector_specs
        .into_iter()
        .filter(|_| has_sectors)
        .zip(builders)
        .map(|(spec, build)| {
            // A memo, not a derived signal: an edit that leaves a chart's data as it was
            // (most do) then does not draw it again.
            let data = Memo::new(move |_| bulletin.with(|b| build(b, lang()))).into();
            view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
        })
        .collect_view();
    let item_card = has_item_figures.then(|| {
        let data = Memo::new(move |_| bulletin.with(|b| items_by_progress_in(b, ITEMS_DRAWN, lang()))).into();
        let spec = Spec {
            id: "item-progress",
            title: w::ITEM_PROGRESS_TITLE.say().to_owned(),
            description: w::item_progress_note(ITEMS_DRAWN),
        };
        view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
    });
    let ledger_cards = [
        (Facet::ProblemType, "problem-types", w::BY_PROBLEM_TYPE.say(), w::BY_PROBLEM_TYPE_NOTE.say(), has_types),
        (Facet::Status, "statuses", w::BY_STATUS.say(), w::BY_STATUS_NOTE.say(), true),
        (Facet::Unit, "units", w::BY_UNIT.say(), w::BY_UNIT_NOTE.say(), !has_sectors),
        (Facet::District, "districts", w::BY_DISTRICT.say(), w::BY_DISTRICT_NOTE.say(), !has_sectors),
    ]
    .into_iter()
    .filter(|(.., shown)| *shown && has_projects)
    .map(|(facet, id, title, description, _)| (facet, id, title, description))
    .map(|(facet, id, title, description)| {
        let data = Memo::new(move |_| counts.with(|c| projects_by_in(c, facet, lang()))).into();
        let spec = Spec { id, title: title.to_owned(), description: description.to_owned() };
        view! { <ChartCard spec=spec data=data view=view font_state=font_state dark=dark resized=resized matching=matching /> }
    })
    .collect_view();

    view! {
        <section class="charts" aria-labelledby="charts-title">
            <div class="section-head">
                <h2 id="charts-title">{w::CHARTS.say()}</h2>
                <p class="hint">{w::CHARTS_HINT.say()}</p>
            </div>
            <div class="chart-grid">{sector_cards}{item_card}{ledger_cards}</div>
        </section>
    }
}
