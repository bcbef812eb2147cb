//! A Word document's paragraphs and tables, read from its zip and XML.

mod common;

use std::io::Write;

use common::docx;

use bulletin_core::docx::{Block, MAX_UNPACKED, read_docx, to_text};

fn p(runs: &str) -> String {
    format!("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{runs}</w:p>")
}

fn r(text: &str) -> String {
    format!("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

#[test]
fn paragraphs_and_tables_are_read_in_order() {
    let cell = |t: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p(&r(t)));
    let body = [
        p(&r("民生实事项目上半年进展情况督查通报")),
        // One sentence in several runs, with a tab, a break, an entity and a field code.
        p(&format!(
            "{}{}<w:r><w:tab/></w:r>{}<w:r><w:br/></w:r>{}<w:r><w:instrText> PAGE </w:instrText></w:r>",
            r("50件民生实事细分为"),
            r("160个子项"),
            r("年度总投资166.3亿元"),
            r("A&amp;B")
        )),
        format!(
            "<w:tbl><w:tblPr/><w:tr>{}{}{}</w:tr><w:tr>{}{}<w:tc>{}{}</w:tc></w:tr></w:tbl>",
            cell("项目名称"),
            cell("牵头单位"),
            cell("县区"),
            cell("金山中学建设项目"),
            cell("市教育局"),
            p(&r("赣榆区")),
            p(&r("海州区"))
        ),
        p(""),
        p(&r("二、存在问题")),
    ]
    .concat();
    let blocks = read_docx(&docx(&body)).expect("a docx");
    assert_eq!(
        blocks,
        [
            Block::Paragraph("民生实事项目上半年进展情况督查通报".into()),
            Block::Paragraph("50件民生实事细分为160个子项\t年度总投资166.3亿元\nA&B".into()),
            Block::Table(vec![
                vec!["项目名称".into(), "牵头单位".into(), "县区".into()],
                vec![
                    "金山中学建设项目".into(),
                    "市教育局".into(),
                    "赣榆区\n海州区".into()
                ],
            ]),
            Block::Paragraph(String::new()),
            Block::Paragraph("二、存在问题".into()),
        ]
    );
    assert_eq!(
        to_text(&blocks),
        "民生实事项目上半年进展情况督查通报\n50件民生实事细分为160个子项\t年度总投资166.3亿元\nA&B\n项目名称\t牵头单位\t县区\n金山中学建设项目\t市教育局\t赣榆区 海州区\n\n二、存在问题\n"
    );
}

#[test]
fn a_table_in_a_cell_is_read_into_that_cell() {
    let inner = format!(
        "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr></w:tbl>",
        p(&r("甲")),
        p(&r("乙"))
    );
    let body = format!(
        "<w:tbl><w:tr><w:tc>{}{inner}</w:tc></w:tr></w:tbl>",
        p(&r("外"))
    );
    assert_eq!(
        read_docx(&docx(&body)).unwrap(),
        [Block::Table(vec![vec!["外\n甲\t乙".into()]])]
    );
}

#[test]
fn what_is_not_a_docx_is_said() {
    let err = read_docx(b"not a zip at all").unwrap_err();
    assert!(err.contains("不是 zip 格式"), "{err}");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    let err = read_docx(&zip.finish().unwrap().into_inner()).unwrap_err();
    assert!(err.contains("没有正文"), "{err}");
    let err = read_docx(&docx("<w:p><w:r><w:t>未闭合</w:r></w:p>")).unwrap_err();
    assert!(err.contains("XML 有误"), "{err}");
    // A part that unpacks past the limit is refused, not read into memory.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("word/document.xml", options).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..=(MAX_UNPACKED >> 20) {
        zip.write_all(&block).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "deflated: {} bytes", bomb.len());
    let err = read_docx(&bomb).unwrap_err();
    assert!(err.contains("超过 64 MB"), "{err}");
    // Odd input never panics.
    for junk in [
        &b""[..],
        b"PK\x03\x04",
        b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
    ] {
        assert!(read_docx(junk).is_err());
    }
}
