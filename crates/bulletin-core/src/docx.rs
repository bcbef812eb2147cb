//! The text of a Word document (.docx) as the office wrote it: its paragraphs and tables in
//! order, read from the zip container's `word/document.xml`. Nothing else of the file is
//! read (styles, images, fields' codes), and a file that is not a .docx, or is damaged or
//! too large unpacked, is said in words.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::lang::{Lang, Words};

/// The most a document's text part may unpack to: a zip bomb stops here.
pub const MAX_UNPACKED: u64 = 64 * 1024 * 1024;

/// One block of the document, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph's text (tabs and line breaks kept as `\t` and `\n`).
    Paragraph(String),
    /// A table: its rows, each a list of its cells' texts (a cell's paragraphs joined by `\n`).
    Table(Vec<Vec<String>>),
}

/// The blocks of the .docx `bytes`, or what is wrong with it.
pub fn read_docx(bytes: &[u8]) -> Result<Vec<Block>, String> {
    read_docx_in(bytes, Lang::Zh)
}

/// [`read_docx`], what is wrong said in `lang`.
pub fn read_docx_in(bytes: &[u8], lang: Lang) -> Result<Vec<Block>, String> {
    let not_docx = |why: Words| match lang {
        Lang::Zh => format!("不是有效的 Word 文档（.docx）：{}", why.zh),
        Lang::En => format!("not a valid Word document (.docx): {}", why.en),
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| {
        not_docx(Words {
            zh: "文件不是 zip 格式（旧的 .doc 文件请先在 Word 中另存为 .docx）",
            en: "the file is not a zip (save an old .doc file as .docx in Word first)",
        })
    })?;
    let part = zip.by_name("word/document.xml").map_err(|_| {
        not_docx(Words {
            zh: "文件中没有正文（word/document.xml）",
            en: "the file has no body (word/document.xml)",
        })
    })?;
    let mut xml = Vec::new();
    part.take(MAX_UNPACKED + 1)
        .read_to_end(&mut xml)
        .map_err(|_| {
            not_docx(Words {
                zh: "正文无法解压，文件可能已损坏",
                en: "its body cannot be unpacked; the file may be damaged",
            })
        })?;
    let mb = MAX_UNPACKED / 1024 / 1024;
    if xml.len() as u64 > MAX_UNPACKED {
        return Err(match lang {
            Lang::Zh => format!("Word 文档的正文解压后超过 {mb} MB，无法读取"),
            Lang::En => {
                format!("the Word document's body unpacks to over {mb} MB and cannot be read")
            }
        });
    }
    blocks(&xml).map_err(|e| match lang {
        Lang::Zh => format!("不是有效的 Word 文档（.docx）：正文的 XML 有误（{e}）"),
        Lang::En => format!("not a valid Word document (.docx): its body's XML is wrong ({e})"),
    })
}

/// The blocks of `word/document.xml`.
fn blocks(xml: &[u8]) -> Result<Vec<Block>, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    // The tables open around the text now (a table in a cell is read into that cell).
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    b"t" => in_text = !empty,
                    b"tab" => paragraph.push('\t'),
                    b"br" | b"cr" => paragraph.push('\n'),
                    b"tbl" if !empty => tables.push(Vec::new()),
                    b"tr" if !empty => {
                        if let Some(t) = tables.last_mut() {
                            t.push(Vec::new());
                        }
                    }
                    b"tc" if !empty => {
                        if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                            row.push(String::new());
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text => paragraph.push_str(&t.unescape()?),
            Event::CData(t) if in_text => paragraph.push_str(&String::from_utf8_lossy(t)),
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let text = std::mem::take(&mut paragraph);
                    match tables
                        .last_mut()
                        .and_then(|t| t.last_mut())
                        .and_then(|r| r.last_mut())
                    {
                        Some(cell) => {
                            if !cell.is_empty() {
                                cell.push('\n');
                            }
                            cell.push_str(&text);
                        }
                        None => out.push(Block::Paragraph(text)),
                    }
                }
                b"tbl" => {
                    let Some(table) = tables.pop() else { continue };
                    match tables
                        .last_mut()
                        .and_then(|t| t.last_mut())
                        .and_then(|r| r.last_mut())
                    {
                        // A table inside a cell: its rows as lines of that cell.
                        Some(cell) => {
                            for row in table {
                                if !cell.is_empty() {
                                    cell.push('\n');
                                }
                                cell.push_str(&row.join("\t"));
                            }
                        }
                        None => out.push(Block::Table(table)),
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The document as plain text: a paragraph a line, a table a line per row with its cells
/// separated by tabs.
pub fn to_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Paragraph(p) => {
                out.push_str(p);
                out.push('\n');
            }
            Block::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| c.replace('\n', " ")).collect();
                    out.push_str(&cells.join("\t"));
                    out.push('\n');
                }
            }
        }
    }
    out
}
