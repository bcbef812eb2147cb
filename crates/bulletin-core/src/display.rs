//! Figures formatted for Chinese readers: 亿元, percentages as precise as the source, 未报告.

/// Shown where the bulletin gives no figure; never shown as 0.
pub const NOT_REPORTED: &str = "未报告";

/// Shown for a share of a whole that is 0, such as the completion of a plan of 0 亿元.
pub const NOT_COMPUTABLE: &str = "无法计算";

/// Shown for a figure too large to show as digits, or one that overflowed to infinity.
pub const OUT_OF_RANGE: &str = "数值超出范围";

/// Magnitudes from here up are [`OUT_OF_RANGE`]: past 10^15 an `f64` no longer holds every
/// hundredth (and past 2^53 not every integer), and no amount in 亿元 comes near it.
pub const NUMBER_LIMIT: f64 = 1e15;

/// Percentages (and gaps in percentage points) from here up are [`OUT_OF_RANGE`]: sectors
/// report at most 1000 %, so a million percent only comes from dividing by a near-zero plan.
pub const PERCENT_LIMIT: f64 = 1e6;

/// Whether `n` is finite and smaller in magnitude than `limit`.
fn showable(n: f64, limit: f64) -> bool {
    n.is_finite() && n.abs() < limit
}

/// A number with at most `decimals` decimals and no trailing zeros: `21.4`, `43`, `44.8`;
/// [`OUT_OF_RANGE`] from [`NUMBER_LIMIT`] up.
pub fn number(n: f64, decimals: usize) -> String {
    if !showable(n, NUMBER_LIMIT) {
        return OUT_OF_RANGE.to_owned();
    }
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
        // Without its unit: “数值超出范围 亿元” would read as if it were the figure.
        Some(n) if !showable(n, NUMBER_LIMIT) => OUT_OF_RANGE.to_owned(),
        Some(n) => format!("{} {unit}", number(n, 2)),
        None => NOT_REPORTED.to_owned(),
    }
}

/// A percentage with at most `decimals` decimals, or 未报告.
fn percent_to(n: Option<f64>, decimals: usize) -> String {
    match n {
        Some(n) if !showable(n, PERCENT_LIMIT) => OUT_OF_RANGE.to_owned(),
        Some(n) => format!("{}%", number(n, decimals)),
        None => NOT_REPORTED.to_owned(),
    }
}

/// A reported percentage as the source writes it, `43%` or `44.8%`, or 未报告.
pub fn percent(n: Option<f64>) -> String {
    percent_to(n, 2)
}

/// A derived percentage, rounded to whole percent as the bulletin rounds its own (`60%`).
pub fn derived_percent(n: Option<f64>) -> String {
    percent_to(n, 0)
}

/// `part` as a share of `whole`, as [`derived_percent`]: 未报告 when either is unreported,
/// 无法计算 when `whole` is 0 (a plan of 0 has no completion rate).
pub fn share(part: Option<f64>, whole: Option<f64>) -> String {
    match (part, whole) {
        (Some(_), Some(0.0)) => NOT_COMPUTABLE.to_owned(),
        (Some(part), Some(whole)) => derived_percent(Some(part / whole * 100.0)),
        _ => NOT_REPORTED.to_owned(),
    }
}

/// A gap to the schedule target: `超序时 10 个百分点`, `低于序时 7 个百分点` or `与序时持平`.
pub fn schedule_gap(pp: Option<f64>, decimals: usize) -> String {
    let Some(pp) = pp else {
        return NOT_REPORTED.to_owned();
    };
    if !showable(pp, PERCENT_LIMIT) {
        return OUT_OF_RANGE.to_owned();
    }
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
    if !showable(pp, PERCENT_LIMIT) {
        return OUT_OF_RANGE.to_owned();
    }
    let size = number(pp.abs(), decimals);
    match size.as_str() {
        "0" => "0".to_owned(),
        _ if pp > 0.0 => format!("+{size}"),
        _ => format!("−{size}"),
    }
}

/// A change of a count for tables: `+2 件`, `−1 件`, `持平`, or 未报告.
pub fn signed_count(delta: Option<i64>, unit: &str) -> String {
    match delta {
        None => NOT_REPORTED.to_owned(),
        Some(0) => "持平".to_owned(),
        Some(n) if n > 0 => format!("+{n} {unit}"),
        Some(n) => format!("−{} {unit}", n.unsigned_abs()),
    }
}

/// How a district's rank moved between two bulletins: `上升 2 位`, `下降 1 位`, `名次不变`,
/// or, ranked in one only, `上期未排名` / `本期未排名`.
pub fn rank_move(before: Option<u64>, after: Option<u64>) -> String {
    match (before, after) {
        (Some(b), Some(a)) if a < b => format!("上升 {} 位", b - a),
        (Some(b), Some(a)) if a > b => format!("下降 {} 位", a - b),
        (Some(_), Some(_)) => "名次不变".to_owned(),
        (None, Some(_)) => "上期未排名".to_owned(),
        (Some(_), None) => "本期未排名".to_owned(),
        (None, None) => NOT_REPORTED.to_owned(),
    }
}

/// An amount in the unit that reads best for its size: 0.296 亿元 reads 2960 万元, 12,000
/// 万元 reads 1.2 亿元; other units as they are. [`amount`] gives the figure as written.
pub fn readable_amount(n: Option<f64>, unit: &str) -> String {
    match (n, unit) {
        (Some(v), "亿元") if v != 0.0 && v.abs() < 1.0 && showable(v, NUMBER_LIMIT) => {
            amount(Some(crate::figures::tidy(v * 10_000.0)), "万元")
        }
        (Some(v), "万元") if v.abs() >= 10_000.0 && showable(v, NUMBER_LIMIT) => {
            amount(Some(crate::figures::tidy(v / 10_000.0)), "亿元")
        }
        _ => amount(n, unit),
    }
}

/// The summary's completed share of the annual plan as shown: worked out from the two
/// investments (无法计算 for a plan of 0, never inf%), else the share the notice gives.
pub fn plan_share(s: &crate::Summary) -> Option<String> {
    match (s.completed_investment, s.annual_investment) {
        (Some(_), Some(_)) => Some(share(s.completed_investment, s.annual_investment)),
        _ => s.plan_pct.map(|p| percent(Some(p))),
    }
}

/// An amount as the file gives it, to six decimals: what a hover shows beside the readable one.
pub fn exact_amount(n: Option<f64>, unit: &str) -> String {
    match n {
        Some(v) if showable(v, NUMBER_LIMIT) => format!("{} {unit}", number(v, 6)),
        _ => amount(n, unit),
    }
}

/// A project's own figures in words, each amount in its readable unit.
pub fn project_figures(f: &crate::ProjectFigures, unit: &str) -> Vec<String> {
    let mut out = Vec::new();
    if f.completed_investment.is_some() {
        out.push(format!(
            "完成投资 {}",
            readable_amount(f.completed_investment, unit)
        ));
    }
    if f.planned_investment.is_some() {
        out.push(format!(
            "计划投资 {}",
            readable_amount(f.planned_investment, unit)
        ));
    }
    if f.plan_pct.is_some() {
        out.push(format!("完成年度计划 {}", percent(f.plan_pct)));
    }
    if f.progress_pct.is_some() {
        out.push(format!("完成进度 {}", percent(f.progress_pct)));
    }
    out
}

/// A file's size as a reader says it: 812 字节, 38.2 KB, 1.5 MB.
pub fn bytes(n: u64) -> String {
    match n {
        0..1024 => format!("{n} 字节"),
        1024..1_048_576 => format!("{:.1} KB", n as f64 / 1024.0),
        _ => format!("{:.1} MB", n as f64 / 1_048_576.0),
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

    #[test]
    fn figures_too_large_to_show_say_so() {
        for n in [
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1e308,
            -1e308,
            1e15,
        ] {
            assert_eq!(number(n, 2), OUT_OF_RANGE, "{n}");
            assert_eq!(amount(Some(n), "亿元"), OUT_OF_RANGE, "{n}");
            assert_eq!(percent(Some(n)), OUT_OF_RANGE, "{n}");
            assert_eq!(derived_percent(Some(n)), OUT_OF_RANGE, "{n}");
            assert_eq!(schedule_gap(Some(n), 0), OUT_OF_RANGE, "{n}");
            assert_eq!(signed_points(Some(n), 1), OUT_OF_RANGE, "{n}");
        }
        assert_eq!(
            amount(Some(999_999_999_999_999.0), "亿元"),
            "999999999999999 亿元"
        );
        assert_eq!(derived_percent(Some(999_999.0)), "999999%");
        assert_eq!(derived_percent(Some(1e6)), OUT_OF_RANGE);
        assert_eq!(signed_points(Some(-1e6), 1), OUT_OF_RANGE);
    }

    #[test]
    fn a_share_of_nothing_cannot_be_computed() {
        assert_eq!(share(Some(100.1), Some(166.3)), "60%");
        assert_eq!(share(Some(0.0), Some(0.0)), NOT_COMPUTABLE);
        assert_eq!(share(Some(5.0), Some(0.0)), NOT_COMPUTABLE);
        assert_eq!(share(Some(5.0), Some(-0.0)), NOT_COMPUTABLE);
        assert_eq!(share(Some(1.0), Some(1e-300)), OUT_OF_RANGE);
        assert_eq!(share(Some(1e308), Some(0.5)), OUT_OF_RANGE);
        assert_eq!(share(None, Some(1.0)), NOT_REPORTED);
        assert_eq!(share(Some(1.0), None), NOT_REPORTED);
    }
}
