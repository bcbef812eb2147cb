//! One chart: its title, the SVG, hover and focus figures, click and keyboard selection,
//! what is not reported, and the same data as a table.

use bulletin_core::chart_data::ChartData;
use bulletin_core::display::{not_reported_in, number_in, unit_in};
use bulletin_core::filter::{Facet, ViewState};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::FontState;
use super::legend::{GradeLegend, StatusLegend};
use super::roving;
use super::selection_note::SelectionNote;
use crate::browser::focus;
use crate::browser::timing::measured;
use crate::charts::svg::{Scheme, horizontal_bars, labels};
use crate::i18n::lang;
use crate::i18n::{Say, charts as w};

/// What a chart is about.
pub struct Spec {
    /// Stable id: `data-chart` in the page and the `chart:<id>` timing entry.
    pub id: &'static str,
    pub title: String,
    pub description: String,
}

/// The bar (or other filterable mark) an event happened on.
fn bar_of(event: &web_sys::Event) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-category]")
        .ok()?
}

/// Makes each category one labelled stop that shows whether it is selected — its first bar
/// with a figure above zero; the chart is one tab stop, arrows move between its stops
/// ([`roving`]) — and puts the bars in reading order (charts-rs draws the bottom row first).
/// Bars of zero, not reported, or of a category's later series (the progress chart's 序时进度)
/// take no focus and are hidden from screen readers: the stop's label says all its figures.
fn decorate(host: &Element, data: &ChartData, labels: &[String], selected: &[String]) {
    let Ok(nodes) = host.query_selector_all("[data-category]") else {
        return;
    };
    let mut bars = Vec::new();
    for k in 0..nodes.length() {
        let Some(bar) = nodes.get(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let label = bar.get_attribute("data-category").unwrap_or_default();
        let Some(i) = labels.iter().position(|l| *l == label) else {
            continue;
        };
        let Some(category) = data.categories.get(i) else {
            continue;
        };
        let is_selected = selected.contains(&category.value);
        let _ = bar.set_attribute("data-index", &i.to_string());
        let _ = bar.class_list().toggle_with_force("selected", is_selected);
        let series = bar.get_attribute("data-series").unwrap_or_default();
        // What the bar stands for, in the markup: the legend's entries carry the same.
        let first = data.series.first().is_some_and(|s| s.name == series);
        if let (true, Some(grade)) = (first, category.grade) {
            let _ = bar.set_attribute("data-grade", grade.key());
        }
        match data.facet {
            Some(Facet::Sector) => {
                let _ = bar.set_attribute("data-sector-id", &category.value);
            }
            Some(Facet::Status) => {
                let _ = bar.set_attribute("data-status", &category.value);
            }
            _ => {}
        }
        let series_rank = data
            .series
            .iter()
            .position(|s| s.name == series)
            .unwrap_or(0);
        bars.push(((i, series_rank), bar));
    }
    if bars.windows(2).any(|w| w[0].0 > w[1].0) {
        bars.sort_by_key(|(key, _)| *key);
        for (_, bar) in &bars {
            // Bars never overlap, so moving them changes the reading order, not the picture.
            if let Some(parent) = bar.parent_node() {
                let _ = parent.append_child(bar);
            }
        }
    }
    let mut stopped = Vec::<usize>::new();
    for ((i, rank), bar) in &bars {
        let value = data
            .series
            .get(*rank)
            .and_then(|s| s.values.get(*i).copied().flatten());
        let stop = value.is_some_and(|v| v > 0.0) && !stopped.contains(i);
        if !stop {
            for name in ["tabindex", "role", "aria-label", "aria-pressed"] {
                let _ = bar.remove_attribute(name);
            }
            let _ = bar.set_attribute("aria-hidden", "true");
            continue;
        }
        stopped.push(*i);
        let label = &labels[*i];
        let figures = data.describe_in(*i, lang()).join(w::COMMA.say());
        let _ = bar.remove_attribute("aria-hidden");
        let _ = bar.set_attribute("tabindex", "-1");
        if data.facet.is_some() {
            let is_selected = selected.contains(&data.categories[*i].value);
            let action = if is_selected {
                w::PRESS_TO_UNFILTER.say()
            } else {
                w::PRESS_TO_FILTER.say()
            };
            let _ = bar.set_attribute("role", "button");
            let _ = bar.set_attribute("aria-pressed", if is_selected { "true" } else { "false" });
            let _ = bar.set_attribute("aria-label", &w::bar_action(label, &figures, action));
        } else {
            // A bar that filters nothing is a figure to read, not a button.
            let _ = bar.set_attribute("role", "img");
            let _ = bar.set_attribute("aria-label", &w::bar(label, &figures));
        }
    }
    // The bar that has the focus keeps the chart's tab stop; otherwise the selected one,
    // else the first.
    let focused = focus::active_element().filter(|a| host.contains(Some(a)));
    roving::rove(host, data, selected, focused.as_ref());
    let any = data.categories.iter().any(|c| selected.contains(&c.value));
    let _ = host.class_list().toggle_with_force("has-selection", any);
}

/// One chart card.
#[component]
pub fn ChartCard(
    spec: Spec,
    data: Signal<ChartData>,
    view: RwSignal<ViewState>,
    font_state: RwSignal<FontState>,
    dark: RwSignal<bool>,
    resized: RwSignal<u32>,
    /// How many projects the ledger shows now.
    matching: Signal<usize>,
) -> impl IntoView {
    let Spec {
        id,
        title,
        description,
    } = spec;
    let host: NodeRef<Div> = NodeRef::new();
    let width = RwSignal::new(0.0_f32);
    let tooltip = RwSignal::new(None::<(String, f64, f64)>);
    let facet = data.with_untracked(|d| d.facet);
    let selected = Memo::new(move |_| {
        let Some(facet) = facet else {
            return Vec::new();
        };
        view.with(|v| {
            v.filter
                .selected(facet)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
    });
    let labels = Memo::new(move |_| data.with(labels));
    let scheme = Signal::derive(move || {
        if dark.get() {
            Scheme::Dark
        } else {
            Scheme::Light
        }
    });
    let chosen = Signal::derive(move || {
        selected.with(|s| {
            data.with(|d| {
                d.categories
                    .iter()
                    .filter(|c| s.contains(&c.value))
                    .map(|c| c.label.clone())
                    .collect::<Vec<_>>()
            })
        })
    });

    Effect::new(move |_| {
        resized.track();
        if let Some(el) = host.get() {
            width.set(el.client_width() as f32);
        }
    });

    let drawable = Memo::new(move |_| data.with(ChartData::worth_drawing));
    let svg = Memo::new(move |_| {
        let w = width.get();
        if font_state.get() == FontState::Loading || w <= 0.0 {
            return None;
        }
        let scheme = scheme.get();
        data.with(|d| {
            drawable
                .get()
                .then(|| measured(&format!("chart:{id}"), || horizontal_bars(d, w, scheme)))
        })
    });

    // This effect alone writes the container, so the SVG and its decoration stay in step.
    // The SVG is charts-rs output, which escapes all text: data never becomes markup.
    // It redraws only when the drawing changed (not when the selection did: the next effect
    // marks that on the bars as they are, so a bar toggled with Enter keeps the focus).
    Effect::new(move |_| {
        let Some(el) = host.get() else { return };
        // A redraw replaces the bars: the one that had the focus is found again by its
        // category, so the focus does not fall back to the page.
        let had_focus = focus::active_element()
            .filter(|a| el.contains(Some(a)))
            .and_then(|a| a.get_attribute("data-category"));
        match svg.get() {
            Some(Ok(markup)) => el.set_inner_html(&markup),
            _ => el.set_inner_html(""),
        }
        data.with_untracked(|d| {
            labels.with_untracked(|l| {
                selected.with_untracked(|s| {
                    decorate(&el, d, l, s);
                    if let Some(label) = had_focus {
                        let again = roving::stop_labelled(&el, &label);
                        if let Some(bar) = roving::rove(&el, d, s, again.as_ref()) {
                            roving::focus(&bar);
                        }
                    }
                })
            })
        });
    });
    Effect::new(move |_| {
        let s = selected.get();
        if let Some(el) = host.get_untracked() {
            data.with_untracked(|d| labels.with_untracked(|l| decorate(&el, d, l, &s)));
        }
    });

    let toggle = move |bar: Element| {
        let index = bar
            .get_attribute("data-index")
            .and_then(|i| i.parse::<usize>().ok());
        let value = index
            .and_then(|i| data.with_untracked(|d| d.categories.get(i).map(|c| c.value.clone())));
        if let (Some(value), Some(facet)) = (value, facet) {
            view.update(|v| v.filter.toggle(facet, &value));
        }
    };
    let show_tip = move |bar: Element| {
        let (Some(i), Some(el)) = (
            bar.get_attribute("data-index")
                .and_then(|i| i.parse::<usize>().ok()),
            host.get_untracked(),
        ) else {
            return;
        };
        let text = data.with_untracked(|d| {
            let label = labels
                .with_untracked(|l| l.get(i).cloned())
                .unwrap_or_default();
            w::bar(&label, &d.describe_in(i, lang()).join(w::COMMA.say()))
        });
        let (bar_box, host_box) = (
            bar.get_bounding_client_rect(),
            el.get_bounding_client_rect(),
        );
        let x =
            (bar_box.left() + bar_box.width() / 2.0 - host_box.left()).clamp(0.0, host_box.width());
        tooltip.set(Some((text, x, bar_box.top() - host_box.top())));
    };

    // Without the chart font nothing can be measured, so nothing is drawn: the data table
    // below says the same and is opened instead.
    let not_drawn = Memo::new(move |_| svg.with(|s| matches!(s, Some(Err(_)))));
    let status_line = move || match font_state.get() {
        FontState::Loading => Some(w::LOADING.say()),
        // Filters are named only when they are what left the chart empty.
        _ if data.with(ChartData::is_empty) && view.with(|v| !v.filter.is_empty()) => {
            Some(w::EMPTY_FILTERED.say())
        }
        _ if data.with(ChartData::is_empty) => Some(w::NO_DATA.say()),
        _ if !drawable.get() => Some(w::NOT_DRAWABLE.say()),
        _ if not_drawn.get() => Some(w::NO_FONT.say()),
        _ => None,
    };
    let not_reported = move || {
        data.with(|d| (!d.not_reported.is_empty()).then(|| w::not_reported(&d.not_reported)))
    };
    let table = move || {
        data.with(|d| {
            let head = d
                .series
                .iter()
                .zip(&d.units)
                .map(|(s, u)| view! { <th scope="col" class="num">{w::with_unit(&s.name, &unit_in(u, lang()))}</th> })
                .collect_view();
            let rows = d
                .categories
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let cells = d
                        .series
                        .iter()
                        .map(|s| {
                            let v = s.values.get(i).copied().flatten().map_or(not_reported_in(lang()).to_owned(), |v| number_in(v, 2, lang()));
                            view! { <td class="num">{v}</td> }
                        })
                        .collect_view();
                    let grade = c.grade.map(|g| view! { <td data-grade=g.key()>{g.label_in(lang())}</td> });
                    view! { <tr><th scope="row">{c.label.clone()}</th>{cells}{grade}</tr> }
                })
                .collect_view();
            let grade_head = d.grading.is_some().then(|| view! { <th scope="col">{w::VS_SCHEDULE.say()}</th> });
            view! {
                <table>
                    <thead><tr><th scope="col">{w::CATEGORY.say()}</th>{head}{grade_head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    let title_id = format!("chart-{id}-title");
    let description_id = format!("chart-{id}-description");
    let summary_id = format!("chart-{id}-summary");

    view! {
        <figure
            class="chart-card"
            data-chart=id
            aria-labelledby=title_id.clone()
            aria-describedby=description_id.clone()
        >
            <div class="chart-head">
                <h3 id=title_id.clone()>{title}</h3>
                <Show when=move || selected.with(|s| !s.is_empty())>
                    <button type="button" class="chart-clear" on:click=move |_| if let Some(facet) = facet { view.update(|v| v.filter.clear_facet(facet)) }>
                        {w::CLEAR_SELECTION.say()}
                    </button>
                </Show>
            </div>
            <p class="chart-description" id=description_id.clone()>{description}</p>
            // What the chart shows, in a sentence, for screen readers: the bars' group is
            // described by it.
            <p class="visually-hidden" id=summary_id.clone() data-testid="chart-summary">{move || data.with(|d| d.summary_in(lang()))}</p>
            <p class="chart-status" aria-live="polite">{status_line}</p>
            <div class="chart-frame">
                <div
                    class="chart-svg"
                    node_ref=host
                    role="group"
                    aria-label=if facet.is_some() { w::KEYS_FILTER.say() } else { w::KEYS.say() }
                    aria-describedby=summary_id.clone()
                    on:click=move |ev| {
                        if let Some(bar) = bar_of(&ev) {
                            toggle(bar);
                        }
                    }
                    on:keydown=move |ev| {
                        let Some(bar) = bar_of(&ev) else { return };
                        let key = ev.key();
                        if key == "Enter" || key == " " {
                            ev.prevent_default();
                            toggle(bar);
                        } else if let Some(el) = host.get_untracked()
                            && let Some(next) = roving::step(&el, &bar, &key) {
                                ev.prevent_default();
                                data.with_untracked(|d| selected.with_untracked(|s| roving::rove(&el, d, s, Some(&next))));
                                roving::focus(&next);
                            }
                    }
                    on:pointerover=move |ev| if let Some(bar) = bar_of(&ev) { show_tip(bar) }
                    on:focusin=move |ev| if let Some(bar) = bar_of(&ev) { show_tip(bar) }
                    on:pointerleave=move |_| tooltip.set(None)
                    on:focusout=move |ev| {
                        tooltip.set(None);
                        // Leaving the chart, its tab stop goes back to the selected bar, else the first.
                        let Some(el) = host.get_untracked() else { return };
                        let to = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                        if !to.is_some_and(|n| el.contains(Some(&n))) {
                            data.with_untracked(|d| selected.with_untracked(|s| roving::rove(&el, d, s, None)));
                        }
                    }
                ></div>
                {move || {
                    tooltip.get().map(|(text, x, y)| {
                        view! {
                            <div class="chart-tip" role="tooltip" style=format!("left:{x:.0}px;top:{y:.0}px")>{text}</div>
                        }
                    })
                }}
            </div>
            <GradeLegend data=data scheme=scheme />
            <StatusLegend data=data scheme=scheme />
            <SelectionNote chosen=chosen matching=matching />
            <p class="not-reported">{not_reported}</p>
            <details class="chart-data" open=move || {
                not_drawn.get() || (!drawable.get() && !data.with(ChartData::is_empty))
            }>
                <summary>{w::SHOW_TABLE.say()}</summary>
                <div class="table-scroll">{table}</div>
            </details>
        </figure>
    }
}
