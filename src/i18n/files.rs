//! The bulletins kept in this browser, importing snapshots and starting a new bulletin.

use super::{Lang, lang};

words! {
    /// Asked before leaving a bulletin whose work could not be stored.
    LEAVE_UNSAVED = "本页的修改未能保存到浏览器，打开另一份通报后这些修改会丢失。\n仍要打开吗？（可以先取消，用“导出 JSON”保存当前数据）",
        "The edits on this page could not be saved in the browser and will be lost if you open another bulletin.\nOpen it anyway? (You can cancel and save the data with “Export JSON” first.)";
    SWITCH = "通报列表", "Bulletins";
    BUNDLED = "内置通报", "Bundled bulletin";
    IMPORTED = "从快照文件导入", "Imported from a snapshot file";
    ORIGINAL_GONE = "原始数据已不在本浏览器中，只剩您的修改", "The original is no longer in this browser; only your edits are left";
    NOT_EDITED = "未修改", "Not edited";
    CLEAR_EDITS = "清除修改", "Clear edits";
    DELETE = "删除", "Delete";
    OPEN_NOW = "当前打开", "Open now";
    OPEN = "打开", "Open";
    LIST_TITLE = "本浏览器中的通报", "Bulletins in this browser";
    LIST_HINT = "通报数据和您的修改只保存在本浏览器中。导入另一份通报的快照，会作为新的通报加入这里。", "Bulletins and your edits are kept only in this browser. A snapshot of another bulletin, once imported, is added here.";
    READING = "正在读取……", "Reading…";
    CLOSE = "关闭", "Close";
    IMPORT_JSON = "导入 JSON", "Import JSON";
    PASTE_JSON = "粘贴 JSON", "Paste JSON";
    PASTE_TITLE = "粘贴通报 JSON", "Paste bulletin JSON";
    PASTE_HERE = "把快照文件的全部内容粘贴到这里", "Paste the whole snapshot file here";
    PASTED = "粘贴的内容", "the pasted text";
    READ = "读取", "Read";
    CANCEL = "取消", "Cancel";
    PREVIEW_TITLE = "导入快照：预览", "Import snapshot: preview";
    ADDED = "新增", "Added";
    REMOVED = "删除", "Removed";
    CHANGED = "修改", "Changed";
    REPLACE = "替换当前数据", "Replace the current data";
    SAME = "这份快照与当前数据完全相同。", "This snapshot is the same as the current data.";
    WILL_CHANGE = "用这份快照替换当前数据，将有以下变化（可以撤销）：", "Replacing the current data with this snapshot makes these changes (you can undo them):";
    NEW_BULLETIN = "新建通报", "New bulletin";
    BLANK_TITLE = "新建空白通报", "Start a blank bulletin";
    BLANK_NOTE = "先填写这几项；领域、项目、数字和其他内容在新通报中用各处的“编辑”“新增”补充，未填的数字显示为“未报告”。", "Fill in these first; sectors, projects, figures and the rest are added in the new bulletin with its “Edit” and “Add” buttons. Figures not filled in show as “Not reported”.";
    CREATE = "新建", "Create";
}

/// Asked before clearing the edits of a bundled bulletin.
pub fn confirm_clear(title: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "确定要清除对《{title}》的全部修改吗？清除后恢复为内置的原始数据，无法撤销。\n需要留存的话，请先导出 JSON。"
        ),
        Lang::En => format!(
            "Clear every edit of “{title}”? It goes back to the bundled data; this cannot be undone.\nTo keep them, export JSON first."
        ),
    }
}

/// Asked before deleting a bulletin from this browser.
pub fn confirm_delete(title: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "确定要从本浏览器删除《{title}》吗？它的数据和全部修改都会删除，无法撤销。\n需要留存的话，请先导出 JSON。"
        ),
        Lang::En => format!(
            "Delete “{title}” from this browser? Its data and every edit are deleted; this cannot be undone.\nTo keep them, export JSON first."
        ),
    }
}

/// A delete the store refused, and why.
pub fn not_deleted(title: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("未能删除《{title}》：{why}。"),
        Lang::En => format!("Could not delete “{title}”: {why}."),
    }
}

/// A bundled bulletin's edits cleared.
pub fn cleared(title: &str) -> String {
    match lang() {
        Lang::Zh => format!("已清除对《{title}》的修改。"),
        Lang::En => format!("The edits of “{title}” are cleared."),
    }
}

/// A bulletin deleted from this browser.
pub fn deleted(title: &str) -> String {
    match lang() {
        Lang::Zh => format!("已从本浏览器删除《{title}》。"),
        Lang::En => format!("“{title}” is deleted from this browser."),
    }
}

/// A bulletin from a file of this site.
pub fn site_file(src: &str) -> String {
    match lang() {
        Lang::Zh => format!("网站文件 {src}"),
        Lang::En => format!("Site file {src}"),
    }
}

/// When a kept bulletin was last edited.
pub fn last_edited(when: &str) -> String {
    match lang() {
        Lang::Zh => format!("最近修改 {when}"),
        Lang::En => format!("Last edited {when}"),
    }
}

/// The storage a kept bulletin takes.
pub fn takes(size: &str) -> String {
    match lang() {
        Lang::Zh => format!("占用 {size}"),
        Lang::En => format!("Takes {size}"),
    }
}

/// The site's storage used, against what the browser allows.
pub fn space(used: &str, quota: &str) -> String {
    match lang() {
        Lang::Zh => format!("本站已用 {used}，浏览器允许最多约 {quota}。"),
        Lang::En => format!("This site uses {used}; the browser allows about {quota}."),
    }
}

/// A second file chosen while the first was still being read.
pub fn import_replaced(name: &str, earlier: &str) -> String {
    match lang() {
        Lang::Zh => format!("改为导入“{name}”：之前选择的“{earlier}”还没有读完，不再导入。"),
        Lang::En => format!(
            "Importing “{name}” instead: “{earlier}”, chosen before, was still being read and is not imported."
        ),
    }
}

/// A snapshot refused, with the number of problems found.
pub fn import_refused(name: &str, count: usize) -> String {
    match lang() {
        Lang::Zh => format!("无法导入“{name}”，共发现 {count} 处问题（当前数据没有改动）："),
        Lang::En => format!(
            "Could not import “{name}”: {count} {} found (the current data is unchanged):",
            super::toolbar::plural(count, "problem", "problems")
        ),
    }
}

/// A snapshot that could not be imported, before what is wrong.
pub fn import_failed(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法导入“{name}”："),
        Lang::En => format!("Could not import “{name}”:"),
    }
}

/// A snapshot of another bulletin not opened, to keep this page's unsaved work.
pub fn not_opened(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("没有打开“{name}”，本页的修改仍在，请先用“导出 JSON”保存。"),
        Lang::En => format!(
            "“{name}” was not opened; this page's edits are still here. Save them with “Export JSON” first."
        ),
    }
}

/// A snapshot of a bulletin this browser keeps: switched to it for the preview.
pub fn switched_to_known(name: &str, title: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "“{name}”是本浏览器中已有的通报《{title}》的快照，已切换到该通报；请在预览中确认是否替换。"
        ),
        Lang::En => format!(
            "“{name}” is a snapshot of “{title}”, which this browser keeps; it is now open. Confirm in the preview whether to replace it."
        ),
    }
}

/// A snapshot of a new bulletin, opened beside the others.
pub fn opened_new(name: &str, title: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "已把“{name}”作为新的通报《{title}》打开，原来的通报没有改动，可以在“通报列表”中切换回去。"
        ),
        Lang::En => format!(
            "“{name}” is open as a new bulletin, “{title}”. The bulletin before is unchanged; switch back to it in “Bulletins”."
        ),
    }
}

/// A snapshot opened that the browser could not keep.
pub fn opened_unkept(name: &str, title: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "已打开“{name}”（《{title}》），但{why}，无法保存在本浏览器中：关闭页面后它和您对它的修改都会丢失，请及时导出 JSON。"
        ),
        Lang::En => format!(
            "“{name}” (“{title}”) is open, but it cannot be kept in this browser ({why}): closing the page loses it and your edits, so export JSON in time."
        ),
    }
}

/// A snapshot waiting for a bulletin that did not open.
pub fn inbox_dropped(title: &str) -> String {
    match lang() {
        Lang::Zh => format!("快照《{title}》没有导入：对应的通报未能打开。"),
        Lang::En => {
            format!("The snapshot “{title}” was not imported: its bulletin could not be opened.")
        }
    }
}

/// A file refused before it is read, and why.
pub fn file_refused(name: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法导入“{name}”：{why}。"),
        Lang::En => format!("Could not import “{name}”: {why}."),
    }
}

/// A file the browser could not read.
pub fn unreadable(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法读取“{name}”。"),
        Lang::En => format!("Could not read “{name}”."),
    }
}

/// A preview list's heading with its length.
pub fn counted(title: &str, n: usize) -> String {
    match lang() {
        Lang::Zh => format!("{title}（{n}）"),
        Lang::En => format!("{title} ({n})"),
    }
}

/// The line closing a list cut short.
pub fn more(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("……另有 {n} 处"),
        Lang::En => format!("…and {n} more"),
    }
}

/// A blank bulletin made, and where to fill it in.
pub fn created(title: &str, period: &str, start: &str, end: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "已新建通报《{title}》（{period}，{start} 至 {end}）。各项数字暂显示为“未报告”，可在“编辑通报信息”、总体情况的“编辑”、“新增领域”和“新增项目”中补充。"
        ),
        Lang::En => format!(
            "The bulletin “{title}” ({period}, {start} to {end}) is made. Its figures show as “Not reported” until you fill them in with “Edit bulletin details”, the overview's “Edit”, “Add sector” and “Add project”."
        ),
    }
}

/// A blank bulletin refused, and why.
pub fn not_created(why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法新建通报：{why}"),
        Lang::En => format!("Could not make the bulletin: {why}"),
    }
}
