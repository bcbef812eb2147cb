//! One row of a table: its whole line (a cell's `。` ends a sentence, not the row), its cells,
//! and what a cell says: an amount, a percentage, a status, or nothing (空, 无, —, 未报告).

use crate::draft::Reader;
use crate::draft::numerals::{amount_at, number_at, percent_at};
use crate::draft::phrases::{class, lags};
use crate::draft::text::{at, has};

/// A line of the text as the table reader sees it: the normalised chars of its sentences
/// with the spaces and tabs between them, and where each char is (sentence, char).
pub(super) struct Row {
    pub chars: Vec<char>,
    at: Vec<(usize, usize)>,
    /// The cells: (from, to) chars, trimmed.
    pub cells: Vec<(usize, usize)>,
    /// The line's first and last sentence.
    pub first: usize,
    pub last: usize,
    /// The length of each of its sentences.
    lens: Vec<usize>,
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

impl Row {
    /// The line whose first sentence is `s`.
    pub fn of(r: &Reader, s: usize) -> Row {
        let line = r.sents[s].line;
        let mut last = s;
        while r.sents.get(last + 1).is_some_and(|n| n.line == line) {
            last += 1;
        }
        // Between a line's ends and its sentences there are only spaces and tabs.
        let head = &r.text[..r.sents[s].byte(0)];
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, ch)| is_break(ch))
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        let end = r.sents[last].byte(usize::MAX);
        let end = end + r.text[end..].find(is_break).unwrap_or(r.text.len() - end);
        let mut row = Row {
            chars: Vec::new(),
            at: Vec::new(),
            cells: Vec::new(),
            first: s,
            last,
            lens: (s..=last).map(|k| r.sents[k].chars.len()).collect(),
        };
        let mut pos = start;
        for k in s..=last {
            let sent = &r.sents[k];
            row.gap(&r.text[pos..sent.byte(0)], (k, 0));
            row.chars.extend_from_slice(&sent.chars);
            row.at.extend((0..sent.chars.len()).map(|i| (k, i)));
            pos = sent.byte(usize::MAX);
        }
        let tail = (last, r.sents[last].chars.len());
        row.gap(&r.text[pos..end], tail);
        row.at.push(tail);
        row.cells = cells(&row.chars);
        row
    }

    /// Spaces and tabs between the sentences, all at `place`.
    fn gap(&mut self, words: &str, place: (usize, usize)) {
        for ch in words.chars() {
            self.chars.push(if ch == '\u{3000}' { ' ' } else { ch });
            self.at.push(place);
        }
    }

    /// Cell `k` when it says something (not empty, 无, —, 未报告).
    pub fn cell(&self, k: Option<usize>) -> Option<(usize, usize)> {
        let (a, b) = *self.cells.get(k?)?;
        (!blank(&self.chars[a..b])).then_some((a, b))
    }

    /// Where the words `a..b` of the row are: (sentence, char) of their start and end.
    pub fn span(&self, (a, b): (usize, usize)) -> ((usize, usize), (usize, usize)) {
        let start = self.at[a];
        let end = match b.checked_sub(1).filter(|&e| e >= a) {
            Some(e) => (self.at[e].0, self.at[e].1 + 1),
            None => start,
        };
        (start, end)
    }

    /// The words `a..b` within one sentence: sentence, first and end char (cut at the end
    /// of the first sentence when they run on).
    pub fn local(&self, ab: (usize, usize)) -> (usize, usize, usize) {
        let ((s, a), (s2, b)) = self.span(ab);
        (
            s,
            a,
            if s2 == s {
                b
            } else {
                self.lens[s - self.first]
            },
        )
    }

    /// The whole of the line's first sentence: sentence, 0 and its end.
    pub fn first_sentence(&self) -> (usize, usize, usize) {
        (self.first, 0, self.lens[0])
    }

    /// The words `a..b` as written.
    pub fn quote<'a>(&self, r: &Reader<'a>, ab: (usize, usize)) -> &'a str {
        let ((s1, a), (s2, b)) = self.span(ab);
        let (from, to) = (r.sents[s1].byte(a), r.sents[s2].byte(b));
        r.text.get(from..to.max(from)).unwrap_or("").trim()
    }

    /// The normalised words `a..b`.
    pub fn norm(&self, (a, b): (usize, usize)) -> String {
        self.chars[a..b].iter().collect()
    }
}

/// The cells of a line: (from, to) chars, apart by tabs or `|`.
pub(super) fn cells(c: &[char]) -> Vec<(usize, usize)> {
    let sep = |ch: char| ch == '\t' || ch == '|';
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=c.len() {
        if i == c.len() || sep(c[i]) {
            let (mut a, mut b) = (start, i);
            while a < b && c[a].is_whitespace() {
                a += 1;
            }
            while b > a && c[b - 1].is_whitespace() {
                b -= 1;
            }
            out.push((a, b));
            start = i + 1;
        }
    }
    // `| a | b |` has empty cells at its ends.
    let mut edge = c.iter().copied().filter(|ch| !ch.is_whitespace());
    if edge.next() == Some('|') {
        out.remove(0);
    }
    if c.iter().rev().find(|ch| !ch.is_whitespace()) == Some(&'|') {
        out.pop();
    }
    out
}

/// Whether a cell says nothing: empty, 无, 暂无, 未报告, —, /.
pub(super) fn blank(w: &[char]) -> bool {
    const NONE: [&str; 8] = [
        "无",
        "暂无",
        "无问题",
        "未报告",
        "未填报",
        "不涉及",
        "空",
        "无数据",
    ];
    w.iter()
        .all(|c| c.is_whitespace() || "—–-－/／\\、·…".contains(*c))
        || NONE.iter().any(|n| w.iter().copied().eq(n.chars()))
}

/// The words a figure may be followed by within its cell: nothing, a space, a bracket or a
/// comma (`8300（含中央资金）`), never more of a word (`2023年`).
fn ends_figure(c: &[char], i: usize, b: usize) -> bool {
    i == b || c[i].is_whitespace() || "（，；".contains(c[i])
}

/// The unit's name: 亿元, 万元, 元.
pub(super) fn unit_name(exp: i32) -> &'static str {
    match exp {
        8 => "亿元",
        4 => "万元",
        _ => "元",
    }
}

/// An amount cell in the draft's unit (`10^exp` 元): `8300` under 完成投资（万元）, `0.83亿元`,
/// `8300万`; its digits as written moved, where its figure is, and how, when worked out.
pub(super) fn amount(
    c: &[char],
    (a, b): (usize, usize),
    header: Option<i32>,
    exp: i32,
) -> Option<(String, usize, Option<String>)> {
    let (digits, unit, end, own) = match amount_at(c, a).filter(|x| x.to <= b) {
        Some(x) => (x.num.digits, x.exp, x.to, true),
        None => {
            let n = number_at(c, a).filter(|n| n.to <= b && c[a].is_ascii_digit())?;
            if matches!(c[n.to - 1], '万' | '亿') {
                (n.digits, 0, n.to, true)
            } else {
                (n.digits, header?, n.to, false)
            }
        }
    };
    if !ends_figure(c, end, b) {
        return None;
    }
    let moved = crate::draft::numerals::shift(&digits, unit - exp);
    let how = match (own, unit == exp) {
        (true, true) => None,
        (true, false) => Some(format!("{}折算为{}", unit_name(unit), unit_name(exp))),
        (false, true) => Some(format!("单位取自表头（{}）", unit_name(unit))),
        (false, false) => Some(format!(
            "单位取自表头（{}），折算为{}",
            unit_name(unit),
            unit_name(exp)
        )),
    };
    Some((moved, end, how))
}

/// A percentage cell: `80%`, `百分之八十`, or a bare `80` filling the cell (the header says
/// it is a percentage); its digits and where it ends. Past 1000 % it is no share.
pub(super) fn percent(c: &[char], (a, b): (usize, usize)) -> Option<(String, usize)> {
    let (digits, end) = match percent_at(c, a).filter(|p| p.1 <= b) {
        Some((n, end)) => (n.digits, end),
        None => {
            let n = number_at(c, a).filter(|n| n.to == b && c[a].is_ascii_digit())?;
            (n.digits, b)
        }
    };
    (digits.parse::<f64>().is_ok_and(|v| v <= 1000.0)).then_some((digits, end))
}

/// The status a status cell gives: a short one its class (滞后 → behind, 已完成 →
/// completed, 正常推进 → on_schedule, 超序时 → ahead, 未完成 → unfinished, 已销号 →
/// resolved); a long one (进展情况 in sentences) only that it lags.
pub(super) fn status(c: &[char], (a, b): (usize, usize)) -> Option<&'static str> {
    let w = &c[a..b];
    if b - a > 6 {
        return lags(c, a, b).then_some("behind");
    }
    if let Some((st, ..)) = class(c, a, b) {
        return Some(st);
    }
    if lags(c, a, b) {
        Some("behind")
    } else if has(w, "销号") || has(w, "已整改") {
        Some("resolved")
    } else if at(w, 0, "正常") {
        Some("on_schedule")
    } else if ["完成", "完工", "已完工"]
        .iter()
        .any(|x| w.iter().copied().eq(x.chars()))
    {
        Some("completed")
    } else {
        None
    }
}
