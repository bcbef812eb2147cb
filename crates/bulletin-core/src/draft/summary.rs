//! The overall figures (总体情况): items, sub-items, annual and completed investment, the
//! share of the annual plan, 序时进度 (stated, or worked out from 超/欠序时 N个百分点),
//! items on schedule, and the counts per status class.

use serde_json::Value;

use super::Reader;
use super::layout::Section;
use super::numerals::{first_percent, json_number, number_at, percent_at, tidy};
use super::phrases::{self, class};
use super::text::{at, at_any, find, has, split};

/// The sentences the summary is read from: the opening and the body outside the sectors.
pub(crate) fn scope(r: &Reader) -> Vec<usize> {
    (0..r.sents.len())
        .filter(|&i| {
            matches!(
                r.layout.section[i],
                Section::Opening | Section::Body | Section::Title
            ) && r.layout.sector[i].is_none()
                && !r.layout.heading[i]
        })
        .collect()
}

pub(crate) fn read(r: &mut Reader) {
    let scope = scope(r);
    let exp = r.exp;
    let mut plan: Option<(String, usize, usize, usize)> = None;
    let mut classes_read = false;
    for &s in &scope {
        let c = r.sents[s].chars.clone();
        let n = c.len();
        let title = r.layout.title == Some(s);
        // Another list (126项市政府重点工作) is not the items.
        let other_list = has(&c, "重点工作") && phrases::items(&c, 0).is_none();
        if let Some(h) = phrases::items(&c, 0)
            && !other_list
            && r.put_at("summary.items", Value::from(h.value), s, h.from, h.to, None)
            && let Some(sub) = phrases::sub_items(&c, h.to)
        {
            r.put_at(
                "summary.sub_items",
                Value::from(sub.value),
                s,
                sub.from,
                sub.to,
                None,
            );
        }
        if title {
            continue;
        }
        // Lists of projects, each with its figures, are not the overall figures.
        let list = phrases::is_list(&c) || super::sector_lists::list_start(&c).is_some();
        if !list && !other_list {
            if let Some(h) = phrases::annual(&c, 0, n) {
                let v = json_number(&h.value.in_unit(exp));
                r.put_at("summary.annual_investment", v, s, h.from, h.to, None);
            }
            if let Some(h) = phrases::completed(&c, 0, n) {
                let v = json_number(&h.value.in_unit(exp));
                r.put_at("summary.completed_investment", v, s, h.from, h.to, None);
            }
            if plan.is_none()
                && let Some(h) = phrases::plan_pct(&c, 0, n)
            {
                plan = Some((h.value.digits.clone(), s, h.from, h.to));
            }
            schedule(r, s, &c, plan.as_ref());
        }
        // Each part of the sentence by itself: 126项重点工作中…；12项民生实事中….
        for (a, b) in split(&c, 0, n, &['；']) {
            let part = &c[a..b];
            let another = has(part, "重点工作") && phrases::items(part, 0).is_none();
            if !classes_read && !another && !c.contains(&'\t') {
                classes_read = counts(r, s, &c, a, b);
            }
        }
    }
    // The share of the plan is kept where the notice does not give the plan itself.
    if let Some((digits, s, from, to)) = plan
        && !r.has("summary.annual_investment")
    {
        r.put_at("summary.plan_pct", json_number(&digits), s, from, to, None);
    }
    overall_text(r);
}

/// 序时进度: stated (`序时进度50%`), or worked out from the share of the plan in the same
/// sentence and `超序时10个百分点` (or `欠序时…`, `低于序时进度…`).
fn schedule(r: &mut Reader, s: usize, c: &[char], plan: Option<&(String, usize, usize, usize)>) {
    for i in 0..c.len() {
        if let Some(k) = at_any(c, i, &["序时进度", "时序进度", "序时要求"]) {
            let mut j = i + k;
            if let Some(l) = at_any(c, j, &["为", "是", "要求为", "要求", "应达", "达到", "达"])
            {
                j += l;
            }
            if let Some((p, end)) = percent_at(c, j) {
                r.put_at("schedule_target_pct", p.json(), s, i, end, None);
                return;
            }
        }
    }
    let Some((digits, _, _, _)) = plan.filter(|p| p.1 == s) else {
        return;
    };
    let plan: f64 = digits.parse().unwrap_or(f64::NAN);
    for i in 0..c.len() {
        let (sign, k) = if let Some(k) =
            at_any(c, i, &["超序时", "高于序时", "快于序时", "超过序时"])
        {
            (-1.0, k)
        } else if let Some(k) = at_any(c, i, &["欠序时", "低于序时", "落后序时", "慢于序时"])
        {
            (1.0, k)
        } else {
            continue;
        };
        let mut j = i + k;
        if let Some(l) = at_any(c, j, &["（目标进度）", "目标进度", "进度", "要求"]) {
            j += l;
        }
        if let Some(n) = number_at(c, j)
            && at(c, n.to, "个百分点")
        {
            let target = plan + sign * n.value();
            if (0.0..=100.0).contains(&target) {
                let digits = tidy(&format!("{:.4}", target));
                let op = if sign < 0.0 { "−" } else { "+" };
                let how = format!(
                    "完成年度计划的{}%，{}{}个百分点：{} {op} {} = {}",
                    tidy(&plan.to_string()),
                    c[i..i + k].iter().collect::<String>(),
                    n.digits,
                    tidy(&plan.to_string()),
                    n.digits,
                    digits
                );
                let from = first_percent(c, 0, i).map_or(i, |p| p.0.from);
                r.put_at(
                    "schedule_target_pct",
                    json_number(&digits),
                    s,
                    from,
                    n.to + 4,
                    Some(how),
                );
            }
            return;
        }
    }
}

/// Counts per class (`11项进展较快、超序时，2项基本达到序时，7项实施较慢、欠序时`), when a
/// sentence names two classes or more; true when it did.
fn counts(r: &mut Reader, s: usize, c: &[char], part_from: usize, part_to: usize) -> bool {
    let mut found: Vec<(&'static str, u64, usize, usize)> = Vec::new();
    for (from, to) in split(c, part_from, part_to, &['，', '；', '。', '、', '：']) {
        let Some((class, cf, ct)) = class(c, from, to) else {
            continue;
        };
        // The count in the clause: N项 / N个 / N件, not of 领域 or 百分点.
        let mut here: Vec<(u64, usize, usize)> = Vec::new();
        let mut i = from;
        while i < to {
            let Some(n) = number_at(c, i).filter(|n| n.to <= to) else {
                i += 1;
                continue;
            };
            i = n.to;
            let (Some(v), Some(unit)) = (n.count(), at_any(c, n.to, &["项", "个", "件"])) else {
                continue;
            };
            let after = n.to + unit;
            if at_any(c, after, &["领域", "百分点", "大类", "月"]).is_none() {
                here.push((v, n.from, after));
            }
        }
        // The count nearest before the class word, else the first after it.
        let count = here
            .iter()
            .rev()
            .find(|h| h.2 <= cf)
            .or_else(|| here.iter().find(|h| h.1 >= ct))
            .copied();
        if let Some((v, nf, nt)) = count
            && !found.iter().any(|f| f.0 == class)
        {
            found.push((class, v, nf.min(cf), nt.max(ct)));
        }
    }
    if found.len() < 2 {
        // One class: `50件民生实事项目中48件…达序时要求` is the items on schedule.
        if let Some((class, v, from, to)) = found.first().copied()
            && class == "on_schedule"
            && find(c, "中", part_from).is_some_and(|z| z < from)
        {
            r.put_at(
                "summary.items_on_schedule",
                Value::from(v),
                s,
                from,
                to,
                None,
            );
        }
        return false;
    }
    for (class, v, from, to) in found {
        r.put_at(
            &format!("summary.status_counts.{class}"),
            Value::from(v),
            s,
            from,
            to,
            None,
        );
    }
    true
}

/// `summary.text`: the 总体情况 paragraph, when the notice has one.
fn overall_text(r: &mut Reader) {
    let n = r.sents.len();
    let Some(h) = (0..n).find(|&i| r.layout.heading[i] && r.layout.section[i] == Section::Body)
    else {
        return;
    };
    let body: Vec<usize> = (h + 1..n)
        .take_while(|&i| !r.layout.heading[i] && r.layout.sector[i].is_none())
        .collect();
    if let (Some(&a), Some(&b)) = (body.first(), body.last()) {
        let v = super::header::join(r, a, b);
        let len = r.sents[b].chars.len();
        r.put_span("summary.text", Value::from(v), (a, 0), (b, len), None);
    }
}
