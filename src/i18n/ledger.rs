//! The ledger of projects: its search, counts, facets, columns, cards and the drawer of filters on a phone.

use super::{Lang, lang};

words! {
    LEDGER = "问题项目台账", "Ledger of projects";
    SEARCH = "搜索", "Search";
    SEARCH_HINT = "搜索项目名称、存在问题、备注、牵头单位、县区", "Search names, problems, notes, lead units, districts";
    SHOWING = "显示 ", "Showing ";
    CLEAR_ALL = "清除全部筛选", "Clear all filters";
    NEW_PROJECT = "新增项目", "Add a project";
    EXPORT_CSV = "导出 CSV", "Export CSV";
    CANCEL = "取消", "Cancel";
    DUBANDAN_ALL = "本页项目督办单", "Follow-up sheets of these projects";
    CLOSE = "关闭", "Close";
    CLEAR_FILTERS = "清除筛选", "Clear filters";
    SEE_RESULTS = "查看结果", "See the results";
    /// What the facets are called, on the panel and on the drawer's button.
    FILTERS = "筛选", "Filters";
    OWNER = "责任人：", "Owner: ";
    FOLLOW_UP = "督办", "Follow up";
    DUBANDAN = "督办单", "Sheet";
    EDIT = "编辑", "Edit";
    NO_PROJECTS = "通报没有列出具体项目。", "The bulletin lists no projects.";
    NONE_MATCH = "没有符合条件的项目。可以减少筛选条件，或清除全部筛选。", "No project matches. Try fewer filters, or clear them all.";
    /// The heading of the projects' own figures.
    FIGURES = "项目数字", "Figures";
    COLON = "：", ":";
    LIST = "、", ", ";
    COMMA = "，", ", ";
    SEMICOLON = "；", "; ";
    INVESTED = "完成投资", "Invested";
    PLANNED = "计划投资", "Planned";
}

/// The ledger's headline, with why its count differs from the overview's.
pub fn counted_apart(counted: &str) -> String {
    match lang() {
        Lang::Zh => format!("{counted}（“总体情况”按民生实事计件，两者口径不同）"),
        Lang::En => {
            format!("{counted} (the overview counts livelihood projects, a different measure)")
        }
    }
}

/// After the number of rows shown: of how many.
pub fn of_total(n: usize) -> String {
    match lang() {
        Lang::Zh => format!(" / {n} 个项目"),
        Lang::En => format!(
            " of {n} {}",
            super::toolbar::plural(n, "project", "projects")
        ),
    }
}

/// The ledger showing only the projects a number stood for.
pub fn only(what: &str, n: usize) -> String {
    match lang() {
        Lang::Zh => format!("仅显示：{what}（{n} 个项目）"),
        Lang::En => format!(
            "Only: {what} ({n} {})",
            super::toolbar::plural(n, "project", "projects")
        ),
    }
}

/// The filter drawer's button, with the number of filters chosen.
pub fn filters_chosen(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("筛选（{n}）"),
        Lang::En => format!("Filters ({n})"),
    }
}

/// How many projects the drawer's filters leave.
pub fn matching(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("符合条件的项目：{n} 个"),
        Lang::En => format!("Projects matching: {n}"),
    }
}

/// The accessible name of a project's 督办.
pub fn follow_up(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("督办项目“{name}”"),
        Lang::En => format!("Follow up “{name}”"),
    }
}

/// The accessible name of a project's 督办单.
pub fn dubandan_of(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("项目“{name}”的督办单"),
        Lang::En => format!("Follow-up sheet of “{name}”"),
    }
}

/// The accessible name of a project's 编辑.
pub fn edit_project(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("编辑项目“{name}”"),
        Lang::En => format!("Edit the project “{name}”"),
    }
}

/// The latest follow-up, on the project's row.
pub fn latest(line: &str) -> String {
    match lang() {
        Lang::Zh => format!("最新督办 {line}"),
        Lang::En => format!("Latest follow-up: {line}"),
    }
}
