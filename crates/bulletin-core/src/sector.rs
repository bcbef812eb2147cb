//! A sector (领域) of the bulletin, such as 教育惠民.

use serde::{Deserialize, Serialize};

use crate::Extra;
use crate::lang::{Lang, Words};

/// One of the bulletin's sectors with its figures, highlights and problems.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sector {
    pub id: String,
    pub name: String,
    /// Number of items (实事) in the sector.
    pub items: u64,
    /// Number of sub-items (事项), when the bulletin gives it.
    pub sub_items: Option<u64>,
    /// Completed investment in the bulletin's currency unit; `None` when not reported.
    #[serde(serialize_with = "crate::json_number::optional_whole_if_integral")]
    pub completed_investment: Option<f64>,
    /// Completed share of the annual plan, in percent; `None` when not reported.
    #[serde(serialize_with = "crate::json_number::optional_whole_if_integral")]
    pub plan_pct: Option<f64>,
    pub status: SectorStatus,
    /// The bulletin's own sentence on the sector's overall progress, when transcribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub highlights: Vec<String>,
    pub problems: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where the bulletin says a sector stands against the time schedule (序时进度), by its
/// implementation milestones (see [`crate::status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorStatus {
    Ahead,
    OnSchedule,
    /// 按序时推进，但“还存在一些问题困难”.
    OnScheduleWithProblems,
    Behind,
}

impl SectorStatus {
    /// Every status, in display order.
    pub const ALL: [SectorStatus; 4] = [
        Self::Ahead,
        Self::OnSchedule,
        Self::OnScheduleWithProblems,
        Self::Behind,
    ];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Self::Ahead => "ahead",
            Self::OnSchedule => "on_schedule",
            Self::OnScheduleWithProblems => "on_schedule_with_problems",
            Self::Behind => "behind",
        }
    }

    /// The Chinese label shown to users.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The label shown to users, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Ahead => Words {
                zh: "超序时",
                en: "Ahead of schedule",
            },
            Self::OnSchedule => Words {
                zh: "按序时",
                en: "On schedule",
            },
            Self::OnScheduleWithProblems => Words {
                zh: "按序时但存在问题",
                en: "On schedule, with problems",
            },
            Self::Behind => Words {
                zh: "未达序时",
                en: "Behind schedule",
            },
        }
        .get(lang)
    }

    /// What the status says, for the page's 说明.
    pub fn meaning(self) -> &'static str {
        self.meaning_in(Lang::Zh)
    }

    /// What the status says, for the page's 说明, in `lang`.
    pub fn meaning_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Ahead => Words {
                zh: "通报称该领域推进超过序时要求",
                en: "The bulletin says the sector is ahead of the time-elapsed target",
            },
            Self::OnSchedule => Words {
                zh: "通报称该领域按序时推进",
                en: "The bulletin says the sector is on schedule",
            },
            Self::OnScheduleWithProblems => Words {
                zh: "通报称该领域按序时推进，但还存在一些问题困难",
                en: "The bulletin says the sector is on schedule but still has some problems and difficulties",
            },
            Self::Behind => Words {
                zh: "通报称该领域有项目进展未达序时（未达预期）",
                en: "The bulletin says some of the sector's projects are behind the time-elapsed target (short of expectations)",
            },
        }
        .get(lang)
    }

    /// Parses the JSON id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}
