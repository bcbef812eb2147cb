//! Sheets for Excel: the ledger of the listed projects and the report's attachment.

mod common;

use bulletin_core::csv::projects_csv;
use bulletin_core::report::{Cell, Report, Sheet, Table, attachment_sheet, ledger_sheet};
use bulletin_core::{Bulletin, FollowUp, ProjectFigures, ProjectStatus, load};
use common::BUNDLED;

fn bundled() -> Bulletin {
    load(BUNDLED).expect("valid").bulletin
}

fn all(b: &Bulletin) -> Vec<usize> {
    (0..b.projects.len()).collect()
}

fn headers(s: &Sheet) -> Vec<&str> {
    s.columns.iter().map(|c| c.header.as_str()).collect()
}

fn col(s: &Sheet, header: &str) -> usize {
    s.columns
        .iter()
        .position(|c| c.header == header)
        .unwrap_or_else(|| panic!("no column {header} in {:?}", headers(s)))
}

fn at<'a>(s: &'a Sheet, row: usize, header: &str) -> &'a Cell {
    &s.rows[row][col(s, header)]
}

fn text(cell: &Cell) -> &str {
    match cell {
        Cell::Text(t) => t,
        Cell::Empty => "",
        other => panic!("not text: {other:?}"),
    }
}

/// The CSV's rows as fields (RFC 4180, the byte-order mark dropped).
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let (mut row, mut field, mut quoted) = (vec![], String::new(), false);
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

#[test]
fn the_ledger_has_the_csvs_columns_with_the_same_cells_and_the_id_last() {
    let b = bundled();
    let sheet = ledger_sheet(&b, &all(&b), None);
    assert_eq!(sheet.name, "问题项目台账");
    let csv = csv_rows(&projects_csv(&b, &all(&b)));
    let (csv_header, csv_body) = csv.split_first().unwrap();
    // Every CSV column, in the CSV's order, under the same label; the id last in both.
    let at_cols: Vec<usize> = csv_header.iter().map(|h| col(&sheet, h)).collect();
    assert!(at_cols.windows(2).all(|w| w[0] < w[1]), "{at_cols:?}");
    assert_eq!(*at_cols.last().unwrap(), sheet.columns.len() - 1);
    assert_eq!(sheet.columns.last().unwrap().header, "编号");
    assert_eq!(sheet.rows.len(), b.projects.len());
    for (row, csv_row) in sheet.rows.iter().zip(csv_body) {
        assert_eq!(row.len(), sheet.columns.len());
        for (&c, expected) in at_cols.iter().zip(csv_row) {
            assert_eq!(text(&row[c]), expected);
        }
    }
    for h in ["责任人", "整改时限", "办结日期", "预警", "最新督办"] {
        col(&sheet, h);
    }
    // The bundled bulletin gives no project figures, so it has no columns for them.
    assert!(
        !headers(&sheet)
            .iter()
            .any(|h| h.contains("投资") || h.contains('%'))
    );
}

#[test]
fn words_not_ids() {
    let b = bundled();
    let sheet = ledger_sheet(&b, &[0], None);
    assert_eq!(text(at(&sheet, 0, "所属领域")), "教育惠民");
    assert_eq!(text(at(&sheet, 0, "状态")), ProjectStatus::Behind.label());
    assert_eq!(text(at(&sheet, 0, "问题类型")), "资金到位不及时");
    assert_eq!(text(at(&sheet, 0, "县区")), "赣榆区");
    assert_eq!(text(at(&sheet, 0, "编号")), "ganyu-jinshan-middle-school");
    // Nothing given is an empty cell.
    assert_eq!(at(&sheet, 0, "牵头单位"), &Cell::Empty);
    assert_eq!(at(&sheet, 0, "备注"), &Cell::Empty);
    assert_eq!(at(&sheet, 0, "整改时限"), &Cell::Empty);
    assert_eq!(at(&sheet, 0, "最新督办"), &Cell::Empty);
}

#[test]
fn rows_follow_the_indices_given() {
    let b = bundled();
    let sheet = ledger_sheet(&b, &[5, 0, 99, 3], None);
    let ids: Vec<&str> = (0..sheet.rows.len())
        .map(|r| text(at(&sheet, r, "编号")))
        .collect();
    assert_eq!(
        ids,
        [&b.projects[5].id, &b.projects[0].id, &b.projects[3].id]
            .map(String::as_str)
            .to_vec()
    );
    let none = ledger_sheet(&b, &[], None);
    assert!(none.rows.is_empty());
    // The same columns with no rows, each as wide as its header needs.
    assert_eq!(headers(&none), headers(&ledger_sheet(&b, &all(&b), None)));
    assert!(none.columns.iter().all(|c| (8.0..=60.0).contains(&c.width)));
}

#[test]
fn figures_are_numbers_dates_are_dates_and_missing_ones_are_empty() {
    let mut b = bundled();
    b.projects[1].figures = Some(ProjectFigures {
        planned_investment: Some(12.5),
        completed_investment: None,
        plan_pct: Some(37.25),
        progress_pct: None,
        extra: Default::default(),
    });
    b.projects[1].deadline = Some("2023-07-31".into());
    b.projects[1].resolved_on = Some("2023-06-15".into());
    b.projects[2].deadline = Some("七月底前".into());
    let sheet = ledger_sheet(&b, &[0, 1, 2], None);
    let h = headers(&sheet);
    assert!(h.contains(&"计划投资（亿元）"), "{h:?}");
    assert!(h.contains(&"占年度计划（%）"), "{h:?}");
    // A figure no project gives has no column.
    assert!(!h.contains(&"完成投资（亿元）"), "{h:?}");
    assert!(!h.contains(&"形象进度（%）"), "{h:?}");
    assert_eq!(at(&sheet, 1, "计划投资（亿元）"), &Cell::Number(12.5));
    assert_eq!(at(&sheet, 1, "占年度计划（%）"), &Cell::Number(37.25));
    assert_eq!(at(&sheet, 0, "计划投资（亿元）"), &Cell::Empty);
    assert_eq!(at(&sheet, 1, "整改时限"), &Cell::Date("2023-07-31".into()));
    assert_eq!(at(&sheet, 1, "办结日期"), &Cell::Date("2023-06-15".into()));
    // A deadline that is not a date stays as written.
    assert_eq!(at(&sheet, 2, "整改时限"), &Cell::Text("七月底前".into()));
    assert!(sheet.rows.iter().flatten().all(|c| *c != Cell::Number(0.0)));
}

#[test]
fn warnings_are_judged_on_the_period_end_unless_today_is_given() {
    let mut b = bundled();
    b.period.end = "2023-06-30".into();
    b.projects[0].deadline = Some("2023-07-02".into());
    b.projects[1].deadline = Some("2023-06-01".into());
    b.projects[2].deadline = Some("2023-12-31".into());
    b.projects[3].deadline = Some("2023-06-01".into());
    b.projects[3].resolved_on = Some("2023-06-20".into());
    let at_end = ledger_sheet(&b, &[0, 1, 2, 3, 4], None);
    let words = |s: &Sheet| -> Vec<String> {
        (0..s.rows.len())
            .map(|r| text(at(s, r, "预警")).to_owned())
            .collect()
    };
    assert_eq!(
        words(&at_end),
        ["临近时限", "已逾期", "未到时限", "已解决", "未定时限"]
    );
    let today = ledger_sheet(&b, &[0, 1, 2, 3, 4], Some("2023-12-30"));
    assert_eq!(
        words(&today),
        ["已逾期", "已逾期", "临近时限", "已解决", "未定时限"]
    );
    // A day that does not read falls back on the period end.
    assert_eq!(
        words(&ledger_sheet(&b, &[0, 1, 2, 3, 4], Some("today"))),
        words(&at_end)
    );
}

#[test]
fn the_latest_follow_up_is_its_day_text_and_who() {
    let mut b = bundled();
    let follow = |date: &str, text: &str, by: Option<&str>| FollowUp {
        date: date.into(),
        text: text.into(),
        by: by.map(Into::into),
        extra: Default::default(),
    };
    b.projects[0].follow_ups = Some(vec![
        follow("2023-07-10", "现场督办", Some("市督查室")),
        follow("2023-07-01", "电话督办", None),
    ]);
    b.projects[1].follow_ups = Some(vec![follow("2023-07-01", "电话督办", None)]);
    let sheet = ledger_sheet(&b, &[0, 1], None);
    assert_eq!(
        text(at(&sheet, 0, "最新督办")),
        "2023-07-10 现场督办（市督查室），共 2 次"
    );
    assert_eq!(text(at(&sheet, 1, "最新督办")), "2023-07-01 电话督办");
}

#[test]
fn text_that_looks_like_a_formula_stays_text_as_written() {
    let mut b = bundled();
    b.projects[0].name = "=1+1".into();
    b.projects[0].note = "-3".into();
    b.projects[0].owner = Some("@SUM(A1)".into());
    b.projects[0].issue = "+HYPERLINK(\"x\")".into();
    let sheet = ledger_sheet(&b, &[0], None);
    assert_eq!(at(&sheet, 0, "项目名称"), &Cell::Text("=1+1".into()));
    assert_eq!(at(&sheet, 0, "备注"), &Cell::Text("-3".into()));
    assert_eq!(at(&sheet, 0, "责任人"), &Cell::Text("@SUM(A1)".into()));
    assert_eq!(
        at(&sheet, 0, "存在问题"),
        &Cell::Text("+HYPERLINK(\"x\")".into())
    );
}

#[test]
fn widths_fit_chinese_text_within_bounds() {
    let mut b = bundled();
    b.projects[0].owner = Some("张三".into());
    b.projects[0].issue = "很长".repeat(100);
    let sheet = ledger_sheet(&b, &[0], None);
    let width = |h: &str| sheet.columns[col(&sheet, h)].width;
    for c in &sheet.columns {
        assert!((8.0..=60.0).contains(&c.width), "{c:?}");
    }
    assert_eq!(width("存在问题"), 60.0);
    // 责任人 is three Chinese characters (6) and room for the filter button: wider than 张三.
    assert!(
        width("责任人") >= 8.0 && width("责任人") <= 10.0,
        "{}",
        width("责任人")
    );
    // The name, 金山中学建设项目, is 8 Chinese characters: 16 wide at least.
    assert!(width("项目名称") >= 16.0, "{}", width("项目名称"));
    assert!(width("项目名称") < 20.0, "{}", width("项目名称"));
    // ASCII counts one: the id of 27 letters.
    let id = width("编号");
    assert!((27.0..=30.0).contains(&id), "{id}");
}

fn report(attachment: Option<Table>) -> Report {
    Report {
        number: None,
        title: "通报".into(),
        blocks: vec![],
        attachment,
        issuer: None,
        date: None,
    }
}

#[test]
fn the_attachment_is_a_sheet_with_numbered_rows() {
    assert_eq!(attachment_sheet(&report(None)), None);
    let table = Table {
        title: "推进未达序时民生实事项目及存在问题汇总表".into(),
        header: vec!["序号".into(), "项目名称".into(), "存在问题".into()],
        rows: vec![
            vec!["1".into(), "金山中学建设项目".into(), "资金不到位".into()],
            vec!["2".into(), "=1+1".into(), "".into()],
            vec!["".into(), "合计".into()],
        ],
    };
    let sheet = attachment_sheet(&report(Some(table))).expect("a sheet");
    assert_eq!(sheet.name, "附件汇总表");
    assert_eq!(headers(&sheet), ["序号", "项目名称", "存在问题"]);
    assert_eq!(
        sheet.rows,
        vec![
            vec![
                Cell::Number(1.0),
                Cell::Text("金山中学建设项目".into()),
                Cell::Text("资金不到位".into())
            ],
            vec![Cell::Number(2.0), Cell::Text("=1+1".into()), Cell::Empty],
            vec![Cell::Empty, Cell::Text("合计".into()), Cell::Empty],
        ]
    );
    assert!(
        sheet
            .columns
            .iter()
            .all(|c| (8.0..=60.0).contains(&c.width))
    );
    assert!(sheet.columns[1].width >= 16.0);
}

#[test]
fn the_bundled_reports_attachment_numbers_its_rows() {
    let b = bundled();
    let report = bulletin_core::report::report(&b, None);
    // The bundled bulletin lists projects held back, so its report has the attachment.
    let table = report.attachment.as_ref().expect("an attachment");
    let sheet = attachment_sheet(&report).expect("a sheet");
    assert_eq!(
        headers(&sheet),
        table.header.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(sheet.rows.len(), table.rows.len());
    let c = table.header.iter().position(|h| h == "序号").expect("序号");
    for (r, row) in sheet.rows.iter().enumerate() {
        assert_eq!(row[c], Cell::Number((r + 1) as f64), "row {r}");
    }
}
