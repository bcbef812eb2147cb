//! Sorting the ledger by any column; always stable, so equal rows keep the bulletin's order.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::status_rank;
use crate::Bulletin;
use crate::lang::Lang;

/// A column of the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    Sector,
    LeadUnit,
    District,
    Status,
    ProblemTypes,
    Issue,
    Note,
    /// 整改时限, with the owner and the latest follow-up beside it.
    Deadline,
}

impl SortColumn {
    /// Every column, in the ledger's order.
    pub const ALL: [SortColumn; 9] = [
        Self::Name,
        Self::Sector,
        Self::LeadUnit,
        Self::District,
        Self::Status,
        Self::Deadline,
        Self::ProblemTypes,
        Self::Issue,
        Self::Note,
    ];

    /// The id used in the URL (`sort=status`, `sort=-name`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Sector => "sector",
            Self::LeadUnit => "unit",
            Self::District => "district",
            Self::Status => "status",
            Self::ProblemTypes => "problem",
            Self::Issue => "issue",
            Self::Note => "note",
            Self::Deadline => "deadline",
        }
    }

    /// The project field the column shows.
    pub fn field(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Sector => "sector",
            Self::LeadUnit => "lead_unit",
            Self::District => "districts",
            Self::Status => "status",
            Self::ProblemTypes => "problem_types",
            Self::Issue => "issue",
            Self::Note => "note",
            Self::Deadline => "deadline",
        }
    }

    /// The column heading: the field's label in the field table.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The column heading in `lang`: the field's label in the field table.
    pub fn label_in(self, lang: Lang) -> &'static str {
        crate::form::label_in(crate::form::Part::Project, self.field(), lang).unwrap_or_default()
    }

    /// Parses a URL id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// A sort order: a column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

/// Sorts `indices` (into `bulletin.projects`) by `sort`; `None` keeps the bulletin's order.
///
/// Text is compared with `collate`, so the browser can order Chinese by pinyin
/// (`Intl.Collator`); sectors, statuses and problem types sort in the bulletin's own order.
/// Missing values sort last in either direction.
pub fn sort_projects(
    bulletin: &Bulletin,
    indices: &mut [usize],
    sort: Option<Sort>,
    collate: &dyn Fn(&str, &str) -> Ordering,
) {
    let Some(Sort { column, descending }) = sort else {
        return;
    };
    let sector_rank: HashMap<&str, usize> = bulletin
        .sectors
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let type_rank: HashMap<&str, usize> = bulletin
        .problem_types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let projects = &bulletin.projects;
    let direct = |o: Ordering| if descending { o.reverse() } else { o };
    match column {
        SortColumn::Status => indices.sort_by(|&a, &b| {
            direct(status_rank(projects[a].status).cmp(&status_rank(projects[b].status)))
        }),
        SortColumn::Sector => indices.sort_by(|&a, &b| {
            let rank = |i: usize| {
                projects[i]
                    .sector
                    .as_deref()
                    .and_then(|s| sector_rank.get(s))
                    .copied()
            };
            missing_last(rank(a), rank(b), |x, y| direct(x.cmp(&y)))
        }),
        SortColumn::ProblemTypes => indices.sort_by(|&a, &b| {
            let rank = |i: usize| {
                projects[i]
                    .problem_types
                    .iter()
                    .filter_map(|t| type_rank.get(t.as_str()))
                    .min()
            };
            missing_last(rank(a), rank(b), |x, y| direct(x.cmp(y)))
        }),
        // ISO dates order as they read.
        SortColumn::Deadline => indices.sort_by(|&a, &b| {
            let day = |i: usize| present(projects[i].deadline.as_deref());
            missing_last(day(a), day(b), |x, y| direct(x.cmp(y)))
        }),
        _ => indices.sort_by(|&a, &b| {
            let value = |i: usize| {
                let p = &projects[i];
                present(match column {
                    SortColumn::Name => Some(p.name.as_str()),
                    SortColumn::LeadUnit => p.lead_unit.as_deref(),
                    // By the first district it lists.
                    SortColumn::District => p.districts().first().copied(),
                    SortColumn::Issue => Some(p.issue.as_str()),
                    _ => Some(p.note.as_str()),
                })
            };
            missing_last(value(a), value(b), |x, y| direct(collate(x, y)))
        }),
    }
}

/// Blank text counts as missing.
fn present(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// Orders present values with `cmp` and puts missing ones last, whatever the direction.
fn missing_last<T>(a: Option<T>, b: Option<T>, cmp: impl FnOnce(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => cmp(a, b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
