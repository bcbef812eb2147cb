//! Why work is not being saved, kept as a reason rather than a sentence so that the page
//! says it in its own language when it shows it.

use crate::lang::{Lang, Words};

/// Why a write failed or saving stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// What the store said (a full disk, blocked storage), already in the page's words.
    Said(String),
    /// The imported bulletin itself was not stored either, for what the store said.
    OriginalNotKept(String),
    /// Other tabs keep saving this bulletin first.
    Contended,
    /// The connection to the store closed by itself (site data cleared).
    Closed,
    /// An unreadable stored copy could not be set aside: writing would overwrite it.
    NotSetAside,
    /// Another page upgraded or deleted the database.
    Replaced,
}

const CONTENDED: Words = Words {
    zh: "另一个标签页正在不断保存这份通报，本页的修改稍后再保存",
    en: "another tab keeps saving this bulletin; this page's edits will be saved later",
};
const CLOSED: Words = Words {
    zh: "与浏览器存储的连接断开了（可能清除了网站数据），下次保存时重新连接",
    en: "the connection to the browser's storage was lost (site data may have been cleared); it is opened again for the next save",
};
const NOT_SET_ASIDE: Words = Words {
    zh: "保存的旧数据无法读取，浏览器也未能另存它，为免覆盖，本页的修改不再保存到浏览器。请先下载旧数据，修改请用“导出 JSON”保存",
    en: "the data saved earlier cannot be read and the browser could not set it aside; so as not to overwrite it, this page no longer saves to the browser. Download the old data first, and keep your edits with “Export JSON”",
};
const REPLACED: Words = Words {
    zh: "本站在另一个页面中升级或删除了浏览器中的数据库。尚未保存的修改已暂存在本浏览器中，请刷新页面，刷新后会恢复；也可以先用“导出 JSON”保存",
    en: "another page of this site upgraded or deleted the browser's database. Unsaved edits are kept aside in this browser: reload the page and they come back, or keep them first with “Export JSON”",
};

impl Why {
    /// The reason in `lang`, as a clause a warning goes on from.
    pub fn text_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::Said(why), _) => why.clone(),
            (Self::OriginalNotKept(why), Lang::Zh) => {
                format!("这份通报本身未能保存到本浏览器（{why}），关闭页面后它和您的修改都会丢失")
            }
            (Self::OriginalNotKept(why), Lang::En) => format!(
                "the bulletin itself could not be saved in this browser ({why}): closing the page would lose it and your edits"
            ),
            (Self::Contended, _) => CONTENDED.get(lang).to_owned(),
            (Self::Closed, _) => CLOSED.get(lang).to_owned(),
            (Self::NotSetAside, _) => NOT_SET_ASIDE.get(lang).to_owned(),
            (Self::Replaced, _) => REPLACED.get(lang).to_owned(),
        }
    }
}
