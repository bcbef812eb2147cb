//! Investment progress against the time schedule (序时进度), graded.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, Words};
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
        self.meaning_in(grade, Lang::Zh)
    }

    /// What each grade means under these thresholds, in `lang`; the thresholds written as
    /// [`crate::display::number`] writes them in either.
    pub fn meaning_in(&self, grade: Grade, lang: Lang) -> String {
        let (yellow, red) = (
            crate::display::number(self.yellow_from, 1),
            crate::display::number(self.red_from, 1),
        );
        match (lang, grade) {
            (Lang::Zh, Grade::Ahead) => "完成年度计划高于序时进度".to_owned(),
            (Lang::Zh, Grade::OnTrack) => {
                format!("低于序时进度不到 {yellow} 个百分点，或正好持平")
            }
            (Lang::Zh, Grade::Yellow) => {
                format!("低于序时进度 {yellow} 个百分点及以上、不到 {red} 个百分点")
            }
            (Lang::Zh, Grade::Red) => format!("低于序时进度 {red} 个百分点及以上"),
            (Lang::En, Grade::Ahead) => {
                "Share of the annual plan completed above the time-elapsed target".to_owned()
            }
            (Lang::En, Grade::OnTrack) => format!(
                "Less than {yellow} percentage points below the time-elapsed target, or level with it"
            ),
            (Lang::En, Grade::Yellow) => format!(
                "{yellow} percentage points or more below the time-elapsed target, but less than {red}"
            ),
            (Lang::En, Grade::Red) => {
                format!("{red} percentage points or more below the time-elapsed target")
            }
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
        self.label_in(Lang::Zh)
    }

    /// What the reader sees, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Ahead => Words {
                zh: "投资超序时",
                en: "Investment ahead of schedule",
            },
            Self::OnTrack => Words {
                zh: "投资基本达序时",
                en: "Investment about on schedule",
            },
            Self::Yellow => Words {
                zh: "投资落后序时",
                en: "Investment behind schedule",
            },
            Self::Red => Words {
                zh: "投资严重落后序时",
                en: "Investment far behind schedule",
            },
        }
        .get(lang)
    }
}
