//! The 通报文稿 as a .docx: unzipped and read as XML for the layout (page, margins, faces,
//! sizes, grid, footers), and read back as text with the core's own .docx reader.

use std::io::{Cursor, Read};

use bulletin_core::docx::{Block as Read_, read_docx};
use bulletin_core::report::{Block, Report, Table, report};
use bulletin_core::{Bulletin, Source, load};
use bulletin_report::docx::write;

const BUNDLED: &str = include_str!("../../../public/data/lianyungang-2023-h1.json");

fn bundled() -> Bulletin {
    load(BUNDLED).expect("valid").bulletin
}

/// The package's parts by name.
fn parts(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("a part");
            let mut text = String::new();
            f.read_to_string(&mut text).expect("UTF-8 XML");
            (f.name().to_owned(), text)
        })
        .collect()
}

/// The `<w:p>` element whose text contains `text`.
fn paragraph_with<'a>(xml: &'a str, text: &str) -> &'a str {
    let at = xml
        .find(&format!(">{text}"))
        .unwrap_or_else(|| panic!("{text} not in the document"));
    let start = xml[..at].rfind("<w:p ").expect("in a paragraph");
    let end = at + xml[at..].find("</w:p>").expect("closed");
    &xml[start..end]
}

fn bundled_docx() -> (Report, Vec<u8>) {
    let r = report(&bundled(), None);
    let bytes = write(&r).expect("written");
    (r, bytes)
}

#[test]
fn the_page_is_a4_with_the_standards_margins_and_grid() {
    let (_, bytes) = bundled_docx();
    let parts = parts(&bytes);
    let doc = &parts["word/document.xml"];
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#), "A4");
    for margin in [
        r#"w:top="2098""#,
        r#"w:right="1474""#,
        r#"w:bottom="1984""#,
        r#"w:left="1587""#,
    ] {
        assert!(doc.contains(margin), "{margin}");
    }
    assert!(
        doc.contains(
            r#"<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-841" />"#
        )
    );
    let styles = &parts["word/styles.xml"];
    assert!(
        styles.contains(r#"<w:sz w:val="32" />"#),
        "3号 body by default"
    );
    assert!(styles.contains(r#"w:eastAsia="FangSong_GB2312""#));
    assert!(styles.contains(r#"<w:spacing w:line="578" w:lineRule="exact" />"#));
    let fonts = &parts["word/fontTable.xml"];
    for (face, fallback) in [
        ("FangSong_GB2312", "仿宋"),
        ("方正小标宋简体", "宋体"),
        ("SimHei", "黑体"),
        ("KaiTi_GB2312", "楷体"),
    ] {
        assert!(
            fonts.contains(&format!(
                r#"<w:font w:name="{face}"><w:altName w:val="{fallback}" />"#
            )),
            "{face} falls back to {fallback}"
        );
    }
}

#[test]
fn title_headings_and_paragraphs_have_their_faces_sizes_and_indents() {
    let (r, bytes) = bundled_docx();
    let doc = &parts(&bytes)["word/document.xml"];
    let title = paragraph_with(doc, "民生实事项目上半年进展情况督查通报");
    assert!(title.contains(r#"<w:jc w:val="center" />"#));
    assert!(title.contains(r#"<w:sz w:val="44" />"#));
    assert!(title.contains(r#"w:eastAsia="方正小标宋简体""#));

    for h in [
        "一、总体情况",
        "二、分领域情况",
        "三、存在问题",
        "四、工作要求",
    ] {
        let p = paragraph_with(doc, h);
        assert!(p.contains(r#"w:eastAsia="SimHei""#), "{h} in 黑体");
        assert!(p.contains(r#"<w:sz w:val="32" />"#), "{h} in 3号");
        assert!(p.contains(r#"w:firstLine="640""#), "{h} indented");
        assert!(
            p.contains(r#"<w:outlineLvl w:val="0" />"#),
            "{h} a level-1 outline"
        );
    }
    // Each sector's heading run in, in 楷体, before its sentence in 仿宋.
    for s in &bundled().sectors {
        let heading = format!("{}方面。", s.name);
        assert!(doc.contains(&heading), "{heading}");
    }
    let sector = paragraph_with(doc, "（一）教育惠民方面。");
    let kai = sector
        .find(r#"w:eastAsia="KaiTi_GB2312""#)
        .expect("the heading in 楷体");
    let fang = sector
        .find(r#"w:eastAsia="FangSong_GB2312""#)
        .expect("the text in 仿宋");
    assert!(kai < fang);
    assert!(sector.contains("涉及6件实事11个事项"));

    let body = paragraph_with(doc, "一要强化资金保障。");
    assert!(body.contains(r#"<w:ind w:left="0" w:right="0" w:firstLine="640" />"#));
    assert!(body.contains(r#"<w:spacing w:line="578" w:lineRule="exact" />"#));
    assert!(body.contains(r#"<w:jc w:val="both" />"#));
    assert!(body.contains(r#"w:eastAsia="FangSong_GB2312""#));
    assert_eq!(r.attachment.as_ref().map(|t| t.rows.len()), Some(17));
}

#[test]
fn the_attachment_is_on_its_own_page_with_its_header_row_repeated() {
    let (r, bytes) = bundled_docx();
    let doc = &parts(&bytes)["word/document.xml"];
    let label = paragraph_with(doc, "附件<");
    assert!(label.contains("<w:pageBreakBefore />"));
    assert!(label.contains(r#"w:eastAsia="SimHei""#));
    let table = &doc[doc.find("<w:tbl>").expect("a table")..];
    let title = paragraph_with(doc, "推进未达序时民生实事项目及存在问题汇总表<");
    assert!(title.contains(r#"<w:jc w:val="center" />"#));
    let first_row = &table[..table.find("</w:tr>").unwrap()];
    assert!(
        first_row.contains("<w:tblHeader />"),
        "the header row repeats"
    );
    assert_eq!(doc.matches("<w:tblHeader />").count(), 1);
    for h in &r.attachment.as_ref().unwrap().header {
        assert!(first_row.contains(&format!(">{h}</w:t>")), "{h}");
    }
    assert!(table.contains(">城镇棚户区改造</w:t>"));
    // The body's note of its attachment.
    assert!(doc.contains(">附件：推进未达序时民生实事项目及存在问题汇总表</w:t>"));
}

#[test]
fn page_numbers_are_dashed_right_on_odd_pages_left_on_even() {
    let (_, bytes) = bundled_docx();
    let parts = parts(&bytes);
    assert!(parts["word/settings.xml"].contains("<w:evenAndOddHeaders />"));
    let doc = &parts["word/document.xml"];
    let rels = &parts["word/_rels/document.xml.rels"];
    let footer_of = |kind: &str| -> &str {
        let at = doc
            .find(&format!(r#"<w:footerReference w:type="{kind}" r:id=""#))
            .unwrap_or_else(|| panic!("a {kind} footer"));
        let id = doc[at..].split('"').nth(3).expect("an id");
        let rel = &rels[rels
            .find(&format!(r#"Id="{id}""#))
            .expect("its relationship")..];
        let target = rel
            .split("Target=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        &parts[&format!("word/{target}")]
    };
    for (kind, side, indent) in [
        ("default", "right", r#"w:right="280""#),
        ("even", "left", r#"w:left="280""#),
    ] {
        let footer = footer_of(kind);
        assert!(footer.contains("<w:instrText>PAGE</w:instrText>"), "{kind}");
        assert!(footer.contains(r#"<w:fldChar w:fldCharType="begin""#));
        assert!(
            footer.contains(">— </w:t>") && footer.contains("> —</w:t>"),
            "{kind}"
        );
        assert!(
            footer.contains(&format!(r#"<w:jc w:val="{side}" />"#)),
            "{kind} {side}"
        );
        assert!(footer.contains(indent), "{kind} one character in");
        assert!(footer.contains(r#"<w:sz w:val="28" />"#), "4号");
        assert!(footer.contains(r#"w:eastAsia="宋体""#));
    }
}

#[test]
fn the_text_reads_back_in_order() {
    let (r, bytes) = bundled_docx();
    let blocks = read_docx(&bytes).expect("our reader reads it");
    let texts: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Read_::Paragraph(p) => Some(p.as_str()),
            Read_::Table(_) => None,
        })
        .collect();
    assert_eq!(texts[0], r.title);
    let at = |prefix: &str| {
        texts
            .iter()
            .position(|t| t.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} not read back"))
    };
    let order: Vec<usize> = [
        "2023年民生实事涵盖",
        "一、总体情况",
        "50件民生实事细分为160个子项",
        "二、分领域情况",
        "（一）教育惠民方面。涉及6件实事11个事项",
        "（十）社会保障方面。涉及9件实事39个事项",
        "三、存在问题",
        "一是工作计划性不强。",
        "四、工作要求",
        "三要强化统筹协调。",
        "附件：推进未达序时民生实事项目及存在问题汇总表",
    ]
    .iter()
    .map(|p| at(p))
    .chain(texts.iter().position(|t| *t == "附件"))
    .collect();
    assert_eq!(order.len(), 12, "the attachment's label read back");
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let Some(Read_::Table(rows)) = blocks.last() else {
        panic!("the attachment's table last")
    };
    let table = r.attachment.unwrap();
    assert_eq!(rows[0], table.header);
    assert_eq!(rows.len(), 1 + table.rows.len());
    assert_eq!(rows[12][1], "城镇棚户区改造");
}

#[test]
fn the_number_issuer_and_date_stand_where_the_standard_puts_them() {
    let mut b = bundled();
    b.source = Some(Source {
        issuer: Some("连云港市人民政府督查室".into()),
        number: Some("连督通〔2023〕12号".into()),
        published: Some("2023-07-20".into()),
        ..Default::default()
    });
    let bytes = write(&report(&b, None)).unwrap();
    let doc = &parts(&bytes)["word/document.xml"];
    let number = paragraph_with(doc, "连督通〔2023〕12号");
    assert!(number.contains(r#"<w:jc w:val="center" />"#));
    for end in ["连云港市人民政府督查室", "2023年7月20日"] {
        let p = paragraph_with(doc, end);
        assert!(p.contains(r#"<w:jc w:val="right" />"#), "{end}");
    }
    let texts: Vec<String> = read_docx(&bytes)
        .unwrap()
        .into_iter()
        .filter_map(|b| match b {
            Read_::Paragraph(p) if !p.is_empty() => Some(p),
            _ => None,
        })
        .collect();
    assert_eq!(texts[0], "连督通〔2023〕12号");
    assert_eq!(texts[1], "民生实事项目上半年进展情况督查通报");
    let issuer = texts
        .iter()
        .position(|t| t == "连云港市人民政府督查室")
        .unwrap();
    assert_eq!(texts[issuer + 1], "2023年7月20日");
    assert_eq!(
        texts[issuer + 2],
        "附件",
        "the attachment after the signature"
    );
}

#[test]
fn any_text_is_written_and_nothing_is_added_that_is_not_there() {
    let r = Report {
        number: None,
        title: "标题 A&B <C>".into(),
        blocks: vec![
            Block::Heading {
                level: 1,
                text: "一、总体情况".into(),
            },
            Block::Paragraph("第一行\n第二行\t制表\u{1}符".into()),
            // A heading without 。 stands on its own line.
            Block::Heading {
                level: 2,
                text: "（一）分项".into(),
            },
            Block::Paragraph("正文".into()),
        ],
        attachment: None,
        issuer: None,
        date: None,
    };
    let bytes = write(&r).unwrap();
    let doc = &parts(&bytes)["word/document.xml"];
    assert!(!doc.contains("<w:tbl>"));
    assert!(!doc.contains("pageBreakBefore"));
    assert!(!doc.contains("附件"));
    let blocks = read_docx(&bytes).unwrap();
    let texts: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Read_::Paragraph(p) if !p.is_empty() => Some(p.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        texts,
        [
            "标题 A&B <C>",
            "一、总体情况",
            "第一行\n第二行\t制表符",
            "（一）分项",
            "正文"
        ]
    );
    let sub = paragraph_with(doc, "（一）分项");
    assert!(sub.contains(r#"w:eastAsia="KaiTi_GB2312""#));
    assert!(sub.contains("<w:keepNext />"));
}

#[test]
fn optional_columns_of_the_attachment_are_written_as_given() {
    let r = Report {
        number: None,
        title: "题".into(),
        blocks: Vec::new(),
        attachment: Some(Table {
            title: "推进未达序时民生实事项目及存在问题汇总表".into(),
            header: ["序号", "项目", "状态", "存在问题", "责任人", "整改时限"]
                .map(String::from)
                .to_vec(),
            rows: vec![
                ["1", "甲", "推进滞后", "", "张三", "2023年8月31日"]
                    .map(String::from)
                    .to_vec(),
            ],
        }),
        issuer: None,
        date: None,
    };
    let blocks = read_docx(&write(&r).unwrap()).unwrap();
    let Some(Read_::Table(rows)) = blocks.last() else {
        panic!("a table")
    };
    assert_eq!(rows[0][4..], ["责任人", "整改时限"]);
    assert_eq!(
        rows[1],
        ["1", "甲", "推进滞后", "", "张三", "2023年8月31日"]
    );
}
