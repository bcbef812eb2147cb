//! The charts: titles, descriptions, what a chart says when it has nothing to draw, its table and its keys.

use super::{Lang, lang};

words! {
    INVESTMENT_NOTE = "已报告完成投资的领域；未报告的领域列在图下，不按 0 计。", "Sectors that report their investment completed; those that do not are listed below the chart, not counted as 0.";
    PROGRESS_TITLE = "各领域完成年度计划与序时进度（%）", "Share of annual plan completed and time-elapsed target by sector (%)";
    PROGRESS_NOTE = "每个领域两条：彩色为完成年度计划，颜色表示投资与序时进度相比的情况（见图下图例）；灰色为序时进度。这是按投资算出的，与通报按实施节点所说的领域状态（见“分领域进展”）是两回事。", "Two bars per sector: the coloured one is the share of the annual plan completed, its colour how investment compares with the time-elapsed target (see the legend below); the grey one is the target. This is worked out from investment, and is not the sector status the bulletin gives by milestones (see “Sectors”).";
    ITEMS_TITLE = "各领域实事件数与事项数", "Livelihood projects and their tasks by sector";
    ITEMS_NOTE = "每个领域的民生实事件数和细分事项数。", "The number of livelihood projects and of their tasks in each sector.";
    ITEM_PROGRESS_TITLE = "各项目完成情况（%）", "Progress of each project (%)";
    BY_PROBLEM_TYPE = "各问题类型的项目数", "Projects by problem type";
    BY_PROBLEM_TYPE_NOTE = "在当前其他筛选条件下，每种问题类型涉及的项目数。", "Under the other filters chosen, the number of projects with each problem type.";
    BY_STATUS = "各状态的项目数", "Projects by status";
    BY_STATUS_NOTE = "在当前其他筛选条件下，每种状态的项目数。", "Under the other filters chosen, the number of projects in each status.";
    BY_UNIT = "各牵头单位的项目数", "Projects by lead unit";
    BY_UNIT_NOTE = "在当前其他筛选条件下，每个牵头单位的项目数。", "Under the other filters chosen, the number of projects of each lead unit.";
    BY_DISTRICT = "各县区的项目数", "Projects by district";
    BY_DISTRICT_NOTE = "在当前其他筛选条件下，每个县区的项目数（一个项目涉及几个县区就各计一次）。", "Under the other filters chosen, the number of projects in each district (a project in several districts counts in each).";
    CHARTS = "图表", "Charts";
    CHARTS_HINT = "点击柱条（或用 Tab 键进入图表、方向键选择柱条后按 Enter）即按该项筛选问题项目台账；再点一次取消。", "Click a bar (or Tab into a chart, choose a bar with the arrow keys and press Enter) to filter the ledger by it; click again to clear.";
    PRESS_TO_UNFILTER = "按 Enter 取消筛选", "Press Enter to clear the filter";
    PRESS_TO_FILTER = "按 Enter 筛选台账", "Press Enter to filter the ledger";
    LOADING = "图表加载中……", "Loading the chart…";
    EMPTY_FILTERED = "当前筛选条件下没有数据（可减少筛选条件）。", "No data under the filters chosen (try fewer filters).";
    NO_DATA = "通报没有给出这张图的数据。", "The bulletin gives no data for this chart.";
    NOT_DRAWABLE = "只有一项，或只有“未注明”，不画图；数字见下方数据表。", "Only one item, or only “Not stated”: no chart is drawn; the figures are in the table below.";
    NO_FONT = "图表字体未能加载，图表无法绘制；数据见下方数据表。", "The chart font could not be loaded, so the chart cannot be drawn; the data is in the table below.";
    VS_SCHEDULE = "与序时相比", "Against the schedule";
    CATEGORY = "类别", "Category";
    CLEAR_SELECTION = "清除选择", "Clear selection";
    KEYS_FILTER = "图表：用 Tab 键进入，方向键在柱条间移动，Enter 筛选台账", "Chart: Tab to enter, arrow keys to move between bars, Enter to filter the ledger";
    KEYS = "图表：用 Tab 键进入，方向键在柱条间移动", "Chart: Tab to enter, arrow keys to move between bars";
    SHOW_TABLE = "查看数据表", "Show the data table";
    /// What separates the figures of one bar.
    COMMA = "，", ", ";
    LEGEND = "图例", "Legend";
    TO_LEDGER = "查看台账", "Go to the ledger";
}

/// The investment chart's title, with the bulletin's unit.
pub fn investment_title(unit: &str) -> String {
    match lang() {
        Lang::Zh => format!("各领域完成投资（{unit}）"),
        Lang::En => format!("Investment completed by sector ({unit})"),
    }
}

/// What the progress-of-each-project chart draws.
pub fn item_progress_note(most: usize) -> String {
    match lang() {
        Lang::Zh => format!(
            "通报给出数字的项目，按完成年度计划（没有时按完成进度）从低到高，最多 {most} 项；有序时进度时，颜色表示与序时相比的情况（见图例）。"
        ),
        Lang::En => format!(
            "Projects the bulletin gives figures for, from the lowest share of annual plan (or of progress, without one) up, at most {most}; with a time-elapsed target, the colour says how each compares with it (see the legend)."
        ),
    }
}

/// A bar's accessible name: its category and figures.
pub fn bar(label: &str, figures: &str) -> String {
    match lang() {
        Lang::Zh => format!("{label}：{figures}"),
        Lang::En => format!("{label}: {figures}"),
    }
}

/// A filtering bar's accessible name: its category, figures and what Enter does.
pub fn bar_action(label: &str, figures: &str, action: &str) -> String {
    match lang() {
        Lang::Zh => format!("{label}：{figures}。{action}"),
        Lang::En => format!("{label}: {figures}. {action}"),
    }
}

/// The categories a chart has no figure for.
pub fn not_reported(names: &[String]) -> String {
    match lang() {
        Lang::Zh => format!("未报告：{}", names.join("、")),
        Lang::En => format!("Not reported: {}", names.join(", ")),
    }
}

/// A column's name with its unit.
pub fn with_unit(name: &str, unit: &str) -> String {
    match lang() {
        Lang::Zh => format!("{name}（{unit}）"),
        Lang::En if unit.is_empty() => name.to_owned(),
        Lang::En => format!("{name} ({unit})"),
    }
}

/// What the charts' selection filters, and how many projects match.
pub fn filtered(chosen: &[String], matching: usize) -> String {
    match lang() {
        Lang::Zh => format!("已筛选：{} · {matching} 个项目 · ", chosen.join("、")),
        Lang::En => format!(
            "Filtered: {} · {matching} {} · ",
            chosen.join(", "),
            super::toolbar::plural(matching, "project", "projects")
        ),
    }
}
