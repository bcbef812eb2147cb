//! The overview: the headline figures, the status in words and the summary paragraph.

use super::{Lang, lang};

words! {
    OVERVIEW = "总体情况", "Overview";
    EDIT = "编辑", "Edit";
    ADD_SECTOR = "新增领域", "Add a sector";
    PREAMBLE = "通报开头段落", "The bulletin's opening paragraph";
    NO_TARGET = "通报未写明序时进度", "The bulletin gives no time-elapsed target";
    CLASS_CHART = "各类实事件数（通报所列类别）", "Projects in each class (the bulletin's classes)";
    /// What separates the names of a list.
    LIST = "、", ", ";
    FULL_STOP = "。", ".";
    ITEMS = "民生实事：", "Livelihood projects: ";
    BY_MILESTONES = "从实施节点看：", "By milestones: ";
    LAGGING = "滞后的领域：", "Sectors lagging: ";
    /// Between the groups of lagging sectors, each after its badge.
    GROUPS = "；", "; ";
    NONE_LAGGING = "没有未达序时或投资落后序时的领域。", "No sector is behind schedule by milestones or by investment.";
    NOW = "按当前数字：", "By the current figures: ";
    ORIGINAL_EDITED = "通报原文（其中的数字已被修改，仅作对照）：", "The bulletin's words (some of their figures have since been edited; shown for comparison): ";
}

/// 按序时 as a share of all items, when none is behind.
pub fn all_on_schedule(share: &str) -> String {
    match lang() {
        Lang::Zh => format!("占 {share}，全部达序时"),
        Lang::En => format!("{share} of all, every one on schedule"),
    }
}

/// 按序时 as a share of all items, and how many are behind.
pub fn some_behind(share: &str, behind: u64) -> String {
    match lang() {
        Lang::Zh => format!("占 {share}，{behind} 件未达序时"),
        Lang::En => format!("{share} of all; {behind} behind schedule"),
    }
}

/// The completion's note: the target and the gap to it.
pub fn against_target(target: &str, gap: &str) -> String {
    match lang() {
        Lang::Zh => format!("序时进度 {target}，{gap}"),
        Lang::En => format!("Time-elapsed target {target}, {gap}"),
    }
}

/// One class's count, as the headline says it.
pub fn class_count(n: u64, class: &str) -> String {
    match lang() {
        Lang::Zh => format!("{n} 件{class}"),
        Lang::En => format!("{n} {}", class.to_lowercase()),
    }
}

/// How many items the classes are of.
pub fn of_items(n: u64) -> String {
    match lang() {
        Lang::Zh => format!("{n} 件民生实事中 "),
        Lang::En => format!("Of {n} livelihood projects: "),
    }
}

/// Investment against the schedule, before its grade.
pub fn by_investment(done: &str, target: &str) -> String {
    match lang() {
        Lang::Zh => format!("从投资看：完成年度计划 {done}，序时进度 {target}，"),
        Lang::En => format!(
            "By investment: {done} of the annual plan done, against a time-elapsed target of {target}: "
        ),
    }
}

/// The gap to the schedule, after the grade.
pub fn gap(gap: &str) -> String {
    match lang() {
        Lang::Zh => format!("（{gap}）。"),
        Lang::En => format!(" ({gap})."),
    }
}

/// Investment with no target to compare it with.
pub fn by_investment_alone(done: &str) -> String {
    match lang() {
        Lang::Zh => format!("从投资看：完成年度计划 {done}（通报未写明序时进度，不作比较）。"),
        Lang::En => format!(
            "By investment: {done} of the annual plan done (the bulletin gives no time-elapsed target to compare with)."
        ),
    }
}

/// A number of projects.
pub fn projects(n: u64) -> String {
    match lang() {
        Lang::Zh => format!("{n} 件"),
        Lang::En => format!(
            "{n} {}",
            super::toolbar::plural(n as usize, "project", "projects")
        ),
    }
}
