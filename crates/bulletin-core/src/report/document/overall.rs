//! 一、总体情况: the summary's figures in the bulletin's sentences, and what changed since
//! the previous bulletin.

use super::attachment;
use super::facts::{Facts, Kind};
use super::{amount_figure, percent_figure, period_facts, text_of, typeset};
use crate::display::number;
use crate::figures::tidy;
use crate::status::ItemStatus;
use crate::supervision::{Listed, compare, is_lagging};
use crate::{Bulletin, ProjectStatus, SectorStatus};

/// The completed share of the annual plan as the text says it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Share {
    /// As written, without the sign: `60`, `0.4`.
    pub text: String,
    /// The figure the text stands for (60 for 60.19 written 60), to take the gap from.
    pub shown: f64,
    /// Unrounded, as the data gives it or works it out.
    pub exact: f64,
    pub worked_out: bool,
}

/// The summary's share of the plan: worked out from the two investments when both are given
/// (none for a plan of 0), else the share the notice gives (as [`crate::display::plan_share`]).
pub(crate) fn share(b: &Bulletin) -> Option<Share> {
    let s = &b.summary;
    match (s.completed_investment, s.annual_investment) {
        (Some(done), Some(plan)) if plan > 0.0 => worked_out(done / plan * 100.0),
        (Some(_), Some(_)) => None,
        _ => {
            let p = s.plan_pct?;
            Some(Share {
                text: percent_figure(p)?,
                shown: p,
                exact: p,
                worked_out: false,
            })
        }
    }
}

/// A worked-out percentage rounded as the bulletin rounds its own (whole percent), with as
/// many decimals (up to two) as it takes to stay true: 0.4 is not written 0, nor 99.6 100.
/// `None` when even two decimals would not (0.001%), or it is too large to write.
pub(crate) fn worked_out(p: f64) -> Option<Share> {
    if !(p.is_finite() && p.abs() < crate::display::PERCENT_LIMIT) {
        return None;
    }
    (0..=2).find_map(|decimals| {
        let scale = 10f64.powi(decimals);
        let shown = (p * scale).round() / scale;
        let untrue = (shown == 0.0 && p != 0.0) || (shown == 100.0 && p != 100.0);
        (!untrue).then(|| Share {
            text: number(shown, decimals as usize),
            shown,
            exact: p,
            worked_out: true,
        })
    })
}

/// A gap to the schedule in words: `超序时10个百分点`, `低于序时5.2个百分点`, `与序时持平`.
fn gap_words(pp: f64) -> String {
    let size = number(pp.abs(), 2);
    if size == "0" {
        "与序时持平".to_owned()
    } else if pp > 0.0 {
        format!("超序时{size}个百分点")
    } else {
        format!("低于序时{size}个百分点")
    }
}

/// The paragraph of 一、总体情况: the summary's own text while it holds, else sentences from
/// the figures; `None` when the bulletin gives no overall figure at all.
pub(crate) fn paragraph(b: &Bulletin) -> Option<String> {
    if let Some(text) = text_of(Some(&b.summary.text)).filter(|t| facts(b).hold_in(t)) {
        return Some(typeset(text));
    }
    let text = from_figures(b);
    if text.is_empty() {
        return from_ledger(b);
    }
    Some(text)
}

/// With no overall figure, what the attachment lists: `截至10月底，共有13个项目推进未达序时或
/// 存在问题，其中推进滞后6个、尚未完成7个，详见附件。` `None` when it lists none.
fn from_ledger(b: &Bulletin) -> Option<String> {
    let listed: Vec<_> = b
        .projects
        .iter()
        .filter(|p| attachment::listed(b, p))
        .collect();
    if listed.is_empty() {
        return None;
    }
    let by_status: Vec<String> = ProjectStatus::ALL
        .into_iter()
        .filter_map(|s| {
            let n = listed.iter().filter(|p| p.status == s).count();
            (n > 0).then(|| format!("{}{n}个", s.label()))
        })
        .collect();
    let label = b.period.label.trim();
    let when = if label.is_empty() {
        String::new()
    } else {
        format!("{label}，")
    };
    let among = if by_status.len() > 1 {
        format!("，其中{}", by_status.join("、"))
    } else {
        String::new()
    };
    Some(format!(
        "{when}共有{}个项目推进未达序时或存在问题{among}，详见附件。",
        listed.len()
    ))
}

/// The figures the summary's text may quote, and the ones it must.
fn facts(b: &Bulletin) -> Facts {
    let s = &b.summary;
    let share = share(b);
    let mut f = period_facts(b);
    f.must_quote()
        .count(s.items)
        .count(s.sub_items)
        .given(Kind::Amount, s.annual_investment)
        .given(Kind::Amount, s.completed_investment)
        .count(s.items_on_schedule);
    for n in s.status_counts.iter().flat_map(|c| c.values()) {
        f.count(Some(*n));
    }
    if let Some(share) = &share {
        if share.worked_out {
            f.worked_out(Kind::Percent, Some(share.exact));
        } else {
            f.given(Kind::Percent, Some(share.exact));
        }
        f.worked_out(
            Kind::Points,
            b.schedule_target_pct.map(|t| (share.exact - t).abs()),
        );
    }
    f.may_quote()
        .given(Kind::Percent, b.schedule_target_pct)
        .count(
            s.items
                .zip(s.items_on_schedule)
                .map(|(a, on)| a.saturating_sub(on)),
        )
        .worked_out(
            Kind::Percent,
            s.items
                .zip(s.items_on_schedule)
                .filter(|(all, _)| *all > 0)
                .map(|(all, on)| on as f64 / all as f64 * 100.0),
        );
    // What the text may say of the sectors and projects: how many there are, per status.
    f.count(Some(b.sectors.len() as u64));
    let sectors = |pick: &dyn Fn(SectorStatus) -> bool| {
        Some(b.sectors.iter().filter(|s| pick(s.status)).count() as u64)
    };
    f.count(sectors(&|s| s != SectorStatus::Behind));
    for status in SectorStatus::ALL {
        f.count(sectors(&|s| s == status));
    }
    let listed: Vec<_> = b
        .projects
        .iter()
        .filter(|p| attachment::listed(b, p))
        .collect();
    f.count(Some(listed.len() as u64));
    for status in ProjectStatus::ALL {
        f.count(Some(
            listed.iter().filter(|p| p.status == status).count() as u64
        ));
    }
    let in_behind_sectors = listed
        .iter()
        .filter(|p| is_lagging(p))
        .filter(|p| {
            p.sector
                .as_deref()
                .and_then(|id| b.sector(id))
                .is_some_and(|s| s.status == SectorStatus::Behind)
        })
        .count();
    f.count(Some(in_behind_sectors as u64));
    f
}

/// The summary in sentences from the figures, as the bulletin writes them:
/// `50件民生实事细分为160个子项，年度总投资166.3亿元。上半年完成投资100.1亿元，为年度计划的
/// 60%，超序时10个百分点。从实施节点看，…` Each figure only when given; empty when none is.
pub(crate) fn from_figures(b: &Bulletin) -> String {
    let s = &b.summary;
    let unit = b.currency_unit.trim();
    let label = b.period.label.trim();
    let mut out = String::new();

    let mut first = Vec::new();
    match (s.items, s.sub_items) {
        (Some(items), Some(sub)) => first.push(format!("{items}件民生实事细分为{sub}个子项")),
        (Some(items), None) => first.push(format!("民生实事共{items}件")),
        (None, Some(sub)) => first.push(format!("民生实事细分为{sub}个子项")),
        (None, None) => {}
    }
    if let Some(plan) = s.annual_investment.and_then(amount_figure) {
        first.push(format!("年度总投资{plan}{unit}"));
    }
    push_sentence(&mut out, &first);

    let mut second = Vec::new();
    let done = s.completed_investment.and_then(amount_figure);
    if let Some(done) = &done {
        second.push(format!("{label}完成投资{done}{unit}"));
    }
    if let Some(share) = share(b) {
        second.push(match &done {
            Some(_) => format!("为年度计划的{}%", share.text),
            None => format!("{label}完成年度计划的{}%", share.text),
        });
        if let Some(target) = b.schedule_target_pct {
            second.push(gap_words(tidy(share.shown - target)));
        }
    }
    push_sentence(&mut out, &second);

    if let Some(on) = s.items_on_schedule {
        let pct = s
            .items
            .filter(|all| *all > 0)
            .and_then(|all| worked_out(on as f64 / all as f64 * 100.0));
        let sentence = match (s.items, pct) {
            (Some(all), Some(pct)) => format!(
                "从实施节点看，{all}件民生实事项目中{on}件{label}推进达序时要求，占比{}%",
                pct.text
            ),
            (Some(all), None) => {
                format!("从实施节点看，{all}件民生实事项目中{on}件{label}推进达序时要求")
            }
            (None, _) => format!("从实施节点看，{on}件民生实事项目{label}推进达序时要求"),
        };
        push_sentence(&mut out, &[sentence]);
    }

    if let Some(counts) = &s.status_counts {
        let classes: Vec<String> = ItemStatus::ALL
            .into_iter()
            .filter_map(|k| counts.get(k.id()).map(|n| format!("{}{n}件", k.label())))
            .collect();
        if !classes.is_empty() {
            push_sentence(&mut out, &[format!("从推进情况看，{}", classes.join("、"))]);
        }
    }

    push_sentence(
        &mut out,
        &sectors_sentence(b).into_iter().collect::<Vec<_>>(),
    );
    out
}

/// `从10大领域看，8个领域按序时推进，其中教育惠民、…4个领域还存在一些问题困难；宜居环境、
/// 生态治理2个领域部分项目进展未达序时`, from the sectors' statuses.
fn sectors_sentence(b: &Bulletin) -> Option<String> {
    if b.sectors.is_empty() {
        return None;
    }
    let named = |pick: &dyn Fn(SectorStatus) -> bool| -> (usize, String) {
        let names: Vec<&str> = b
            .sectors
            .iter()
            .filter(|s| pick(s.status))
            .map(|s| s.name.trim())
            .collect();
        (names.len(), names.join("、"))
    };
    let (on, _) = named(&|s| s != SectorStatus::Behind);
    let (ahead, ahead_names) = named(&|s| s == SectorStatus::Ahead);
    let (troubled, troubled_names) = named(&|s| s == SectorStatus::OnScheduleWithProblems);
    let (behind, behind_names) = named(&|s| s == SectorStatus::Behind);
    let mut text = format!("从{}大领域看，", b.sectors.len());
    if on > 0 {
        text.push_str(&format!("{on}个领域按序时推进"));
        let mut among = Vec::new();
        if ahead > 0 {
            among.push(format!("{ahead_names}{ahead}个领域超序时推进"));
        }
        if troubled > 0 {
            among.push(format!(
                "{troubled_names}{troubled}个领域还存在一些问题困难"
            ));
        }
        if !among.is_empty() {
            text.push_str(&format!("，其中{}", among.join("，")));
        }
    }
    if behind > 0 {
        if on > 0 {
            text.push('；');
        }
        text.push_str(&format!("{behind_names}{behind}个领域部分项目进展未达序时"));
    }
    Some(text)
}

/// Clauses joined with `，` and closed with `。`, added to `out` when there are any.
fn push_sentence(out: &mut String, clauses: &[String]) {
    if !clauses.is_empty() {
        out.push_str(&clauses.join("，"));
        out.push('。');
    }
}

/// What changed since `before`, the bulletin of the period before: the share of the plan,
/// the item counts per class, and the lagging projects (新增滞后, 已解决或不再滞后, 连续滞后).
pub(crate) fn changes(before: &Bulletin, after: &Bulletin) -> String {
    let c = compare(before, after, &[]);
    let mut clauses = Vec::new();
    if let (Some(was), Some(is)) = (share(before), share(after)) {
        let moved = tidy(is.shown - was.shown);
        let verb = if moved > 0.0 {
            "提高到"
        } else {
            "降低到"
        };
        clauses.push(if moved == 0.0 {
            format!("完成投资占年度计划的比例持平，为{}%", is.text)
        } else {
            format!("完成投资占年度计划的比例由{}%{verb}{}%", was.text, is.text)
        });
    }
    for count in c.status_counts.iter().flatten() {
        if let Some(delta) = count.delta.filter(|d| *d != 0) {
            let verb = if delta > 0 { "增加" } else { "减少" };
            clauses.push(format!(
                "{}{verb}{}件",
                count.class.count_label(),
                delta.unsigned_abs()
            ));
        }
    }
    let lists = [
        ("新增滞后", &c.newly_behind, true),
        ("已解决或不再滞后", &c.recovered, false),
        ("连续滞后", &c.still_behind, true),
    ];
    let mut any = false;
    for (what, list, name_them) in lists {
        if list.is_empty() {
            continue;
        }
        any = true;
        let names = if name_them {
            format!("（{}）", names(list))
        } else {
            String::new()
        };
        clauses.push(format!("{what}{}项{names}", list.len()));
    }
    if !any {
        clauses.push("没有新增滞后项目，也没有连续滞后项目".to_owned());
    }
    format!(
        "与上期（{}）相比，{}。",
        before.period.name(),
        clauses.join("，")
    )
}

/// The names of listed projects, the first five and 等 after.
fn names(list: &[Listed]) -> String {
    let mut out: Vec<String> = list
        .iter()
        .take(5)
        .map(|l| typeset(l.name.trim()))
        .collect();
    if list.len() > 5
        && let Some(last) = out.last_mut()
    {
        last.push('等');
    }
    out.join("、")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worked_out_share_stays_true() {
        let text = |p: f64| worked_out(p).map(|s| s.text);
        assert_eq!(text(100.1 / 166.3 * 100.0).as_deref(), Some("60"));
        assert_eq!(text(0.4).as_deref(), Some("0.4"));
        assert_eq!(text(0.04).as_deref(), Some("0.04"));
        assert_eq!(text(99.6).as_deref(), Some("99.6"));
        assert_eq!(
            text(99.996).as_deref(),
            None,
            "100 is not true, nor is 100.00"
        );
        assert_eq!(text(0.0).as_deref(), Some("0"));
        assert_eq!(text(100.0).as_deref(), Some("100"));
        assert_eq!(text(0.001), None);
        assert_eq!(text(f64::INFINITY), None);
    }

    #[test]
    fn gaps_say_their_direction() {
        assert_eq!(gap_words(10.0), "超序时10个百分点");
        assert_eq!(gap_words(-5.2), "低于序时5.2个百分点");
        assert_eq!(gap_words(0.0), "与序时持平");
    }
}
