//! A new bulletin from the office's own notice: the text or file read, and the review of
//! what was read.

use super::toolbar::plural;
use super::{Lang, lang};

words! {
    START = "从通报原文新建", "New bulletin from the notice's text";
    START_NOTE = "粘贴通报正文，或打开通报的 .txt、.docx 文件；读取后逐项核对，再新建。读取在本机进行，不上传。",
        "Paste the notice's text, or open its .txt or .docx file; once it is read, check each value, then create the bulletin. It is read on this computer; nothing is uploaded.";
    TEXT = "通报正文", "The notice's text";
    OPEN_FILE = "打开文件（.txt、.docx）", "Open a file (.txt, .docx)";
    READING = "正在读取…", "Reading…";
    READ = "读取", "Read";
    NOTHING_TO_READ = "请先粘贴通报的正文，或打开一个 .txt、.docx 文件",
        "Paste the notice's text first, or open a .txt or .docx file";
    REVIEW_NOTE = "以下是从通报中读取的内容，每项都附有出处原句（标记处为读取的文字）。请逐项核对：读错的点“更正”，不需要的点“不采用”。通报没有写的数字保持“未报告”，不会被猜测。",
        "Below is what was read from the notice, each value with the sentence it came from (the marked words are what was read). Check each one: press “Correct” for what was misread and “Leave out” for what is not wanted. Figures the notice does not give stay “Not reported”; nothing is guessed.";
    CREATE = "新建通报", "Create the bulletin";
    BACK = "返回修改原文", "Back to the text";
    FILLED_IN = "审核时填写，通报中没有这一项。", "Filled in during the review; the notice does not have it.";
    NOT_STATED = "通报未写明：可在此填写，也可新建后在编辑中补充。",
        "Not stated in the notice: fill it in here, or later in the editor once the bulletin is made.";
    WORKED_OUT = "推算", "Worked out";
    CORRECT = "更正", "Correct";
    FILL_IN = "填写", "Fill in";
    LEAVE_OUT = "不采用", "Leave out";
    OK = "确定", "OK";
    CANCEL = "取消", "Cancel";
}

/// A file too large to read as a notice.
pub fn too_large(name: &str, size: &str) -> String {
    match lang() {
        Lang::Zh => format!("文件“{name}”太大（{size}），最多 64 MB"),
        Lang::En => format!("The file “{name}” is too large ({size}); the most is 64 MB"),
    }
}

/// A file the browser could not read.
pub fn unreadable(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法读取文件“{name}”"),
        Lang::En => format!("Could not read the file “{name}”"),
    }
}

/// The file chosen.
pub fn chosen(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("已选择：{name}"),
        Lang::En => format!("Chosen: {name}"),
    }
}

/// The accessible name of a value's 更正.
pub fn correct(label: &str) -> String {
    match lang() {
        Lang::Zh => format!("更正{label}"),
        Lang::En => format!("Correct {label}"),
    }
}

/// The accessible name of a value's 不采用.
pub fn leave_out(label: &str) -> String {
    match lang() {
        Lang::Zh => format!("不采用{label}"),
        Lang::En => format!("Leave out {label}"),
    }
}

/// How many required values the notice does not state.
pub fn missing(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("通报未写明的必填项有 {n} 项（列在各部分末尾）。"),
        Lang::En => format!(
            " {n} required {} not stated in the notice (listed at the end of each part).",
            plural(n, "value is", "values are")
        ),
    }
}

/// The sentences nothing was read from, with their number.
pub fn unused(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("未读取内容的句子（{n} 句）"),
        Lang::En => format!("Sentences nothing was read from ({n})"),
    }
}

/// A bulletin made from a notice, and what it holds.
pub fn made(title: &str, period: &str, used: usize, unstated: usize) -> String {
    match lang() {
        Lang::Zh => format!(
            "已从通报原文新建《{title}》（{period}）：采用读取的 {used} 项内容{}。通报原文随本通报保存，见页面末尾“通报原文”。",
            if unstated > 0 {
                format!("；通报未写明的 {unstated} 项显示为“未注明”或“未报告”，可在编辑中补充")
            } else {
                String::new()
            }
        ),
        Lang::En => format!(
            "“{title}” ({period}) is made from the notice's text, with the {used} {} read{}. The notice's text is kept with the bulletin: see “The notice's words” at the end of the page.",
            plural(used, "value", "values"),
            if unstated > 0 {
                format!(
                    "; the {unstated} {} the notice does not state {} as “Not stated” or “Not reported” and can be filled in in the editor",
                    plural(unstated, "value", "values"),
                    plural(unstated, "shows", "show"),
                )
            } else {
                String::new()
            }
        ),
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
        for t in [
            too_large("a.docx", "70.0 MB"),
            unreadable("a.txt"),
            chosen("a.txt"),
            correct("x"),
            leave_out("x"),
            missing(1),
            missing(2),
            unused(3),
            made("t", "p", 1, 0),
            made("t", "p", 2, 1),
        ] {
            assert!(!has_han(&t), "{t:?}");
        }
        choose(Lang::Zh);
        assert_eq!(
            made("t", "p", 3, 2),
            "已从通报原文新建《t》（p）：采用读取的 3 项内容；通报未写明的 2 项显示为“未注明”或“未报告”，可在编辑中补充。通报原文随本通报保存，见页面末尾“通报原文”。"
        );
        assert_eq!(missing(2), "通报未写明的必填项有 2 项（列在各部分末尾）。");
    }
}
