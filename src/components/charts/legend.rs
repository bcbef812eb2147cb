//! The legend of a graded chart: one entry per colour drawn, in words, coloured from the
//! same function as the bars.

use bulletin_core::chart_data::ChartData;
use leptos::prelude::*;

use crate::i18n::lang;
use crate::i18n::sections::explained;

use crate::charts::svg::{Scheme, bar_statuses, grade_color, schedule_color, status_color};
use crate::i18n::{Say, charts as w};

/// What each colour of a graded chart means; nothing when the chart is not graded.
#[component]
pub fn GradeLegend(data: Signal<ChartData>, scheme: Signal<Scheme>) -> impl IntoView {
    move || {
        data.with(|d| {
            let grading = d.grading.clone()?;
            let grades = d.grades();
            let scheme = scheme.get();
            let entries = grades
                .into_iter()
                .map(|g| {
                    view! {
                        <li data-grade=g.key()>
                            <span class="swatch" aria-hidden="true" style=format!("background:{}", grade_color(g, scheme))></span>
                            <strong>{g.label_in(lang())}</strong>
                            <span class="legend-meaning">{explained(&grading.meaning_in(g, lang()))}</span>
                        </li>
                    }
                })
                .collect_view();
            let schedule = d.series.get(1).map(|s| {
                view! {
                    <li data-series=s.name.clone()>
                        <span class="swatch" aria-hidden="true" style=format!("background:{}", schedule_color(scheme))></span>
                        <strong>{s.name.clone()}</strong>
                    </li>
                }
            });
            Some(view! {
                <ul class="chart-legend" aria-label=w::LEGEND.say()>{entries}{schedule}</ul>
            })
        })
    }
}

/// What each colour of the status chart means: the status, in the ledger's words and its
/// badges' colours; nothing for other charts.
#[component]
pub fn StatusLegend(data: Signal<ChartData>, scheme: Signal<Scheme>) -> impl IntoView {
    move || {
        data.with(|d| {
            let statuses = bar_statuses(d)?;
            let scheme = scheme.get();
            // Only the statuses drawn: a bar of 0 is not there to explain.
            let drawn = |i: usize| {
                d.series
                    .iter()
                    .any(|s| s.values.get(i).copied().flatten().is_some_and(|v| v > 0.0))
            };
            let entries = statuses
                .into_iter()
                .enumerate()
                .filter_map(|(i, s)| s.filter(|_| drawn(i)))
                .map(|s| {
                    view! {
                        <li data-status=s.id()>
                            <span class="swatch" aria-hidden="true" style=format!("background:{}", status_color(s, scheme))></span>
                            <strong>{s.label_in(lang())}</strong>
                            <span class="legend-meaning">{explained(s.meaning_in(lang()))}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! { <ul class="chart-legend" aria-label=w::LEGEND.say()>{entries}</ul> })
        })
    }
}
