//! How the draft worker reads what it is given — pasted text, a text file, a Word document —
//! and what it says of it, in the page's language.

use super::{DRAFT_TEXT_MAX, DraftAnswer};
use crate::lang::{Lang, capitalized, plural};

/// Where a draft's text comes from, as the note and the refusals name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFrom<'a> {
    /// Pasted into the dialog.
    Pasted,
    /// A text file, by its name.
    File(&'a str),
    /// A Word document's paragraphs and tables.
    Word,
}

impl TextFrom<'_> {
    fn name_in(self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Pasted, Lang::Zh) => "粘贴的文本".to_owned(),
            (Self::Pasted, Lang::En) => "the pasted text".to_owned(),
            (Self::File(name), Lang::Zh) => format!("文件“{name}”"),
            (Self::File(name), Lang::En) => format!("the file “{name}”"),
            (Self::Word, Lang::Zh) => "Word 文档".to_owned(),
            (Self::Word, Lang::En) => "the Word document".to_owned(),
        }
    }
}

/// A refusal in words.
fn refused(message: String) -> DraftAnswer {
    DraftAnswer::Refused { message }
}

impl DraftAnswer {
    /// Reads a notice's text, saying what was read in `lang`.
    pub fn of_text(text: &str, from: TextFrom<'_>, lang: Lang) -> Self {
        let what = from.name_in(lang);
        let mb = DRAFT_TEXT_MAX / 1024 / 1024;
        if text.len() > DRAFT_TEXT_MAX {
            return refused(match lang {
                Lang::Zh => format!("{what}超过 {mb} MB，无法读取；请分成几份"),
                Lang::En => capitalized(&format!(
                    "{what} is over {mb} MB and cannot be read: split it into parts"
                )),
            });
        }
        if text.trim().is_empty() {
            return refused(match lang {
                Lang::Zh => format!("{what}是空的：请粘贴通报的正文，或打开 .txt、.docx 文件"),
                Lang::En => capitalized(&format!(
                    "{what} is empty: paste the notice's text, or open a .txt or .docx file"
                )),
            });
        }
        let draft = crate::draft::read(text);
        let (chars, sentences, found) = (
            text.chars().count(),
            draft.sentences.len(),
            draft.findings.len(),
        );
        let note = match lang {
            Lang::Zh => format!("已读取{what}：{chars} 字，{sentences} 句，找到 {found} 项内容"),
            Lang::En => capitalized(&format!(
                "{what} is read: {chars} characters, {sentences} sentences, {found} values found"
            )),
        };
        Self::Read {
            draft,
            text: text.to_owned(),
            note,
        }
    }

    /// Reads a Word document's bytes.
    pub fn of_docx(bytes: &[u8], lang: Lang) -> Self {
        let blocks = match crate::docx::read_docx_in(bytes, lang) {
            Ok(b) => b,
            Err(message) => return refused(capitalized(&message)),
        };
        let tables = blocks
            .iter()
            .filter(|b| matches!(b, crate::docx::Block::Table(_)))
            .count();
        let paragraphs = blocks.len() - tables;
        let text = crate::docx::to_text(&blocks);
        let size = crate::display::bytes_in(bytes.len() as u64, lang);
        match Self::of_text(&text, TextFrom::Word, lang) {
            Self::Read { draft, text, note } => Self::Read {
                note: match lang {
                    Lang::Zh => {
                        format!("{note}（文件 {size}，正文 {paragraphs} 段，表格 {tables} 个）")
                    }
                    Lang::En => format!(
                        "{note} (a file of {size}, {paragraphs} {}, {tables} {})",
                        plural(paragraphs, "paragraph", "paragraphs"),
                        plural(tables, "table", "tables")
                    ),
                },
                draft,
                text,
            },
            refused => refused,
        }
    }

    /// Reads a file by what it holds, whatever its name says: a .docx (a zip), or text that
    /// `decode` reads (UTF-8, UTF-16, GB18030); an old .doc and anything else are refused.
    pub fn of_file(
        bytes: &[u8],
        name: &str,
        decode: impl FnOnce(&[u8]) -> Option<String>,
        lang: Lang,
    ) -> Self {
        let what = TextFrom::File(name).name_in(lang);
        if bytes.starts_with(b"PK") {
            return Self::of_docx(bytes, lang);
        }
        if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
            return refused(match lang {
                Lang::Zh => format!(
                    "{what}是旧的 Word 格式（.doc），无法直接读取：请在 Word 或 WPS 中另存为 .docx 后再打开"
                ),
                Lang::En => capitalized(&format!(
                    "{what} is in the old Word format (.doc), which cannot be read: save it as .docx in Word or WPS and open that"
                )),
            });
        }
        match decode(bytes) {
            Some(text) => Self::of_text(&text, TextFrom::File(name), lang),
            None => refused(match lang {
                Lang::Zh => format!(
                    "{what}不是文本文件，也不是 Word 文档（.docx）：请打开 .txt 或 .docx 文件，或复制通报正文粘贴进来"
                ),
                Lang::En => capitalized(&format!(
                    "{what} is neither a text file nor a Word document (.docx): open a .txt or .docx file, or copy the notice's text and paste it"
                )),
            }),
        }
    }

    /// A request the worker does not know.
    pub fn unrecognised(lang: Lang) -> Self {
        refused(
            crate::lang::Words {
                zh: "读取请求无法识别",
                en: "The request to read could not be understood",
            }
            .get(lang)
            .to_owned(),
        )
    }
}
