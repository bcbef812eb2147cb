//! A project the bulletin names as lagging or having a problem.

use serde::{Deserialize, Serialize};

use crate::Extra;

/// One entry of the problem ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub name: String,
    /// Id of the sector the project belongs to.
    pub sector: String,
    /// 牵头单位, when the bulletin names it.
    pub lead_unit: Option<String>,
    /// 县区, when the bulletin names it.
    pub district: Option<String>,
    pub status: ProjectStatus,
    /// Ids of the problem types that hold the project back.
    pub problem_types: Vec<String>,
    /// What is wrong, in the bulletin's words.
    pub issue: String,
    /// Staff's own note.
    pub note: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// How a project stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    OnSchedule,
    AtRisk,
    Behind,
    Resolved,
}

impl ProjectStatus {
    /// Every status, in display order.
    pub const ALL: [ProjectStatus; 4] =
        [Self::Behind, Self::AtRisk, Self::OnSchedule, Self::Resolved];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Self::OnSchedule => "on_schedule",
            Self::AtRisk => "at_risk",
            Self::Behind => "behind",
            Self::Resolved => "resolved",
        }
    }

    /// The Chinese label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Self::OnSchedule => "按序时",
            Self::AtRisk => "存在困难",
            Self::Behind => "推进滞后",
            Self::Resolved => "已解决",
        }
    }

    /// What the status says, for the page's 说明.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::OnSchedule => "按序时推进，列入台账以便跟踪",
            Self::AtRisk => "通报所述推进存在困难，尚未滞后",
            Self::Behind => "通报所述推进滞后或未达序时",
            Self::Resolved => "问题已解决（由督查人员标记）",
        }
    }

    /// Parses the JSON id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}
