//! The next bulletin of a series: its period and 序时进度 proposed, the figures left to fill
//! (未报告), every unresolved project carried over with its owner, deadline and follow-ups,
//! the resolved ones left out — so the office types nothing twice and misses no item.

use super::{Day, is_closed};
use crate::{Bulletin, Period, ProjectFigures};

/// A period proposed to follow another, with its 序时进度.
#[derive(Debug, Clone, PartialEq)]
pub struct NextPeriod {
    pub period: Period,
    /// The share of the year elapsed at its end (months ÷ 12), when the bulletin before
    /// gave one; `None` when it did not (its city does not state one).
    pub schedule_target_pct: Option<f64>,
}

/// What the next bulletin was made with, for the page to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    pub bulletin: Bulletin,
    /// The series both bulletins now belong to.
    pub series: String,
    /// Projects carried over, and resolved ones left out.
    pub carried: usize,
    pub left_out: usize,
}

/// Quarter names for a series that steps by quarters.
const QUARTERS: [&str; 4] = ["一季度", "上半年", "前三季度", "全年"];

/// The period after `p`. A period from 1 January to the end of a month steps to the end of
/// the next month (or quarter, when its label speaks of quarters or halves), and into the
/// next year after December; any other period is followed by one as long, starting the day
/// after it ends.
pub fn next_period(p: &Period, target: Option<f64>) -> Option<NextPeriod> {
    let start = Day::parse(&p.start)?;
    let end = Day::parse(&p.end)?;
    let (sy, sm, sd) = start.ymd();
    let (ey, em, _) = end.ymd();
    let month_ends = Day::month_end(ey, em) == end;
    let from_january = (sm, sd) == (1, 1) && sy == ey;
    if month_ends && from_january {
        let quarterly = ["季度", "半年"].iter().any(|w| p.label.contains(w)) && em % 3 == 0;
        let step = if quarterly { 3 } else { 1 };
        let (year, month) = if em + step > 12 {
            (ey + 1, step)
        } else {
            (ey, em + step)
        };
        let label = if quarterly {
            QUARTERS[(month / 3 - 1) as usize].to_owned()
        } else {
            monthly_label(&p.label, month)
        };
        return Some(NextPeriod {
            period: Period {
                year: i64::from(year),
                label,
                start: Day::from_ymd(year, 1, 1).iso(),
                end: Day::month_end(year, month).iso(),
                extra: p.extra.clone(),
            },
            schedule_target_pct: target.map(|_| (f64::from(month) / 12.0 * 1000.0).round() / 10.0),
        });
    }
    // Not a running total from January: the same length again.
    let (next_start, next_end) = if month_ends && sd == 1 {
        let months = (ey - sy) as u32 * 12 + em - sm + 1;
        let (mut y, mut m) = (ey, em + months);
        while m > 12 {
            m -= 12;
            y += 1;
        }
        (end.plus(1), Day::month_end(y, m))
    } else {
        let length = start.days_until(end);
        (end.plus(1), end.plus(length + 1))
    };
    let (y, m, _) = next_end.ymd();
    let (_, first_month, _) = next_start.ymd();
    let label = if month_ends && first_month == m {
        format!("{m}月")
    } else if month_ends {
        format!("{first_month}至{m}月")
    } else {
        format!("{}至{}", next_start.iso(), next_end.iso())
    };
    Some(NextPeriod {
        period: Period {
            year: i64::from(y),
            label,
            start: next_start.iso(),
            end: next_end.iso(),
            extra: p.extra.clone(),
        },
        schedule_target_pct: None,
    })
}

/// `1至8月` after `1至7月`, in the writing of the label before (`1-7月`, `1—7月份`).
fn monthly_label(before: &str, month: u32) -> String {
    if month == 1 {
        return "1月".to_owned();
    }
    let chars: Vec<char> = before.chars().collect();
    let joins = ['至', '-', '—', '–', '~', '～', '到'];
    if chars.first() == Some(&'1')
        && let Some(&join) = chars.get(1).filter(|c| joins.contains(c))
    {
        let suffix = if before.ends_with("月份") {
            "月份"
        } else {
            "月"
        };
        return format!("1{join}{month}{suffix}");
    }
    if month == 12 {
        return "全年".to_owned();
    }
    format!("1至{month}月")
}

/// The next bulletin after `b`, with id `id`: see the module's summary. `b` gets the series
/// too, which the caller sets on it (the returned `series`).
pub fn next_bulletin(b: &Bulletin, id: &str, next: NextPeriod) -> Made {
    let series = b.series.clone().unwrap_or_else(|| b.id.clone());
    let same_year = next.period.year == b.period.year;
    let mut n = b.clone();
    n.id = id.to_owned();
    n.series = Some(series.clone());
    if n.title.contains(&b.period.label) && !b.period.label.is_empty() {
        n.title = n.title.replacen(&b.period.label, &next.period.label, 1);
    }
    n.period = next.period;
    n.schedule_target_pct = next.schedule_target_pct;
    n.preamble = None;
    n.source = None;
    n.snapshot = None;
    n.district_ranking = None;
    n.attachments = None;
    let s = &mut n.summary;
    s.completed_investment = None;
    s.plan_pct = None;
    s.items_on_schedule = None;
    s.status_counts = None;
    s.text = String::new();
    if !same_year {
        s.annual_investment = None;
    }
    for sector in &mut n.sectors {
        sector.completed_investment = None;
        sector.plan_pct = None;
        sector.text = None;
        sector.highlights.clear();
        sector.problems.clear();
    }
    let before = n.projects.len();
    n.projects.retain(|p| !is_closed(p));
    for p in &mut n.projects {
        if let Some(f) = &p.figures {
            p.figures = Some(ProjectFigures {
                planned_investment: f.planned_investment.filter(|_| same_year),
                extra: f.extra.clone(),
                ..ProjectFigures::default()
            });
        }
    }
    let carried = n.projects.len();
    Made {
        bulletin: n,
        series,
        carried,
        left_out: before - carried,
    }
}

/// An id for the next bulletin: `{series}-{year}-{month}` of its end, unique by `taken`.
pub fn next_id(series: &str, next: &Period, taken: impl Fn(&str) -> bool) -> String {
    let (y, m, d) = Day::parse(&next.end).map_or((0, 0, 0), Day::ymd);
    let base = if Day::month_end(y, m).ymd().2 == d {
        format!("{series}-{y}-{m:02}")
    } else {
        format!("{series}-{}", next.end)
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}
