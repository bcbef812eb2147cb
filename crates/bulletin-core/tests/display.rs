//! The figures the overview, the sector table and the ledger show, string for string: the
//! share of the plan, the exact amount a hover gives, the unit an amount reads best in and the
//! signed gap, at their boundaries (the switch from 亿元 to 万元, zero and negative zero,
//! the limits past which a figure is out of range, figures the bulletin does not give).

use bulletin_core::Summary;
use bulletin_core::display::{
    NOT_COMPUTABLE, NOT_REPORTED, NUMBER_LIMIT, OUT_OF_RANGE, PERCENT_LIMIT, amount, exact_amount,
    plan_share, readable_amount, schedule_gap, signed_points,
};

/// A summary with only the figures `plan_share` reads.
fn summary(completed: Option<f64>, annual: Option<f64>, plan_pct: Option<f64>) -> Summary {
    Summary {
        items: Some(30),
        sub_items: None,
        annual_investment: annual,
        completed_investment: completed,
        plan_pct,
        items_on_schedule: None,
        status_counts: None,
        text: String::new(),
        extra: Default::default(),
    }
}

#[test]
fn the_plan_share_is_worked_out_from_the_two_investments() {
    // 100.1 of 166.3 亿元 is 60.19…%, shown to whole percent as the bulletin rounds.
    assert_eq!(
        plan_share(&summary(Some(100.1), Some(166.3), None)),
        Some("60%".to_owned())
    );
    // Worked out even when the notice also gives a share: the two investments win.
    assert_eq!(
        plan_share(&summary(Some(100.1), Some(166.3), Some(44.8))),
        Some("60%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(Some(0.0), Some(50.0), None)),
        Some("0%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(Some(75.0), Some(50.0), None)),
        Some("150%".to_owned())
    );
}

#[test]
fn a_plan_of_zero_has_no_share_never_inf_percent() {
    assert_eq!(
        plan_share(&summary(Some(5.0), Some(0.0), None)),
        Some(NOT_COMPUTABLE.to_owned())
    );
    assert_eq!(
        plan_share(&summary(Some(0.0), Some(0.0), Some(12.0))),
        Some(NOT_COMPUTABLE.to_owned())
    );
    assert_eq!(
        plan_share(&summary(Some(5.0), Some(-0.0), None)),
        Some(NOT_COMPUTABLE.to_owned())
    );
    // A plan so small that the share overflows the percentage limit.
    assert_eq!(
        plan_share(&summary(Some(1.0), Some(1e-300), None)),
        Some(OUT_OF_RANGE.to_owned())
    );
}

#[test]
fn without_both_investments_the_plan_share_is_the_one_the_notice_gives() {
    assert_eq!(
        plan_share(&summary(None, None, Some(44.8))),
        Some("44.8%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(Some(100.1), None, Some(43.0))),
        Some("43%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(None, Some(166.3), Some(12.25))),
        Some("12.25%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(None, None, Some(0.0))),
        Some("0%".to_owned())
    );
    assert_eq!(
        plan_share(&summary(None, None, Some(PERCENT_LIMIT))),
        Some(OUT_OF_RANGE.to_owned())
    );
}

#[test]
fn a_plan_share_nobody_gives_is_none_for_the_page_to_say_so() {
    assert_eq!(plan_share(&summary(None, None, None)), None);
    assert_eq!(plan_share(&summary(Some(100.1), None, None)), None);
    assert_eq!(plan_share(&summary(None, Some(166.3), None)), None);
}

#[test]
fn exact_amounts_keep_six_decimals_without_trailing_zeros() {
    assert_eq!(exact_amount(Some(0.296), "亿元"), "0.296 亿元");
    assert_eq!(exact_amount(Some(0.075691), "亿元"), "0.075691 亿元");
    assert_eq!(exact_amount(Some(1.23456789), "亿元"), "1.234568 亿元");
    assert_eq!(exact_amount(Some(166.3), "亿元"), "166.3 亿元");
    assert_eq!(exact_amount(Some(2960.0), "万元"), "2960 万元");
    assert_eq!(exact_amount(Some(-12.5), "亿元"), "-12.5 亿元");
    assert_eq!(exact_amount(Some(0.0), "亿元"), "0 亿元");
    // Negative zero, and a negative figure that rounds to zero, read 0, not -0.
    assert_eq!(exact_amount(Some(-0.0), "亿元"), "0 亿元");
    assert_eq!(exact_amount(Some(-0.0000001), "亿元"), "0 亿元");
    // Where the readable amount rounds to two decimals, the exact one does not.
    assert_eq!(amount(Some(0.075691), "亿元"), "0.08 亿元");
    assert_ne!(
        exact_amount(Some(0.075691), "亿元"),
        amount(Some(0.075691), "亿元")
    );
}

#[test]
fn exact_amounts_not_given_or_out_of_range_read_as_such_without_a_unit() {
    assert_eq!(exact_amount(None, "亿元"), NOT_REPORTED);
    for n in [
        NUMBER_LIMIT,
        -NUMBER_LIMIT,
        1e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ] {
        // Not “数值超出范围 亿元”, which would read as if it were the figure.
        assert_eq!(exact_amount(Some(n), "亿元"), OUT_OF_RANGE, "{n}");
    }
    assert_eq!(
        exact_amount(Some(999_999_999_999_999.0), "亿元"),
        "999999999999999 亿元"
    );
}

#[test]
fn below_one_yi_an_amount_reads_in_wan() {
    assert_eq!(readable_amount(Some(0.296), "亿元"), "2960 万元");
    assert_eq!(readable_amount(Some(-0.296), "亿元"), "-2960 万元");
    assert_eq!(readable_amount(Some(0.99), "亿元"), "9900 万元");
    assert_eq!(readable_amount(Some(0.9999), "亿元"), "9999 万元");
    assert_eq!(readable_amount(Some(0.00005), "亿元"), "0.5 万元");
    // Exactly 1 亿元 is not below one, so it stays in 亿元 (not “10000 万元”).
    assert_eq!(readable_amount(Some(1.0), "亿元"), "1 亿元");
    assert_eq!(readable_amount(Some(-1.0), "亿元"), "-1 亿元");
    assert_eq!(readable_amount(Some(1.5), "亿元"), "1.5 亿元");
    assert_eq!(readable_amount(Some(16.3), "亿元"), "16.3 亿元");
}

#[test]
fn zero_stays_in_the_unit_it_was_given_in() {
    assert_eq!(readable_amount(Some(0.0), "亿元"), "0 亿元");
    assert_eq!(readable_amount(Some(-0.0), "亿元"), "0 亿元");
    assert_eq!(readable_amount(Some(0.0), "万元"), "0 万元");
}

#[test]
fn from_ten_thousand_wan_an_amount_reads_in_yi() {
    assert_eq!(readable_amount(Some(10_000.0), "万元"), "1 亿元");
    assert_eq!(readable_amount(Some(-10_000.0), "万元"), "-1 亿元");
    assert_eq!(readable_amount(Some(12_000.0), "万元"), "1.2 亿元");
    assert_eq!(readable_amount(Some(9_999.0), "万元"), "9999 万元");
    assert_eq!(readable_amount(Some(-9_999.0), "万元"), "-9999 万元");
    assert_eq!(readable_amount(Some(2960.0), "万元"), "2960 万元");
}

#[test]
fn readable_amounts_not_given_or_out_of_range_read_as_such() {
    assert_eq!(readable_amount(None, "亿元"), NOT_REPORTED);
    assert_eq!(readable_amount(None, "万元"), NOT_REPORTED);
    for n in [NUMBER_LIMIT, f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        assert_eq!(readable_amount(Some(n), "亿元"), OUT_OF_RANGE, "{n}");
        assert_eq!(readable_amount(Some(n), "万元"), OUT_OF_RANGE, "{n}");
    }
    // Other units are shown as they are, whatever the size.
    assert_eq!(
        readable_amount(Some(0.5), "million yuan"),
        "0.5 million yuan"
    );
    assert_eq!(readable_amount(Some(20_000.0), "元"), "20000 元");
}

#[test]
fn a_gap_that_rounds_to_zero_is_plain_zero_with_no_sign() {
    assert_eq!(signed_points(Some(0.0), 1), "0");
    assert_eq!(signed_points(Some(-0.0), 1), "0");
    assert_eq!(signed_points(Some(0.04), 1), "0");
    assert_eq!(signed_points(Some(-0.04), 1), "0");
    assert_eq!(signed_points(Some(-0.4), 0), "0");
    assert_eq!(schedule_gap(Some(0.0), 0), "与序时持平");
    assert_eq!(schedule_gap(Some(-0.0), 0), "与序时持平");
    assert_eq!(schedule_gap(Some(-0.4), 0), "与序时持平");
}

#[test]
fn a_gap_just_off_zero_has_its_sign() {
    assert_eq!(signed_points(Some(0.05), 1), "+0.1");
    assert_eq!(signed_points(Some(-0.06), 1), "−0.1");
    assert_eq!(signed_points(Some(25.0), 1), "+25");
    assert_eq!(signed_points(Some(-7.24), 1), "−7.2");
    assert_eq!(schedule_gap(Some(0.6), 0), "超序时 1 个百分点");
    assert_eq!(schedule_gap(Some(-0.6), 0), "低于序时 1 个百分点");
}

#[test]
fn gaps_at_the_percentage_limit() {
    assert_eq!(signed_points(Some(999_999.0), 1), "+999999");
    assert_eq!(signed_points(Some(-999_999.0), 1), "−999999");
    assert_eq!(signed_points(Some(PERCENT_LIMIT), 1), OUT_OF_RANGE);
    assert_eq!(signed_points(Some(-PERCENT_LIMIT), 1), OUT_OF_RANGE);
    assert_eq!(signed_points(Some(f64::NAN), 1), OUT_OF_RANGE);
    assert_eq!(signed_points(None, 1), NOT_REPORTED);
    assert_eq!(schedule_gap(Some(PERCENT_LIMIT), 0), OUT_OF_RANGE);
    assert_eq!(schedule_gap(None, 0), NOT_REPORTED);
}

#[test]
fn changes_between_periods_read_with_their_sign_and_direction() {
    use bulletin_core::display::{rank_move, signed_count};
    assert_eq!(signed_count(Some(2), "件"), "+2 件");
    assert_eq!(signed_count(Some(-1), "件"), "−1 件");
    assert_eq!(signed_count(Some(0), "件"), "持平");
    assert_eq!(signed_count(None, "件"), "未报告");
    assert_eq!(rank_move(Some(3), Some(2)), "上升 1 位");
    assert_eq!(rank_move(Some(2), Some(4)), "下降 2 位");
    assert_eq!(rank_move(Some(3), Some(3)), "名次不变");
    assert_eq!(rank_move(None, Some(5)), "上期未排名");
    assert_eq!(rank_move(Some(5), None), "本期未排名");
}
