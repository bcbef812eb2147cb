//! Figures formatted for Chinese readers: 亿元, percentages as precise as the source, 未报告.

/// Shown where the bulletin gives no figure; never shown as 0.
pub const NOT_REPORTED: &str = "未报告";

/// A number with at most `decimals` decimals and no trailing zeros: `21.4`, `43`, `44.8`.
pub fn number(n: f64, decimals: usize) -> String {
    let text = format!("{n:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    // Rounding can leave "-0", which reads as a sign error.
    if text == "-0" { "0".to_owned() } else { text }
}

/// A reported amount with its unit, `21.4 亿元`, or 未报告.
pub fn amount(n: Option<f64>, unit: &str) -> String {
    match n {
        Some(n) => format!("{} {unit}", number(n, 2)),
        None => NOT_REPORTED.to_owned(),
    }
}

/// A reported percentage as the source writes it, `43%` or `44.8%`, or 未报告.
pub fn percent(n: Option<f64>) -> String {
    match n {
        Some(n) => format!("{}%", number(n, 2)),
        None => NOT_REPORTED.to_owned(),
    }
}

/// A derived percentage, rounded to whole percent as the bulletin rounds its own (`60%`).
pub fn derived_percent(n: Option<f64>) -> String {
    match n {
        Some(n) => format!("{}%", number(n, 0)),
        None => NOT_REPORTED.to_owned(),
    }
}

/// A gap to the schedule target: `超序时 10 个百分点`, `低于序时 7 个百分点` or `与序时持平`.
pub fn schedule_gap(pp: Option<f64>, decimals: usize) -> String {
    let Some(pp) = pp else {
        return NOT_REPORTED.to_owned();
    };
    let size = number(pp.abs(), decimals);
    if size == "0" {
        "与序时持平".to_owned()
    } else if pp > 0.0 {
        format!("超序时 {size} 个百分点")
    } else {
        format!("低于序时 {size} 个百分点")
    }
}

/// A signed gap for tables: `+25`, `−7`, `0` (percentage points).
pub fn signed_points(pp: Option<f64>, decimals: usize) -> String {
    let Some(pp) = pp else {
        return NOT_REPORTED.to_owned();
    };
    let size = number(pp.abs(), decimals);
    match size.as_str() {
        "0" => "0".to_owned(),
        _ if pp > 0.0 => format!("+{size}"),
        _ => format!("−{size}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_the_source_precision() {
        assert_eq!(number(21.4, 2), "21.4");
        assert_eq!(number(43.0, 2), "43");
        assert_eq!(number(166.3, 2), "166.3");
        assert_eq!(number(70.09999999999, 2), "70.1");
        assert_eq!(number(-0.001, 1), "0");
        assert_eq!(number(1500.0, 2), "1500");
    }

    #[test]
    fn missing_figures_read_as_not_reported_never_zero() {
        assert_eq!(amount(None, "亿元"), "未报告");
        assert_eq!(percent(None), "未报告");
        assert_eq!(derived_percent(None), "未报告");
        assert_eq!(schedule_gap(None, 1), "未报告");
        assert_eq!(signed_points(None, 1), "未报告");
        assert_eq!(amount(Some(0.0), "亿元"), "0 亿元");
    }

    #[test]
    fn amounts_and_percentages() {
        assert_eq!(amount(Some(100.1), "亿元"), "100.1 亿元");
        assert_eq!(percent(Some(44.8)), "44.8%");
        assert_eq!(derived_percent(Some(100.1 / 166.3 * 100.0)), "60%");
    }

    #[test]
    fn gaps_name_their_direction() {
        assert_eq!(schedule_gap(Some(10.19), 0), "超序时 10 个百分点");
        assert_eq!(schedule_gap(Some(-5.2), 1), "低于序时 5.2 个百分点");
        assert_eq!(schedule_gap(Some(0.01), 1), "与序时持平");
        assert_eq!(signed_points(Some(25.0), 1), "+25");
        assert_eq!(signed_points(Some(-7.0), 1), "−7");
    }
}
