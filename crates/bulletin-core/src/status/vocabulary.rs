//! The one table of reported statuses, in the bulletin's own words, at each level.

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
}

impl Level {
    /// The level as the reader knows it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Item => "民生实事",
            Self::Sector => "领域",
            Self::Project => "问题项目",
        }
    }
}

/// Where the bulletin counts items (实事): only as numbers of each class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    OnSchedule,
    Behind,
}

impl ItemStatus {
    /// Every class, in display order.
    pub const ALL: [ItemStatus; 2] = [Self::OnSchedule, Self::Behind];

    /// The key in the format and in `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Self::OnSchedule => "on_schedule",
            Self::Behind => "behind",
        }
    }

    /// The bulletin's word.
    pub fn label(self) -> &'static str {
        match self {
            Self::OnSchedule => "按序时",
            Self::Behind => "未达序时",
        }
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
        meaning: match s {
            ItemStatus::OnSchedule => "按实施节点，推进达到序时要求",
            ItemStatus::Behind => "按实施节点，推进未达序时要求",
        },
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
    items.chain(sectors).chain(projects).collect()
}
