//! The board's sections after the charts: problem types, rankings, sector details, requirements, the status help, data checks and the notice's text.

use super::{Lang, lang};

words! {
    HELP = "说明：状态与序时", "Help: statuses and the schedule";
    HELP_MEASURES = "通报用两种尺度说进度：按实施节点（项目是否达到序时要求）和按投资（完成年度计划与序时进度相比）。", "The bulletin measures progress in two ways: by milestones (whether a project meets its time-elapsed target) and by investment (the share of the annual plan completed, against the time-elapsed target).";
    HELP_APART = "一个领域可以按节点“按序时”而投资低于序时，反之亦然；本页分开显示，不拿一个去判断另一个。", "A sector can be on schedule by milestones while its investment is behind, or the other way round; this page shows them apart and never judges one by the other.";
    HELP_REPORTED = "通报所述状态（按实施节点）", "Statuses the bulletin reports (by milestones)";
    HELP_GRADES = "投资与序时相比（由数字算出）", "Investment against the schedule (worked out from the figures)";
    HELP_GAP = "与序时差距 = 完成年度计划 − 序时进度，单位为百分点。", "Gap to schedule = share of annual plan completed − time-elapsed target, in percentage points.";
    HELP_WARNINGS = "整改时限预警（由整改时限、办结日期和判断日算出）", "Deadline warnings (worked out from the deadline, the closing date and the day judged on)";
    EDIT = "编辑", "Edit";
    REQUIREMENTS = "工作要求", "Work requirements";
    ADD_REQUIREMENT = "新增工作要求", "Add a requirement";
    ATTACHMENTS = "附件", "Attachments";
    ATTACHMENTS_NOTE = "原通报附有以上文件，其内容未收录在本数据中。", "The notice came with these files; their content is not in this data.";
    NOTICE_TEXT = "通报原文", "The notice's words";
    PROBLEMS = "存在问题", "Problems";
    ADD_PROBLEM_TYPE = "新增问题类型", "Add a problem type";
    UNFILTER = "取消筛选", "Clear filter";
    FILTER_LEDGER = "筛选台账", "Filter the ledger";
    RANKING = "县区综合排名", "District ranking";
    RANK = "名次", "Rank";
    DISTRICT = "县区", "District";
    LEDGER = "台账", "Ledger";
    PROGRESS = "工作进展", "Progress";
    SECTOR_DETAILS = "各领域情况", "Sectors in detail";
    CHECKS_NOTE = "文件中以下数字互相对不上（例如合计与总数不符），不影响使用，请核对。", "These figures in the file do not agree with each other (a sum that differs from its total, say). The page still works; please check them.";
    SECTORS = "分领域进展", "Sectors";
    ADD_SECTOR = "新增领域", "Add a sector";
    SECTOR = "领域", "Sector";
    ITEMS = "件数", "Projects";
    TASKS = "事项", "Tasks";
    PLAN_SHARE = "占年度计划", "Share of annual plan";
    GAP = "与序时差距", "Gap to schedule";
    GRADE = "投资与序时相比", "Against the schedule";
    REPORTED_STATUS = "通报所述状态", "Status reported";
}

/// The accessible name of a problem type's 编辑.
pub fn edit_problem_type(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("编辑问题类型“{name}”"),
        Lang::En => format!("Edit the problem type “{name}”"),
    }
}

/// A district's place in the ranking.
pub fn rank(n: impl std::fmt::Display) -> String {
    match lang() {
        Lang::Zh => format!("第 {n} 名"),
        Lang::En => format!("No. {n}"),
    }
}

/// The data checks' heading with their number.
pub fn checks(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("数据核对提示（{n} 条）"),
        Lang::En => format!("Data checks ({n})"),
    }
}

/// Where in the file a check is.
pub fn at_place(path: &str) -> String {
    match lang() {
        Lang::Zh => format!("（位置：{path}）"),
        Lang::En => format!("(at {path})"),
    }
}

/// What the kept notice text is, and its length.
pub fn read_text(chars: usize) -> String {
    match lang() {
        Lang::Zh => format!("（新建时读取的原文，{chars} 字）"),
        Lang::En => format!("(the text read when the bulletin was made, {chars} characters)"),
    }
}

/// What a word means, after it.
pub fn explained(meaning: &str) -> String {
    match lang() {
        Lang::Zh => format!("：{meaning}"),
        Lang::En => format!(": {meaning}"),
    }
}

/// The investment column's heading, with its unit.
pub fn invested(unit: &str) -> String {
    match lang() {
        Lang::Zh => format!("完成投资（{unit}）"),
        Lang::En => format!("Investment completed ({unit})"),
    }
}

/// The accessible name of a sector's 编辑.
pub fn edit_sector(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("编辑领域“{name}”"),
        Lang::En => format!("Edit the sector “{name}”"),
    }
}

/// What the sector table shows and how its gap is worked out.
pub fn sector_caption(n: usize, unit: &str, target: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "{n} 个领域；完成投资单位：{unit}；与序时差距 = 占年度计划 − 序时进度 {target}（百分点），由此得出“投资与序时相比”；“通报所述状态”是通报按实施节点所说的，两者可以不同"
        ),
        Lang::En => format!(
            "{n} {}; investment in {unit}; gap to schedule = share of annual plan − time-elapsed target {target} (percentage points), which gives “Against the schedule”; “Status reported” is what the bulletin says by milestones, and the two can differ",
            super::toolbar::plural(n, "sector", "sectors")
        ),
    }
}

/// What follows a problem type's number of projects: “ 个项目”, “ project”, “ projects”.
pub fn projects_after(n: usize) -> &'static str {
    match lang() {
        Lang::Zh => " 个项目",
        Lang::En => super::toolbar::plural(n, " project", " projects"),
    }
}
