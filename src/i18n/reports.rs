//! The controls around the reports: the bulletin document, printing, the Word and Excel
//! exports and the 督办单 preview. The documents themselves (their headings, body, sheets
//! and print heads) stay Chinese, as the office files them.

use super::toolbar::plural;
use super::{Lang, lang};

words! {
    DOCUMENT = "通报文稿", "Bulletin document";
    MAKING_DOCUMENT = "正在生成文稿…", "Making the document…";
    DOCUMENT_NOTE = "按当前数据重新生成：文中数字都来自数据，改动过的数字不再沿用原文的句子。",
        "Made afresh from the current data: every figure in it comes from the data, and a figure that was edited no longer keeps the notice's sentence.";
    PRINT_DOCUMENT = "打印文稿", "Print the document";
    PRINT_REPORT = "打印通报", "Print the bulletin";
    EXPORT_WORD = "导出 Word 文稿", "Export Word document";
    MAKING_WORD = "正在生成 Word…", "Making the Word document…";
    EXPORT_EXCEL = "导出 Excel", "Export Excel";
    MAKING_EXCEL = "正在生成 Excel…", "Making the Excel file…";
    PRINT = "打印", "Print";
    CLOSE = "关闭", "Close";
    NAME_WORD = "通报文稿（Word）", "the bulletin document (Word)";
    NAME_EXCEL = "台账（Excel）", "the ledger (Excel)";
    NAME_DOCUMENT = "通报文稿", "the bulletin document";
    NO_DOWNLOAD = "浏览器没有开始下载", "the browser did not start the download";
}

/// A report that could not be made, and why.
pub fn not_made(name: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法生成{name}：{why}"),
        Lang::En => format!("Could not make {name}: {why}"),
    }
}

/// The 督办单 preview's title, with the number of sheets.
pub fn sheets(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("督办单（{n} 份）"),
        Lang::En => format!("{n} follow-up {}", plural(n, "sheet", "sheets")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::choose;
    use bulletin_core::lang::has_han;

    #[test]
    fn english_texts_have_no_han_and_chinese_is_as_before() {
        choose(Lang::En);
        for t in [not_made(NAME_WORD.en, "x"), sheets(1), sheets(2)] {
            assert!(!has_han(&t), "{t:?}");
        }
        choose(Lang::Zh);
        assert_eq!(not_made(NAME_DOCUMENT.zh, "x"), "无法生成通报文稿：x");
        assert_eq!(sheets(3), "督办单（3 份）");
    }
}
