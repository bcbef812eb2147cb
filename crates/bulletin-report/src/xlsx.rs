//! Sheets (`bulletin_core::report::Sheet`) as an Excel workbook: one worksheet each, a styled
//! header row that stays in view and filters, widths as the sheet gives them, and cells
//! written as what they are — numbers as numbers, dates as Excel dates, text always as
//! strings, so a cell that reads `=…` is never run as a formula.

use std::collections::HashMap;

use bulletin_core::report::{Cell, Sheet, text_width};
use rust_xlsxwriter::{
    ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// Excel's longest worksheet name, in UTF-16 units.
const NAME_MAX: usize = 31;
/// Excel's longest text in a cell, in characters.
const CELL_TEXT_MAX: usize = 32_767;
/// Most decimals a number is shown with.
const DECIMALS_MAX: usize = 10;

/// The workbook of `sheets`, one worksheet each in order, as the bytes of an `.xlsx`.
///
/// Names are made valid for Excel (see [`sheet_names`]). With no sheets the workbook has one
/// empty worksheet, as Excel needs.
pub fn write(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    let names = sheet_names(sheets.iter().map(|s| s.name.as_str()));
    let formats = Formats::new();
    for (sheet, name) in sheets.iter().zip(names) {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&name).map_err(|e| failed(&name, &e))?;
        fill(worksheet, sheet, &formats).map_err(|e| failed(&name, &e))?;
    }
    workbook
        .save_to_buffer()
        .map_err(|e| format!("无法生成 Excel 文件：{e}"))
}

fn failed(name: &str, e: &XlsxError) -> String {
    format!("无法写入工作表“{name}”：{e}")
}

/// The formats a sheet's cells are written with.
struct Formats {
    header: Format,
    text: Format,
    wrapped: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new().set_align(FormatAlign::Top);
        Self {
            header: Format::new()
                .set_bold()
                .set_background_color(0xD9E1F2)
                .set_border(FormatBorder::Thin)
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            text: cell.clone(),
            wrapped: cell.clone().set_text_wrap(),
            date: cell.set_num_format("yyyy-mm-dd"),
        }
    }

    /// A number's format: as many decimals as it is written with.
    fn number(decimals: usize) -> Format {
        let pattern = if decimals == 0 {
            "0".to_owned()
        } else {
            format!("0.{}", "0".repeat(decimals))
        };
        Format::new()
            .set_align(FormatAlign::Top)
            .set_num_format(pattern)
    }
}

fn fill(ws: &mut Worksheet, sheet: &Sheet, formats: &Formats) -> Result<(), XlsxError> {
    let columns = sheet.columns.len();
    for (c, column) in sheet.columns.iter().enumerate() {
        let c = col_num(c)?;
        ws.set_column_width(c, column.width)?;
        ws.write_string_with_format(0, c, clip(&column.header), &formats.header)?;
    }
    // Columns whose text does not fit on one line wrap it.
    let wraps: Vec<bool> = (0..columns)
        .map(|c| {
            let width = sheet.columns[c].width;
            sheet.rows.iter().any(|row| match row.get(c) {
                Some(Cell::Text(t)) => t.contains('\n') || text_width(t) > width,
                _ => false,
            })
        })
        .collect();
    let mut numbers: HashMap<usize, Format> = HashMap::new();
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            let wrap = wraps.get(c).copied().unwrap_or(false);
            let c = col_num(c)?;
            match cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    let format = if wrap {
                        &formats.wrapped
                    } else {
                        &formats.text
                    };
                    ws.write_string_with_format(r, c, clip(t), format)?;
                }
                Cell::Number(n) if n.is_finite() => {
                    let format = numbers
                        .entry(decimals(*n))
                        .or_insert_with_key(|&d| Formats::number(d));
                    ws.write_number_with_format(r, c, *n, &*format)?;
                }
                // Excel has no infinity or NaN.
                Cell::Number(_) => {}
                Cell::Date(d) => match ExcelDateTime::parse_from_str(d.trim()) {
                    Ok(day) => {
                        ws.write_datetime_with_format(r, c, &day, &formats.date)?;
                    }
                    // Not a date Excel can hold: kept as written.
                    Err(_) => {
                        ws.write_string_with_format(r, c, clip(d), &formats.text)?;
                    }
                },
            }
        }
    }
    if columns > 0 {
        let last_col = col_num(columns - 1)?;
        let last_row =
            u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, last_row, last_col)?;
    }
    Ok(())
}

fn col_num(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

/// Text as Excel holds it: at most its longest a cell takes.
fn clip(s: &str) -> &str {
    match s.char_indices().nth(CELL_TEXT_MAX) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// How many decimals `n` is written with (`12.5` one, `37.25` two, `3` none).
fn decimals(n: f64) -> usize {
    let written = format!("{n}");
    written
        .split_once('.')
        .map_or(0, |(_, frac)| frac.len())
        .min(DECIMALS_MAX)
}

/// Names Excel accepts for worksheets named `names`, in order: each of `[]:*?/\` made `_`,
/// no `'` at either end, at most 31 UTF-16 units, never blank (`Sheet1`, …) nor `History`
/// (which Excel keeps for itself), and no two the same regardless of case (a repeat gets
/// `(2)`, `(3)`, …).
pub fn sheet_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken: Vec<String> = vec!["history".to_owned()];
    let mut out = vec![];
    for (i, name) in names.into_iter().enumerate() {
        let cleaned: String = name
            .chars()
            .map(|c| match c {
                '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        let cleaned = cleaned.trim().trim_matches('\'').trim();
        let base = if cleaned.is_empty() {
            format!("Sheet{}", i + 1)
        } else {
            cleaned.to_owned()
        };
        let mut n = 1;
        let name = loop {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("({n})")
            };
            let candidate = format!("{}{suffix}", fit(&base, NAME_MAX - suffix.len()));
            if !taken.contains(&candidate.to_lowercase()) {
                break candidate;
            }
            n += 1;
        };
        taken.push(name.to_lowercase());
        out.push(name);
    }
    out
}

/// The longest start of `s` within `max` UTF-16 units, with no `'` or space left at its end.
fn fit(s: &str, max: usize) -> &str {
    let mut units = 0;
    let mut end = 0;
    for (at, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            break;
        }
        end = at + c.len_utf8();
    }
    s[..end].trim_end_matches(['\'', ' '])
}

#[cfg(test)]
mod tests {
    use super::{clip, decimals, sheet_names};

    #[test]
    fn names_are_made_valid_and_unique() {
        assert_eq!(
            sheet_names([
                "台账",
                "a[b]:c*?/\\",
                "'引号'",
                "",
                "台账",
                "History",
                "台账"
            ]),
            [
                "台账",
                "a_b__c____",
                "引号",
                "Sheet4",
                "台账(2)",
                "History(2)",
                "台账(3)"
            ]
        );
        let long = "问".repeat(40);
        let names = sheet_names([long.as_str(), long.as_str()]);
        assert_eq!(names[0], "问".repeat(31));
        assert_eq!(names[1], format!("{}(2)", "问".repeat(28)));
        // A character outside the BMP takes two units, and is never split.
        let emoji = "😀".repeat(20);
        assert_eq!(sheet_names([emoji.as_str()])[0], "😀".repeat(15));
        assert_eq!(sheet_names(["ABC", "abc"]), ["ABC", "abc(2)"]);
    }

    #[test]
    fn decimals_as_written() {
        assert_eq!(decimals(3.0), 0);
        assert_eq!(decimals(12.5), 1);
        assert_eq!(decimals(37.25), 2);
        assert_eq!(decimals(-0.125), 3);
        assert_eq!(decimals(1.0 / 3.0), 10);
    }

    #[test]
    fn text_is_clipped_to_what_a_cell_holds() {
        let long = "字".repeat(40_000);
        assert_eq!(clip(&long).chars().count(), 32_767);
        assert_eq!(clip("短"), "短");
    }
}
