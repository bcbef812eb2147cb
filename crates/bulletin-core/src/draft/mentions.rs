//! The wordings a project is named in: numbered lines with their lead unit (1、X，牵头部门：Y。
//! …的县区为A、B), `Y牵头的X`, lists after 包括 / 涉及 / 如 / 此外 in the problems, the
//! subject of a sector's problem, lists after a colon (进展较快的11项：A…；B…, 滞后项目：一是…),
//! and lists in brackets (推进缓慢的有3项（A、B、C）).

use super::Reader;
use super::layout::Section;
use super::names::{self, district_prefix, is_unit, list, subject_end};
use super::phrases::{self, lags};
use super::projects::{Mention, mention, status_of};
use super::text::{at_any, find, has};

/// `1、农村道路畅通工程，牵头部门：市交通局。建设进度相对较慢的县区为舒城县。`
pub(crate) fn with_lead(r: &Reader, out: &mut Vec<Mention>) {
    for s in 0..r.sents.len() {
        let c = &r.sents[s].chars;
        if !r.sents[s].line_start {
            continue;
        }
        let Some(colon) = [
            "，牵头部门：",
            "，牵头单位：",
            "，责任单位：",
            "，牵头单位为",
        ]
        .iter()
        .find_map(|w| find(c, w, 0).map(|i| (i, i + w.chars().count()))) else {
            continue;
        };
        let start = super::layout::list_marker(c).unwrap_or(0);
        let Some(mut m) = mention(r, s, start, colon.0) else {
            continue;
        };
        let lead_end = (colon.1..c.len())
            .find(|&i| "。，；".contains(c[i]))
            .unwrap_or(c.len());
        if is_unit(&c[colon.1..lead_end]) {
            m.lead = Some((r.sents[s].norm(colon.1, lead_end), s, colon.1, lead_end));
        }
        let line = r.sents[s].line;
        let last = (s..r.sents.len())
            .take_while(|&i| r.sents[i].line == line)
            .last()
            .unwrap_or(s);
        for i in s..=last {
            let ci = &r.sents[i].chars;
            let from = if i == s { lead_end } else { 0 };
            for (d, a, b) in names::districts(ci, from, ci.len()) {
                if !m.districts.iter().any(|x| x.0 == d) {
                    m.districts.push((d, i, a, b));
                }
            }
            if i > s {
                district_problems(r, i, &mut m);
            }
        }
        let lagging = (s..=last).any(|i| lags(&r.sents[i].chars, 0, r.sents[i].chars.len()));
        let default = if r.layout.section[s] == Section::Projects || lagging {
            "behind"
        } else {
            "at_risk"
        };
        m.status = Some((default, s, 0, c.len()));
        m.issue = Some((s, last));
        out.push(m);
    }
}

/// The problem in each district, part by part (`；`) of a sentence after the lead unit:
/// `中小河流治理，全市未完成基本建成任务的县区为舒城县` → 舒城县: 中小河流治理未完成基本建成任务;
/// `生活无着人员社会救助，市本级完成进度较慢` → 市本级: 生活无着人员社会救助完成进度较慢.
fn district_problems(r: &Reader, s: usize, m: &mut Mention) {
    let c = &r.sents[s].chars;
    for (a, b) in super::text::split(c, 0, c.len(), &['；', '。']) {
        let a = a + at_any(c, a, &["其中，"]).unwrap_or(0);
        let found = names::districts(c, a, b);
        if found.is_empty() {
            continue;
        }
        // What is said: before 的(县区)为 …, or the part without its district.
        let cut =
            (a..b).find(|&i| at_any(c, i, &["的县区为", "的为", "的县区是", "的是"]).is_some());
        let mut words: String = match cut {
            Some(k) => c[a..k].iter().collect(),
            None => (a..b)
                .filter(|&i| !found.iter().any(|d| (d.1..d.2).contains(&i)))
                .map(|i| c[i])
                .collect(),
        };
        words = words.replace('，', "").replace("全市", "");
        if words.is_empty() {
            continue;
        }
        for (d, ..) in found {
            m.problems.push((Some(d), words.clone(), s, a, b));
        }
    }
}

/// `市住建局牵头的城镇棚户区改造`, `如市交通局牵头的国省道停车场项目`.
pub(crate) fn led_by(r: &Reader, out: &mut Vec<Mention>) {
    for s in 0..r.sents.len() {
        let c = &r.sents[s].chars;
        let mut from = 0;
        while let Some(p) = find(c, "牵头的", from) {
            from = p + 3;
            let Some(a) = (p.saturating_sub(14)..p.saturating_sub(2)).find(|&a| {
                is_unit(&c[a..p])
                    && !"如由和及是的".contains(c[a])
                    && (a == 0 || "和及如由、，是".contains(c[a - 1]))
            }) else {
                continue;
            };
            let mut end = subject_end(c, p + 3, c.len());
            // 城镇棚户区改造和市生态环境局牵头的…: the next one begins at 和.
            if let Some(next) = find(c, "牵头的", p + 3).filter(|&q| q < end + 16)
                && let Some(h) = (p + 3..next).rev().find(|&h| c[h] == '和')
            {
                end = end.min(h);
            }
            // …体系2个项目: the count is not part of the name.
            if let Some(k) = (p + 3..end)
                .find(|&k| c[k].is_ascii_digit() && at_any(c, k + 1, &["个项目", "项"]).is_some())
            {
                end = k;
            }
            let (a2, mut b2) = names::trim(c, p + 3, end);
            for tail in ["项目", "事项"] {
                if b2 >= a2 + 4 && super::text::before(c, b2, tail) {
                    b2 -= 2;
                }
            }
            let Some(mut m) = mention(r, s, a2, b2) else {
                continue;
            };
            m.lead = Some((r.sents[s].norm(a, p), s, a, p));
            m.status = Some(status_of(r, s, "at_risk"));
            out.push(m);
        }
    }
}

/// For each sentence, whether it is in a sector's 存在问题 part.
#[allow(clippy::needless_range_loop)] // the sentences and the layout, side by side
fn sector_problems(r: &Reader) -> Vec<bool> {
    let mut out = vec![false; r.sents.len()];
    let mut open: Option<usize> = None;
    for s in 0..r.sents.len() {
        let k = r.layout.sector[s];
        if k != open {
            open = None;
        }
        if k.is_some()
            && at_any(
                &r.sents[s].chars,
                0,
                &["存在问题", "存在的问题", "主要问题"],
            )
            .is_some()
        {
            open = k;
        }
        out[s] = open.is_some();
    }
    out
}

/// Lists after 包括 / 涉及 / 如 / 此外 in the problems, and the subject of each sector problem.
#[allow(clippy::needless_range_loop)] // the sentences and the layout, side by side
pub(crate) fn in_problems(r: &Reader, out: &mut Vec<Mention>) {
    let in_sector = sector_problems(r);
    for s in 0..r.sents.len() {
        let problems = r.layout.section[s] == Section::Problems;
        let sector = in_sector[s];
        if !problems && !sector {
            continue;
        }
        let c = &r.sents[s].chars;
        let n = c.len();
        let mut clause_starts = vec![0];
        clause_starts.extend((0..n).filter(|&i| c[i] == '，').map(|i| i + 1));
        let mut listed = false;
        for &cs in &clause_starts {
            let Some(k) = at_any(c, cs, &["包括", "涉及", "如", "此外，"]) else {
                continue;
            };
            let from = cs + k;
            let end = subject_end(c, from, n);
            let items = list(c, from, end);
            for (a, b) in items {
                if has(&c[a..b], "牵头的") {
                    continue;
                }
                if let Some(mut m) = mention(r, s, a, b) {
                    m.status = Some(status_of(r, s, "at_risk"));
                    // 包括… at the start goes on from the sentence before.
                    if cs == 0 && s > 0 && at_any(c, 0, &["包括", "涉及"]).is_some() {
                        m.issue = Some((s - 1, s));
                    }
                    out.push(m);
                }
            }
            listed = true;
            break;
        }
        if listed || !sector {
            continue;
        }
        // The subject of a sector problem: 一是秦东门大街东延和内环路东环、北环项目因资金未落实…
        let mut from = at_any(c, 0, &["存在问题：", "存在的问题：", "主要问题："]).unwrap_or(0);
        if let Some(m) = super::layout::marker(c, from) {
            from += m;
        }
        let mut clause = from;
        let mut taken = false;
        for _ in 0..4 {
            let end = subject_end(c, clause, n);
            let words = &c[clause..end];
            let container = words.last() == Some(&'中');
            let clause_end = (end..n).find(|&i| "，；。".contains(c[i])).unwrap_or(n);
            // A later clause names a project only when it says the project lags:
            // …项目未达序时，城镇棚户区改造项目推进缓慢，…
            let later = taken && !(lags(c, end, clause_end) && super::text::before(c, end, "项目"));
            if has(words, "牵头的") || words.is_empty() {
                break;
            }
            if !container && !later {
                taken = true;
                let items = list(c, clause, end);
                let several = items.len() > 1;
                for (a, mut b) in items {
                    if several && super::text::before(c, b, "项目") && b >= a + 4 {
                        b -= 2;
                    }
                    if let Some(mut m) = mention(r, s, a, b) {
                        m.status = Some(status_of(r, s, "at_risk"));
                        out.push(m);
                    }
                }
            }
            clause = (clause_end + 1).min(n);
            if clause >= n {
                break;
            }
        }
    }
}

/// `进展较快、超序时：A完成投资1亿元，占年度计划的99%；B…` and `滞后项目：一是…；二是…`:
/// a list after a colon, each item with its figures and lead unit, its status the list's.
pub(crate) fn class_lists(r: &Reader, out: &mut Vec<Mention>) {
    let exp = r.exp;
    for s in 0..r.sents.len() {
        let c = &r.sents[s].chars;
        let Some(colon) = c.iter().position(|&ch| ch == '：') else {
            continue;
        };
        let intro = &c[..colon];
        if has(intro, "重点工作")
            || has(intro, "牵头")
            || has(intro, "责任单位")
            || colon + 2 >= c.len()
        {
            continue;
        }
        let class = phrases::class(intro, 0, intro.len())
            .map(|x| x.0)
            .or_else(|| (has(intro, "滞后项目") || has(intro, "问题项目")).then_some("behind"));
        let Some(class) = class else { continue };
        if !c[colon..].contains(&'；') && !has(intro, "项") {
            continue;
        }
        let mut a = colon + 1;
        while a < c.len() {
            let b = (a..c.len())
                .find(|&i| c[i] == '；' || c[i] == '。')
                .unwrap_or(c.len());
            let mut from = a + super::layout::list_marker(&c[a..b]).unwrap_or(0);
            if let Some(m) = super::layout::marker(c, from) {
                from += m;
            }
            let name_end = (from..b)
                .find(|&i| {
                    at_any(
                        c,
                        i,
                        &[
                            "完成投资",
                            "年度计划投资",
                            "计划投资",
                            "累计完成",
                            "已完成",
                            "完成年度",
                            "，",
                            "（",
                            "进度",
                        ],
                    )
                    .is_some()
                })
                .unwrap_or(b);
            if let Some(mut m) = mention(r, s, from, name_end) {
                // An item may say more than its list: 已完成年度计划.
                m.status = Some(match phrases::class(c, name_end, b) {
                    Some((own, a2, b2)) => (own, s, a2, b2),
                    None => (class, s, 0, colon),
                });
                m.issue = None;
                m.issue_words = Some((s, from, b));
                if let Some(h) = phrases::completed(c, name_end, b) {
                    m.figures.push((
                        ("completed_investment", h.value.in_unit(exp)),
                        s,
                        h.from,
                        h.to,
                    ));
                }
                if let Some(h) = phrases::annual(c, name_end, b).or_else(|| {
                    let i = find(&c[..b], "计划投资", name_end)?;
                    let a = super::numerals::first_amount(c, i + 4, (i + 8).min(b))?;
                    Some(phrases::Hit {
                        from: i,
                        to: a.to,
                        value: a,
                    })
                }) {
                    m.figures.push((
                        ("planned_investment", h.value.in_unit(exp)),
                        s,
                        h.from,
                        h.to,
                    ));
                }
                if let Some(h) = phrases::plan_pct(c, name_end, b) {
                    m.figures
                        .push((("plan_pct", h.value.digits), s, h.from, h.to));
                }
                // （市卫生健康局）
                if let Some(open) = (name_end..b).find(|&i| c[i] == '（')
                    && let Some(close) = (open..b).find(|&i| c[i] == '）')
                {
                    let inner = at_any(c, open + 1, &["责任单位：", "牵头单位："]).unwrap_or(0);
                    if is_unit(&c[open + 1 + inner..close]) {
                        m.lead = Some((
                            r.sents[s].norm(open + 1 + inner, close),
                            s,
                            open + 1 + inner,
                            close,
                        ));
                    }
                }
                out.push(m);
            }
            a = b + 1;
        }
    }
}

/// `推进缓慢的有3项（A、B、C）`, `巴州区有3项（A、B、C）推进缓慢`.
pub(crate) fn in_brackets(r: &Reader, out: &mut Vec<Mention>) {
    for s in 0..r.sents.len() {
        let c = &r.sents[s].chars;
        for open in (1..c.len()).filter(|&i| c[i] == '（' && "项个件".contains(c[i - 1])) {
            let Some(close) = (open..c.len().min(open + 400)).find(|&i| c[i] == '）') else {
                continue;
            };
            let clause = (0..open)
                .rev()
                .find(|&i| "，；。：".contains(c[i]))
                .map_or(0, |i| i + 1);
            let status = if lags(c, clause, c.len().min(close + 12)) {
                "behind"
            } else {
                phrases::class(c, clause, (close + 12).min(c.len())).map_or("at_risk", |x| x.0)
            };
            let district = district_prefix(&c[clause..open])
                .map(|k| (r.sents[s].norm(clause, clause + k), s, clause, clause + k));
            for (a, b) in list(c, open + 1, close) {
                if let Some(mut m) = mention(r, s, a, b) {
                    m.status = Some((status, s, clause, (close + 1).min(c.len())));
                    m.districts.extend(district.clone());
                    out.push(m);
                }
            }
        }
    }
}
