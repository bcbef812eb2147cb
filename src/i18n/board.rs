//! The board's frame: loading, the header, the footer, the notices and what the app says
//! when it opens a bulletin.

use super::{Lang, lang};

words! {
    LOADING = "正在加载通报数据……", "Loading the bulletin…";
    APP_NAME = "民生实事督查看板", "Livelihood Projects Supervision Board";
    UNKNOWN_FILTERS = "链接中的部分筛选条件无法识别，已忽略：",
        "Some filters in the link were not recognised and were ignored:";
    DELETED_ELSEWHERE = "另一个标签页删除了这份通报在本浏览器中保存的内容，本页已重新打开。",
        "Another tab deleted what this browser kept of this bulletin; this page has opened it afresh.";
    FOOTER = "数据只保存在您的浏览器中。本页为静态网页，不会上传任何内容。",
        "Your data stays in your browser. This is a static page: nothing is uploaded.";
    ORIGINAL = "原文", "Original";
    EDIT_BULLETIN = "编辑通报信息", "Edit bulletin details";
    NEXT_PERIOD = "新建下一期", "Start the next period";
    DOWNLOAD_KEPT = "下载保存的内容", "Download what was kept";
    DISMISS = "知道了", "Dismiss";
    CLOSE = "关闭", "Close";
    SKIP_TO_LEDGER = "跳到项目台账", "Skip to the project ledger";
    NEW_RELEASE = "新版本可用，", "A new version is available: ";
    RELOAD = "刷新", "Reload";
    RELOADING = "正在更新……", "Updating…";
    /// What joins the parts of one message.
    SEMICOLON = "；", "; ";
    /// What comes between a place and what is said of it.
    COLON = "：", ": ";
}

/// The period with its dates, as the header shows it.
pub fn period(name: &str, start: &str, end: &str) -> String {
    match lang() {
        Lang::Zh => format!("{name}（{start} 至 {end}）"),
        Lang::En => format!("{name} ({start} to {end})"),
    }
}

/// When the snapshot shown was exported.
pub fn exported_at(when: &str) -> String {
    match lang() {
        Lang::Zh => format!("快照导出于 {when}"),
        Lang::En => format!("Snapshot exported {when}"),
    }
}

/// The notice's date of publication.
pub fn published(date: &str) -> String {
    match lang() {
        Lang::Zh => format!("{date} 发布"),
        Lang::En => format!("published {date}"),
    }
}

/// The line closing a list of problems cut short.
pub fn more_problems(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("……另有 {n} 处问题未列出"),
        Lang::En => format!("…and {n} more not listed"),
    }
}
