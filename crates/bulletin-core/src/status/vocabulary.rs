//! The one table of reported statuses, in the bulletin's own words, at each level.

use crate::supervision::Warning;
use crate::{ProjectStatus, SectorStatus};

/// The level of the bulletin a status is said of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// The items (实事) the bulletin counts, e.g. 50 件.
    Item,
    /// A sector (领域).
    Sector,
    /// A named project of the problem ledger.
    Project,
    /// A project against its 整改时限 (督办预警).
    Warning,
}

impl Level {
    /// The level as the reader knows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Item => "民生实事",
            Self::Sector => "领域",
            Self::Project => "问题项目",
            Self::Warning => "整改时限",
        }
    }
}

/// The classes a bulletin counts its items (实事) in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    Completed,
    Ahead,
    OnSchedule,
    Behind,
    Unfinished,
}

impl ItemStatus {
    /// Every class, in display order.
    pub const ALL: [ItemStatus; 5] = [
        Self::Completed,
        Self::Ahead,
        Self::OnSchedule,
        Self::Behind,
        Self::Unfinished,
    ];

    /// The key in the format (`summary.status_counts`) and in `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Ahead => "ahead",
            Self::OnSchedule => "on_schedule",
            Self::Behind => "behind",
            Self::Unfinished => "unfinished",
        }
    }

    /// The bulletin's word.
    pub fn label(self) -> &'static str {
        match self {
            Self::Completed => "已完成全年",
            Self::Ahead => "超序时",
            Self::OnSchedule => "按序时",
            Self::Behind => "未达序时",
            Self::Unfinished => "尚未完成",
        }
    }

    /// How many items the class has, as a field is named: `已完成全年件数`.
    pub fn count_label(self) -> &'static str {
        match self {
            Self::Completed => "已完成全年件数",
            Self::Ahead => "超序时件数",
            Self::OnSchedule => "按序时件数",
            Self::Behind => "未达序时件数",
            Self::Unfinished => "尚未完成件数",
        }
    }

    /// What the class means, for the page's 说明.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Completed => "已完成（或提前完成）全年目标",
            Self::Ahead => "按实施节点，推进超过序时要求（进展较快）",
            Self::OnSchedule => "按实施节点，推进达到序时要求",
            Self::Behind => "按实施节点，推进未达序时要求（欠序时、进度偏慢）",
            Self::Unfinished => "尚未完成年度目标，通报未说是否滞后",
        }
    }

    /// The class with this key.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One reported status: its level, key, the bulletin's word and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub level: Level,
    pub key: &'static str,
    pub label: &'static str,
    pub meaning: &'static str,
}

/// Every reported status at every level, in display order.
pub fn vocabulary() -> Vec<Word> {
    let items = ItemStatus::ALL.into_iter().map(|s| Word {
        level: Level::Item,
        key: s.id(),
        label: s.label(),
        meaning: s.meaning(),
    });
    let sectors = SectorStatus::ALL.into_iter().map(|s| Word {
        level: Level::Sector,
        key: s.id(),
        label: s.label(),
        meaning: s.meaning(),
    });
    let projects = ProjectStatus::ALL.into_iter().map(|s| Word {
        level: Level::Project,
        key: s.id(),
        label: s.label(),
        meaning: s.meaning(),
    });
    let warnings = Warning::ALL.into_iter().map(|w| Word {
        level: Level::Warning,
        key: w.id(),
        label: w.label(),
        meaning: w.meaning(),
    });
    items
        .chain(sectors)
        .chain(projects)
        .chain(warnings)
        .collect()
}
