//! Turns [`ChartData`] into an SVG string with charts-rs. Pure Rust (no browser), so the
//! drawing rules are tested natively. charts-rs escapes every text and attribute it writes.

use bulletin_core::ProjectStatus;
use bulletin_core::chart_data::ChartData;
use bulletin_core::filter::Facet;
use bulletin_core::status::Grade;
use charts_rs::{Color, HorizontalBarChart, Position, Series};

use super::font::FAMILY;

/// Light or dark page colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

/// Height of one category row per series, in pixels.
const ROW_PX: f32 = 22.0;
/// Room for the value axis and the legend.
const CHROME_PX: f32 = 64.0;

/// Bar colours of the series, readable on both schemes.
fn series_colors(scheme: Scheme) -> Vec<Color> {
    match scheme {
        Scheme::Light => vec!["#2f6fba".into(), schedule_color(scheme).into()],
        Scheme::Dark => vec!["#7fb2f0".into(), schedule_color(scheme).into()],
    }
}

/// The colour of a grade of investment against the schedule: the bars of the first series
/// and the swatches of the legend beside them take it from here, so they cannot disagree.
pub fn grade_color(grade: Grade, scheme: Scheme) -> &'static str {
    match (grade, scheme) {
        (Grade::Ahead, Scheme::Light) => "#1f5fae",
        (Grade::Ahead, Scheme::Dark) => "#9cc3f5",
        (Grade::OnTrack, Scheme::Light) => "#2a7349",
        (Grade::OnTrack, Scheme::Dark) => "#8fd6a6",
        (Grade::Yellow, Scheme::Light) => "#a86500",
        (Grade::Yellow, Scheme::Dark) => "#f2c14e",
        (Grade::Red, Scheme::Light) => "#c0392b",
        (Grade::Red, Scheme::Dark) => "#ff8a80",
    }
}

/// The colour of a project status: the text colour of its badge (`style/main.css`), so that
/// a bar of the status chart reads as the badges in the ledger do.
pub fn status_color(status: ProjectStatus, scheme: Scheme) -> &'static str {
    use ProjectStatus::*;
    match (status, scheme) {
        (Behind, Scheme::Light) => "#a1261c",
        (AtRisk, Scheme::Light) => "#8a5300",
        (Unfinished, Scheme::Light) => "#6b4c9a",
        (OnSchedule, Scheme::Light) => "#1e6b3a",
        (Ahead, Scheme::Light) => "#1f5fae",
        (Completed, Scheme::Light) => "#0f6e6e",
        (Resolved, Scheme::Light) => "#4b5563",
        (Behind, Scheme::Dark) => "#ff9f95",
        (AtRisk, Scheme::Dark) => "#f3c27a",
        (Unfinished, Scheme::Dark) => "#c9b3f0",
        (OnSchedule, Scheme::Dark) => "#8fd6a6",
        (Ahead, Scheme::Dark) => "#9cc3f5",
        (Completed, Scheme::Dark) => "#7fd8d2",
        (Resolved, Scheme::Dark) => "#c3c9d2",
    }
}

/// The status each bar of a chart of project statuses stands for, top first; `None` for
/// other charts.
pub fn bar_statuses(data: &ChartData) -> Option<Vec<Option<ProjectStatus>>> {
    (data.facet == Some(Facet::Status)).then(|| {
        data.categories
            .iter()
            .map(|c| ProjectStatus::from_id(&c.value))
            .collect()
    })
}

/// The colour of the schedule's own bars (序时进度), second series of the graded chart.
pub fn schedule_color(scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::Light => "#9aa5b1",
        Scheme::Dark => "#6b7685",
    }
}

/// The axis label of each category.
pub fn labels(data: &ChartData) -> Vec<String> {
    data.categories.iter().map(|c| c.label.clone()).collect()
}

/// Draws `data` as horizontal bars `width` pixels wide, first category at the top. Where the
/// categories are graded, the first series is coloured by grade and charts-rs draws no
/// legend: the page draws one beside the chart, entry by entry (`grade_color`).
pub fn horizontal_bars(data: &ChartData, width: f32, scheme: Scheme) -> Result<String, String> {
    let graded = data.categories.iter().any(|c| c.grade.is_some());
    let statuses = bar_statuses(data);
    // charts-rs stacks categories from the bottom up.
    let series: Vec<Series> = data
        .series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let mut series = Series::new_nullable(
                s.name.clone(),
                s.values.iter().rev().map(|v| v.map(|v| v as f32)).collect(),
            );
            series.label_show = true;
            if k == 0 && graded {
                series.colors = Some(
                    data.categories
                        .iter()
                        .rev()
                        .map(|c| c.grade.map(|g| grade_color(g, scheme).into()))
                        .collect(),
                );
            }
            if let (0, Some(statuses)) = (k, &statuses) {
                series.colors = Some(
                    statuses
                        .iter()
                        .rev()
                        .map(|s| s.map(|s| status_color(s, scheme).into()))
                        .collect(),
                );
            }
            series
        })
        .collect();
    let mut labels = labels(data);
    labels.reverse();
    let theme = match scheme {
        Scheme::Light => "light",
        Scheme::Dark => "dark",
    };
    let mut chart = HorizontalBarChart::new_with_theme(series, labels, theme);
    let rows = data.categories.len().max(1) as f32;
    let per_row = ROW_PX * data.series.len().max(1) as f32 + 10.0;
    chart.width = width.max(240.0);
    chart.height = rows * per_row + CHROME_PX;
    chart.font_family = FAMILY.to_owned();
    chart.background_color = Color::transparent();
    // Room for the value label of the longest bar.
    chart.margin.right = 28.0;
    chart.title.text = String::new();
    chart.legend.show = Some(data.series.len() > 1 && !graded);
    chart.series.colors = series_colors(scheme);
    chart.series_label_position = Some(Position::Right);
    if let Some((max, steps)) = whole_steps(data) {
        if chart.y_axis_configs.is_empty() {
            chart.y_axis_configs.push(Default::default());
        }
        let axis = &mut chart.y_axis_configs[0];
        axis.min = Some(0.0);
        axis.max = Some(max as f32);
        axis.split_number = steps;
    }
    chart.svg().map_err(|e| e.to_string())
}

/// For figures that are all whole numbers (counts), a value axis that steps by whole numbers
/// from 0: its top and how many steps, at most 5. `None` for other figures.
fn whole_steps(data: &ChartData) -> Option<(u64, usize)> {
    let values: Vec<f64> = data
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied())
        .collect();
    let whole = values
        .iter()
        .all(|v| v.fract() == 0.0 && (0.0..1e9).contains(v));
    let top = values.iter().copied().fold(0.0_f64, f64::max) as u64;
    if !whole || top == 0 {
        return None;
    }
    let steps = top.min(5);
    let step = top.div_ceil(steps);
    Some((step * steps, steps as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_step_by_whole_numbers() {
        let data = |values: Vec<f64>| ChartData {
            facet: None,
            categories: vec![],
            series: vec![bulletin_core::chart_data::Series {
                name: "项目数".into(),
                values: values.into_iter().map(Some).collect(),
            }],
            units: vec!["个".into()],
            not_reported: vec![],
            grading: None,
        };
        assert_eq!(whole_steps(&data(vec![1.0])), Some((1, 1)));
        assert_eq!(whole_steps(&data(vec![1.0, 3.0])), Some((3, 3)));
        assert_eq!(whole_steps(&data(vec![14.0, 2.0])), Some((15, 5)));
        assert_eq!(whole_steps(&data(vec![0.7, 2.0])), None);
        assert_eq!(whole_steps(&data(vec![0.0])), None);
    }
    use bulletin_core::chart_data::{investment_by_sector, progress_by_sector};

    fn bundled() -> bulletin_core::Bulletin {
        // charts-rs has no font of its own here (vendor/charts-rs/PATCHED.md).
        crate::charts::font::register(include_bytes!(
            "../../public/fonts/bulletin-sans-cjk-metrics.ttf"
        ))
        .expect("font");
        bulletin_core::load(include_str!("../../public/data/lianyungang-2023-h1.json"))
            .expect("valid")
            .bulletin
    }

    #[test]
    fn every_bar_carries_its_category_series_and_value() {
        let svg =
            horizontal_bars(&investment_by_sector(&bundled()), 640.0, Scheme::Light).expect("svg");
        assert!(svg.contains(r#"data-category="教育惠民""#), "{svg}");
        assert!(svg.contains(r#"data-value="21.4""#));
        assert!(
            !svg.contains("就业创业"),
            "not-reported sectors are not drawn"
        );
    }

    #[test]
    fn hostile_names_are_escaped() {
        let mut b = bundled();
        b.sectors[0].name = "<img src=x onerror=alert(1)>".into();
        let svg = horizontal_bars(&progress_by_sector(&b), 640.0, Scheme::Dark).expect("svg");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
