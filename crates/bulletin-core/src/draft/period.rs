//! The period a notice reports on: 上半年, 1—9月, 1至7月, 1-8月份, 三季度, 前三季度,
//! 10月份, 截至10月31日 (截至10月底), and its year.

use serde_json::Value;

use super::Reader;
use super::layout::Section;
use super::numerals::number_at;
use super::text::{at, at_any};

/// A period found: first and last month, the last day when stated, the label as written.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    first: u32,
    last: u32,
    day: Option<u32>,
    label: String,
    from: usize,
    to: usize,
    /// 1 for the strongest kinds, 2 for a single month (10月份).
    rank: u8,
}

fn month(c: &[char], i: usize) -> Option<(u32, usize)> {
    let n = number_at(c, i)?;
    let m = n.count()? as u32;
    ((1..=12).contains(&m)).then_some((m, n.to))
}

/// The period written at `i`, if one starts there.
fn period_at(c: &[char], i: usize) -> Option<Found> {
    let label = |from: usize, to: usize| -> String { c[from..to].iter().collect() };
    if at(c, i, "前三季度") {
        return Some(Found {
            first: 1,
            last: 9,
            day: None,
            label: label(i, i + 4),
            from: i,
            to: i + 4,
            rank: 1,
        });
    }
    for (word, first, last) in [("上半年", 1, 6), ("下半年", 7, 12)] {
        if at(c, i, word) {
            return Some(Found {
                first,
                last,
                day: None,
                label: word.to_owned(),
                from: i,
                to: i + 3,
                rank: 1,
            });
        }
    }
    let q = if at(c, i, "第") { i + 1 } else { i };
    for (n, word) in ["一季度", "二季度", "三季度", "四季度"].iter().enumerate() {
        if at(c, q, word) && !(i > 0 && c[i - 1] == '前') {
            let last = 3 * (n as u32 + 1);
            return Some(Found {
                first: 1,
                last,
                day: None,
                label: label(i, q + 3),
                from: i,
                to: q + 3,
                rank: 1,
            });
        }
    }
    if let Some(k) = at_any(c, i, &["截至", "截止"]) {
        let mut j = i + k;
        // 截至2022年10月31日: the year is read elsewhere.
        if let Some(y) =
            number_at(c, j).filter(|y| y.to - y.from == 4 && c.get(y.to) == Some(&'年'))
        {
            j = y.to + 1;
        }
        let (m, after) = month(c, j)?;
        if c.get(after) != Some(&'月') {
            return None;
        }
        let after = after + 1;
        if let Some(d) = number_at(c, after).and_then(|d| Some((d.count()?, d.to)))
            && c.get(d.1) == Some(&'日')
        {
            let text = format!("{}{m}月{}日", label(i, i + k), d.0);
            return Some(Found {
                first: 1,
                last: m,
                day: Some(d.0 as u32),
                label: text,
                from: i,
                to: d.1 + 1,
                rank: 1,
            });
        }
        if let Some(l) = at_any(c, after, &["月底", "底", "末"]) {
            let to = after + l;
            let text = format!("{}{m}月{}", label(i, i + k), label(after, to));
            return Some(Found {
                first: 1,
                last: m,
                day: None,
                label: text,
                from: i,
                to,
                rank: 1,
            });
        }
        return None;
    }
    let (m1, after) = month(c, i)?;
    if i > 0 && (c[i - 1].is_ascii_digit() || c[i - 1] == '.') {
        return None;
    }
    if let Some(sep) = c.get(after).filter(|s| "—-－–~～至到".contains(**s))
        && let Some((m2, end)) = month(c, after + 1)
        && c.get(end) == Some(&'月')
        && m1 <= m2
    {
        let to = if c.get(end + 1) == Some(&'份') {
            end + 2
        } else {
            end + 1
        };
        let text = format!("{}{sep}{}月", label(i, after), label(after + 1, end));
        return Some(Found {
            first: m1,
            last: m2,
            day: None,
            label: text,
            from: i,
            to,
            rank: 1,
        });
    }
    if c.get(after) == Some(&'月') && c.get(after + 1) == Some(&'份') {
        return Some(Found {
            first: m1,
            last: m1,
            day: None,
            label: label(i, after + 2),
            from: i,
            to: after + 2,
            rank: 2,
        });
    }
    None
}

fn days_in(year: i64, m: u32) -> u32 {
    match m {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `2023年` at `i`: a year from 1900 to 2200.
fn year_at(c: &[char], i: usize) -> Option<(i64, usize)> {
    let n = number_at(c, i).filter(|n| n.to - n.from == 4 && c[i].is_ascii_digit())?;
    let y = n.count()? as i64;
    ((1900..=2200).contains(&y) && c.get(n.to) == Some(&'年')).then_some((y, n.to + 1))
}

/// Reads `period` (and the year); the title first, then the first sentences.
pub(crate) fn read(r: &mut Reader) {
    let mut order: Vec<usize> = r.layout.title.into_iter().collect();
    order.extend(
        (0..r.sents.len())
            .filter(|&i| Some(i) != r.layout.title && r.layout.section[i] != Section::Closing)
            .take(12),
    );
    let mut best: Option<(usize, Found)> = None;
    'search: for rank in [1u8, 2] {
        for &s in &order {
            let c = &r.sents[s].chars;
            for i in 0..c.len() {
                if let Some(f) = period_at(c, i).filter(|f| f.rank == rank) {
                    best = Some((s, f));
                    break 'search;
                }
            }
        }
    }
    let mut year: Option<(i64, usize, usize, usize)> = None;
    'year: for &s in &order {
        let c = &r.sents[s].chars;
        for i in 0..c.len() {
            if let Some((y, to)) = year_at(c, i) {
                year = Some((y, s, i, to));
                break 'year;
            }
        }
    }
    if let Some((y, s, from, to)) = year {
        r.put_at("period.year", Value::from(y), s, from, to, None);
    } else if let Some(date) = r
        .get("source.published")
        .and_then(Value::as_str)
        .map(str::to_owned)
        && let Some(y) = date.get(..4).and_then(|y| y.parse::<i64>().ok())
        && let Some(f) = r.found_at("source.published")
    {
        r.put_at(
            "period.year",
            Value::from(y),
            f.0,
            f.1,
            f.2,
            Some("正文未写年份，取发文日期的年份".to_owned()),
        );
    }
    let Some((s, f)) = best else { return };
    r.put_at(
        "period.label",
        Value::from(f.label.clone()),
        s,
        f.from,
        f.to,
        None,
    );
    let Some(y) = r.get("period.year").and_then(Value::as_i64) else {
        return;
    };
    let last_day = days_in(y, f.last);
    let day = f
        .day
        .filter(|d| (1..=last_day).contains(d))
        .unwrap_or(last_day);
    let how = format!("{}：{}月1日至{}月{}日", f.label, f.first, f.last, day);
    r.put_at(
        "period.start",
        Value::from(format!("{y:04}-{:02}-01", f.first)),
        s,
        f.from,
        f.to,
        Some(how.clone()),
    );
    r.put_at(
        "period.end",
        Value::from(format!("{y:04}-{:02}-{day:02}", f.last)),
        s,
        f.from,
        f.to,
        Some(how),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(s: &str) -> Option<(String, u32, u32)> {
        let c: Vec<char> = s.chars().collect();
        (0..c.len())
            .find_map(|i| period_at(&c, i))
            .map(|f| (f.label, f.first, f.last))
    }

    #[test]
    fn the_wordings_of_a_period() {
        assert_eq!(label("上半年进展"), Some(("上半年".into(), 1, 6)));
        assert_eq!(label("1—9月，"), Some(("1—9月".into(), 1, 9)));
        assert_eq!(label("现将1至7月民生"), Some(("1至7月".into(), 1, 7)));
        assert_eq!(label("1-8月份"), Some(("1-8月".into(), 1, 8)));
        assert_eq!(label("2021年三季度"), Some(("三季度".into(), 1, 9)));
        assert_eq!(label("前三季度"), Some(("前三季度".into(), 1, 9)));
        assert_eq!(label("10月份"), Some(("10月份".into(), 10, 10)));
        assert_eq!(label("截至10月31日"), Some(("截至10月31日".into(), 1, 10)));
        assert_eq!(label("截至10月底"), Some(("截至10月底".into(), 1, 10)));
        assert_eq!(label("增长8.5%"), None);
        assert_eq!(days_in(2024, 2), 29);
        assert_eq!(days_in(2100, 2), 28);
    }
}
