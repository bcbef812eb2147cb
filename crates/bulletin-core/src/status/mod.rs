//! The status model. A bulletin says two different things, and the page keeps them apart:
//!
//! - **Reported status**: what the bulletin says of each level in its own words: the items
//!   (实事) as counts on or behind schedule, each sector (按序时 / 按序时但存在问题 /
//!   未达序时), each named project (推进滞后 / 存在困难 / …). In the source these are about
//!   implementation milestones (实施节点), not money: [`vocabulary`] is their one table.
//! - **Investment against the schedule**: worked out from the figures, 完成年度计划 − 序时进度
//!   in percentage points, graded by thresholds the bulletin may set ([`Grading`]). It is a
//!   measure of its own, never the colour of a reported status: a sector may be 按序时 by its
//!   milestones with its investment 7 points under the schedule, and the bulletin says so.

mod grade;
mod vocabulary;

pub use grade::{Grade, Grading};
pub use vocabulary::{ItemStatus, Level, Word, vocabulary, vocabulary_in};

use crate::lang::Lang;

/// What the ledger lists, counted as it lists it: `台账列出 17 个项目：推进滞后 4 个、存在困难
/// 13 个`, each status the projects have in the order of [`crate::ProjectStatus::ALL`].
pub fn ledger_headline(b: &crate::Bulletin) -> String {
    ledger_headline_in(b, Lang::Zh)
}

/// What the ledger lists, counted as it lists it, in `lang`: `The ledger lists 17 projects:
/// Lagging 4, Facing difficulties 13`.
pub fn ledger_headline_in(b: &crate::Bulletin, lang: Lang) -> String {
    let n = b.projects.len();
    if n == 0 {
        return match lang {
            Lang::Zh => "通报没有列出具体项目",
            Lang::En => "The bulletin names no projects",
        }
        .to_owned();
    }
    let by_status: Vec<String> = crate::ProjectStatus::ALL
        .iter()
        .filter_map(|s| {
            let count = b.projects.iter().filter(|p| p.status == *s).count();
            (count > 0).then(|| match lang {
                Lang::Zh => format!("{} {count} 个", s.label()),
                Lang::En => format!("{} {count}", s.label_in(lang)),
            })
        })
        .collect();
    match lang {
        Lang::Zh => format!("台账列出 {n} 个项目：{}", by_status.join("、")),
        Lang::En => format!(
            "The ledger lists {n} {}: {}",
            if n == 1 { "project" } else { "projects" },
            by_status.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::ProjectStatus;

    #[test]
    fn the_ledger_headline_counts_what_it_lists() {
        let bundled = include_str!("../../../../public/data/lianyungang-2023-h1.json");
        let base = crate::load(bundled).expect("valid").bulletin;
        let mut b = crate::synthetic::with_projects(&base, 5, 1);
        for (p, s) in b.projects.iter_mut().zip([
            ProjectStatus::Ahead,
            ProjectStatus::Behind,
            ProjectStatus::Behind,
            ProjectStatus::Completed,
            ProjectStatus::Behind,
        ]) {
            p.status = s;
        }
        assert_eq!(
            super::ledger_headline(&b),
            "台账列出 5 个项目：推进滞后 3 个、超序时 1 个、已完成全年 1 个"
        );
        b.projects.clear();
        assert_eq!(super::ledger_headline(&b), "通报没有列出具体项目");
    }
}
