//! Investment progress against the time schedule (序时进度), graded.

use serde::{Deserialize, Serialize};

use crate::{Bulletin, Extra};

/// How far under the schedule investment may fall before it is flagged, in percentage
/// points; the bulletin may set its own (`schedule_grading`), else [`Grading::default`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grading {
    /// From this many points under the schedule: 落后序时 (yellow).
    pub yellow_from: f64,
    /// From this many points under the schedule: 严重落后序时 (red).
    pub red_from: f64,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Grading {
    /// 10 and 30 points under, the thresholds several cities publish.
    fn default() -> Self {
        Self {
            yellow_from: 10.0,
            red_from: 30.0,
            extra: Extra::default(),
        }
    }
}

impl Grading {
    /// The thresholds that apply to `bulletin`.
    pub fn of(bulletin: &Bulletin) -> Self {
        bulletin.schedule_grading.clone().unwrap_or_default()
    }

    /// The grade of `points` (完成年度计划 − 序时进度); `None` when it cannot be worked out.
    pub fn grade(&self, points: Option<f64>) -> Option<Grade> {
        let points = points.filter(|p| p.is_finite())?;
        Some(if points > 0.0 {
            Grade::Ahead
        } else if points <= -self.red_from {
            Grade::Red
        } else if points <= -self.yellow_from {
            Grade::Yellow
        } else {
            Grade::OnTrack
        })
    }

    /// What each grade means under these thresholds, in words.
    pub fn meaning(&self, grade: Grade) -> String {
        let (yellow, red) = (
            crate::display::number(self.yellow_from, 1),
            crate::display::number(self.red_from, 1),
        );
        match grade {
            Grade::Ahead => "完成年度计划高于序时进度".to_owned(),
            Grade::OnTrack => format!("低于序时进度不到 {yellow} 个百分点，或正好持平"),
            Grade::Yellow => format!("低于序时进度 {yellow} 个百分点及以上、不到 {red} 个百分点"),
            Grade::Red => format!("低于序时进度 {red} 个百分点及以上"),
        }
    }
}

/// Where investment stands against the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grade {
    Ahead,
    OnTrack,
    Yellow,
    Red,
}

impl Grade {
    /// Every grade, best first.
    pub const ALL: [Grade; 4] = [Self::Ahead, Self::OnTrack, Self::Yellow, Self::Red];

    /// The key of the grade in the page's markup (`data-grade`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Ahead => "ahead",
            Self::OnTrack => "on_track",
            Self::Yellow => "yellow",
            Self::Red => "red",
        }
    }

    /// What the reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ahead => "投资超序时",
            Self::OnTrack => "投资基本达序时",
            Self::Yellow => "投资落后序时",
            Self::Red => "投资严重落后序时",
        }
    }
}
