//! The chart font: charts-rs measures labels with it, the page draws them with it.
//! See scripts/make-chart-font.py for why the measuring file is a metrics-only cut.

/// Family name of the chart font, in charts-rs and in `style/main.css`.
pub const FAMILY: &str = "Bulletin Sans CJK";

/// Where the metrics file is served, relative to the page.
pub const METRICS_URL: &str = "fonts/bulletin-sans-cjk-metrics.ttf";

/// Registers the font with charts-rs.
pub fn register(bytes: &[u8]) -> Result<(), String> {
    charts_rs::add_fonts(&[bytes]).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Width charts-rs gives `text` at `size` pixels.
    fn measure(text: &str, size: f32) -> f32 {
        charts_rs::measure_text_width_family(FAMILY, size, text)
            .map(|b| b.width())
            .unwrap_or(0.0)
    }

    #[test]
    fn chinese_is_measured_at_its_drawn_width() {
        let before = measure("教育惠民", 14.0);
        register(include_bytes!(
            "../../public/fonts/bulletin-sans-cjk-metrics.ttf"
        ))
        .expect("font");
        let after = measure("教育惠民", 14.0);
        // Four full-width characters at 14 px are 56 px wide; the bundled Roboto has no CJK
        // glyphs and measured them at about half that.
        assert!((after - 56.0).abs() <= 2.0, "measured {after}");
        assert!(before < after, "{before} vs {after}");
        // Characters users may type later, not just those of the seed bulletin.
        assert!((measure("鑫犇淼", 14.0) - 42.0).abs() <= 2.0);
    }
}
