//! Reports made from the current data, as models the writers and the page share: the
//! 通报文稿 (the bulletin rebuilt in its own structure and wording, its figures from the data)
//! and tables (the filtered ledger, the attachment of lagging projects) for Excel.

mod document;
mod dubandan;
mod sheet;

use serde::{Deserialize, Serialize};

pub use document::report;
pub use dubandan::{Dubandan, dubandan};
pub use sheet::{attachment_sheet, ledger_sheet, text_width};

/// The 通报文稿: a title, numbered parts in order, the attachment table, and who issued it when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The document number (文号), when the bulletin gives one.
    pub number: Option<String>,
    pub title: String,
    /// The blocks of the body, in order.
    pub blocks: Vec<Block>,
    /// The attachment 推进未达序时民生实事项目及存在问题汇总表, when any project is listed.
    pub attachment: Option<Table>,
    /// 发文机关署名, when known.
    pub issuer: Option<String>,
    /// 成文日期 as written at the end (2023年7月20日), when known.
    pub date: Option<String>,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A heading: level 1 is 一、 (黑体), 2 is （一） (楷体), 3 is 1. and 4 is （1） (仿宋); the
    /// text includes its number.
    Heading { level: u8, text: String },
    /// A paragraph, first line indented two characters.
    Paragraph(String),
}

/// A table with a title, a header row and rows of text cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A sheet of a workbook: its name, columns and rows of typed cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// A column: its header and its width in characters (a Chinese character counts two).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub width: f64,
}

/// A cell, typed so that Excel sorts and sums it as what it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A calendar date, `YYYY-MM-DD`.
    Date(String),
}
