//! Sheets as an .xlsx, read back with calamine and, for what it does not tell (panes, widths),
//! from the worksheet's XML.

use std::io::{Cursor, Read};

use bulletin_core::report::{Cell, Column, Sheet, ledger_sheet};
use bulletin_core::{Bulletin, ProjectFigures, load};
use bulletin_report::xlsx::write;
use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};

const BUNDLED: &str = include_str!("../../../public/data/lianyungang-2023-h1.json");

fn bundled() -> Bulletin {
    load(BUNDLED).expect("valid").bulletin
}

/// The bundled bulletin's ledger of all projects, one of them with figures, a deadline and a
/// name that reads as a formula.
fn ledger() -> (Bulletin, Sheet) {
    let mut b = bundled();
    b.projects[0].name = "=1+1".into();
    b.projects[1].figures = Some(ProjectFigures {
        planned_investment: Some(12.5),
        completed_investment: Some(3.0),
        plan_pct: Some(37.25),
        progress_pct: None,
        extra: Default::default(),
    });
    b.projects[1].deadline = Some("2023-07-31".into());
    b.projects[2].issue = "很长的问题".repeat(30);
    let all: Vec<usize> = (0..b.projects.len()).collect();
    let sheet = ledger_sheet(&b, &all, None);
    (b, sheet)
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("an xlsx calamine reads")
}

fn range(bytes: &[u8], name: &str) -> Range<Data> {
    workbook(bytes).worksheet_range(name).expect("the sheet")
}

fn part(bytes: &[u8], path: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = String::new();
    zip.by_name(path)
        .expect("the part")
        .read_to_string(&mut out)
        .unwrap();
    out
}

/// The width the worksheet's `<col>` gives column `c` (1-based).
fn col_width(xml: &str, c: usize) -> Option<f64> {
    let attr = |el: &str, name: &str| -> Option<f64> {
        let at = el.find(&format!(" {name}=\""))? + name.len() + 3;
        el[at..].split('"').next()?.parse().ok()
    };
    xml.split("<col ").skip(1).find_map(|el| {
        let el = &format!(" {}", &el[..el.find("/>")?]);
        let (min, max) = (attr(el, "min")?, attr(el, "max")?);
        ((min as usize..=max as usize).contains(&c)).then(|| attr(el, "width"))?
    })
}

fn col(sheet: &Sheet, header: &str) -> usize {
    sheet
        .columns
        .iter()
        .position(|c| c.header == header)
        .unwrap()
}

#[test]
fn the_ledger_reads_back_as_written() {
    let (b, sheet) = ledger();
    let bytes = write(std::slice::from_ref(&sheet)).expect("written");
    let mut wb = workbook(&bytes);
    assert_eq!(wb.sheet_names(), ["问题项目台账"]);
    let r = wb.worksheet_range("问题项目台账").unwrap();
    assert_eq!(r.get_size(), (b.projects.len() + 1, sheet.columns.len()));
    let header: Vec<String> = r
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect();
    let expected: Vec<&str> = sheet.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(header, expected);
    // One row per project, the id last.
    for (i, p) in b.projects.iter().enumerate() {
        assert_eq!(
            r.get((i + 1, sheet.columns.len() - 1)),
            Some(&Data::String(p.id.clone()))
        );
    }
    // Text that reads as a formula is a string, as written.
    assert_eq!(
        r.get((1, col(&sheet, "项目名称"))),
        Some(&Data::String("=1+1".into()))
    );
    // Numbers are numbers; nothing given is empty, not 0.
    assert_eq!(
        r.get((2, col(&sheet, "计划投资（亿元）"))),
        Some(&Data::Float(12.5))
    );
    assert_eq!(
        r.get((2, col(&sheet, "占年度计划（%）"))),
        Some(&Data::Float(37.25))
    );
    assert_eq!(
        r.get((1, col(&sheet, "计划投资（亿元）"))),
        Some(&Data::Empty)
    );
    // A date is an Excel date.
    match r.get((2, col(&sheet, "整改时限"))) {
        Some(Data::DateTime(d)) => {
            assert!(d.is_datetime());
            assert_eq!(d.to_ymd_hms_milli(), (2023, 7, 31, 0, 0, 0, 0));
        }
        other => panic!("not a date: {other:?}"),
    }
    assert_eq!(r.get((1, col(&sheet, "整改时限"))), Some(&Data::Empty));
    assert_eq!(
        r.get((1, col(&sheet, "状态"))),
        Some(&Data::String("推进滞后".into()))
    );

    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    // No formula anywhere: every text is a shared string.
    assert!(!xml.contains("<f>"), "{xml}");
    // The header is frozen, filters, and columns have their widths.
    let pane = &xml[xml.find("<pane ").expect("a pane")..];
    let pane = &pane[..pane.find("/>").unwrap()];
    assert!(pane.contains(r#"ySplit="1""#), "{pane}");
    assert!(pane.contains(r#"state="frozen""#), "{pane}");
    assert!(xml.contains(r#"<autoFilter ref="A1:"#), "{xml}");
    for (c, column) in sheet.columns.iter().enumerate() {
        let width = col_width(&xml, c + 1).unwrap_or_else(|| panic!("no width for {c}: {xml}"));
        // Excel's width holds a little padding over the characters.
        assert!(
            (column.width..column.width + 1.0).contains(&width),
            "{} {width}",
            column.width
        );
    }
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd"), "{styles}");
    assert!(styles.contains(r#"wrapText="1""#), "{styles}");
    assert!(styles.contains("<b/>"), "{styles}");
}

#[test]
fn every_hostile_leading_character_stays_text() {
    let texts = [
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "=HYPERLINK(\"http://x\",\"y\")",
    ];
    let sheet = Sheet {
        name: "文本".into(),
        columns: vec![Column {
            header: "=标题".into(),
            width: 20.0,
        }],
        rows: texts
            .iter()
            .map(|t| vec![Cell::Text((*t).into())])
            .collect(),
    };
    let bytes = write(&[sheet]).unwrap();
    let r = range(&bytes, "文本");
    assert_eq!(r.get((0, 0)), Some(&Data::String("=标题".into())));
    for (i, t) in texts.iter().enumerate() {
        assert_eq!(r.get((i + 1, 0)), Some(&Data::String((*t).into())));
    }
    assert!(!part(&bytes, "xl/worksheets/sheet1.xml").contains("<f>"));
}

#[test]
fn a_sheet_with_no_rows_has_its_header() {
    let (b, _) = ledger();
    let empty = ledger_sheet(&b, &[], None);
    let bytes = write(std::slice::from_ref(&empty)).unwrap();
    let r = range(&bytes, "问题项目台账");
    assert_eq!(r.get_size(), (1, empty.columns.len()));
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"state="frozen""#));
}

#[test]
fn names_excel_refuses_are_made_valid_and_unique() {
    let sheet = |name: &str| Sheet {
        name: name.into(),
        columns: vec![Column {
            header: "序号".into(),
            width: 8.0,
        }],
        rows: vec![vec![Cell::Number(1.0)]],
    };
    let long = "问题项目".repeat(10);
    let bytes = write(&[
        sheet("附件:汇总/表[1]*?\\"),
        sheet("附件:汇总/表[1]*?\\"),
        sheet(""),
        sheet(&long),
        sheet("'台账'"),
    ])
    .expect("written");
    let names = workbook(&bytes).sheet_names();
    assert_eq!(
        names,
        [
            "附件_汇总_表_1____".to_owned(),
            "附件_汇总_表_1____(2)".to_owned(),
            "Sheet3".to_owned(),
            "问题项目".repeat(8)[..31 * 3].to_owned(),
            "台账".to_owned(),
        ]
    );
    for name in &names {
        assert_eq!(range(&bytes, name).get((1, 0)), Some(&Data::Float(1.0)));
    }
}

#[test]
fn decimals_show_as_given_and_no_sheets_still_make_a_workbook() {
    let sheet = Sheet {
        name: "数".into(),
        columns: vec![Column {
            header: "数".into(),
            width: 8.0,
        }],
        rows: vec![
            vec![Cell::Number(3.0)],
            vec![Cell::Number(12.5)],
            vec![Cell::Number(f64::NAN)],
            vec![Cell::Date("2023-02-30".into())],
        ],
    };
    let bytes = write(&[sheet]).unwrap();
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.0""#), "{styles}");
    let r = range(&bytes, "数");
    assert_eq!(r.get((1, 0)), Some(&Data::Float(3.0)));
    assert_eq!(r.get((3, 0)), Some(&Data::Empty));
    // Not a real day: kept as written.
    assert_eq!(r.get((4, 0)), Some(&Data::String("2023-02-30".into())));

    let none = write(&[]).expect("a workbook with no sheets given");
    assert_eq!(workbook(&none).sheet_names().len(), 1);
}
