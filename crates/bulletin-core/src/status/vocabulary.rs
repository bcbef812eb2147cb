//! The one table of reported statuses, in the bulletin's own words, at each level.

use crate::lang::{Lang, Words};
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
    /// Every level, in display order.
    pub const ALL: [Level; 4] = [Self::Item, Self::Sector, Self::Project, Self::Warning];

    /// The level as the reader knows it.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The level as the reader knows it, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Item => Words {
                zh: "民生实事",
                en: "Livelihood projects",
            },
            Self::Sector => Words {
                zh: "领域",
                en: "Sectors",
            },
            Self::Project => Words {
                zh: "问题项目",
                en: "Problem projects",
            },
            Self::Warning => Words {
                zh: "整改时限",
                en: "Rectification deadlines",
            },
        }
        .get(lang)
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
        self.label_in(Lang::Zh)
    }

    /// The bulletin's word, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Completed => Words {
                zh: "已完成全年",
                en: "Completed for the year",
            },
            Self::Ahead => Words {
                zh: "超序时",
                en: "Ahead of schedule",
            },
            Self::OnSchedule => Words {
                zh: "按序时",
                en: "On schedule",
            },
            Self::Behind => Words {
                zh: "未达序时",
                en: "Behind schedule",
            },
            Self::Unfinished => Words {
                zh: "尚未完成",
                en: "Not yet completed",
            },
        }
        .get(lang)
    }

    /// How many items the class has, as a field is named: `已完成全年件数`.
    pub fn count_label(self) -> &'static str {
        self.count_label_in(Lang::Zh)
    }

    /// How many items the class has, as a field is named, in `lang`: `Number completed for
    /// the year`.
    pub fn count_label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Completed => Words {
                zh: "已完成全年件数",
                en: "Number completed for the year",
            },
            Self::Ahead => Words {
                zh: "超序时件数",
                en: "Number ahead of schedule",
            },
            Self::OnSchedule => Words {
                zh: "按序时件数",
                en: "Number on schedule",
            },
            Self::Behind => Words {
                zh: "未达序时件数",
                en: "Number behind schedule",
            },
            Self::Unfinished => Words {
                zh: "尚未完成件数",
                en: "Number not yet completed",
            },
        }
        .get(lang)
    }

    /// What the class means, for the page's 说明.
    pub fn meaning(self) -> &'static str {
        self.meaning_in(Lang::Zh)
    }

    /// What the class means, for the page's 说明, in `lang`.
    pub fn meaning_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Completed => Words {
                zh: "已完成（或提前完成）全年目标",
                en: "The year's target has been met (or met early)",
            },
            Self::Ahead => Words {
                zh: "按实施节点，推进超过序时要求（进展较快）",
                en: "By its implementation milestones, ahead of the time-elapsed target (progressing quickly)",
            },
            Self::OnSchedule => Words {
                zh: "按实施节点，推进达到序时要求",
                en: "By its implementation milestones, meeting the time-elapsed target",
            },
            Self::Behind => Words {
                zh: "按实施节点，推进未达序时要求（欠序时、进度偏慢）",
                en: "By its implementation milestones, short of the time-elapsed target (progressing slowly)",
            },
            Self::Unfinished => Words {
                zh: "尚未完成年度目标，通报未说是否滞后",
                en: "The year's target is not yet met; the bulletin does not say whether it lags",
            },
        }
        .get(lang)
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
    vocabulary_in(Lang::Zh)
}

/// Every reported status at every level, in display order, its words in `lang`.
pub fn vocabulary_in(lang: Lang) -> Vec<Word> {
    let items = ItemStatus::ALL.into_iter().map(|s| Word {
        level: Level::Item,
        key: s.id(),
        label: s.label_in(lang),
        meaning: s.meaning_in(lang),
    });
    let sectors = SectorStatus::ALL.into_iter().map(|s| Word {
        level: Level::Sector,
        key: s.id(),
        label: s.label_in(lang),
        meaning: s.meaning_in(lang),
    });
    let projects = ProjectStatus::ALL.into_iter().map(|s| Word {
        level: Level::Project,
        key: s.id(),
        label: s.label_in(lang),
        meaning: s.meaning_in(lang),
    });
    let warnings = Warning::ALL.into_iter().map(|w| Word {
        level: Level::Warning,
        key: w.id(),
        label: w.label_in(lang),
        meaning: w.meaning_in(lang),
    });
    items
        .chain(sectors)
        .chain(projects)
        .chain(warnings)
        .collect()
}
