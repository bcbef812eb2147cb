//! What the page says about keeping, opening and loading bulletins: the notices of storage, sources and recovered work.

use super::{Lang, lang};

words! {
    ORIGINAL_UPDATED = "通报原始数据在您上次修改后有了更新；您的修改都在，修改记录按更新后的原始数据列出。", "The bulletin's original was updated after your last edit; your edits are all here, listed against the updated original.";
    RECOVER_CONFLICT = "本页上次关闭时没来得及保存的修改中，以下几步与之后保存的内容冲突，未能恢复：", "Of the edits not yet saved when this page last closed, these conflict with what was saved later and were not recovered:";
    RECOVERED = "本页上次关闭时没来得及保存到浏览器的内容已恢复。", "What was not yet saved when this page last closed is recovered.";
    RECOVER_OLDER = "本页上次关闭时没来得及保存的内容比浏览器中后来保存的内容旧，无法合并，未采用。", "What was not yet saved when this page last closed is older than what the browser saved later; it cannot be merged and was not used.";
    NOT_DELETED_DOWNLOAD = "它没有删除，可以下载留存。", "It is not deleted: you can download it.";
    SHOWING_ORIGINAL = "下面显示的是原始通报数据。原来保存的内容没有删除，已另存一份，可以下载留存。", "Below is the bulletin as published. What was kept is not deleted: it is set aside, and you can download it.";
    NOT_SET_ASIDE = "保存的旧数据无法读取，浏览器也未能另存它：为免覆盖，本页的修改不再保存到浏览器。请先下载旧数据，修改请用“导出 JSON”保存。", "The old data kept cannot be read, and the browser could not set it aside either: so as not to overwrite it, this page no longer saves edits in the browser. Download the old data first, and save edits with “Export JSON”.";
    SYNCED = "另一个标签页修改了这份通报，本页已同步为最新内容。", "Another tab edited this bulletin; this page now shows the latest.";
    OTHER_TAB_UNREADABLE = "另一个标签页保存的这份通报无法读取", "What another tab saved of this bulletin cannot be read";
    MERGE_CONFLICT = "另一个标签页同时修改了这份通报，本页的以下修改与之冲突，未能合并：", "Another tab edited this bulletin at the same time; these edits of this page conflict with it and were not merged:";
    BEFORE_MERGE = "本页合并前的内容可以下载留存。", "You can download this page's content from before the merge.";
    BLOB = "二进制数据（Blob）", "binary data (Blob)";
    ARRAY = "数组", "a list";
    OBJECT = "对象", "an object";
    NUMBER = "数字", "a number";
    NOT_TEXT_VALUE = "不是文本的值", "a value that is not text";
    /// Why nothing can be saved when storage is blocked.
    DISABLED = "浏览器禁止了本地存储（可能处于隐私模式）", "the browser blocks local storage (perhaps a private window)";
    FULL = "浏览器存储空间已满", "the browser's storage is full";
    NEWER_VERSION = "本浏览器中的数据是更新版本的本程序写入的，本页无法读取，也不会改动它；请打开最新版本的页面", "the data in this browser was written by a newer release of this app; this page cannot read it and will not change it. Open the latest page";
    WAITED = "本站的另一个标签页（可能是旧版本的页面）占用着浏览器中的数据库；请关闭本站的其他标签页，再刷新本页", "another tab of this site (perhaps an older page) holds the browser's database; close this site's other tabs, then reload this page";
    CLOSED = "与浏览器存储的连接已关闭", "the connection to the browser's storage is closed";
    REPLACED = "本站在另一个页面中升级或删除了浏览器中的数据库，本页不能再使用它；请刷新页面", "another page of this site upgraded or deleted the browser's database, and this page cannot use it any more; reload the page";
    NOT_KEPT_HERE = "本浏览器中没有保存这份通报（可能已被删除，或是在另一台电脑上导入的）", "this browser does not keep this bulletin (it may have been deleted, or imported on another computer)";
    SHOWING_BUNDLED = "下面显示的是内置的通报数据。", "Below is the bundled bulletin.";
    BUNDLED_BAD = "内置通报数据有误，请联系维护人员。", "The bundled bulletin has errors; please tell whoever maintains this site.";
    NOT_THIS_SITE = "只能加载本站上的通报文件（请使用相对地址，如 data/my-bulletin.json）。", "Only bulletin files on this site can be loaded (use a relative address, such as data/my-bulletin.json).";
    NETWORK = "网络请求失败，请检查地址和网络连接。", "The request failed; check the address and the network.";
    REDIRECTED = "该地址被转到了其他网站，只能加载本站上的通报文件。", "The address led to another site; only bulletin files on this site can be loaded.";
    NOT_FOUND = "找不到该文件（HTTP 404）。", "No such file (HTTP 404).";
    NOT_UTF8 = "无法读取文件内容（可能不是 UTF-8 文本）。", "The file could not be read (it may not be UTF-8 text).";
    GOT_PAGE = "收到的是网页而不是 JSON 文件，请检查地址。", "A web page came back instead of a JSON file; check the address.";
    ONLY_EDITS_LEFT = "本浏览器中只剩它的修改记录，找不到原始通报", "only its edits are left in this browser; its original cannot be found";
    EDITED = "已修改", "Edited";
    REPORT_FAILED = "生成文件时出错", "Making the file failed";
    REPORT_WORKER = "无法在后台生成文件（浏览器未能启动生成程序，或生成时出错）；请刷新页面后重试", "The file could not be made in the background (the browser could not start the writer, or it failed); reload the page and try again";
    DRAFT_WORKER = "无法在后台读取文档（浏览器未能启动读取程序，或读取时出错）；请刷新页面后重试", "The document could not be read in the background (the browser could not start the reader, or it failed); reload the page and try again";
}

/// A kept copy that holds something other than text.
pub fn not_text(what: &str, verb_open: bool) -> String {
    match (lang(), verb_open) {
        (Lang::Zh, true) => format!("本浏览器中保存的这份通报的内容不是文本（{what}），无法打开"),
        (Lang::Zh, false) => format!("本浏览器中保存的这份通报的内容不是文本（{what}），无法读取"),
        (Lang::En, true) => format!(
            "What this browser keeps of this bulletin is not text ({what}) and cannot be opened"
        ),
        (Lang::En, false) => format!(
            "What this browser keeps of this bulletin is not text ({what}) and cannot be read"
        ),
    }
}

/// A kept copy that cannot be read, and why.
pub fn edits_unreadable(why: &str) -> String {
    match lang() {
        Lang::Zh => format!("{why}，无法打开您保存的修改"),
        Lang::En => format!("{why}; your saved edits cannot be opened"),
    }
}

/// Edits moved onto a newer original.
pub fn moved_onto_new(steps: usize) -> String {
    match lang() {
        Lang::Zh => format!(
            "通报原始数据在您上次修改后有了更新；已把您的 {steps} 步修改重新应用到更新后的数据上。"
        ),
        Lang::En => format!(
            "The bulletin's original was updated after your last edit; your {steps} {} are applied again to the updated data.",
            super::toolbar::plural(steps, "edit", "edits")
        ),
    }
}

/// Edits that could not be moved onto the newer original.
pub fn not_moved(what: &str) -> String {
    match lang() {
        Lang::Zh => format!("以下修改涉及的内容在更新中已改变，未再应用：{what}。"),
        Lang::En => {
            format!("These edits touch what the update changed and were not applied again: {what}.")
        }
    }
}

/// Steps a closing page had not saved, recovered.
pub fn recovered_steps(steps: usize) -> String {
    match lang() {
        Lang::Zh => format!("本页上次关闭时还有 {steps} 步修改没来得及保存到浏览器，已恢复。"),
        Lang::En => format!(
            "{steps} {} not yet saved when this page last closed {} recovered.",
            super::toolbar::plural(steps, "edit", "edits"),
            if steps == 1 { "is" } else { "are" }
        ),
    }
}

/// A sentence ended: Chinese with 。, English with a full stop.
pub fn sentence(text: &str) -> String {
    match lang() {
        Lang::Zh => format!("{text}。"),
        Lang::En => format!("{text}."),
    }
}

/// A step refused, before what was wrong.
pub fn not_done(what: &str) -> String {
    match lang() {
        Lang::Zh => format!("{what}未能完成："),
        Lang::En => format!("{what} could not be done:"),
    }
}

/// The browser refused a write, with what it said.
pub fn refused(said: &str) -> String {
    match lang() {
        Lang::Zh => format!("浏览器拒绝保存（{said}）"),
        Lang::En => format!("the browser refused to save ({said})"),
    }
}

/// Earlier releases' edits that could not be moved into IndexedDB.
pub fn not_migrated(why: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "早先版本保存在本浏览器中的修改未能搬入新的存储（{why}），为免它们被覆盖，本页暂不保存；下次保存或打开页面时会再试"
        ),
        Lang::En => format!(
            "edits an earlier release kept in this browser could not be moved into the new store ({why}); so as not to overwrite them this page does not save for now, and tries again at the next save or visit"
        ),
    }
}

/// A new bulletin that could not be written out to keep.
pub fn new_not_kept(why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法保存新的通报：{why}"),
        Lang::En => format!("Could not keep the new bulletin: {why}"),
    }
}

/// A bulletin opened that the browser cannot keep.
pub fn cannot_keep(why: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "但{why}，它无法保存在本浏览器中：关闭页面后它和对它的修改都会丢失，请及时导出 JSON。"
        ),
        Lang::En => format!(
            "But it cannot be kept in this browser ({why}): closing the page loses it and its edits, so export JSON in time."
        ),
    }
}

/// A kept bulletin that no longer reads as one.
pub fn kept_damaged(why: &str) -> String {
    match lang() {
        Lang::Zh => format!("保存的通报已损坏（{why}）"),
        Lang::En => format!("the kept bulletin is damaged ({why})"),
    }
}

/// A kept bulletin the address names that cannot be opened.
pub fn not_opened(id: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法打开通报“{id}”：{why}。"),
        Lang::En => format!("Could not open the bulletin “{id}”: {why}."),
    }
}

/// A site file that could not be loaded, and why.
pub fn not_loaded(src: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法加载通报“{src}”：{why}"),
        Lang::En => format!("Could not load the bulletin “{src}”: {why}"),
    }
}

/// The server's answer was an error.
pub fn server_error(code: u16) -> String {
    match lang() {
        Lang::Zh => format!("服务器返回错误（HTTP {code}）。"),
        Lang::En => format!("The server answered with an error (HTTP {code})."),
    }
}

/// A site file that is not a valid bulletin, with the number of problems found.
pub fn not_a_bulletin(src: &str, count: usize) -> String {
    match lang() {
        Lang::Zh => format!("通报“{src}”不是有效的通报文件，共发现 {count} 处问题："),
        Lang::En => format!(
            "“{src}” is not a valid bulletin file: {count} {} found:",
            super::toolbar::plural(count, "problem", "problems")
        ),
    }
}
