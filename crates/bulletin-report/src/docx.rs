//! The 通报文稿 as a Word document laid out as GB/T 9704-2012 asks (figures in
//! `shared/reference/document-layout.md`): A4 with the standard's margins, 3号仿宋 body on a
//! grid of 22 lines of 28 characters at a fixed 28.9 pt, the title in 2号小标宋, headings in
//! 黑体 (一、) and 楷体 (（一）), paragraphs indented two characters, page numbers `— N —` in
//! 4号宋体 right on odd pages and left on even ones, the issuer and date at the end, and the
//! attachment on a page of its own with its header row repeated on every page.
//!
//! A second-level heading ending in 。 (`（一）教育惠民方面。`) is run in: it opens the
//! paragraph after it, in 楷体, as the bulletin prints it.
//!
//! docx-rs 0.4.22 writes most of this; three parts it cannot are finished in the built XML:
//! the font table (its own lists only Times New Roman, Symbol and Arial, so the Chinese faces
//! get their fallbacks there as `w:altName`), the repeated header row (`w:tblHeader`, which
//! it has no setter for), and the first-line indent in characters (it reads `firstLineChars`
//! but never writes it, so the indent is 640 twips, two 16 pt characters).

use std::io::Cursor;

use bulletin_core::report::{Block, Report, Table};
use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE,
    InstrText, LineSpacing, LineSpacingType, PageMargin, Paragraph, RunFonts, SpecialIndentType,
    TableCell, TableLayoutType, TableRow, WidthType,
};

/// A4 in twips.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// 天头 37 mm, 订口 28 mm, and what the 156 × 225 mm text block leaves below and right.
pub const MARGIN_TOP: i32 = 2098;
pub const MARGIN_BOTTOM: i32 = 1984;
pub const MARGIN_LEFT: i32 = 1587;
pub const MARGIN_RIGHT: i32 = 1474;

/// 3号 (16 pt), in half-points.
pub const BODY_SIZE: usize = 32;
/// 2号 (22 pt).
pub const TITLE_SIZE: usize = 44;
/// 4号 (14 pt), the page numbers.
pub const PAGE_NUMBER_SIZE: usize = 28;
/// 小四 (12 pt), the attachment table's cells.
pub const TABLE_SIZE: usize = 24;

/// Fixed line spacing: 225 mm ÷ 22 lines ≈ 28.9 pt, in twips.
pub const LINE: i32 = 578;
/// Two 16 pt characters: the first-line indent, and the 右空二字 of the signature.
pub const TWO_CHARS: i32 = 640;

/// The faces, as named in a .docx; each falls back to the name beside it (`w:altName`).
pub const FANGSONG: &str = "FangSong_GB2312";
pub const XIAOBIAOSONG: &str = "方正小标宋简体";
pub const HEITI: &str = "SimHei";
pub const KAITI: &str = "KaiTi_GB2312";
pub const SONG: &str = "宋体";
const FALLBACKS: [(&str, &str); 5] = [
    (FANGSONG, "仿宋"),
    (XIAOBIAOSONG, "宋体"),
    (HEITI, "黑体"),
    (KAITI, "楷体"),
    (SONG, "SimSun"),
];
/// Latin letters and digits of the body.
const LATIN: &str = "Times New Roman";

/// The text block, and the grid of 22 lines of 28 characters that fills it.
const TEXT_WIDTH: i32 = PAGE_WIDTH as i32 - MARGIN_LEFT - MARGIN_RIGHT;
const TEXT_HEIGHT: i32 = PAGE_HEIGHT as i32 - MARGIN_TOP - MARGIN_BOTTOM;
const LINE_PITCH: i32 = TEXT_HEIGHT / 22;
/// `w:charSpace`: how much wider than the font size each grid character is, in 1/4096 pt
/// (8845 twips ÷ 28 = 15.79 pt against 16 pt: −841).
const CHAR_SPACE: i32 = ((TEXT_WIDTH * 4096 / 28) - (BODY_SIZE as i32 / 2) * 4096 * 20) / 20;
// 22 lines of the fixed spacing fit the text block.
const _: () = assert!(LINE * 22 <= TEXT_HEIGHT);
/// The page number's line starts 7 mm (397 twips) below the text block; the footer's
/// distance is to its foot, one exact 14 pt line (280 twips) lower.
const FOOTER: i32 = MARGIN_BOTTOM - 397 - 280;

/// The .docx of `report`, or why it could not be written.
pub fn write(report: &Report) -> Result<Vec<u8>, String> {
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(851)
                .footer(FOOTER)
                .gutter(0),
        )
        .default_fonts(fonts(FANGSONG))
        .default_size(BODY_SIZE)
        .default_line_spacing(exact(LINE));
    docx.document = docx.document.doc_grid(
        DocGrid::new()
            .grid_type(DocGridType::LinesAndChars)
            .line_pitch(LINE_PITCH as usize)
            .char_space(CHAR_SPACE as isize),
    );
    for p in front(report).into_iter().chain(body(&report.blocks)) {
        docx = docx.add_paragraph(p);
    }
    for p in end(report) {
        docx = docx.add_paragraph(p);
    }
    if let Some(table) = &report.attachment {
        for p in attachment_head(table) {
            docx = docx.add_paragraph(p);
        }
        docx = docx.add_table(attachment_table(table));
    }
    docx = docx
        .footer(page_number(AlignmentType::Right))
        .even_footer(page_number(AlignmentType::Left));

    let mut xml = docx.build();
    xml.font_table = font_table().into_bytes();
    xml.document = repeat_header_rows(xml.document);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| format!("无法写出 Word 文档：{e}"))?;
    Ok(out.into_inner())
}

/// The number (文号) centred above the title, the title, and a blank line after it.
fn front(report: &Report) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if let Some(number) = &report.number {
        out.push(
            line(number, FANGSONG, BODY_SIZE)
                .align(AlignmentType::Center)
                .line_spacing(exact(LINE)),
        );
        out.push(blank());
    }
    out.push(
        line(&report.title, XIAOBIAOSONG, TITLE_SIZE)
            .align(AlignmentType::Center)
            .line_spacing(exact(LINE)),
    );
    out.push(blank());
    out
}

/// The blocks as paragraphs; a second-level heading ending in 。 is run in before the
/// paragraph after it.
fn body(blocks: &[Block]) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut blocks = blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        match block {
            Block::Heading { level, text } => {
                let face = heading_face(*level);
                let run_in = *level >= 2 && text.ends_with('。');
                let mut p = indented().outline_lvl(usize::from(level.saturating_sub(1)));
                p = add_text(p, text, face, BODY_SIZE);
                match blocks.peek() {
                    Some(Block::Paragraph(next)) if run_in => {
                        p = add_text(p, next, FANGSONG, BODY_SIZE);
                        blocks.next();
                    }
                    _ => p = p.keep_next(true),
                }
                out.push(p);
            }
            Block::Paragraph(text) => out.push(add_text(indented(), text, FANGSONG, BODY_SIZE)),
        }
    }
    out
}

/// The face of a heading: 一、 黑体, （一） 楷体, 1. and （1） 仿宋.
fn heading_face(level: u8) -> &'static str {
    match level {
        1 => HEITI,
        2 => KAITI,
        _ => FANGSONG,
    }
}

/// After the body: the attachment's note (附件：…) and the issuer and date, right-aligned.
fn end(report: &Report) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if let Some(table) = &report.attachment {
        out.push(blank());
        out.push(add_text(
            indented(),
            &format!("附件：{}", table.title),
            FANGSONG,
            BODY_SIZE,
        ));
    }
    let signature: Vec<&String> = report.issuer.iter().chain(&report.date).collect();
    if !signature.is_empty() {
        out.push(blank());
        out.push(blank());
    }
    for text in signature {
        out.push(
            line(text, FANGSONG, BODY_SIZE)
                .align(AlignmentType::Right)
                .indent(Some(0), None, Some(TWO_CHARS), None)
                .line_spacing(exact(LINE)),
        );
    }
    out
}

/// The attachment's page: 附件 top left in 黑体, its title centred.
fn attachment_head(table: &Table) -> Vec<Paragraph> {
    vec![
        line("附件", HEITI, BODY_SIZE)
            .page_break_before(true)
            .line_spacing(exact(LINE)),
        line(&table.title, XIAOBIAOSONG, TITLE_SIZE)
            .align(AlignmentType::Center)
            .line_spacing(exact(LINE)),
        blank(),
    ]
}

/// The attachment's table across the text block: the header row in 黑体, repeated on every
/// page, each cell text in 仿宋; widths by what each column holds.
fn attachment_table(table: &Table) -> docx_rs::Table {
    let weights: Vec<i32> = table.header.iter().map(|h| weight(h)).collect();
    let total: i32 = weights.iter().sum::<i32>().max(1);
    let widths: Vec<usize> = weights
        .iter()
        .map(|w| usize::try_from(TEXT_WIDTH * w / total).unwrap_or(0))
        .collect();
    let cell = |text: &str, width: usize, face: &str, centred: bool| {
        let p = add_text(Paragraph::new(), text, face, TABLE_SIZE)
            .line_spacing(
                LineSpacing::new()
                    .line_rule(LineSpacingType::Auto)
                    .line(240),
            )
            .snap_to_grid(false)
            .align(if centred {
                AlignmentType::Center
            } else {
                AlignmentType::Left
            });
        TableCell::new()
            .add_paragraph(p)
            .width(width, WidthType::Dxa)
    };
    let header = TableRow::new(
        table
            .header
            .iter()
            .zip(&widths)
            .map(|(h, w)| cell(h, *w, HEITI, true))
            .collect(),
    )
    // The one row given cantSplit: `repeat_header_rows` finds it by that.
    .cant_split();
    let centred: Vec<bool> = table
        .header
        .iter()
        .map(|h| matches!(h.as_str(), "序号" | "状态" | "整改时限"))
        .collect();
    let rows = table.rows.iter().map(|row| {
        TableRow::new(
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let text = row.get(i).map_or("", String::as_str);
                    cell(text, *w, FANGSONG, centred[i])
                })
                .collect(),
        )
    });
    docx_rs::Table::new(std::iter::once(header).chain(rows).collect())
        .set_grid(widths.clone())
        .width(usize::try_from(TEXT_WIDTH).unwrap_or(0), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// How wide a column is against the others, by its header.
fn weight(header: &str) -> i32 {
    match header {
        "序号" => 2,
        "项目" => 6,
        "存在问题" => 10,
        "牵头单位" | "整改时限" => 4,
        _ => 3,
    }
}

/// A footer with the page number `— N —` in 4号宋体, one character in from `side`.
fn page_number(side: AlignmentType) -> Footer {
    let one_char = 280;
    let (left, right) = match side {
        AlignmentType::Left => (one_char, 0),
        _ => (0, one_char),
    };
    let run = || {
        docx_rs::Run::new()
            .fonts(
                RunFonts::new()
                    .ascii(SONG)
                    .hi_ansi(SONG)
                    .east_asia(SONG)
                    .cs(SONG),
            )
            .size(PAGE_NUMBER_SIZE)
    };
    // docx-rs's own PageNum writes its run without a size or face: the field is built here.
    let field = run()
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("1")
        .add_field_char(FieldCharType::End, false);
    Footer::new().add_paragraph(
        Paragraph::new()
            .align(side)
            .indent(Some(left), None, Some(right), None)
            .line_spacing(exact(280))
            .snap_to_grid(false)
            .add_run(run().add_text("— "))
            .add_run(field)
            .add_run(run().add_text(" —")),
    )
}

/// A paragraph of the body: first line indented two characters, justified, fixed spacing.
fn indented() -> Paragraph {
    Paragraph::new()
        .indent(
            Some(0),
            Some(SpecialIndentType::FirstLine(TWO_CHARS)),
            None,
            None,
        )
        .align(AlignmentType::Both)
        .line_spacing(exact(LINE))
}

/// A paragraph of one text in `face` at `size`.
fn line(text: &str, face: &str, size: usize) -> Paragraph {
    add_text(Paragraph::new(), text, face, size)
}

/// An empty line of the body.
fn blank() -> Paragraph {
    Paragraph::new().line_spacing(exact(LINE))
}

/// `p` with `text` added in `face` at `size`: tabs as tabs, line breaks as breaks, and the
/// characters XML cannot hold left out.
fn add_text(p: Paragraph, text: &str, face: &str, size: usize) -> Paragraph {
    let mut run = docx_rs::Run::new().fonts(fonts(face)).size(size);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            let clean: String = piece.chars().filter(|c| xml_char(*c)).collect();
            if !clean.is_empty() {
                run = run.add_text(clean);
            }
        }
    }
    p.add_run(run)
}

/// Whether XML 1.0 can hold `c` (tab and line breaks are handled by the caller).
fn xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// `face` for Chinese text, Times New Roman for Latin letters and digits.
fn fonts(face: &str) -> RunFonts {
    RunFonts::new()
        .ascii(LATIN)
        .hi_ansi(LATIN)
        .cs(LATIN)
        .east_asia(face)
        .hint("eastAsia")
}

/// Exact line spacing of `line` twips.
fn exact(line: i32) -> LineSpacing {
    LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(line)
}

/// The font table: the faces used, each Chinese one with its fallback.
fn font_table() -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
        r#"<w:font w:name="Times New Roman"><w:charset w:val="00" /><w:family w:val="roman" />"#,
        r#"<w:pitch w:val="variable" /></w:font>"#,
    ));
    for (name, alt) in FALLBACKS {
        // 86 is GB2312's character set.
        out.push_str(&format!(
            r#"<w:font w:name="{name}"><w:altName w:val="{alt}" /><w:charset w:val="86" /><w:family w:val="modern" /><w:pitch w:val="fixed" /></w:font>"#
        ));
    }
    out.push_str("</w:fonts>");
    out
}

/// The attachment's header row marked to repeat on every page (`w:tblHeader`); docx-rs has
/// no setter for it, so the row is the one built with `cantSplit` and the mark is added there.
fn repeat_header_rows(document: Vec<u8>) -> Vec<u8> {
    const ROW: &str = "<w:trPr><w:cantSplit /></w:trPr>";
    const HEADER: &str = "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>";
    match String::from_utf8(document) {
        Ok(text) => text.replace(ROW, HEADER).into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_is_worked_out_from_the_text_block() {
        assert_eq!(TEXT_WIDTH, 8845);
        assert_eq!(TEXT_HEIGHT, 12756);
        assert_eq!(LINE_PITCH, 579);
        assert_eq!(CHAR_SPACE, -841);
        assert_eq!(FOOTER, 1307);
    }

    #[test]
    fn characters_xml_cannot_hold_are_left_out() {
        assert!(xml_char('仿'));
        assert!(!xml_char('\u{1}'));
        assert!(!xml_char('\u{ffff}'));
    }
}
