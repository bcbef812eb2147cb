//! Figures derived from a bulletin's reported numbers.

use crate::status::ItemStatus;
use crate::{Bulletin, Sector};

/// Derived overall figures of a bulletin, computed once per change of data.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// Completed investment as a share of annual investment, in percent; `None` when either
    /// is unreported or the plan is 0 ([`crate::display::share`] tells which). Infinite when a
    /// tiny plan overflows it; display shows that as 数值超出范围.
    pub completion_pct: Option<f64>,
    /// `completion_pct` minus the schedule target, in percentage points.
    pub schedule_gap_pp: Option<f64>,
    /// Items not on schedule, when both counts are given.
    pub items_behind: Option<u64>,
    /// Items on schedule as a share of all items, in percent.
    pub on_schedule_pct: Option<f64>,
    /// Sum of the sector investments that are reported (infinite if the sum overflows).
    pub attributed_investment: f64,
    /// Completed investment not attributed to any sector (negative when sectors add up to more).
    pub unattributed_investment: Option<f64>,
    /// Per sector, in the bulletin's order.
    pub sectors: Vec<SectorFigures>,
    /// Items per status class, in the vocabulary's order: the notice's own counts, else the
    /// two worked out from `items` and `items_on_schedule`.
    pub status_counts: Vec<(ItemStatus, u64)>,
}

/// Derived figures of one sector.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorFigures {
    pub id: String,
    /// `plan_pct` minus the schedule target, in percentage points.
    pub schedule_gap_pp: Option<f64>,
    /// Number of ledger projects in the sector.
    pub projects: usize,
}

impl Figures {
    /// Computes the derived figures of `bulletin`.
    pub fn of(bulletin: &Bulletin) -> Self {
        let s = &bulletin.summary;
        let completion_pct = match (s.completed_investment, s.annual_investment) {
            (Some(done), Some(plan)) if plan > 0.0 => Some(done / plan * 100.0),
            // Some notices give the share without the plan it is a share of.
            (_, None) => s.plan_pct,
            _ => None,
        };
        let items_behind = s
            .items
            .zip(s.items_on_schedule)
            .map(|(all, on)| all.saturating_sub(on));
        let attributed_investment = tidy(
            bulletin
                .sectors
                .iter()
                .filter_map(|x| x.completed_investment)
                .sum(),
        );
        Self {
            completion_pct,
            schedule_gap_pp: completion_pct
                .zip(bulletin.schedule_target_pct)
                .map(|(p, target)| p - target),
            items_behind,
            on_schedule_pct: s
                .items
                .zip(s.items_on_schedule)
                .filter(|(all, _)| *all > 0)
                .map(|(all, on)| on as f64 / all as f64 * 100.0),
            status_counts: status_counts(s, items_behind),
            attributed_investment,
            unattributed_investment: s
                .completed_investment
                .map(|done| tidy(done - attributed_investment)),
            sectors: bulletin
                .sectors
                .iter()
                .map(|sector| SectorFigures {
                    id: sector.id.clone(),
                    schedule_gap_pp: sector_gap(sector, bulletin.schedule_target_pct),
                    projects: bulletin
                        .projects
                        .iter()
                        .filter(|p| p.sector.as_deref() == Some(sector.id.as_str()))
                        .count(),
                })
                .collect(),
        }
    }

    /// Number of projects held back by each problem type, in the bulletin's order of types.
    pub fn projects_per_problem_type(bulletin: &Bulletin) -> Vec<(String, usize)> {
        bulletin
            .problem_types
            .iter()
            .map(|t| {
                let n = bulletin
                    .projects
                    .iter()
                    .filter(|p| p.problem_types.contains(&t.id))
                    .count();
                (t.id.clone(), n)
            })
            .collect()
    }
}

/// A sector's `plan_pct` minus the schedule target, in percentage points.
pub(crate) fn sector_gap(sector: &Sector, target_pct: Option<f64>) -> Option<f64> {
    sector.plan_pct.zip(target_pct).map(|(p, t)| tidy(p - t))
}

/// The notice's counts per class in the vocabulary's order (keys it does not know are left
/// to validation), else on schedule and behind from the two counts.
fn status_counts(s: &crate::Summary, behind: Option<u64>) -> Vec<(ItemStatus, u64)> {
    match &s.status_counts {
        Some(counts) => ItemStatus::ALL
            .into_iter()
            .filter_map(|k| counts.get(k.id()).map(|&n| (k, n)))
            .collect(),
        None => s
            .items_on_schedule
            .map(|on| (ItemStatus::OnSchedule, on))
            .into_iter()
            .chain(behind.map(|b| (ItemStatus::Behind, b)))
            .collect(),
    }
}

/// Rounds away binary noise such as 70.09999999999 so that sums compare and print as written.
pub(crate) fn tidy(n: f64) -> f64 {
    let scaled = n * 1e6;
    // Past about 1e302 the scaling overflows, and a finite figure would come back infinite;
    // such figures have no noise at the sixth decimal to round away.
    if scaled.is_finite() {
        scaled.round() / 1e6
    } else {
        n
    }
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn tidying_keeps_every_finite_figure_finite() {
        assert_eq!(tidy(70.09999999999), 70.1);
        assert_eq!(tidy(1e303), 1e303);
        assert_eq!(tidy(f64::MAX), f64::MAX);
        assert_eq!(tidy(-f64::MAX), -f64::MAX);
    }
}
