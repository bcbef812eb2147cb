//! A project the bulletin names as lagging or having a problem.

use serde::{Deserialize, Serialize};

use crate::Extra;
use crate::lang::{Lang, Words};

/// One entry of the problem ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub name: String,
    /// Id of the sector the project belongs to; `None` where the notice has no sectors.
    pub sector: Option<String>,
    /// 牵头单位, when the bulletin names it.
    pub lead_unit: Option<String>,
    /// 县区, when the bulletin names one (format version 1's single district).
    pub district: Option<String>,
    /// Every district the project lags in, when it names several; read with [`Project::districts`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub districts: Option<Vec<String>>,
    /// The problem in each district, when it differs by district.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<Vec<DistrictProblem>>,
    /// The project's own figures, when the notice gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<ProjectFigures>,
    /// Whose item it is (省, 市, 县), when the notice says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    pub status: ProjectStatus,
    /// 责任人: who answers for fixing it, when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// 整改时限: the date it is to be put right by (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// 督办记录: each time it was followed up, oldest first as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_ups: Option<Vec<FollowUp>>,
    /// 办结日期: when it was resolved (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_on: Option<String>,
    /// Ids of the problem types that hold the project back.
    pub problem_types: Vec<String>,
    /// What is wrong, in the bulletin's words.
    pub issue: String,
    /// Staff's own note.
    pub note: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Project {
    /// The districts the project names: its `districts`, else its one `district`; blanks
    /// and repeats left out.
    pub fn districts(&self) -> Vec<&str> {
        let listed: Vec<&str> = match &self.districts {
            Some(list) => list.iter().map(String::as_str).collect(),
            None => self.district.as_deref().into_iter().collect(),
        };
        let mut out: Vec<&str> = Vec::with_capacity(listed.len());
        for d in listed.into_iter().map(str::trim).filter(|d| !d.is_empty()) {
            if !out.contains(&d) {
                out.push(d);
            }
        }
        out
    }

    /// The latest follow-up by date; of two on one day, the one written later.
    pub fn latest_follow_up(&self) -> Option<&FollowUp> {
        // `max_by` keeps the last of equal ones.
        self.follow_ups
            .as_ref()?
            .iter()
            .max_by(|a, b| a.date.cmp(&b.date))
    }

    /// The latest follow-up as the ledger, its sheet and a 督办单 say it:
    /// `2023-07-05 电话督办（市督查室），共 2 次`.
    pub fn latest_follow_up_line(&self) -> Option<String> {
        let (all, last) = (self.follow_ups.as_ref()?, self.latest_follow_up()?);
        let mut out = last.line();
        if all.len() > 1 {
            out.push_str(&format!("，共 {} 次", all.len()));
        }
        Some(out)
    }
}

impl FollowUp {
    /// One line: `2023-07-05 电话督办（市督查室）`, who only when given.
    pub fn line(&self) -> String {
        let by = self
            .by
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(|b| format!("（{b}）"))
            .unwrap_or_default();
        format!("{} {}{by}", self.date.trim(), self.text.trim())
    }
}

/// One follow-up (督办) of a project: when, what was done or said, and by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The problem of a project in one district (or, with no district, in general).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DistrictProblem {
    pub district: Option<String>,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A project's own figures; investments in the bulletin's `currency_unit`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ProjectFigures {
    #[serde(
        default,
        serialize_with = "crate::json_number::optional_whole_if_integral"
    )]
    pub planned_investment: Option<f64>,
    #[serde(
        default,
        serialize_with = "crate::json_number::optional_whole_if_integral"
    )]
    pub completed_investment: Option<f64>,
    /// Completed share of the annual plan, in percent.
    #[serde(
        default,
        serialize_with = "crate::json_number::optional_whole_if_integral"
    )]
    pub plan_pct: Option<f64>,
    /// How far along the project is, in percent.
    #[serde(
        default,
        serialize_with = "crate::json_number::optional_whole_if_integral"
    )]
    pub progress_pct: Option<f64>,
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
    /// 超序时: ahead of the schedule.
    Ahead,
    /// 已完成全年: the year's target met.
    Completed,
    /// 尚未完成: listed as not yet finished, with no more said.
    Unfinished,
}

impl ProjectStatus {
    /// Every status, in display order.
    pub const ALL: [ProjectStatus; 7] = [
        Self::Behind,
        Self::AtRisk,
        Self::Unfinished,
        Self::OnSchedule,
        Self::Ahead,
        Self::Completed,
        Self::Resolved,
    ];

    /// The id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Self::OnSchedule => "on_schedule",
            Self::AtRisk => "at_risk",
            Self::Behind => "behind",
            Self::Resolved => "resolved",
            Self::Ahead => "ahead",
            Self::Completed => "completed",
            Self::Unfinished => "unfinished",
        }
    }

    /// The Chinese label shown to users.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The label shown to users, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::OnSchedule => Words {
                zh: "按序时",
                en: "On schedule",
            },
            Self::AtRisk => Words {
                zh: "存在困难",
                en: "Facing difficulties",
            },
            Self::Behind => Words {
                zh: "推进滞后",
                en: "Lagging",
            },
            Self::Resolved => Words {
                zh: "已解决",
                en: "Resolved",
            },
            Self::Ahead => Words {
                zh: "超序时",
                en: "Ahead of schedule",
            },
            Self::Completed => Words {
                zh: "已完成全年",
                en: "Completed for the year",
            },
            Self::Unfinished => Words {
                zh: "尚未完成",
                en: "Not yet completed",
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
            Self::OnSchedule => Words {
                zh: "按序时推进，列入台账以便跟踪",
                en: "On schedule; listed in the ledger to be kept track of",
            },
            Self::AtRisk => Words {
                zh: "通报所述推进存在困难，尚未滞后",
                en: "The bulletin says it faces difficulties but is not yet lagging",
            },
            Self::Behind => Words {
                zh: "通报所述推进滞后或未达序时",
                en: "The bulletin says it lags or is behind the time-elapsed target",
            },
            Self::Resolved => Words {
                zh: "问题已解决（由督查人员标记）",
                en: "The problem is resolved (marked by supervision staff)",
            },
            Self::Ahead => Words {
                zh: "通报所述进展超过序时要求",
                en: "The bulletin says it is ahead of the time-elapsed target",
            },
            Self::Completed => Words {
                zh: "通报所述已完成全年目标",
                en: "The bulletin says the year's target has been met",
            },
            Self::Unfinished => Words {
                zh: "通报列为尚未完成，未说是否滞后",
                en: "The bulletin lists it as not yet completed, without saying whether it lags",
            },
        }
        .get(lang)
    }

    /// Parses the JSON id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}
