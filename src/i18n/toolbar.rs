//! The toolbar: saving, undo, exports, the list of bulletins, the mode and language switches.

use super::{Lang, lang};

words! {
    REGION = "修改", "Edits";
    CONFIRM_RESET = "确定要放弃全部修改、恢复为原始通报数据吗？此操作可以撤销。",
        "Discard every edit and go back to the bulletin as published? You can undo this.";
    DOING_RESET = "恢复原始数据", "Restoring the published data";
    DOING_REVERT = "撤销这处修改", "Undoing this edit";
    REVERT_ONE = "撤销此处", "Undo this";
    NOT_SAVED = "修改未保存", "Edits not saved";
    STOPPED = "已停止保存", "Saving stopped";
    NO_EDITS = "未作修改", "No edits";
    UNDO = "撤销", "Undo";
    UNDO_HINT = "撤销（Ctrl+Z）", "Undo (Ctrl+Z)";
    REDO = "重做", "Redo";
    REDO_HINT = "重做（Ctrl+Shift+Z 或 Ctrl+Y）", "Redo (Ctrl+Shift+Z or Ctrl+Y)";
    RESET = "全部恢复", "Restore all";
    EXPORT_JSON = "导出 JSON", "Export JSON";
    EXPORT_CSV_ALL = "导出全部项目 CSV", "Export all projects (CSV)";
    CHANGE_LIST = "修改记录", "Edit history";
    READ_ONLY = "只读查看", "Read-only view";
    LEAVE_READ_ONLY = "退出只读", "Leave read-only view";
    LANGUAGE = "语言", "Language";
    /// On a phone, the button that unfolds the rest of the toolbar.
    MORE = "更多", "More";
}

/// The save state while a save is under way, with the number of edits.
pub fn saving(edits: usize) -> String {
    match lang() {
        Lang::Zh => format!("正在保存 · {edits} 处修改"),
        Lang::En => format!("Saving · {edits} {}", plural(edits, "edit", "edits")),
    }
}

/// The save state once the store has committed every edit.
pub fn saved(edits: usize) -> String {
    match lang() {
        Lang::Zh => format!("已保存到本浏览器 · {edits} 处修改"),
        Lang::En => format!(
            "Saved in this browser · {edits} {}",
            plural(edits, "edit", "edits")
        ),
    }
}

/// `one` for 1, else `many`: English counts its nouns (the core's, for the catalogue).
pub use bulletin_core::lang::plural;
