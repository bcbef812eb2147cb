//! The two measures, each in a sentence that says what it counts: items by status class
//! (the bulletin's own counts) and investment against the schedule (worked out).

use std::sync::Arc;

use bulletin_core::display::{percent_in, plan_share_in, schedule_gap_in};
use bulletin_core::status::{Grade, Grading};
use bulletin_core::{Bulletin, Figures, SectorStatus};
use leptos::prelude::*;

use crate::components::status::GradeBadge;
use crate::i18n::lang;
use crate::i18n::{Say, overview as w};

/// “50 件民生实事中 48 件按序时、2 件未达序时”, with a bar per class when the notice counts
/// several, and the investment line when there is a figure to say it with.
#[component]
pub fn StatusHeadline(bulletin: Arc<Bulletin>, figures: Figures) -> impl IntoView {
    let s = &bulletin.summary;
    let counts = figures.status_counts.clone();
    let parts = counts
        .iter()
        .enumerate()
        .map(|(i, (status, n))| {
            view! {
                {(i > 0).then_some(w::LIST.say())}
                <span class="status-count" data-testid="status-count" data-status=status.id() data-count=n.to_string()>
                    {w::class_count(*n, status.label_in(lang()))}
                </span>
            }
        })
        .collect_view();
    let of = s
        .items
        .map_or_else(|| w::ITEMS.say().to_owned(), w::of_items);
    // The notice's own classes say what they are; the two counts are about milestones.
    let lead = if s.status_counts.is_some() {
        ""
    } else {
        w::BY_MILESTONES.say()
    };
    let items_line = (!counts.is_empty())
        .then(|| view! { <p>{format!("{lead}{of}")}{parts}{w::FULL_STOP.say()}</p> });
    let chart = (counts.len() > 2).then(|| view! { <ClassChart counts=counts.clone() /> });
    let grade = Grading::of(&bulletin).grade(figures.schedule_gap_pp);
    let money = match (
        plan_share_in(s, lang()),
        bulletin.schedule_target_pct,
        grade,
    ) {
        (Some(done), Some(target), Some(g)) => Some(
            view! {
                <p>
                    {w::by_investment(&done, &percent_in(Some(target), lang()))}
                    <GradeBadge grade=g />
                    {w::gap(&schedule_gap_in(figures.schedule_gap_pp, 0, lang()))}
                </p>
            }
            .into_any(),
        ),
        (Some(done), None, _) => Some(
            view! {
                <p>{w::by_investment_alone(&done)}</p>
            }
            .into_any(),
        ),
        _ => None,
    };
    view! {
        <div class="status-headline" data-testid="status-headline">
            {items_line}
            {chart}
            {money}
            <Lagging bulletin=bulletin.clone() figures=figures />
        </div>
    }
}

/// Which sectors lag, by either measure: those the notice calls 未达序时, then those whose
/// investment is behind the schedule, each group after its badge; nothing for a notice
/// without sectors.
#[component]
fn Lagging(bulletin: Arc<Bulletin>, figures: Figures) -> impl IntoView {
    let grading = Grading::of(&bulletin);
    let names = |lags: &dyn Fn(usize) -> bool| {
        bulletin
            .sectors
            .iter()
            .enumerate()
            .filter(|(i, _)| lags(*i))
            .map(|(_, s)| s.name.as_str())
            .collect::<Vec<_>>()
            .join(w::LIST.say())
    };
    let grade = |i: usize| {
        figures
            .sectors
            .get(i)
            .and_then(|f| grading.grade(f.schedule_gap_pp))
    };
    let behind = SectorStatus::Behind;
    let reported = names(&|i| bulletin.sectors[i].status == behind);
    let reported = (!reported.is_empty()).then(|| {
        view! {
            <span class="lagging-group">
                <span class=format!("badge status-{}", behind.id()) data-status=behind.id()>{behind.label_in(lang())}</span>
                " "{reported}
            </span>
        }
        .into_any()
    });
    let graded = [Grade::Red, Grade::Yellow]
        .into_iter()
        .map(|g| (g, names(&|i| grade(i) == Some(g))))
        .filter(|(_, names)| !names.is_empty())
        .map(|(g, names)| {
            view! { <span class="lagging-group"><GradeBadge grade=g />" "{names}</span> }.into_any()
        });
    let groups = reported
        .into_iter()
        .chain(graded)
        .enumerate()
        .map(|(i, group)| view! { {(i > 0).then(|| w::GROUPS.say())}{group} })
        .collect::<Vec<_>>();
    let any = !groups.is_empty();
    (!bulletin.sectors.is_empty()).then(|| {
        view! {
            <p class="lagging" data-testid="lagging-sectors">
                {if any { w::LAGGING.say() } else { w::NONE_LAGGING.say() }}
                {groups}
            </p>
        }
    })
}

/// Items per class as bars, each with its word and count (the notice's own classes).
#[component]
fn ClassChart(counts: Vec<(bulletin_core::status::ItemStatus, u64)>) -> impl IntoView {
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let rows = counts
        .into_iter()
        .map(|(status, n)| {
            let width = format!("width:{:.1}%", n as f64 / most as f64 * 100.0);
            view! {
                <li>
                    <span class="class-label">{status.label_in(lang())}</span>
                    <span class=format!("class-bar status-{}", status.id()) data-status=status.id() style=width></span>
                    <span class="class-count">{w::projects(n)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="class-chart" data-chart="status-classes">
            <figcaption>{w::CLASS_CHART.say()}</figcaption>
            <ul>{rows}</ul>
        </figure>
    }
}
