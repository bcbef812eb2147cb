//! A chart is one tab stop (a roving tabindex): of its bars that take the focus — one per
//! category with a figure above zero, marked by a `tabindex` — one has `tabindex="0"`, the
//! others `-1`; the arrow keys, Home and End move the focus, and the 0 with it.

use bulletin_core::chart_data::ChartData;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The bars of the chart in `host` that take the focus, top first (the reading order
/// `decorate` put them in).
pub fn stops(host: &Element) -> Vec<Element> {
    let Ok(nodes) = host.query_selector_all("[data-category][tabindex]") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|k| nodes.get(k)?.dyn_into::<Element>().ok())
        .collect()
}

/// Gives the chart's tab stop to `to` when it is one of its stops, else to the first stop of
/// a selected category, else to the first stop; returns that bar.
pub fn rove(
    host: &Element,
    data: &ChartData,
    selected: &[String],
    to: Option<&Element>,
) -> Option<Element> {
    let stops = stops(host);
    let is_selected = |bar: &Element| {
        bar.get_attribute("data-index")
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| data.categories.get(i))
            .is_some_and(|c| selected.contains(&c.value))
    };
    let chosen = to
        .and_then(|to| stops.iter().find(|s| s.is_same_node(Some(to))))
        .or_else(|| stops.iter().find(|s| is_selected(s)))
        .or_else(|| stops.first())
        .cloned();
    for stop in &stops {
        let on = chosen.as_ref().is_some_and(|c| c.is_same_node(Some(stop)));
        let _ = stop.set_attribute("tabindex", if on { "0" } else { "-1" });
    }
    chosen
}

/// The stop `key` moves to from `from`: ArrowDown or ArrowRight the next, ArrowUp or
/// ArrowLeft the one before (staying put at either end), Home the first, End the last;
/// `None` for any other key.
pub fn step(host: &Element, from: &Element, key: &str) -> Option<Element> {
    let stops = stops(host);
    let at = stops.iter().position(|s| s.is_same_node(Some(from)))?;
    let to = match key {
        "ArrowDown" | "ArrowRight" => (at + 1).min(stops.len() - 1),
        "ArrowUp" | "ArrowLeft" => at.saturating_sub(1),
        "Home" => 0,
        "End" => stops.len() - 1,
        _ => return None,
    };
    stops.get(to).cloned()
}

/// The stop of the category whose axis label is `label`, if it still has one.
pub fn stop_labelled(host: &Element, label: &str) -> Option<Element> {
    stops(host)
        .into_iter()
        .find(|s| s.get_attribute("data-category").as_deref() == Some(label))
}

/// Focuses a bar (an SVG element).
pub fn focus(bar: &Element) {
    // `SvgElement` (a web-sys feature Leptos turns on) has `focus`, as `HtmlElement` does.
    if let Some(bar) = bar.dyn_ref::<web_sys::SvgElement>() {
        let _ = bar.focus();
    }
}
