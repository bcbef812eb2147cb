//! Figures formatted for Chinese readers: 亿元, percentages as precise as the source, 未报告.
//! Each function that writes words has an `_in` twin taking a [`Lang`]: in English the same
//! digits (no separators, as precise as the source), amounts in CNY with k/m/bn (0.296 亿元
//! is `CNY 29.6m`, the digits moved, never rounded), dates as `30 Jun 2023`.

use crate::lang::{Lang, Words};

/// Shown where the bulletin gives no figure; never shown as 0.
pub const NOT_REPORTED: &str = "未报告";

/// Shown where the bulletin names no value (a project's lead unit, district or sector).
pub const NOT_STATED: &str = "未注明";

/// [`NOT_REPORTED`] in `lang`: `Not reported`.
pub fn not_reported_in(lang: Lang) -> &'static str {
    Words {
        zh: NOT_REPORTED,
        en: "Not reported",
    }
    .get(lang)
}

/// [`NOT_STATED`] in `lang`: `Not stated`.
pub fn not_stated_in(lang: Lang) -> &'static str {
    Words {
        zh: NOT_STATED,
        en: "Not stated",
    }
    .get(lang)
}

/// [`NOT_COMPUTABLE`] in `lang`: `Cannot be worked out`.
pub fn not_computable_in(lang: Lang) -> &'static str {
    Words {
        zh: NOT_COMPUTABLE,
        en: "Cannot be worked out",
    }
    .get(lang)
}

/// [`OUT_OF_RANGE`] in `lang`: `Out of range`.
pub fn out_of_range_in(lang: Lang) -> &'static str {
    Words {
        zh: OUT_OF_RANGE,
        en: "Out of range",
    }
    .get(lang)
}

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

/// [`number`] in `lang`: the same digits in either; only [`OUT_OF_RANGE`] is words.
pub fn number_in(n: f64, decimals: usize, lang: Lang) -> String {
    if !showable(n, NUMBER_LIMIT) {
        return out_of_range_in(lang).to_owned();
    }
    number(n, decimals)
}

/// A unit as a caption, a column heading or an axis shows it, in `lang`: `亿元` is
/// `CNY 100m`, `万元` `CNY 10k`, `%` itself, a count (`件`, `个`) `number`, `天` `days`;
/// empty where English writes none (`年`, after a year). A unit the table does not know (the
/// bulletin's own) is shown as written.
pub fn unit_in(unit: &str, lang: Lang) -> String {
    let unit = unit.trim();
    if lang == Lang::Zh {
        return unit.to_owned();
    }
    match unit {
        "件" | "个" | "项" => "number",
        "年" => "",
        "天" | "日" => "days",
        "个百分点" | "百分点" => "percentage points",
        "元" => "CNY",
        "千元" => "CNY 1k",
        "万元" => "CNY 10k",
        "百万元" => "CNY 1m",
        "亿元" => "CNY 100m",
        "字节" => "bytes",
        other => other,
    }
    .to_owned()
}

/// A count's unit after its figure where a label beside it names what is counted (an
/// overview card's “民生实事 20 件”): as written in Chinese, none in English, where “20
/// number” would not read and the label already says “Livelihood projects”.
pub fn count_unit_in(unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => unit.trim().to_owned(),
        Lang::En => String::new(),
    }
}

/// The power of ten a money unit stands for (`亿元` 8), `None` for other units.
fn yuan_exponent(unit: &str) -> Option<i32> {
    match unit.trim() {
        "元" => Some(0),
        "千元" => Some(3),
        "万元" => Some(4),
        "百万元" => Some(6),
        "亿元" => Some(8),
        _ => None,
    }
}

/// A count in English with its noun, `1 day`, `12 days`; `None` for a unit without one.
fn counted_en(digits: &str, unit: &str) -> Option<String> {
    let (one, many) = match unit.trim() {
        "件" => ("project", "projects"),
        "个" | "项" => ("item", "items"),
        "天" | "日" => ("day", "days"),
        "年" => ("year", "years"),
        "个百分点" | "百分点" => ("point", "points"),
        "字节" => ("byte", "bytes"),
        _ => return None,
    };
    let noun = if digits.trim_start_matches(['-', '+', '−']) == "1" {
        one
    } else {
        many
    };
    Some(format!("{digits} {noun}"))
}

/// `digits` (as [`number`] writes them) times 10^`places`, the decimal point moved rather than
/// multiplied, so no digit is lost or made up: `shift("21.4", 8)` is `2140000000`.
fn shift(digits: &str, places: i32) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all = format!("{int}{frac}");
    let point = int.len() as i32 + places;
    let moved = if point <= 0 {
        format!("0.{}{all}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= all.len() {
        format!("{all}{}", "0".repeat(point as usize - all.len()))
    } else {
        format!("{}.{}", &all[..point as usize], &all[point as usize..])
    };
    let (int, frac) = moved.split_once('.').unwrap_or((&moved, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    let out = if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    };
    if out == "0" {
        out
    } else {
        format!("{sign}{out}")
    }
}

/// The power of ten of the size an amount of `yuan` reads in English, and its suffix:
/// `(9, "bn")`, `(6, "m")`, `(3, "k")` or `(0, "")`.
fn scale_of(yuan: f64) -> (i32, &'static str) {
    [(9, "bn"), (6, "m"), (3, "k")]
        .into_iter()
        .find(|(at, _)| yuan.abs() >= 10f64.powi(*at))
        .unwrap_or((0, ""))
}

/// `n` in a money unit of 10^`exponent` yuan, in English: `CNY 2.14bn`, `CNY 29.6m`,
/// `CNY 12.3k`, `CNY 850`. The figure has `decimals` decimals in its own unit or, when
/// `readable`, in the size it is shown in (so 0.296 亿元 is `CNY 29.6m`, as 2960 万元 is
/// in Chinese); either way the digits are moved, not multiplied.
fn money_en(n: f64, exponent: i32, decimals: usize, readable: bool) -> String {
    let decimals = if readable {
        let (at, _) = scale_of(n * 10f64.powi(exponent));
        decimals + (exponent - at).max(0) as usize
    } else {
        decimals
    };
    let digits = number(n, decimals);
    let yuan = shift(&digits, exponent).parse::<f64>().unwrap_or(0.0);
    let (at, suffix) = scale_of(yuan);
    format!("CNY {}{suffix}", shift(&digits, exponent - at))
}

/// An amount in English with `decimals` decimals (see [`money_en`]): money in CNY with
/// k/m/bn, a count with its noun, anything else with its unit as written.
fn amount_en(n: f64, unit: &str, decimals: usize, readable: bool) -> String {
    if let Some(exponent) = yuan_exponent(unit) {
        return money_en(n, exponent, decimals, readable);
    }
    let digits = number(n, decimals);
    if let Some(counted) = counted_en(&digits, unit) {
        return counted;
    }
    match unit.trim() {
        "" => digits,
        "%" => format!("{digits}%"),
        unit => format!("{digits} {unit}"),
    }
}

/// [`amount`] in `lang`: `21.4 亿元`, or `CNY 2.14bn` (the digits as given, the point moved).
pub fn amount_in(n: Option<f64>, unit: &str, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => amount(n, unit),
        (Lang::En, Some(n)) if !showable(n, NUMBER_LIMIT) => out_of_range_in(lang).to_owned(),
        (Lang::En, Some(n)) => amount_en(n, unit, 2, false),
        (Lang::En, None) => not_reported_in(lang).to_owned(),
    }
}

/// [`readable_amount`] in `lang`: in English two decimals in the size shown, so 0.296 亿元
/// is `CNY 29.6m` where [`amount_in`] gives `CNY 30m` (0.3 亿元 as written).
pub fn readable_amount_in(n: Option<f64>, unit: &str, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => readable_amount(n, unit),
        (Lang::En, Some(v)) if showable(v, NUMBER_LIMIT) => amount_en(v, unit, 2, true),
        (Lang::En, _) => amount_in(n, unit, lang),
    }
}

/// [`exact_amount`] in `lang`: the file's figure to six decimals, in English in CNY.
pub fn exact_amount_in(n: Option<f64>, unit: &str, lang: Lang) -> String {
    match (lang, n) {
        (Lang::Zh, _) => exact_amount(n, unit),
        (Lang::En, Some(v)) if showable(v, NUMBER_LIMIT) => amount_en(v, unit, 6, false),
        (Lang::En, _) => amount_in(n, unit, lang),
    }
}

/// [`percent`] in `lang`: `44.8%` in either, or `Not reported`.
pub fn percent_in(n: Option<f64>, lang: Lang) -> String {
    percent_to_in(n, 2, lang)
}

/// [`derived_percent`] in `lang`.
pub fn derived_percent_in(n: Option<f64>, lang: Lang) -> String {
    percent_to_in(n, 0, lang)
}

fn percent_to_in(n: Option<f64>, decimals: usize, lang: Lang) -> String {
    match n {
        Some(n) if !showable(n, PERCENT_LIMIT) => out_of_range_in(lang).to_owned(),
        Some(_) => percent_to(n, decimals),
        None => not_reported_in(lang).to_owned(),
    }
}

/// [`share`] in `lang`.
pub fn share_in(part: Option<f64>, whole: Option<f64>, lang: Lang) -> String {
    match (part, whole) {
        (Some(_), Some(0.0)) => not_computable_in(lang).to_owned(),
        (Some(part), Some(whole)) => derived_percent_in(Some(part / whole * 100.0), lang),
        _ => not_reported_in(lang).to_owned(),
    }
}

/// [`plan_share`] in `lang`.
pub fn plan_share_in(s: &crate::Summary, lang: Lang) -> Option<String> {
    match (s.completed_investment, s.annual_investment) {
        (Some(_), Some(_)) => Some(share_in(s.completed_investment, s.annual_investment, lang)),
        _ => s.plan_pct.map(|p| percent_in(Some(p), lang)),
    }
}

/// [`schedule_gap`] in `lang`: `10 points ahead of schedule`, `5.2 points behind schedule`
/// or `Level with schedule`.
pub fn schedule_gap_in(pp: Option<f64>, decimals: usize, lang: Lang) -> String {
    if lang == Lang::Zh {
        return schedule_gap(pp, decimals);
    }
    let Some(pp) = pp else {
        return not_reported_in(lang).to_owned();
    };
    if !showable(pp, PERCENT_LIMIT) {
        return out_of_range_in(lang).to_owned();
    }
    let size = number(pp.abs(), decimals);
    let points = if size == "1" { "point" } else { "points" };
    if size == "0" {
        "Level with schedule".to_owned()
    } else if pp > 0.0 {
        format!("{size} {points} ahead of schedule")
    } else {
        format!("{size} {points} behind schedule")
    }
}

/// [`signed_points`] in `lang`: `+25`, `−7`, `0` in either.
pub fn signed_points_in(pp: Option<f64>, decimals: usize, lang: Lang) -> String {
    match pp {
        None => not_reported_in(lang).to_owned(),
        Some(p) if !showable(p, PERCENT_LIMIT) => out_of_range_in(lang).to_owned(),
        Some(_) => signed_points(pp, decimals),
    }
}

/// [`signed_count`] in `lang`: `+2 projects` (for `件`), `−1 project`, `No change`.
pub fn signed_count_in(delta: Option<i64>, unit: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return signed_count(delta, unit);
    }
    match delta {
        None => not_reported_in(lang).to_owned(),
        Some(0) => "No change".to_owned(),
        Some(n) => {
            let sign = if n > 0 { "+" } else { "−" };
            let counted = amount_en(n.unsigned_abs() as f64, unit, 0, false);
            format!("{sign}{counted}")
        }
    }
}

/// [`rank_move`] in `lang`: `Up 2 places`, `Down 1 place`, `Rank unchanged`, `Not ranked in
/// the previous bulletin`, `Not ranked in this bulletin`.
pub fn rank_move_in(before: Option<u64>, after: Option<u64>, lang: Lang) -> String {
    if lang == Lang::Zh {
        return rank_move(before, after);
    }
    let places = |n: u64| if n == 1 { "place" } else { "places" };
    match (before, after) {
        (Some(b), Some(a)) if a < b => format!("Up {} {}", b - a, places(b - a)),
        (Some(b), Some(a)) if a > b => format!("Down {} {}", a - b, places(a - b)),
        (Some(_), Some(_)) => "Rank unchanged".to_owned(),
        (None, Some(_)) => "Not ranked in the previous bulletin".to_owned(),
        (Some(_), None) => "Not ranked in this bulletin".to_owned(),
        (None, None) => not_reported_in(lang).to_owned(),
    }
}

/// [`project_figures`] in `lang`: `Investment completed: CNY 29.6m`, ….
pub fn project_figures_in(f: &crate::ProjectFigures, unit: &str, lang: Lang) -> Vec<String> {
    if lang == Lang::Zh {
        return project_figures(f, unit);
    }
    let mut out = Vec::new();
    if f.completed_investment.is_some() {
        out.push(format!(
            "Investment completed: {}",
            readable_amount_in(f.completed_investment, unit, lang)
        ));
    }
    if f.planned_investment.is_some() {
        out.push(format!(
            "Planned investment: {}",
            readable_amount_in(f.planned_investment, unit, lang)
        ));
    }
    if f.plan_pct.is_some() {
        out.push(format!(
            "Share of annual plan completed: {}",
            percent_in(f.plan_pct, lang)
        ));
    }
    if f.progress_pct.is_some() {
        out.push(format!("Progress: {}", percent_in(f.progress_pct, lang)));
    }
    out
}

/// [`bytes`] in `lang`: `812 bytes`, `38.2 KB`, `1.5 MB`.
pub fn bytes_in(n: u64, lang: Lang) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 byte".to_owned(),
        (Lang::En, 0..1024) => format!("{n} bytes"),
        _ => bytes(n),
    }
}

/// The months of the year, for English dates and periods.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A `YYYY-MM-DD` date as the page shows it in `lang`: as written in Chinese (the page's
/// `2023-06-30`), `30 Jun 2023` in English; anything that is not such a date as written.
pub fn date_in(iso: &str, lang: Lang) -> String {
    let written = iso.trim();
    match (lang, crate::validation::parse_date(written)) {
        (Lang::En, Some((y, m, d))) => {
            let month = MONTHS[m as usize - 1];
            format!("{d} {} {y}", &month[..3])
        }
        _ => written.to_owned(),
    }
}

/// A month `1..=12` written with Arabic digits (`6`, `06`), if `text` is one.
fn month_number(text: &str) -> Option<usize> {
    let m: usize = text.trim().parse().ok()?;
    (1..=12).contains(&m).then_some(m)
}

/// The period as people say it in `lang`: `2023年上半年`, or in English `First half of
/// 2023`, `Q3 2023`, `January–October 2023`, `June 2023`; a label English has no words for
/// is shown as written after the year (`2023 攻坚期`), as the bulletin's own text.
pub fn period_name_in(year: i64, label: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return crate::bulletin::period_name(year, label);
    }
    let label = label.trim();
    // 一季度, 第三季度, 2季度: the quarter's number.
    let quarter = |q: &str| {
        let n = q.strip_suffix("季度")?;
        match n.strip_prefix('第').unwrap_or(n) {
            "一" | "1" => Some(0),
            "二" | "2" => Some(1),
            "三" | "3" => Some(2),
            "四" | "4" => Some(3),
            _ => None,
        }
    };
    let known = match label {
        "上半年" => Some(format!("First half of {year}")),
        "下半年" => Some(format!("Second half of {year}")),
        "前三季度" => Some(format!("First three quarters of {year}")),
        "全年" | "年度" | "" => Some(format!("{year}")),
        _ => None,
    };
    if let Some(known) = known {
        return known;
    }
    if let Some(q) = quarter(label) {
        return format!("Q{} {year}", q + 1);
    }
    let months = label
        .strip_suffix("月份")
        .or_else(|| label.strip_suffix('月'));
    if let Some(months) = months {
        let joins = ['至', '-', '—', '–', '~', '～', '到'];
        let range = match months.split_once(joins) {
            Some((a, b)) => month_number(a).zip(month_number(b.trim_end_matches('月'))),
            None => month_number(months).map(|m| (m, m)),
        };
        match range {
            Some((a, b)) if a == b => return format!("{} {year}", MONTHS[a - 1]),
            Some((a, b)) if a < b => {
                return format!("{}–{} {year}", MONTHS[a - 1], MONTHS[b - 1]);
            }
            _ => {}
        }
    }
    format!("{year} {label}")
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
