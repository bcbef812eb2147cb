//! The editor's dialogs: a record's fields, saving, deleting, and a project's follow-ups.

use super::{Lang, lang};

words! {
    GONE = "要编辑的内容已不存在（可能刚被删除或撤销）。", "What you were editing is no longer there (it may have just been deleted or undone).";
    SAVE = "保存", "Save";
    CANCEL = "取消", "Cancel";
    NOT_STATED = "未注明", "Not stated";
    BLANK_IF_NOT_REPORTED = "未报告时留空", "Leave blank if not reported";
}

/// Asked before a delete, named by its step.
pub fn confirm_delete(step: &str) -> String {
    match lang() {
        Lang::Zh => format!("确定{step}吗？删除后可以撤销。"),
        Lang::En => format!("{step}? You can undo it."),
    }
}

/// The button that deletes a record, named by what it is.
pub fn delete(noun: &str) -> String {
    match lang() {
        Lang::Zh => format!("删除{noun}"),
        Lang::En => format!("Delete {noun}"),
    }
}

/// A field's hint, after its label.
pub fn hint(text: &str) -> String {
    match lang() {
        Lang::Zh => format!("（{text}）"),
        Lang::En => format!(" ({text})"),
    }
}
