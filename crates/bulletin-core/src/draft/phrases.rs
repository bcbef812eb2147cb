//! The phrases figures are written in, shared by the summary, the sectors and the projects:
//! 年度总投资 / 年度计划投资 (never 计划总投资), 完成投资, 为/占年度计划的 Y%, item counts
//! (件/项 民生实事, 实事项目, 民生工程, 重点项目), and the status classes.

use super::numerals::{Amount, Num, amount_at, count_at, percent_at};
use super::text::{at, at_any, before};

/// Words that name the items a notice counts (after `N件` or `N项`).
pub(crate) const ITEM_NOUNS: [&str; 9] = [
    "民生实事",
    "实事项目",
    "民生工程",
    "重点项目",
    "为民办实事",
    "办实事",
    "民生项目",
    "实事",
    "民生事项",
];

/// Who the items are of, written between the count and the noun (`12项市政府民生实事`).
const ITEM_OWNERS: [&str; 7] = [
    "市政府",
    "省政府",
    "县政府",
    "区政府",
    "市级",
    "省级",
    "县级",
];

/// The annual plan's words: 年度总投资, 年度计划投资 (not 计划总投资, a project's total).
const ANNUAL: [&str; 6] = [
    "年度总投资",
    "年度计划投资",
    "全年计划投资",
    "年度投资计划",
    "年计划投资",
    "全年总投资",
];

/// What a share is of: 年度计划, 年度总投资, 年度目标 …
const PLAN: [&str; 8] = [
    "年度计划",
    "年度总投资",
    "全年计划",
    "年度目标",
    "全年目标",
    "年度投资计划",
    "年度任务",
    "计划投资",
];

/// A figure read: its value's chars and the words it was read from.
#[derive(Debug, Clone)]
pub(crate) struct Hit<T> {
    pub value: T,
    pub from: usize,
    pub to: usize,
}

/// `50件民生实事`, `33项民生工程`, `20项为民办实事项目`, `12项市政府民生实事`, `10大类50个事项`:
/// the count of items, first at or after `from`.
pub(crate) fn items(c: &[char], from: usize) -> Option<Hit<u64>> {
    for i in from..c.len() {
        // 重点项目60个, 民生实事共10件: the noun first.
        if let Some(k) = at_any(c, i, &ITEM_NOUNS) {
            let j = i + k + usize::from(c.get(i + k) == Some(&'共'));
            if let Some((n, end)) = count_at(c, j, &["件", "项", "个"]) {
                return Some(Hit {
                    value: n,
                    from: i,
                    to: end,
                });
            }
        }
        if let Some((n, end)) = count_at(c, i, &["件", "项", "个"]) {
            let mut j = end;
            if let Some(k) = at_any(c, j, &ITEM_OWNERS) {
                j += k;
            }
            if let Some(k) = at_any(c, j, &ITEM_NOUNS) {
                return Some(Hit {
                    value: n,
                    from: i,
                    to: j + k,
                });
            }
        }
        if at(c, i, "大类")
            && let Some((n, end)) = count_at(c, i + 2, &["个事项", "项", "件"])
        {
            return Some(Hit {
                value: n,
                from: i + 2,
                to: end,
            });
        }
    }
    None
}

/// `160个子项`, `11个事项`, `11个项目` (the last only right after the items): sub-items.
pub(crate) fn sub_items(c: &[char], from: usize) -> Option<Hit<u64>> {
    if let Some((n, end)) = count_at(c, from, &["个项目", "项"]) {
        return Some(Hit {
            value: n,
            from,
            to: end,
        });
    }
    for i in from..c.len() {
        if let Some((n, end)) = count_at(c, i, &["个子项目", "个子项", "个事项", "项子项"])
        {
            return Some(Hit {
                value: n,
                from: i,
                to: end,
            });
        }
    }
    None
}

/// The amount right after `i`, past 为/达/共/约/额 and the like.
fn amount_after(c: &[char], mut i: usize) -> Option<Amount> {
    for _ in 0..3 {
        if let Some(a) = amount_at(c, i) {
            return Some(a);
        }
        if c.get(i).is_some_and(|ch| "为达共约额是了".contains(*ch)) {
            i += 1;
        }
    }
    None
}

/// `年度总投资166.3亿元`, `年度计划投资2.6亿元`: the annual plan.
pub(crate) fn annual(c: &[char], from: usize, to: usize) -> Option<Hit<Amount>> {
    for i in from..to.min(c.len()) {
        if let Some(k) = at_any(c, i, &ANNUAL)
            && let Some(a) = amount_after(c, i + k)
        {
            return Some(Hit {
                to: a.to,
                value: a,
                from: i,
            });
        }
    }
    None
}

/// `完成投资100.1亿元`, `上半年投资2.4亿元`, `累计投资…`: what was invested.
pub(crate) fn completed(c: &[char], from: usize, to: usize) -> Option<Hit<Amount>> {
    for i in from..to.min(c.len()) {
        if !at(c, i, "投资") || at(c, i, "投资计划") {
            continue;
        }
        let lead = [
            "累计完成",
            "完成",
            "累计",
            "上半年",
            "半年",
            "季度",
            "月份",
            "月",
        ]
        .iter()
        .find(|w| before(c, i, w))
        .map(|w| w.chars().count());
        let done = lead.is_some();
        let planned = before(c, i, "计划完成") || before(c, i, "总") || before(c, i, "计划");
        if done
            && !planned
            && let Some(a) = amount_after(c, i + 2)
        {
            return Some(Hit {
                from: i - lead.unwrap_or(0),
                to: a.to,
                value: a,
            });
        }
    }
    None
}

/// `为年度计划的60%`, `占年度总投资的87.7%`, `完成年度计划的67%`: the share of the plan.
/// A bare `占30%` is not one (it may repeat a count: 3项，占30%).
pub(crate) fn plan_pct(c: &[char], from: usize, to: usize) -> Option<Hit<Num>> {
    for i in from..to.min(c.len()) {
        let Some(k) = at_any(c, i, &PLAN) else {
            continue;
        };
        let Some(lead) = ["达到", "完成", "为", "占", "达", "是"]
            .iter()
            .find(|w| before(c, i, w))
        else {
            continue;
        };
        let lead = lead.chars().count();
        let mut j = i + k;
        for skip in ["任务", "的"] {
            if at(c, j, skip) {
                j += skip.chars().count();
            }
        }
        if let Some((n, end)) = percent_at(c, j) {
            return Some(Hit {
                value: n,
                from: i - lead,
                to: end,
            });
        }
    }
    None
}

/// A status class of the items or a project, with its keywords (the longer and the
/// negative ones first, so that 未达序时 is not read as 达序时).
pub(crate) const CLASSES: [(&str, &[&str]); 5] = [
    (
        "behind",
        &[
            "未达到序时",
            "未达序时",
            "未按序时",
            "欠序时",
            "低于序时",
            "落后序时",
            "推进缓慢",
            "进度偏慢",
            "进展偏慢",
            "实施较慢",
            "进展较慢",
            "进度较慢",
            "推进较慢",
            "滞后",
        ],
    ),
    ("unfinished", &["尚未完成", "未完成"]),
    ("ahead", &["超序时", "进展较快", "快于序时", "超过序时"]),
    (
        "on_schedule",
        &[
            "基本达到序时",
            "基本达序时",
            "按序时",
            "达到序时",
            "达序时",
            "正常推进",
            "序时推进",
        ],
    ),
    (
        "completed",
        &["提前完成", "超额完成", "已完成", "完成全年", "全面完成"],
    ),
];

/// The first class keyword in `c[from..to]`: the class and where its word is.
pub(crate) fn class(c: &[char], from: usize, to: usize) -> Option<(&'static str, usize, usize)> {
    for i in from..to.min(c.len()) {
        let mut best: Option<(&'static str, usize)> = None;
        for (class, words) in CLASSES {
            for w in words {
                let n = w.chars().count();
                if at(c, i, w) && best.is_none_or(|b| n > b.1) {
                    best = Some((class, n));
                }
            }
        }
        if let Some((class, n)) = best {
            // 未达… and 尚未完成 are read whole; a 达序时 just after 未 is not on schedule.
            if class == "on_schedule" && i > 0 && "未欠不".contains(c[i - 1]) {
                return Some(("behind", i - 1, i + n));
            }
            if class == "completed" && i > 0 && "未".contains(c[i - 1]) {
                return Some(("unfinished", i - 1, i + n));
            }
            return Some((class, i, i + n));
        }
    }
    None
}

/// Whether `c[from..to]` says a project lags (for a named project's status).
pub(crate) fn lags(c: &[char], from: usize, to: usize) -> bool {
    // Not 较慢: 特色田园乡村创建推进较慢 is a difficulty, not a project behind (the bundled
    // bulletin's reading); a list of 进度较慢 projects is behind by its section.
    let words = [
        "滞后",
        "未达序时",
        "推进缓慢",
        "偏慢",
        "未达预期",
        "未完成",
        "未开工",
        "整改不到位",
        "欠序时",
    ];
    (from..to.min(c.len())).any(|i| words.iter().any(|w| at(c, i, w)))
}

/// Whether a sentence is a list of projects with their own figures (`进展较快的11项：A…；B…`,
/// a table row), whose figures are not the overall ones.
pub(crate) fn is_list(c: &[char]) -> bool {
    let colon = c.iter().position(|&ch| ch == '：');
    c.iter().filter(|&&ch| ch == '；').count() >= 2
        || c.contains(&'\t')
        || colon.is_some_and(|k| class(c, 0, k).is_some())
}
