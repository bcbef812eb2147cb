//! Turns [`ChartData`] into an SVG string with charts-rs. Pure Rust (no browser), so the
//! drawing rules are tested natively. charts-rs escapes every text and attribute it writes.

use bulletin_core::SectorStatus;
use bulletin_core::chart_data::ChartData;
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
        Scheme::Light => vec!["#2f6fba".into(), "#9aa5b1".into()],
        Scheme::Dark => vec!["#7fb2f0".into(), "#6b7685".into()],
    }
}

/// A status colour for the first series of sector charts; the label says the status too.
fn status_color(status: SectorStatus, scheme: Scheme) -> Color {
    match (status, scheme) {
        (SectorStatus::Behind, Scheme::Light) => "#c0392b".into(),
        (SectorStatus::Behind, Scheme::Dark) => "#ff8a80".into(),
        (SectorStatus::Ahead, Scheme::Light) => "#1f5fae".into(),
        (SectorStatus::Ahead, Scheme::Dark) => "#9cc3f5".into(),
        (SectorStatus::OnSchedule, Scheme::Light) => "#2e7d4f".into(),
        (SectorStatus::OnSchedule, Scheme::Dark) => "#8fd6a6".into(),
    }
}

/// The axis label of each category: with its status where it has one.
pub fn labels(data: &ChartData, with_status: bool) -> Vec<String> {
    data.categories
        .iter()
        .map(|c| match (with_status, c.status) {
            (true, Some(s)) => format!("{}（{}）", c.label, s.label()),
            _ => c.label.clone(),
        })
        .collect()
}

/// Draws `data` as horizontal bars `width` pixels wide, first category at the top.
/// `with_status` writes each sector's status into its label and colours its first bar by it
/// (the legend is then left out: the description explains the colours).
pub fn horizontal_bars(
    data: &ChartData,
    width: f32,
    scheme: Scheme,
    with_status: bool,
) -> Result<String, String> {
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
            if k == 0 && with_status {
                series.colors = Some(
                    data.categories
                        .iter()
                        .rev()
                        .map(|c| c.status.map(|st| status_color(st, scheme)))
                        .collect(),
                );
            }
            series
        })
        .collect();
    let mut labels = labels(data, with_status);
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
    chart.legend.show = Some(data.series.len() > 1 && !with_status);
    chart.series.colors = series_colors(scheme);
    chart.series_label_position = Some(Position::Right);
    chart.svg().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let svg = horizontal_bars(
            &investment_by_sector(&bundled()),
            640.0,
            Scheme::Light,
            false,
        )
        .expect("svg");
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
        let svg = horizontal_bars(&progress_by_sector(&b), 640.0, Scheme::Dark, true).expect("svg");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
