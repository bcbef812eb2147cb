//! Valid but extreme figures (a plan of 0, amounts near the largest `f64`) never show as
//! `inf%`, `NaN%` or hundreds of digits: derived figures that cannot be shown say so.

mod common;

use bulletin_core::chart_data::investment_by_sector;
use bulletin_core::display::{
    self, NOT_COMPUTABLE, NOT_REPORTED, OUT_OF_RANGE, amount, derived_percent, schedule_gap, share,
    signed_points,
};
use bulletin_core::{Bulletin, Figures, load};
use common::{bundled_value, set};
use serde_json::{Value, json};

/// The bundled bulletin with `changes` (dotted path, new value) applied; must stay valid.
fn bulletin_with(changes: &[(&str, Value)]) -> (Bulletin, Vec<String>) {
    let mut doc = bundled_value();
    for (path, value) in changes {
        set(&mut doc, path, Some(value.clone()));
    }
    let loaded = load(&doc.to_string()).expect("still valid");
    let warnings = loaded.warnings.iter().map(|w| w.message.clone()).collect();
    (loaded.bulletin, warnings)
}

/// Nothing the page would show from `b` reads as an overflow or runs to hundreds of digits.
fn assert_sane(texts: &[String]) {
    for t in texts {
        assert!(
            !t.contains("inf") && !t.contains("NaN"),
            "overflow shown: {t}"
        );
        assert!(t.chars().count() < 200, "too long: {t}");
    }
}

fn shown(b: &Bulletin) -> Vec<String> {
    let f = Figures::of(b);
    let s = &b.summary;
    let unit = &b.currency_unit;
    let mut out = vec![
        derived_percent(f.completion_pct),
        schedule_gap(f.schedule_gap_pp, 0),
        share(s.completed_investment, s.annual_investment),
        derived_percent(f.on_schedule_pct),
        amount(s.annual_investment, unit),
        amount(s.completed_investment, unit),
        amount(Some(f.attributed_investment), unit),
        amount(f.unattributed_investment, unit),
    ];
    out.extend(
        f.sectors
            .iter()
            .map(|x| signed_points(x.schedule_gap_pp, 1)),
    );
    let chart = investment_by_sector(b);
    out.extend((0..chart.categories.len()).flat_map(|i| chart.describe(i)));
    out
}

#[test]
fn a_plan_of_zero_has_no_completion_rate() {
    let (b, warnings) = bulletin_with(&[("summary.annual_investment", json!(0))]);
    let f = Figures::of(&b);
    assert_eq!(f.completion_pct, None);
    assert_eq!(f.schedule_gap_pp, None);
    assert_eq!(share(Some(100.1), Some(0.0)), NOT_COMPUTABLE);
    assert_eq!(
        share(b.summary.completed_investment, b.summary.annual_investment),
        NOT_COMPUTABLE
    );
    assert_eq!(derived_percent(f.completion_pct), NOT_REPORTED);
    let mut texts = shown(&b);
    texts.extend(warnings);
    assert_sane(&texts);

    let (b, _) = bulletin_with(&[
        ("summary.annual_investment", json!(0)),
        ("summary.completed_investment", json!(0)),
    ]);
    assert_eq!(
        share(b.summary.completed_investment, b.summary.annual_investment),
        NOT_COMPUTABLE
    );
}

#[test]
fn a_tiny_plan_makes_a_completion_rate_too_large_to_show() {
    let (b, warnings) = bulletin_with(&[
        ("summary.annual_investment", json!(1e-300)),
        ("summary.completed_investment", json!(1e10)),
    ]);
    let f = Figures::of(&b);
    let pct = f.completion_pct.expect("computed");
    assert!(!pct.is_finite(), "{pct}");
    assert_eq!(derived_percent(f.completion_pct), OUT_OF_RANGE);
    assert_eq!(schedule_gap(f.schedule_gap_pp, 0), OUT_OF_RANGE);
    assert_eq!(
        share(b.summary.completed_investment, b.summary.annual_investment),
        OUT_OF_RANGE
    );
    let mut texts = shown(&b);
    texts.extend(warnings);
    assert_sane(&texts);

    // Finite, but past what a percentage can sensibly be.
    for plan in [1e-300, 0.0001] {
        let (b, warnings) = bulletin_with(&[("summary.annual_investment", json!(plan))]);
        let f = Figures::of(&b);
        let pct = f.completion_pct.expect("computed");
        assert!(pct.is_finite() && pct > display::PERCENT_LIMIT, "{pct}");
        assert_eq!(derived_percent(f.completion_pct), OUT_OF_RANGE);
        assert_eq!(schedule_gap(f.schedule_gap_pp, 0), OUT_OF_RANGE);
        let mut texts = shown(&b);
        texts.extend(warnings);
        assert_sane(&texts);
    }
}

#[test]
fn amounts_near_the_largest_float_never_overflow_on_the_page() {
    let (b, warnings) = bulletin_with(&[
        ("summary.annual_investment", json!(1.7e308)),
        ("summary.completed_investment", json!(1.7e308)),
        ("sectors.0.completed_investment", json!(1.7e308)),
        ("sectors.1.completed_investment", json!(1.7e308)),
    ]);
    let f = Figures::of(&b);
    // Two of them add up past f64::MAX; the sum is infinite, the rest follows, and no NaN.
    assert!(f.attributed_investment.is_infinite());
    let rest = f.unattributed_investment.expect("reported");
    assert!(!rest.is_nan(), "{rest}");
    assert_eq!(derived_percent(f.completion_pct), "100%");
    assert_eq!(amount(b.summary.annual_investment, "亿元"), OUT_OF_RANGE);
    assert_eq!(amount(Some(f.attributed_investment), "亿元"), OUT_OF_RANGE);
    assert_eq!(
        investment_by_sector(&b).describe(0),
        ["完成投资 数值超出范围"]
    );
    let mut texts = shown(&b);
    texts.extend(warnings);
    assert_sane(&texts);
}

#[test]
fn a_single_huge_sector_amount_is_not_tidied_into_infinity() {
    let (b, warnings) = bulletin_with(&[("sectors.0.completed_investment", json!(1e303))]);
    let f = Figures::of(&b);
    assert!(
        f.attributed_investment.is_finite(),
        "{}",
        f.attributed_investment
    );
    assert!(f.unattributed_investment.is_some_and(f64::is_finite));
    let mut texts = shown(&b);
    texts.extend(warnings);
    assert_sane(&texts);
}

#[test]
fn amounts_up_to_the_limit_are_shown_in_full() {
    let (b, _) = bulletin_with(&[("summary.annual_investment", json!(123_456_789_012.34))]);
    assert_eq!(
        amount(b.summary.annual_investment, &b.currency_unit),
        "123456789012.34 亿元"
    );
    let (b, _) = bulletin_with(&[("summary.annual_investment", json!(1e15))]);
    assert_eq!(
        amount(b.summary.annual_investment, &b.currency_unit),
        OUT_OF_RANGE
    );
}
