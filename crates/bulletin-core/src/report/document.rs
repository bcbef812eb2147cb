//! The 通报文稿 rebuilt from the data, in the bulletin's own structure and wording: the
//! preamble, 一、总体情况 (with what changed since the previous bulletin), 二、分领域情况 with
//! one （一） per sector, 三、存在问题 (一是…), 四、工作要求 (一要…), and the attachment of
//! projects still held back. A part with nothing to say is left out and the rest numbered
//! on; a figure the data does not give is not mentioned. The source's own sentence (the
//! summary's, a sector's) is kept only while every number in it is still a figure of the
//! data and it quotes every figure the data gives; otherwise the sentence is made from the
//! figures.
//!
//! A sector's heading ends in 。 (`（一）教育惠民方面。`) as the bulletin writes it, run in
//! before the paragraph after it; the .docx writer sets the two on one line.

mod attachment;
mod facts;
mod numbering;
mod overall;

use super::{Block, Report};
use crate::display::{NUMBER_LIMIT, PERCENT_LIMIT, number};
use crate::supervision::Day;
use crate::{Bulletin, Sector, SectorStatus};

use facts::{Facts, Kind};
use numbering::{has_point_lead, part, point, requirement, section};

/// The 通报文稿 of `bulletin`; with `previous`, the bulletin of the period before, 一、总体情况
/// ends with what changed since.
pub fn report(bulletin: &Bulletin, previous: Option<&Bulletin>) -> Report {
    let mut blocks = Vec::new();
    if let Some(preamble) = text_of(bulletin.preamble.as_deref()) {
        blocks.push(Block::Paragraph(typeset(preamble)));
    }
    let mut overall: Vec<Block> = overall::paragraph(bulletin)
        .into_iter()
        .map(Block::Paragraph)
        .collect();
    if let Some(before) = previous {
        overall.push(Block::Paragraph(overall::changes(before, bulletin)));
    }
    let parts = [
        ("总体情况", overall),
        ("分领域情况", sectors(bulletin)),
        ("存在问题", problem_types(bulletin)),
        ("工作要求", requirements(bulletin)),
    ];
    let mut n = 0;
    for (name, body) in parts {
        if body.is_empty() {
            continue;
        }
        n += 1;
        blocks.push(Block::Heading {
            level: 1,
            text: format!("{}{name}", part(n)),
        });
        blocks.extend(body);
    }
    let source = bulletin.source.as_ref();
    Report {
        number: text_of(source.and_then(|s| s.number.as_deref())).map(str::to_owned),
        title: bulletin.title.trim().to_owned(),
        blocks,
        attachment: attachment::table(bulletin),
        issuer: text_of(source.and_then(|s| s.issuer.as_deref())).map(str::to_owned),
        date: text_of(source.and_then(|s| s.published.as_deref()))
            .map(|d| chinese_date(d).unwrap_or_else(|| d.to_owned())),
    }
}

/// 二、分领域情况: per sector its heading, its progress sentence, highlights and problems.
fn sectors(b: &Bulletin) -> Vec<Block> {
    let mut out = Vec::new();
    for (i, s) in b.sectors.iter().enumerate() {
        let name = s.name.trim();
        let aspect = if name.ends_with("方面") {
            ""
        } else {
            "方面"
        };
        out.push(Block::Heading {
            level: 2,
            text: format!("{}{name}{aspect}。", section(i as u64 + 1)),
        });
        let own = text_of(s.text.as_deref()).filter(|t| sector_text_holds(b, s, t));
        let sentence = own.map_or_else(|| sector_sentence(b, s), typeset);
        if !sentence.is_empty() {
            out.push(Block::Paragraph(sentence));
        }
        let highlights: Vec<&str> = s
            .highlights
            .iter()
            .filter_map(|h| text_of(Some(h)))
            .collect();
        // 一是…二是… where each highlight opens with a short title (办学条件不断改善。), as
        // the bulletin numbers them; plain sentences stay as they are.
        let numbered = highlights.len() > 1 && highlights.iter().all(|h| titled(h));
        for (j, h) in highlights.iter().enumerate() {
            let lead = if numbered && !has_point_lead(h) {
                point(j as u64 + 1)
            } else {
                String::new()
            };
            out.push(Block::Paragraph(format!("{lead}{}", typeset(h))));
        }
        if let Some(problems) = points(&s.problems) {
            out.push(Block::Paragraph(format!("存在问题：{problems}")));
        }
    }
    out
}

/// The sector's progress in a sentence from its figures: `涉及6件实事11个事项，总体按序时推进，
/// 但还存在一些问题困难，完成投资21.4亿元，为年度计划的43%。`
fn sector_sentence(b: &Bulletin, s: &Sector) -> String {
    let mut clauses = Vec::new();
    match (s.items, s.sub_items) {
        (0, Some(sub)) if sub > 0 => clauses.push(format!("涉及{sub}个事项")),
        (0, _) => {}
        (items, Some(sub)) => clauses.push(format!("涉及{items}件实事{sub}个事项")),
        (items, None) => clauses.push(format!("涉及{items}件实事")),
    }
    clauses.push(
        match s.status {
            SectorStatus::Ahead => "超序时推进",
            SectorStatus::OnSchedule => "按序时推进",
            SectorStatus::OnScheduleWithProblems => "总体按序时推进，但还存在一些问题困难",
            SectorStatus::Behind => "部分项目进展未达序时",
        }
        .to_owned(),
    );
    let done = s.completed_investment.and_then(amount_figure);
    if let Some(done) = &done {
        clauses.push(format!("完成投资{done}{}", b.currency_unit.trim()));
    }
    if let Some(pct) = s.plan_pct.and_then(percent_figure) {
        let verb = if done.is_some() { "为" } else { "完成" };
        clauses.push(format!("{verb}年度计划的{pct}%"));
    }
    format!("{}。", clauses.join("，"))
}

/// Whether the sector's own sentence still holds: its numbers are the sector's figures, it
/// quotes each one given, and it does not call a sector behind on schedule or the reverse.
fn sector_text_holds(b: &Bulletin, s: &Sector, text: &str) -> bool {
    let mut facts = period_facts(b);
    facts
        .must_quote()
        .count((s.items > 0).then_some(s.items))
        .count(s.sub_items)
        .given(Kind::Amount, s.completed_investment)
        .given(Kind::Percent, s.plan_pct)
        .may_quote()
        .given(Kind::Percent, b.schedule_target_pct)
        .worked_out(
            Kind::Points,
            s.plan_pct
                .zip(b.schedule_target_pct)
                .map(|(p, t)| (p - t).abs()),
        );
    let says_behind = ["未达序时", "欠序时", "滞后", "未达预期"]
        .iter()
        .any(|w| text.contains(w));
    let rest = text.replace("未达序时", "");
    let says_on = ["按序时", "达序时", "超序时"]
        .iter()
        .any(|w| rest.contains(w));
    let status_holds = match s.status {
        SectorStatus::Behind => says_behind || !says_on,
        _ => !(text.contains("未达序时") || text.contains("欠序时")),
    };
    status_holds && facts.hold_in(text)
}

/// The numbers any text of `b` may quote: the period's year and the digits of its label.
fn period_facts(b: &Bulletin) -> Facts {
    let mut facts = Facts::new(b.currency_unit.trim());
    facts.anywhere(b.period.year as f64);
    for n in facts::numbers(&b.period.label, "") {
        facts.anywhere(n.value);
    }
    facts
}

/// 三、存在问题: `一是{name}。{description}` per problem type.
fn problem_types(b: &Bulletin) -> Vec<Block> {
    b.problem_types
        .iter()
        .filter(|t| !t.name.trim().is_empty() || !t.description.trim().is_empty())
        .enumerate()
        .map(|(i, t)| {
            Block::Paragraph(format!(
                "{}{}{}",
                point(i as u64 + 1),
                sentence(&t.name),
                typeset(t.description.trim())
            ))
        })
        .collect()
}

/// 四、工作要求: `一要{title}。{text}` per requirement.
fn requirements(b: &Bulletin) -> Vec<Block> {
    b.requirements
        .iter()
        .filter(|r| !r.title.trim().is_empty() || !r.text.trim().is_empty())
        .enumerate()
        .map(|(i, r)| {
            let title = r.title.trim();
            let title = title.strip_prefix('要').unwrap_or(title);
            Block::Paragraph(format!(
                "{}{}{}",
                requirement(i as u64 + 1),
                sentence(title),
                typeset(r.text.trim())
            ))
        })
        .collect()
}

/// Texts as one paragraph's points: one as it is, several as 一是…二是….
fn points(texts: &[String]) -> Option<String> {
    let texts: Vec<&str> = texts.iter().filter_map(|t| text_of(Some(t))).collect();
    match texts.as_slice() {
        [] => None,
        [one] => Some(typeset(one)),
        many => Some(
            many.iter()
                .enumerate()
                .map(|(i, t)| {
                    let lead = if has_point_lead(t) {
                        String::new()
                    } else {
                        point(i as u64 + 1)
                    };
                    format!("{lead}{}", sentence(t))
                })
                .collect(),
        ),
    }
}

/// A text as a sentence: typeset, ending in 。 (or the mark it ends with), or nothing.
fn sentence(text: &str) -> String {
    let text = typeset(text.trim());
    if text.is_empty() || text.ends_with(['。', '！', '？', '；', '：']) {
        text
    } else {
        format!("{}。", text.trim_end_matches(['.', '，', ',']))
    }
}

/// Whether a highlight opens with a short title sentence (办学条件不断改善。) and no figure.
fn titled(text: &str) -> bool {
    text.split_once('。').is_some_and(|(title, _)| {
        let n = title.chars().count();
        (2..=16).contains(&n)
            && !title.contains([',', '，', '、', ';', '；'])
            && !title.chars().any(|c| c.is_ascii_digit())
    })
}

/// A text that says something, trimmed.
fn text_of(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// ASCII punctuation in Chinese text set full-width, as an official document writes it: the
/// transcriptions have `,` `:` `;` `(` `)` where the notice had `，` `：` `；` `（` `）`. A mark
/// between two ASCII characters (1,500, 10:30, (a)) is left alone.
pub(crate) fn typeset(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let wide = |c: Option<&char>| c.is_some_and(|c| !c.is_ascii());
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            let chinese = wide(before) || wide(after);
            match c {
                ',' if chinese => '，',
                ':' if chinese => '：',
                ';' if chinese => '；',
                '(' if chinese => '（',
                ')' if chinese => '）',
                _ => c,
            }
        })
        .collect()
}

/// `2023-07-20` as written at the end of a document: `2023年7月20日`.
pub(crate) fn chinese_date(iso: &str) -> Option<String> {
    let (y, m, d) = Day::parse(iso.trim())?.ymd();
    Some(format!("{y}年{m}月{d}日"))
}

/// An amount as the text writes it (`166.3`), when it can be written.
fn amount_figure(n: f64) -> Option<String> {
    (n.is_finite() && n.abs() < NUMBER_LIMIT).then(|| number(n, 2))
}

/// A given percentage as the text writes it (`44.8`), when it can be written.
fn percent_figure(n: f64) -> Option<String> {
    (n.is_finite() && n.abs() < PERCENT_LIMIT).then(|| number(n, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcribed_punctuation_is_set_full_width_in_chinese_text() {
        assert_eq!(
            typeset("涉及6件实事11个事项,按序时推进(校安工程):好;"),
            "涉及6件实事11个事项，按序时推进（校安工程）：好；"
        );
        assert_eq!(typeset("1,500 and 10:30 (a)"), "1,500 and 10:30 (a)");
    }

    #[test]
    fn dates_are_written_as_at_the_end_of_a_document() {
        assert_eq!(chinese_date("2023-07-20").as_deref(), Some("2023年7月20日"));
        assert_eq!(chinese_date("2022-12-04").as_deref(), Some("2022年12月4日"));
        assert_eq!(chinese_date("2023-02-30"), None);
    }

    #[test]
    fn highlights_with_a_title_are_numbered_plain_ones_not() {
        assert!(titled("办学条件不断改善。东海朱自清中学"));
        assert!(!titled("完成30个乡镇、199个行政村改善生产通行条件。"));
        assert!(!titled("组织“网安2023”专项行动。"));
        assert!(!titled("没有句号"));
    }

    #[test]
    fn several_problems_are_numbered_one_is_not() {
        assert_eq!(points(&[]), None);
        assert_eq!(
            points(&["资金未到位".into()]).as_deref(),
            Some("资金未到位")
        );
        assert_eq!(
            points(&["资金未到位".into(), " ".into(), "二是手续复杂。".into()]).as_deref(),
            Some("一是资金未到位。二是手续复杂。")
        );
    }
}
