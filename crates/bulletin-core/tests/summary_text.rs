//! The summary paragraph is marked as the source's wording once a figure it quotes changes.

mod common;

use bulletin_core::load;
use bulletin_core::summary_text::{from_figures, outdated};
use common::BUNDLED;

#[test]
fn the_paragraph_is_outdated_once_a_quoted_figure_changes_and_not_before() {
    let loaded = load(BUNDLED).expect("valid");
    let original = loaded.document.clone();
    let mut b = loaded.bulletin;
    assert!(!outdated(&original, &b), "as published");
    b.requirements[0].text.push('。');
    assert!(!outdated(&original, &b), "an edit elsewhere");
    b.summary.completed_investment = Some(120.0);
    assert!(outdated(&original, &b), "完成投资 edited");
    b.summary.text = "上半年完成投资120亿元。".into();
    assert!(
        !outdated(&original, &b),
        "the user rewrote the paragraph too"
    );

    let mut b = load(BUNDLED).expect("valid").bulletin;
    b.summary.items_on_schedule = Some(47);
    assert!(outdated(&original, &b));
    let mut b = load(BUNDLED).expect("valid").bulletin;
    b.schedule_target_pct = Some(55.0);
    assert!(outdated(&original, &b));
    let mut b = load(BUNDLED).expect("valid").bulletin;
    b.summary.sub_items = None;
    assert!(outdated(&original, &b));
}

#[test]
fn the_sentence_from_the_figures_says_what_the_bulletin_said_for_the_same_figures() {
    let mut b = load(BUNDLED).expect("valid").bulletin;
    let said = from_figures(&b);
    assert!(said.contains("50件民生实事细分为160个子项"), "{said}");
    assert!(said.contains("年度总投资166.3 亿元"), "{said}");
    assert!(
        said.contains("为年度计划的60%，超序时 10 个百分点"),
        "{said}"
    );
    assert!(said.contains("50件中48件达序时要求，占比96%"), "{said}");
    b.summary.completed_investment = Some(60.0);
    let said = from_figures(&b);
    assert!(
        said.contains("为年度计划的36%，低于序时 14 个百分点"),
        "{said}"
    );
    b.summary.annual_investment = Some(0.0);
    assert!(!from_figures(&b).contains("inf"), "{}", from_figures(&b));
}
