//! A sector (领域) of the bulletin, such as 教育惠民.

use serde::{Deserialize, Serialize};

use crate::Extra;

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

/// Where a sector stands against the time schedule (序时进度).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorStatus {
    Ahead,
    OnSchedule,
    Behind,
}

impl SectorStatus {
    /// Every status, in display order.
    pub const ALL: [SectorStatus; 3] = [Self::Ahead, Self::OnSchedule, Self::Behind];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Self::Ahead => "ahead",
            Self::OnSchedule => "on_schedule",
            Self::Behind => "behind",
        }
    }

    /// The Chinese label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ahead => "超序时",
            Self::OnSchedule => "按序时",
            Self::Behind => "未达序时",
        }
    }

    /// Parses the JSON id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}
