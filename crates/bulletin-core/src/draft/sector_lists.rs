//! Sectors written as lists rather than paragraphs, in a notice that has no sector
//! paragraphs: `分行业看：工业项目完成投资12亿元，占年度计划的45%；农业项目…` (each with its
//! figures) and counts by category, `其中建设工程23个、产业项目14个、民生项目23个`.

use serde_json::Value;

use super::Reader;
use super::numerals::{count_at, json_number, number_at};
use super::phrases;
use super::text::{at_any, find, split};

/// A category counted: its name's chars, and the count with where it is.
type Counted = ((usize, usize), (u64, usize, usize));

/// `分行业看：`, `分领域看：`, `按类别：`: where the list after it starts.
pub(crate) fn list_start(c: &[char]) -> Option<usize> {
    let colon = c.iter().position(|&ch| ch == '：')?;
    let intro = &c[..colon];
    let says = [
        "分行业",
        "分领域",
        "分类别",
        "分类型",
        "按行业",
        "按领域",
        "按类别",
        "分板块",
    ];
    says.iter()
        .any(|w| find(intro, w, 0).is_some())
        .then_some(colon + 1)
}

/// Records one sector from a list: its name and the figures of its part.
fn sector(
    r: &mut Reader,
    s: usize,
    name: (usize, usize),
    part: (usize, usize),
    items: Option<(u64, usize, usize)>,
) {
    let exp = r.exp;
    let c = r.sents[s].chars.clone();
    let i = r.push("sectors");
    let p = |f: &str| format!("sectors[{i}].{f}");
    let value = r.sents[s].norm(name.0, name.1);
    r.put_at(&p("name"), Value::from(value), s, name.0, name.1, None);
    if let Some((n, a, b)) = items {
        r.put_at(&p("items"), Value::from(n), s, a, b, None);
    }
    if let Some(h) = phrases::completed(&c, part.0, part.1) {
        r.put_at(
            &p("completed_investment"),
            json_number(&h.value.in_unit(exp)),
            s,
            h.from,
            h.to,
            None,
        );
    }
    if let Some(h) = phrases::plan_pct(&c, part.0, part.1) {
        r.put_at(&p("plan_pct"), h.value.json(), s, h.from, h.to, None);
    }
    let text = r.sents[s].quote(r.text, part.0, part.1).trim().to_owned();
    r.put_at(&p("text"), Value::from(text), s, part.0, part.1, None);
}

pub(crate) fn read(r: &mut Reader) {
    if !r.layout.sectors.is_empty() {
        return;
    }
    for s in super::summary::scope(r) {
        let c = r.sents[s].chars.clone();
        if let Some(from) = list_start(&c) {
            for (a, b) in split(&c, from, c.len(), &['；', '。']) {
                // The name: up to its figures.
                let end = (a..b)
                    .find(|&i| {
                        at_any(
                            &c,
                            i,
                            &["完成投资", "累计完成", "完成", "投资", "，", "共", "有"],
                        )
                        .is_some()
                    })
                    .unwrap_or(b);
                let items = (a..b)
                    .find_map(|i| count_at(&c, i, &["个", "项", "件"]).map(|(n, e)| (n, i, e)));
                if end > a + 1 && end - a <= 12 {
                    sector(r, s, (a, end), (a, b), items);
                }
            }
            return;
        }
        // 其中建设工程23个、产业项目14个、民生项目23个.
        let Some(z) = find(&c, "其中", 0) else {
            continue;
        };
        let stop = (z..c.len())
            .find(|&i| "，；。".contains(c[i]))
            .unwrap_or(c.len());
        let parts = split(&c, z + 2, stop, &['、']);
        let counted: Vec<Counted> = parts
            .iter()
            .filter_map(|&(a, b)| {
                let n = (a + 1..b).find_map(|i| number_at(&c, i).filter(|n| n.to < b))?;
                let (v, e) = count_at(&c, n.from, &["个", "项", "件"])?;
                (e == b && n.from >= a + 2).then_some(((a, n.from), (v, n.from, e)))
            })
            .collect();
        if counted.len() >= 2 && counted.len() == parts.len() {
            for (name, items) in counted {
                sector(r, s, name, (name.0, items.2), Some(items));
            }
            return;
        }
    }
}
