//! Supervision over time: follow-ups, deadlines, the next period, the comparison with
//! another period and the red and black lists.

use bulletin_core::display::{date_in, not_reported_in};
use bulletin_core::supervision::{RankBy, RankSort};

use super::toolbar::plural;
use super::{Lang, lang};

words! {
    // Follow-ups (督办), from the ledger and in the editor.
    FOLLOW_UP_DATE = "督办日期", "Follow-up date";
    FOLLOW_UP_TEXT = "督办内容", "What was done";
    FOLLOW_UP_TEXT_HINT = "（如 电话催办、现场督查、约谈牵头单位）",
        " (a reminder by phone, a site inspection, a meeting with the lead unit…)";
    FOLLOW_UP_BY = "督办人", "By";
    OPTIONAL = "（可不填）", " (optional)";
    FOLLOW_UP_BY_OPTIONAL = "督办人（可不填）", "By (optional)";
    ADD_FOLLOW_UP = "添加一条督办记录", "Add a follow-up";
    SAVE = "保存", "Save";
    CANCEL = "取消", "Cancel";
    DELETE = "删除", "Delete";

    // Deadlines on the overview.
    DEADLINES = "整改时限", "Deadlines";
    NO_DEADLINES = "（尚无项目定有整改时限）", " (no project has a deadline yet)";
    SHOW_OVERDUE = "在台账中查看已逾期项目", "Show overdue projects in the ledger";
    SHOW_DUE_SOON = "查看临近时限项目", "Show projects due soon";

    // The next period.
    NEXT_UNREADABLE = "无法新建下一期：本期的开始或结束日期无法读取，请先在“编辑通报信息”中改正。",
        "Could not start the next period: this period's start or end date cannot be read. Correct it first in “Edit bulletin details”.";
    DOING_SERIES = "把本期设为系列", "Putting this period in a series";

    // Red and black lists.
    RANKINGS = "红黑榜", "Red and black lists";
    RANKINGS_NOTE = "只按结果排名：问题项目（推进滞后、存在困难、尚未完成且未解决）、推进滞后、已逾期的项目数，不计填报、督办次数等工作量。点一行，台账只显示它的项目。",
        "Ranked by outcomes only: the number of problem projects (behind, in difficulty, or unfinished and unresolved), of projects behind and of projects overdue — never by workload such as reports filed or follow-ups made. Click a row and the ledger shows only its projects.";
    RANK = "名次", "Rank";

    // The comparison with another period.
    COMPARE = "与上期对比", "Compare with the previous period";
    COMPARE_WITH = "对比的通报：", "Compare with: ";
    NO_COMPARE = "（不对比）", "(no comparison)";
    COMPARE_SELF = "要对比的就是本页这份通报，请选择另一份。",
        "That is the bulletin on this page; choose another one to compare with.";
    COMPARE_LATER = "注意：所选通报的时段晚于本期，以下各项仍按“所选通报 → 本期”列出。",
        " Note: the chosen bulletin's period is later than this one; the lists below still read “chosen bulletin → this period”.";
    NEWLY_BEHIND = "新增滞后", "Newly behind";
    RECOVERED = "已恢复/已解决", "Recovered or resolved";
    STILL_BEHIND = "连续滞后", "Still behind";
    ADDED = "新增项目", "New projects";
    REMOVED = "已移出", "No longer listed";
    BY_NAME = "（按名称对应）", " (matched by name)";
    NONE = "没有", "None";
    NO_COMMON = "两期通报没有共同的项目。", "The two bulletins have no project in common.";
    TRANSITIONS = "状态变化（行：上期，列：本期；两期都列出的项目）",
        "Status changes (rows: previous period, columns: this period; projects both bulletins list)";
    BEFORE_AFTER = "上期 \\ 本期", "Previous \\ this period";
    NOT_RANKED = "未排名", "Not ranked";
    RANKS = "县区排名变化（名次相同为并列）", "District ranks (equal places are ties)";
    DISTRICT = "县区", "District";
    BEFORE = "上期", "Previous period";
    AFTER = "本期", "This period";
    CHANGE = "变化", "Change";
    INVOLVED = "本期涉及", "Projects this period";
    COUNTS = "民生实事各类别件数变化", "Livelihood projects by class: change in number";
    CLASS = "类别", "Class";
    SECTORS = "各领域变化", "Change by sector";
    SECTOR = "领域", "Sector";
    PLAN_PCT = "占年度计划", "Share of annual plan";
    CHANGE_POINTS = "变化（个百分点）", "Change (percentage points)";
    GAP_POINTS = "与序时差距（个百分点）", "Gap to time-elapsed target (percentage points)";
    ON_SCHEDULE = "按序时件数", "Number on schedule";
    NEW_SECTOR = "（本期新增）", " (new this period)";
    GONE_SECTOR = "（本期没有）", " (not in this period)";
    WORKED_OUT = "（推算）", " (worked out)";
    WORKED_OUT_HOW = "按通报所说的领域状态推算：按序时推进的领域，其实事都按序时",
        "Worked out from the sector's status in the bulletin: in a sector on schedule, every item is on schedule";
}

/// What follows the number of overdue projects.
pub fn overdue_after(n: usize) -> &'static str {
    match lang() {
        Lang::Zh => " 个项目，",
        Lang::En => plural(n, " project, ", " projects, "),
    }
}

/// What follows the number of projects due soon.
pub fn due_soon_after(n: usize) -> &'static str {
    match lang() {
        Lang::Zh => " 个",
        Lang::En => plural(n, " project", " projects"),
    }
}

/// How many projects have a deadline.
pub fn with_deadline(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("（{n} 个项目定有整改时限）"),
        Lang::En => format!(
            " ({n} {} a deadline)",
            plural(n, "project has", "projects have")
        ),
    }
}

/// The 督办 dialog's title, with the project's name.
pub fn follow_up_title(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("督办：{name}"),
        Lang::En => format!("Follow-up: {name}"),
    }
}

/// The accessible name of a follow-up row's date.
pub fn row_date(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("第 {n} 条督办日期"),
        Lang::En => format!("Follow-up {n}: date"),
    }
}

/// The accessible name of a follow-up row's text.
pub fn row_text(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("第 {n} 条督办内容"),
        Lang::En => format!("Follow-up {n}: what was done"),
    }
}

/// The accessible name of a follow-up row's 督办人.
pub fn row_by(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("第 {n} 条督办人"),
        Lang::En => format!("Follow-up {n}: by"),
    }
}

/// The accessible name of a follow-up row's 删除.
pub fn row_delete(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("删除第 {n} 条督办记录"),
        Lang::En => format!("Delete follow-up {n}"),
    }
}

/// The schedule target of a next period, worked out from its dates.
pub fn next_target(pct: &str) -> String {
    match lang() {
        Lang::Zh => format!("，序时进度 {pct}（按时间推算）"),
        Lang::En => format!(", time-elapsed target {pct} (worked out from the dates)"),
    }
}

/// A next period made, and what it carries over.
pub fn next_made(
    title: &str,
    period: &str,
    start: &str,
    end: &str,
    target: &str,
    carried: usize,
    left_out: usize,
) -> String {
    match lang() {
        Lang::Zh => format!(
            "已新建下一期《{title}》（{period}，{start} 至 {end}{target}）：带入 {carried} 个未解决的项目，连同责任人、整改时限和督办记录；{left_out} 个已解决的项目未带入。各项数字待填写，暂显示为“未报告”；时段和序时进度可在“编辑通报信息”中修改。"
        ),
        Lang::En => format!(
            "The next period, “{title}” ({period}, {} to {}{target}), is made. It carries over {carried} unresolved {} with {} owners, deadlines and follow-ups; {left_out} resolved {} not carried over. Its figures are to be filled in and show as “Not reported” until then; the period and the time-elapsed target can be changed in “Edit bulletin details”.",
            date_in(start, Lang::En),
            date_in(end, Lang::En),
            plural(carried, "project", "projects"),
            plural(carried, "its", "their"),
            plural(left_out, "project is", "projects are"),
        ),
    }
}

/// The accessible name of a ranking's sort button.
pub fn sort_by(s: RankSort) -> String {
    match lang() {
        Lang::Zh => format!("按{}从多到少排列", s.label()),
        Lang::En => format!(
            "Sort by {}, most first",
            s.label_in(Lang::En).to_lowercase()
        ),
    }
}

/// A ranking's caption.
pub fn ranked_by(by: RankBy) -> String {
    match lang() {
        Lang::Zh => format!("按{}", by.label()),
        Lang::En => format!("By {}", by.label_in(Lang::En).to_lowercase()),
    }
}

/// A number of projects, as a comparison counts them.
pub fn projects(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("{n} 个项目"),
        Lang::En => format!("{n} {}", plural(n, "project", "projects")),
    }
}

/// A comparison list's number of projects.
pub fn listed(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("{n} 个"),
        Lang::En => format!("{n} {}", plural(n, "project", "projects")),
    }
}

/// The accessible name of a number that shows its projects in the ledger.
pub fn show_listed(what: &str, n: usize) -> String {
    match lang() {
        Lang::Zh => format!("{what} {n} 个，在台账中查看"),
        Lang::En => format!(
            "{what}: {n} {}, show in the ledger",
            plural(n, "project", "projects")
        ),
    }
}

/// The accessible name of a cell of the status changes that shows its projects.
pub fn show_moved(what: &str, n: usize) -> String {
    match lang() {
        Lang::Zh => format!("{what}：{n} 个，在台账中查看"),
        Lang::En => format!(
            "{what}: {n} {}, show in the ledger",
            plural(n, "project", "projects")
        ),
    }
}

/// How many periods running a project has been behind.
pub fn periods_behind(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("连续 {n} 期滞后"),
        Lang::En => format!("Behind {n} {} running", plural(n, "period", "periods")),
    }
}

/// The line closing a list cut short.
pub fn not_listed(n: usize) -> String {
    match lang() {
        Lang::Zh => format!("另有 {n} 个未列出。"),
        Lang::En => format!("{n} more not listed."),
    }
}

/// A bulletin to compare with that this browser does not keep.
pub fn compare_missing(id: &str) -> String {
    match lang() {
        Lang::Zh => format!("本浏览器中没有要对比的通报“{id}”"),
        Lang::En => format!("This browser does not keep “{id}”, the bulletin to compare with"),
    }
}

/// A bulletin to compare with that could not be read, and why.
pub fn compare_unreadable(title: &str, why: &str) -> String {
    match lang() {
        Lang::Zh => format!("无法读取要对比的通报《{title}》：{why}"),
        Lang::En => format!("Could not read “{title}”, the bulletin to compare with: {why}"),
    }
}

/// What the comparison compares.
pub fn compared(before: &str) -> String {
    match lang() {
        Lang::Zh => format!(
            "上期：{before}；本期：本页所示通报（含未保存的修改）。点数字，台账只显示它所数的项目。"
        ),
        Lang::En => format!(
            "Previous period: {before}; this period: the bulletin on this page (with any unsaved edits). Click a number and the ledger shows only the projects it counts."
        ),
    }
}

/// A district's place in the ranking, or 未排名.
pub fn place(r: Option<u64>) -> String {
    match (r, lang()) {
        (None, l) => NOT_RANKED.get(l).to_owned(),
        (Some(r), Lang::Zh) => format!("第 {r} 名"),
        (Some(r), Lang::En) => format!("No. {r}"),
    }
}

/// The ledger's label for the projects of a district.
pub fn of_district(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("县区：{name}"),
        Lang::En => format!("District: {name}"),
    }
}

/// The ledger's label for the projects of a sector.
pub fn of_sector(name: &str) -> String {
    match lang() {
        Lang::Zh => format!("领域：{name}"),
        Lang::En => format!("Sector: {name}"),
    }
}

/// A number of items (件), or 未报告; in English “projects”, as the core counts 件.
pub fn items(n: Option<i64>) -> String {
    match (n, lang()) {
        (None, l) => not_reported_in(l).to_owned(),
        (Some(n), Lang::Zh) => format!("{n} 件"),
        (Some(n), Lang::En) => {
            format!(
                "{n} {}",
                plural(n.unsigned_abs() as usize, "project", "projects")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::choose;
    use bulletin_core::lang::has_han;

    fn texts() -> Vec<String> {
        let mut all = vec![
            with_deadline(1),
            with_deadline(2),
            follow_up_title("x"),
            next_target("50%"),
            next_made("t", "p", "2026-07-01", "2026-09-30", ", x", 1, 2),
            next_made("t", "p", "2026-07-01", "2026-09-30", "", 2, 1),
            compare_missing("id"),
            compare_unreadable("t", "why"),
            compared("t"),
            place(None),
            place(Some(2)),
            of_district("d"),
            of_sector("s"),
            items(None),
            items(Some(1)),
        ];
        for n in [1, 2] {
            all.extend([
                row_date(n),
                row_text(n),
                row_by(n),
                row_delete(n),
                projects(n),
                listed(n),
                show_listed("x", n),
                show_moved("x", n),
                periods_behind(n),
                not_listed(n),
                overdue_after(n).to_owned(),
                due_soon_after(n).to_owned(),
            ]);
        }
        all.extend(RankSort::ALL.map(sort_by));
        all.extend(RankBy::ALL.map(ranked_by));
        all
    }

    #[test]
    fn english_texts_have_no_han() {
        choose(Lang::En);
        for t in texts() {
            assert!(!t.trim().is_empty() && !has_han(&t), "{t:?}");
        }
        assert!(next_made("t", "p", "2026-07-01", "2026-09-30", "", 1, 1).contains("1 Jul 2026"));
        choose(Lang::Zh);
    }

    #[test]
    fn chinese_texts_are_as_before() {
        choose(Lang::Zh);
        assert_eq!(row_date(1), "第 1 条督办日期");
        assert_eq!(row_delete(2), "删除第 2 条督办记录");
        assert_eq!(place(Some(3)), "第 3 名");
        assert_eq!(place(None), "未排名");
        assert_eq!(items(None), bulletin_core::display::NOT_REPORTED);
        assert_eq!(items(Some(4)), "4 件");
        assert_eq!(with_deadline(4), "（4 个项目定有整改时限）");
        assert_eq!(sort_by(RankSort::Overdue), "按已逾期从多到少排列");
        assert_eq!(ranked_by(RankBy::District), "按县区");
        assert_eq!(
            next_made("t", "p", "2026-07-01", "2026-09-30", "", 3, 1),
            "已新建下一期《t》（p，2026-07-01 至 2026-09-30）：带入 3 个未解决的项目，连同责任人、整改时限和督办记录；1 个已解决的项目未带入。各项数字待填写，暂显示为“未报告”；时段和序时进度可在“编辑通报信息”中修改。"
        );
    }
}
