//! 红黑榜: lead units and districts ranked by their outcomes — open problem projects, lagging
//! projects, projects past their 整改时限 — never by activity such as follow-ups, which a unit
//! could pile up without fixing anything.

use std::collections::HashMap;

use super::{Judge, Warning, is_closed, is_lagging, is_resolved};
use crate::filter::{UNSPECIFIED, or_unspecified};
use crate::lang::{Lang, Words};
use crate::{Bulletin, Project, ProjectStatus};

/// What the rows are: lead units or districts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RankBy {
    Unit,
    District,
}

impl RankBy {
    /// Both, in display order.
    pub const ALL: [RankBy; 2] = [Self::Unit, Self::District];

    /// The key in the page's markup and URL.
    pub fn id(self) -> &'static str {
        match self {
            Self::Unit => "unit",
            Self::District => "district",
        }
    }

    /// The word shown.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The word shown, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Unit => Words {
                zh: "牵头单位",
                en: "Lead unit",
            },
            Self::District => Words {
                zh: "县区",
                en: "District",
            },
        }
        .get(lang)
    }

    /// The grouping with this key.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.id() == id)
    }
}

/// Which count the rows are ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RankSort {
    Problems,
    Lagging,
    Overdue,
}

impl RankSort {
    /// Every order, in display order.
    pub const ALL: [RankSort; 3] = [Self::Problems, Self::Lagging, Self::Overdue];

    /// The key in the page's markup and URL.
    pub fn id(self) -> &'static str {
        match self {
            Self::Problems => "problems",
            Self::Lagging => "lagging",
            Self::Overdue => "overdue",
        }
    }

    /// The word shown.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The word shown, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Problems => Words {
                zh: "问题项目",
                en: "Problem projects",
            },
            Self::Lagging => Words {
                zh: "推进滞后",
                en: "Lagging",
            },
            Self::Overdue => Words {
                zh: "已逾期",
                en: "Overdue",
            },
        }
        .get(lang)
    }

    /// The order with this key.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One lead unit or district and its outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankRow {
    /// The value the ledger's facet filters by, [`UNSPECIFIED`] for 未注明.
    pub key: String,
    pub label: String,
    /// Unresolved projects behind, at risk or unfinished.
    pub problems: usize,
    /// Unresolved projects lagging (推进滞后).
    pub lagging: usize,
    /// Projects past their 整改时限 on the judge's day.
    pub overdue: usize,
    /// Ids of the projects counted in `problems` or `overdue`, in the bulletin's order.
    pub project_ids: Vec<String>,
}

impl RankRow {
    /// What the row is called in `lang`: the unit or district as the bulletin names it, or
    /// “Not stated” for [`UNSPECIFIED`].
    pub fn label_in(&self, lang: Lang) -> &str {
        if self.key == UNSPECIFIED {
            crate::display::not_stated_in(lang)
        } else {
            &self.label
        }
    }

    fn count(&self, by: RankSort) -> usize {
        match by {
            RankSort::Problems => self.problems,
            RankSort::Lagging => self.lagging,
            RankSort::Overdue => self.overdue,
        }
    }
}

/// The rows of `b`'s 红黑榜 by `by`, most of `sort` first and 未注明 last; resolution and deadlines are
/// judged by `judge` (without one, a project is resolved when closed at all, and none is
/// overdue). Rows with nothing to count are left out.
pub fn rankings(b: &Bulletin, by: RankBy, judge: Option<&Judge>, sort: RankSort) -> Vec<RankRow> {
    let mut rows: Vec<RankRow> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for p in &b.projects {
        let resolved = match judge {
            Some(j) => is_resolved(p, j.on),
            None => is_closed(p),
        };
        let problem = !resolved
            && matches!(
                p.status,
                ProjectStatus::Behind | ProjectStatus::AtRisk | ProjectStatus::Unfinished
            );
        let lagging = !resolved && is_lagging(p);
        let overdue = judge.is_some_and(|j| j.warning(p) == Warning::Overdue);
        if !(problem || lagging || overdue) {
            continue;
        }
        for key in keys(p, by) {
            let i = *at.entry(key).or_insert_with(|| {
                rows.push(RankRow {
                    key: key.to_owned(),
                    label: if key == UNSPECIFIED {
                        crate::display::NOT_STATED
                    } else {
                        key
                    }
                    .to_owned(),
                    problems: 0,
                    lagging: 0,
                    overdue: 0,
                    project_ids: Vec::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[i];
            row.problems += usize::from(problem);
            row.lagging += usize::from(lagging);
            row.overdue += usize::from(overdue);
            if problem || overdue {
                row.project_ids.push(p.id.clone());
            }
        }
    }
    let others: Vec<RankSort> = RankSort::ALL.into_iter().filter(|s| *s != sort).collect();
    // 未注明 is a bucket of projects, not a unit or a district: it stands last, unranked.
    rows.sort_by(|x, y| {
        (x.key == UNSPECIFIED)
            .cmp(&(y.key == UNSPECIFIED))
            .then_with(|| y.count(sort).cmp(&x.count(sort)))
            .then_with(|| {
                others
                    .iter()
                    .map(|&s| y.count(s).cmp(&x.count(s)))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
            .then_with(|| x.key.cmp(&y.key))
    });
    rows
}

/// The rows `p` counts in, keyed as the ledger's unit and district facets key it.
fn keys(p: &Project, by: RankBy) -> Vec<&str> {
    match by {
        RankBy::Unit => vec![or_unspecified(&p.lead_unit)],
        RankBy::District => {
            let districts = p.districts();
            if districts.is_empty() {
                vec![UNSPECIFIED]
            } else {
                districts
            }
        }
    }
}
