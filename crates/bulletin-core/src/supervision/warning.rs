//! Each project's warning (督办预警) against its 整改时限: overdue, due soon, resolved, and
//! the date that is judged on — the bulletin's period end, or today for the copy being worked.

use super::Day;
use crate::lang::{Lang, Words};
use crate::{Bulletin, Project, ProjectStatus};

/// Days before a deadline a project counts as due soon when the bulletin does not say.
pub const DUE_SOON_DAYS: u64 = 3;

/// Where a project stands against its 整改时限 on the day judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Warning {
    /// Past its deadline and not resolved.
    Overdue,
    /// Its deadline is within the warning days.
    DueSoon,
    /// A deadline further off.
    Pending,
    /// No deadline set.
    NoDeadline,
    /// Resolved (办结) by the day judged.
    Resolved,
}

impl Warning {
    /// Every warning, in display order.
    pub const ALL: [Warning; 5] = [
        Self::Overdue,
        Self::DueSoon,
        Self::Pending,
        Self::NoDeadline,
        Self::Resolved,
    ];

    /// The key in `data-warning`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Overdue => "overdue",
            Self::DueSoon => "due_soon",
            Self::Pending => "pending",
            Self::NoDeadline => "no_deadline",
            Self::Resolved => "resolved",
        }
    }

    /// The word shown.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The word shown, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Overdue => Words {
                zh: "已逾期",
                en: "Overdue",
            },
            Self::DueSoon => Words {
                zh: "临近时限",
                en: "Due soon",
            },
            Self::Pending => Words {
                zh: "未到时限",
                en: "Not yet due",
            },
            Self::NoDeadline => Words {
                zh: "未定时限",
                en: "No deadline",
            },
            Self::Resolved => Words {
                zh: "已解决",
                en: "Resolved",
            },
        }
        .get(lang)
    }

    /// What it means, for the page's 说明.
    pub fn meaning(self) -> &'static str {
        self.meaning_in(Lang::Zh)
    }

    /// What it means, for the page's 说明, in `lang`.
    pub fn meaning_in(self, lang: Lang) -> &'static str {
        match self {
            Self::Overdue => Words {
                zh: "已过整改时限，尚未解决",
                en: "Past its rectification deadline and not resolved",
            },
            Self::DueSoon => Words {
                zh: "距整改时限不超过预警天数，尚未解决",
                en: "Within the warning days of its rectification deadline and not resolved",
            },
            Self::Pending => Words {
                zh: "定有整改时限，离时限还远",
                en: "Has a rectification deadline still some way off",
            },
            Self::NoDeadline => Words {
                zh: "尚未定整改时限",
                en: "No rectification deadline set yet",
            },
            Self::Resolved => Words {
                zh: "已解决（办结），不再预警",
                en: "Resolved (closed); no longer warned about",
            },
        }
        .get(lang)
    }

    /// The warning with this key.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.id() == id)
    }
}

/// Which day the warnings are judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JudgedBy {
    /// The bulletin's period end: how things stood when it was written.
    PeriodEnd,
    /// Today: the copy being worked on, the newest of its series.
    Today,
}

/// The day warnings are judged on, and how near a deadline counts as soon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judge {
    pub on: Day,
    pub by: JudgedBy,
    pub soon_days: u64,
}

impl Judge {
    /// The judge of `b`: on `today` when `live` (the newest bulletin of its series, the one
    /// being worked on), else on its period end. `None` when the day cannot be read.
    pub fn of(b: &Bulletin, live: bool, today: &str) -> Option<Self> {
        let (on, by) = if live {
            (Day::parse(today)?, JudgedBy::Today)
        } else {
            (Day::parse(&b.period.end)?, JudgedBy::PeriodEnd)
        };
        Some(Self {
            on,
            by,
            soon_days: b.due_soon_days.unwrap_or(DUE_SOON_DAYS),
        })
    }

    /// The warning of `p` on the day judged.
    pub fn warning(&self, p: &Project) -> Warning {
        if is_resolved(p, self.on) {
            return Warning::Resolved;
        }
        let Some(deadline) = p.deadline.as_deref().and_then(Day::parse) else {
            return Warning::NoDeadline;
        };
        let left = self.on.days_until(deadline);
        if left < 0 {
            Warning::Overdue
        } else if left as u64 <= self.soon_days {
            Warning::DueSoon
        } else {
            Warning::Pending
        }
    }

    /// What the page says of it: `预警按今天（2026-12-01）判断，整改时限前 3 天起为临近`.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::Zh)
    }

    /// What the page says of it, in `lang`: `Warnings judged as of today (1 Dec 2026); “Due
    /// soon” from 3 days before the rectification deadline`.
    pub fn describe_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            let day = crate::display::date_in(&self.on.iso(), lang);
            let by = match self.by {
                JudgedBy::Today => format!("as of today ({day})"),
                JudgedBy::PeriodEnd => format!("as of the bulletin's period end ({day})"),
            };
            let days = if self.soon_days == 1 { "day" } else { "days" };
            return format!(
                "Warnings judged {by}; “{}” from {} {days} before the rectification deadline",
                Warning::DueSoon.label_in(lang),
                self.soon_days,
            );
        }
        let day = match self.by {
            JudgedBy::Today => format!("按今天（{}）", self.on.iso()),
            JudgedBy::PeriodEnd => format!("按通报期末（{}）", self.on.iso()),
        };
        format!(
            "预警{day}判断；整改时限前 {} 天内为“{}”",
            self.soon_days,
            Warning::DueSoon.label()
        )
    }
}

/// Whether `p` is resolved by `on`: marked 已解决, or given a 办结日期 no later than it.
pub fn is_resolved(p: &Project, on: Day) -> bool {
    p.status == ProjectStatus::Resolved
        || p.resolved_on
            .as_deref()
            .and_then(Day::parse)
            .is_some_and(|d| d <= on)
}

/// Whether `p` is lagging (推进滞后).
pub fn is_lagging(p: &Project) -> bool {
    p.status == ProjectStatus::Behind
}

/// Whether `p` is resolved at all, whatever the day: for carrying projects over.
pub fn is_closed(p: &Project) -> bool {
    p.status == ProjectStatus::Resolved || p.resolved_on.is_some()
}
