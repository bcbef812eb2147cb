//! The notice's own particulars: title, region, issuer, document number (督通〔2021〕37号),
//! date (2017年10月11日), attachments, the opening paragraph, and the period.

use serde_json::Value;

use super::Reader;
use super::layout::Section;
use super::numerals::number_at;
use super::text::{Sent, at, is_han};

/// `2017年10月11日` (or `二〇一七年十月十一日`) starting at `i`: the ISO date and its end.
pub(crate) fn date_at(c: &[char], i: usize) -> Option<(String, usize)> {
    // The year: four digits, Arabic or Chinese one by one.
    let mut y = String::new();
    let mut j = i;
    while j < c.len() && y.len() < 4 {
        let d = match c[j] {
            '0'..='9' => c[j],
            '〇' | '零' => '0',
            ch => match number_at(&[ch], 0).and_then(|n| n.count()) {
                Some(n) if n < 10 => char::from_digit(n as u32, 10)?,
                _ => return None,
            },
        };
        y.push(d);
        j += 1;
    }
    if y.len() != 4 || c.get(j) != Some(&'年') || i > 0 && c[i - 1].is_ascii_digit() {
        return None;
    }
    let m = number_at(c, j + 1)?;
    let month = m.count()?;
    if c.get(m.to) != Some(&'月') {
        return None;
    }
    let d = number_at(c, m.to + 1)?;
    let day = d.count()?;
    if c.get(d.to) != Some(&'日') {
        return None;
    }
    let iso = format!("{y}-{month:02}-{day:02}");
    crate::validation::parse_date(&iso).map(|_| (iso, d.to + 1))
}

/// `督通〔2021〕37号` at `i`: its end.
fn number_at_doc(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && is_han(c[i - 1]) || !is_han(*c.get(i)?) {
        return None;
    }
    let mut j = i;
    while j < c.len() && is_han(c[j]) && j - i < 8 {
        j += 1;
    }
    if !matches!(c.get(j), Some('〔' | '[' | '［' | '【')) {
        return None;
    }
    let year = number_at(c, j + 1).filter(|n| n.to - n.from == 4)?;
    if !matches!(c.get(year.to), Some('〕' | ']' | '］' | '】')) {
        return None;
    }
    let n = number_at(c, year.to + 1)?;
    n.count()?;
    (c.get(n.to) == Some(&'号')).then_some(n.to + 1)
}

const ISSUER_ENDS: [&str; 10] = [
    "民生办",
    "督查室",
    "办公室",
    "督查局",
    "人民政府",
    "政府办",
    "府办",
    "领导小组",
    "督查组",
    "督查处",
];

/// A line of its own that names who issued the notice.
fn issuer(s: &Sent) -> Option<usize> {
    let c = &s.chars;
    // The name, and perhaps the date after spaces on the same line.
    let end = c
        .iter()
        .position(|ch| ch.is_whitespace() || ch.is_ascii_digit())
        .unwrap_or(c.len());
    let name = &c[..end];
    let ok = name.len() >= 3
        && name.len() <= 20
        && name.iter().all(|&ch| is_han(ch) || ch == '、')
        && ISSUER_ENDS.iter().any(|e| {
            let e: Vec<char> = e.chars().collect();
            name.ends_with(&e)
        });
    ok.then_some(end)
}

/// `六安市` at the start of a title or issuer: two to four characters and 市, 县 or 区.
fn region_prefix(c: &[char]) -> Option<usize> {
    if matches!(c.first(), Some('全' | '我' | '本' | '各' | '市' | '县')) {
        return None;
    }
    (2..=4)
        .find(|&k| {
            c.get(k).is_some_and(|ch| "市县区".contains(*ch)) && c[..k].iter().all(|&ch| is_han(ch))
        })
        .map(|k| k + 1)
}

/// Joins sentences `from..=to` as written, lines apart by a line break.
pub(crate) fn join(r: &Reader, from: usize, to: usize) -> String {
    let mut out = String::new();
    for i in from..=to.min(r.sents.len().saturating_sub(1)) {
        if i > from && r.sents[i].line != r.sents[i - 1].line {
            out.push('\n');
        }
        out.push_str(r.sents[i].text(r.text));
    }
    out
}

pub(crate) fn read(r: &mut Reader) {
    let n = r.sents.len();
    if let Some(t) = r.layout.title {
        let len = r.sents[t].chars.len();
        let title = r.sents[t].text(r.text).to_owned();
        r.put_at("title", Value::from(title), t, 0, len, None);
        if let Some(k) = region_prefix(&r.sents[t].chars) {
            let region = r.sents[t].norm(0, k);
            r.put_at("region", Value::from(region), t, 0, k, None);
        }
    }
    for s in 0..n {
        let whole =
            r.sents[s].line_start && r.sents.get(s + 1).is_none_or(|x| x.line != r.sents[s].line);
        let c = r.sents[s].chars.clone();
        if let Some(end) = (0..c.len().min(40)).find_map(|i| number_at_doc(&c, i).map(|e| (i, e))) {
            let v = r.sents[s].norm(end.0, end.1);
            r.put_at("source.number", Value::from(v), s, end.0, end.1, None);
        }
        if !whole {
            continue;
        }
        if let Some(end) = issuer(&r.sents[s]) {
            let name = r.sents[s].norm(0, end);
            if r.put_at("source.issuer", Value::from(name), s, 0, end, None)
                && !r.has("region")
                && let Some(k) = region_prefix(&c)
            {
                let region = r.sents[s].norm(0, k);
                r.put_at(
                    "region",
                    Value::from(region),
                    s,
                    0,
                    k,
                    Some("取自发文单位".to_owned()),
                );
            }
        }
        // A date on a line of its own, or after the issuer.
        let start = c
            .iter()
            .position(|ch| !ch.is_whitespace() && !is_han(*ch) || "〇零一二".contains(*ch));
        if let Some(i) = (0..c.len()).find(|&i| date_at(&c, i).is_some())
            && (i == 0 || issuer(&r.sents[s]).is_some() || start == Some(i))
            && let Some((iso, to)) = date_at(&c, i)
            && c[to..].iter().all(|ch| ch.is_whitespace() || *ch == '。')
        {
            r.put_at("source.published", Value::from(iso), s, i, to, None);
        }
        if at(&c, 0, "附件") && matches!(c.get(2), Some('：')) {
            let name = r.sents[s].quote(r.text, 3, c.len()).trim().to_owned();
            if !name.is_empty() {
                let i = r.len("attachments");
                if r.put_at(
                    &format!("attachments[{i}]"),
                    Value::from(name),
                    s,
                    3,
                    c.len(),
                    None,
                ) {
                    r.push("attachments");
                }
            }
        }
    }
    // The opening paragraph: before the first heading, after the title and the particulars.
    let opening: Vec<usize> = (0..n)
        .filter(|&i| r.layout.section[i] == Section::Opening && !r.layout.heading[i])
        .filter(|&i| {
            let c = &r.sents[i].chars;
            c.len() > 20 || c.contains(&'，') || c.ends_with(&['：'])
        })
        .collect();
    if let (Some(&a), Some(&b)) = (opening.first(), opening.last()) {
        let has_overall =
            (0..n).any(|i| r.layout.heading[i] && r.layout.section[i] == Section::Body);
        let path = if has_overall {
            "preamble"
        } else {
            "summary.text"
        };
        let value = join(r, a, b);
        let len = r.sents[b].chars.len();
        r.put_span(path, Value::from(value), (a, 0), (b, len), None);
    }
    super::period::read(r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers() {
        let c: Vec<char> = "2017年10月11日".chars().collect();
        assert_eq!(date_at(&c, 0), Some(("2017-10-11".into(), 11)));
        let c: Vec<char> = "二〇二一年十一月二十九日".chars().collect();
        assert_eq!(date_at(&c, 0).map(|d| d.0), Some("2021-11-29".into()));
        let c: Vec<char> = "2023年2月30日".chars().collect();
        assert_eq!(date_at(&c, 0), None);
        let c: Vec<char> = "督通〔2021〕37号".chars().collect();
        assert_eq!(number_at_doc(&c, 0), Some(11));
        assert_eq!(
            region_prefix(&"六安市1至8月份".chars().collect::<Vec<_>>()),
            Some(3)
        );
        assert_eq!(
            region_prefix(&"民生实事项目".chars().collect::<Vec<_>>()),
            None
        );
        assert_eq!(
            region_prefix(&"市政府为民".chars().collect::<Vec<_>>()),
            None
        );
    }
}
