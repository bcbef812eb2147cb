//! The shape of a notice: its title, the opening, the numbered sections (一、总体情况 ·
//! 二、存在问题 · 三、工作要求 · 排名 · 项目进展) and the sector paragraphs ((一)教育惠民方面。).

use super::numerals::is_cn_numeral;
use super::text::{Sent, has, is_han};

/// What part of the notice a sentence is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Title,
    /// Before the first numbered section.
    Opening,
    /// 总体情况 and any section that is none of the others (the body of the notice).
    Body,
    Problems,
    Requirements,
    Ranking,
    Projects,
    /// After the body: the issuer, the date, attachments, page furniture.
    Closing,
}

/// A sector paragraph: where its heading is and what it is called.
#[derive(Debug, Clone)]
pub(crate) struct SectorHead {
    pub sentence: usize,
    pub name: String,
    /// Chars of the name in the heading sentence.
    pub from: usize,
    pub to: usize,
}

/// The layout of the whole text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    pub section: Vec<Section>,
    /// A section heading (一、总体情况), by sentence.
    pub heading: Vec<bool>,
    /// The sector paragraph a sentence is in.
    pub sector: Vec<Option<usize>>,
    pub sectors: Vec<SectorHead>,
    pub title: Option<usize>,
    /// The problem type (存在问题 一是…) a sentence is in.
    pub problem: Vec<Option<usize>>,
    /// Each problem type's first and last sentence.
    pub problem_groups: Vec<(usize, usize)>,
}

/// `一是`, `二是` … `一要` at `i`: how long the marker is.
pub(crate) fn marker(c: &[char], i: usize) -> Option<usize> {
    let n = c[i.min(c.len())..]
        .iter()
        .take_while(|&&ch| "一二三四五六七八九十".contains(ch))
        .count();
    (n > 0 && n <= 2 && matches!(c.get(i + n), Some('是' | '要'))).then_some(n + 1)
}

/// `1、`, `1.`, `（1）`, `（一）`, `1）` at the start: how long the marker is.
pub(crate) fn list_marker(c: &[char]) -> Option<usize> {
    let open = usize::from(c.first() == Some(&'（'));
    let n = c[open..]
        .iter()
        .take_while(|&&ch| ch.is_ascii_digit() || is_cn_numeral(ch))
        .count();
    if n == 0 || n > 3 {
        return None;
    }
    let next = c.get(open + n)?;
    let ok = if open == 1 {
        *next == '）'
    } else {
        matches!(next, '、' | '.' | '）')
    };
    // 1.2亿元 is a number, not a marker.
    let ok = ok && !(*next == '.' && c.get(open + n + 1).is_some_and(char::is_ascii_digit));
    ok.then_some(open + n + 1)
}

/// A heading's section by its words.
fn kind(s: &Sent) -> Section {
    let c = &s.chars;
    if has(c, "排名") || has(c, "排序") {
        Section::Ranking
    } else if has(c, "问题") {
        Section::Problems
    } else if has(c, "要求") || has(c, "建议") || has(c, "下一步") || has(c, "措施") {
        Section::Requirements
    } else if has(c, "项目") && !has(c, "总体") || has(c, "滞后") {
        Section::Projects
    } else {
        Section::Body
    }
}

/// Whether the sentence is a whole line of its own.
fn whole_line(sents: &[Sent], i: usize) -> bool {
    sents[i].line_start && sents.get(i + 1).is_none_or(|n| n.line != sents[i].line)
}

/// `一、总体情况`: a short line of its own opening with a Chinese numeral and `、`.
pub(crate) fn is_heading(sents: &[Sent], i: usize) -> bool {
    let c = &sents[i].chars;
    let n = c.iter().take_while(|&&ch| is_cn_numeral(ch)).count();
    n > 0 && n <= 3 && c.get(n) == Some(&'、') && c.len() <= 24 && whole_line(sents, i)
}

/// `（一）教育惠民方面。` or `（一）教育惠民。`: the sector's name.
fn sector_head(s: &Sent) -> Option<(usize, usize)> {
    let c = &s.chars;
    if !s.line_start || c.first() != Some(&'（') {
        return None;
    }
    let n = c
        .iter()
        .skip(1)
        .take_while(|&&ch| is_cn_numeral(ch))
        .count();
    if n == 0 || n > 3 || c.get(n + 1) != Some(&'）') {
        return None;
    }
    let from = n + 2;
    let mut to = from;
    while to < c.len() && is_han(c[to]) && to - from <= 12 {
        to += 1;
    }
    let word_end = to;
    let name_to = if word_end >= from + 2 && c[from..word_end].ends_with(&['方', '面']) {
        word_end - 2
    } else {
        word_end
    };
    // The heading is the sentence: the name and a stop, nothing more.
    let closes = matches!(c.get(word_end), Some('。' | '：' | '，') | None);
    (name_to >= from + 2 && name_to - from <= 10 && closes).then_some((from, name_to))
}

impl Layout {
    #[allow(clippy::needless_range_loop)] // the sentences and the layout, side by side
    pub fn of(sents: &[Sent]) -> Layout {
        let n = sents.len();
        let mut l = Layout {
            section: vec![Section::Opening; n],
            heading: vec![false; n],
            sector: vec![None; n],
            ..Layout::default()
        };
        // The title: the first line, when it is short and not a sentence of the body.
        if let Some(first) = sents.first()
            && whole_line(sents, 0)
            && first.chars.len() <= 60
            && !first.chars.iter().any(|c| "。，；".contains(*c))
            && first.chars.last() != Some(&'：')
            && !is_heading(sents, 0)
        {
            l.title = Some(0);
            l.section[0] = Section::Title;
        }
        let any_heading = (0..n).any(|i| is_heading(sents, i));
        let mut current = if any_heading {
            Section::Opening
        } else {
            Section::Body
        };
        let mut sector: Option<usize> = None;
        let mut sector_line = usize::MAX;
        for i in 0..n {
            if l.title == Some(i) {
                continue;
            }
            if is_heading(sents, i) {
                current = kind(&sents[i]);
                l.heading[i] = true;
                sector = None;
            } else if current == Section::Body
                && let Some((from, to)) = sector_head(&sents[i])
            {
                l.sectors.push(SectorHead {
                    sentence: i,
                    name: sents[i].norm(from, to),
                    from,
                    to,
                });
                sector = Some(l.sectors.len() - 1);
                sector_line = sents[i].line;
            } else if sents[i].line != sector_line {
                sector = None;
            }
            if closing(&sents[i]) {
                current = Section::Closing;
                sector = None;
            }
            l.section[i] = current;
            l.sector[i] = sector;
        }
        l.problem = vec![None; n];
        let mut group: Option<usize> = None;
        let mut group_line = usize::MAX;
        for i in 0..n {
            if l.section[i] != Section::Problems || l.heading[i] {
                group = None;
                continue;
            }
            let c = &sents[i].chars;
            if sents[i].line_start && (marker(c, 0).is_some() || list_marker(c).is_some()) {
                l.problem_groups.push((i, i));
                group = Some(l.problem_groups.len() - 1);
                group_line = sents[i].line;
            } else if sents[i].line != group_line {
                group = None;
            }
            if let Some(g) = group {
                l.problem_groups[g].1 = i;
            }
            l.problem[i] = group;
        }
        l
    }
}

/// `附件：…`, `扫一扫…`: the notice's furniture after its body.
fn closing(s: &Sent) -> bool {
    let c = &s.chars;
    s.line_start && (c.starts_with(&['附', '件']) || c.starts_with(&['扫', '一', '扫']))
}
