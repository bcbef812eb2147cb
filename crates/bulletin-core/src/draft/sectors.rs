//! Sectors: paragraphs (（一）教育惠民方面。涉及6件实事11个事项，按序时推进，完成投资21.4亿元，
//! 为年度计划43%。一是… 存在问题：…), each with its figures, status, highlights and
//! problems; and the status the summary gives each by name (其中教育惠民、交通出行4个领域还存在
//! 一些问题困难；宜居环境…进展未达预期).

use serde_json::Value;

use super::Reader;
use super::layout::marker;
use super::numerals::{count_at, json_number};
use super::phrases;
use super::text::{at, at_any, find, has, split};

/// The paragraph's sentences after its heading.
pub(crate) fn body(r: &Reader, k: usize) -> Vec<usize> {
    let head = r.layout.sectors[k].sentence;
    (head..r.sents.len())
        .filter(|&i| r.layout.sector[i] == Some(k))
        .collect()
}

pub(crate) fn read(r: &mut Reader) {
    let exp = r.exp;
    for k in 0..r.layout.sectors.len().min(500) {
        let head = r.layout.sectors[k].clone();
        let i = r.push("sectors");
        let p = |f: &str| format!("sectors[{i}].{f}");
        r.put_at(
            &p("name"),
            Value::from(head.name.clone()),
            head.sentence,
            head.from,
            head.to,
            None,
        );
        let sents = body(r, k);
        // The figures: the first sentence after the heading (or the rest of the heading's).
        let mut first = None;
        for &s in &sents {
            let c = r.sents[s].chars.clone();
            let start = if s == head.sentence { head.to } else { 0 };
            if s == head.sentence && c.len() <= head.to + 3 {
                continue;
            }
            first = Some(s);
            let n = c.len();
            if let Some(h) = phrases::items(&c, start).or_else(|| {
                // 涉及6件实事: the noun may be short.
                (start..n).find_map(|j| {
                    let (v, e) = count_at(&c, j, &["件"])?;
                    Some(phrases::Hit {
                        value: v,
                        from: j,
                        to: e,
                    })
                })
            }) {
                r.put_at(&p("items"), Value::from(h.value), s, h.from, h.to, None);
                if let Some(sub) = phrases::sub_items(&c, h.to) {
                    r.put_at(
                        &p("sub_items"),
                        Value::from(sub.value),
                        s,
                        sub.from,
                        sub.to,
                        None,
                    );
                }
            }
            if let Some(h) = phrases::completed(&c, start, n) {
                r.put_at(
                    &p("completed_investment"),
                    json_number(&h.value.in_unit(exp)),
                    s,
                    h.from,
                    h.to,
                    None,
                );
            }
            if let Some(h) = phrases::plan_pct(&c, start, n) {
                r.put_at(&p("plan_pct"), h.value.json(), s, h.from, h.to, None);
            }
            let len = c.len();
            let text = r.sents[s].quote(r.text, start, len).trim().to_owned();
            r.put_at(&p("text"), Value::from(text), s, start, len, None);
            break;
        }
        status(r, i, &head.name, first);
        texts(r, i, &sents, first);
    }
}

/// The sector's status: its own sentence (超序时 · 按序时 · 未达序时), made more exact by the
/// summary when it names the sector with problems or as behind.
fn status(r: &mut Reader, i: usize, name: &str, first: Option<usize>) {
    let path = format!("sectors[{i}].status");
    let mut own: Option<(&str, usize, usize, usize)> = None;
    if let Some(s) = first {
        let c = &r.sents[s].chars;
        if let Some((class, from, to)) = phrases::class(c, 0, c.len()) {
            let status = match class {
                "ahead" => "ahead",
                "behind" | "unfinished" => "behind",
                _ => "on_schedule",
            };
            own = Some((status, s, from, to));
        }
    }
    // The summary naming it.
    let name_chars: Vec<char> = name.chars().collect();
    let mut said: Option<(&str, usize, usize, usize)> = None;
    // The summary says it near the top; a hostile text of many sectors is not read for it
    // past its first sentences.
    for s in super::summary::scope(r).into_iter().take(200) {
        let c = &r.sents[s].chars;
        for (from, to) in split(c, 0, c.len(), &['；', '。']) {
            let Some(at_name) = find(&c[from..to], &name.chars().collect::<String>(), 0) else {
                continue;
            };
            let _ = &name_chars;
            let clause = &c[from..to];
            let behind = ["未达预期", "未达序时", "滞后", "推进缓慢", "较慢"]
                .iter()
                .any(|w| has(clause, w));
            let problems = has(clause, "问题") || has(clause, "困难");
            if behind {
                said = Some(("behind", s, from + at_name, to));
            } else if problems {
                said = Some(("on_schedule_with_problems", s, from + at_name, to));
            }
            if said.is_some() {
                break;
            }
        }
        if said.is_some() {
            break;
        }
    }
    match (own, said) {
        (Some((o, ..)), Some((st, s, from, to))) if o != "ahead" || st == "behind" => {
            let how = (o != st).then(|| format!("本段称{}，总体情况另有说明", label(o)));
            r.put_at(&path, Value::from(st), s, from, to, how);
        }
        (None, Some((st, s, from, to))) => {
            r.put_at(&path, Value::from(st), s, from, to, None);
        }
        (Some((o, s, from, to)), _) => {
            r.put_at(&path, Value::from(o), s, from, to, None);
        }
        (None, None) => {}
    }
}

fn label(status: &str) -> &'static str {
    match status {
        "ahead" => "超序时",
        "behind" => "未达序时",
        _ => "按序时推进",
    }
}

/// Highlights (一是…二是…, else each sentence) and problems (after 存在问题：, 一是… or each
/// sentence; one opening 包括/涉及/如/其中 goes on with the one before).
fn texts(r: &mut Reader, i: usize, sents: &[usize], first: Option<usize>) {
    let Some(first) = first else { return };
    // (sentence, from) where each text starts, and whether it is a problem.
    let mut starts: Vec<(usize, usize, bool)> = Vec::new();
    let mut in_problems = false;
    let mut marked = false;
    for &s in sents.iter().filter(|&&s| s > first) {
        let c = &r.sents[s].chars;
        let mut from = 0;
        if let Some(k) = at_any(c, 0, &["存在问题：", "存在的问题：", "主要问题："])
        {
            in_problems = true;
            marked = false;
            from = k;
        }
        if let Some(m) = marker(c, from) {
            if !marked {
                // Texts before the first marker of this part are not separate ones.
                starts.retain(|x| x.2 != in_problems);
            }
            marked = true;
            starts.push((s, from + m, in_problems));
            continue;
        }
        let goes_on = ["包括", "涉及", "如", "其中"]
            .iter()
            .any(|w| at(c, from, w));
        if marked || goes_on && starts.last().is_some_and(|x| x.2 == in_problems) {
            continue;
        }
        if from < c.len() {
            starts.push((s, from, in_problems));
        }
    }
    let last = *sents.last().unwrap_or(&first);
    let (mut h, mut q) = (0, 0);
    for (n, &(s, from, problem)) in starts.iter().enumerate() {
        // It runs to the sentence before the next start (or the next part).
        let end_s = starts
            .get(n + 1)
            .map(|x| {
                let c = &r.sents[x.0].chars;
                if x.1 > 0
                    && at_any(c, 0, &["存在问题：", "存在的问题：", "主要问题："]).is_some()
                    && x.0 > s
                {
                    (x.0 - 1, r.sents[x.0 - 1].chars.len())
                } else if x.0 == s {
                    (s, x.1)
                } else {
                    (x.0 - 1, r.sents[x.0 - 1].chars.len())
                }
            })
            .unwrap_or((last, r.sents[last].chars.len()));
        let (a, b) = (r.sents[s].byte(from), r.sents[end_s.0].byte(end_s.1));
        let text = r.text.get(a..b.max(a)).unwrap_or("").trim().to_owned();
        if text.is_empty() {
            continue;
        }
        let path = if problem {
            q += 1;
            format!("sectors[{i}].problems[{}]", q - 1)
        } else {
            h += 1;
            format!("sectors[{i}].highlights[{}]", h - 1)
        };
        r.put_span(&path, Value::from(text), (s, from), end_s, None);
    }
}
