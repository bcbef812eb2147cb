//! Two bulletins of a series compared: what moved in each sector, which projects fell
//! behind, recovered, stayed behind or came and went, how the districts' ranks moved and how
//! the item counts per class changed.

mod lists;
mod matching;

use std::collections::{HashMap, HashSet};

use crate::figures::{Figures, sector_gap, tidy};
use crate::status::ItemStatus;
use crate::{Bulletin, ProjectStatus, Sector, SectorStatus};

pub use lists::Listed;

/// One figure in the earlier and the later bulletin, and how it moved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change<T> {
    pub before: Option<T>,
    pub after: Option<T>,
    /// `after − before`; `None` unless both are known.
    pub delta: Option<T>,
}

impl Change<f64> {
    fn of_f64(before: Option<f64>, after: Option<f64>) -> Self {
        Self {
            before,
            after,
            // Tidied so that 45.3 − 43.1 reads 2.2, as the bulletins write their figures.
            delta: before.zip(after).map(|(b, a)| tidy(a - b)),
        }
    }
}

impl Change<i64> {
    fn of_i64(before: Option<i64>, after: Option<i64>) -> Self {
        Self {
            before,
            after,
            delta: before.zip(after).map(|(b, a)| a.saturating_sub(b)),
        }
    }
}

/// Everything that changed from one bulletin to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Per sector of the later bulletin in its order, then those only in the earlier one.
    pub sectors: Vec<SectorChange>,
    /// How the statuses of projects in both moved: one entry per (from, to) that occurs.
    pub transitions: Vec<Transition>,
    /// 新增滞后: lagging now, and not before or new.
    pub newly_behind: Vec<Listed>,
    /// 已恢复/已解决: resolved since, or no longer lagging.
    pub recovered: Vec<Listed>,
    /// 连续滞后: lagging in both, with how many bulletins in a row.
    pub still_behind: Vec<Listed>,
    /// 新增项目: only in the later bulletin.
    pub added: Vec<Listed>,
    /// 已移出: only in the earlier bulletin.
    pub removed: Vec<Listed>,
    /// How each district's rank moved; `None` unless both bulletins rank the districts.
    pub ranks: Option<Vec<RankChange>>,
    /// Items per class in both; `None` unless both bulletins count their items.
    pub status_counts: Option<Vec<CountChange>>,
}

/// One sector in the two bulletins.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorChange {
    /// Its id in the later bulletin, or in the earlier one when only there.
    pub id: String,
    pub name: String,
    /// Whether the earlier bulletin has the sector.
    pub in_before: bool,
    /// Whether the later bulletin has the sector.
    pub in_after: bool,
    /// Completed share of the annual plan, in percent; the delta in percentage points.
    pub plan_pct: Change<f64>,
    /// `plan_pct` minus each bulletin's own 序时进度, in percentage points.
    pub gap_pp: Change<f64>,
    /// Items on schedule: all of the sector's items when the bulletin says it is on schedule.
    pub on_schedule: Change<i64>,
    /// Whether `on_schedule` was worked out from the sector's status (no bulletin counts it).
    pub on_schedule_worked_out: bool,
    /// Ids of the later bulletin's projects in the sector, to filter the ledger by.
    pub project_ids: Vec<String>,
}

/// Projects in both bulletins that went from one status to another (or kept it).
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    pub from: ProjectStatus,
    pub to: ProjectStatus,
    /// Their ids in the later bulletin.
    pub ids: Vec<String>,
}

/// One district's place in the two rankings, the bulletins' own rank numbers (ties share one).
#[derive(Debug, Clone, PartialEq)]
pub struct RankChange {
    pub district: String,
    pub before: Option<u64>,
    pub after: Option<u64>,
    /// Places moved up (上升) when positive, down (下降) when negative; `None` unless ranked in both.
    pub moved: Option<i64>,
    /// Ids of the later bulletin's projects naming the district.
    pub project_ids: Vec<String>,
}

/// One class of items in the two bulletins' counts.
#[derive(Debug, Clone, PartialEq)]
pub struct CountChange {
    pub class: ItemStatus,
    pub before: Option<u64>,
    pub after: Option<u64>,
    /// `after − before`; `None` unless both count the class.
    pub delta: Option<i64>,
}

/// Compares `before` with `after`, the next bulletin of its series; `earlier` are the
/// series' bulletins before `before`, oldest first, read only to count 连续 N 期滞后.
pub fn compare(before: &Bulletin, after: &Bulletin, earlier: &[&Bulletin]) -> Comparison {
    let projects = lists::compare_projects(before, after, earlier);
    Comparison {
        sectors: sectors(before, after),
        transitions: projects.transitions,
        newly_behind: projects.newly_behind,
        recovered: projects.recovered,
        still_behind: projects.still_behind,
        added: projects.added,
        removed: projects.removed,
        ranks: ranks(before, after),
        status_counts: status_counts(before, after),
    }
}

fn sectors(before: &Bulletin, after: &Bulletin) -> Vec<SectorChange> {
    let pairs = matching::Matching::new(&before.sectors, &after.sectors);
    let mut ids_by_sector: HashMap<&str, Vec<String>> = HashMap::new();
    for p in &after.projects {
        if let Some(s) = p.sector.as_deref() {
            ids_by_sector.entry(s).or_default().push(p.id.clone());
        }
    }
    let mut out: Vec<SectorChange> = after
        .sectors
        .iter()
        .zip(&pairs.of_after)
        .map(|(a, pair)| {
            let b = pair.map(|(i, _)| &before.sectors[i]);
            let ids = ids_by_sector.remove(a.id.as_str()).unwrap_or_default();
            sector_change(before, after, (b, Some(a)), a, ids)
        })
        .collect();
    for (b, _) in before
        .sectors
        .iter()
        .zip(&pairs.taken)
        .filter(|(_, t)| !**t)
    {
        out.push(sector_change(before, after, (Some(b), None), b, Vec::new()));
    }
    out
}

/// The sector as `b` in `before` and `a` in `after`; it is called by its id and name in
/// `named`, the later one when it has both.
fn sector_change(
    before: &Bulletin,
    after: &Bulletin,
    (b, a): (Option<&Sector>, Option<&Sector>),
    named: &Sector,
    project_ids: Vec<String>,
) -> SectorChange {
    let on_schedule = |s: &Sector| {
        (s.status != SectorStatus::Behind).then(|| i64::try_from(s.items).unwrap_or(i64::MAX))
    };
    let (on_b, on_a) = (b.and_then(on_schedule), a.and_then(on_schedule));
    SectorChange {
        id: named.id.clone(),
        name: named.name.clone(),
        in_before: b.is_some(),
        in_after: a.is_some(),
        plan_pct: Change::of_f64(b.and_then(|s| s.plan_pct), a.and_then(|s| s.plan_pct)),
        gap_pp: Change::of_f64(
            b.and_then(|s| sector_gap(s, before.schedule_target_pct)),
            a.and_then(|s| sector_gap(s, after.schedule_target_pct)),
        ),
        on_schedule: Change::of_i64(on_b, on_a),
        on_schedule_worked_out: on_b.is_some() || on_a.is_some(),
        project_ids,
    }
}

fn ranks(before: &Bulletin, after: &Bulletin) -> Option<Vec<RankChange>> {
    let (b_rows, a_rows) = (ranked(before)?, ranked(after)?);
    let mut ids_by_district: HashMap<&str, Vec<String>> = HashMap::new();
    for p in &after.projects {
        for d in p.districts() {
            ids_by_district.entry(d).or_default().push(p.id.clone());
        }
    }
    let b_rank: HashMap<&str, u64> = b_rows.iter().copied().collect();
    let a_rank: HashMap<&str, u64> = a_rows.iter().copied().collect();
    let rows = a_rows
        .iter()
        .map(|&(d, rank)| (d, b_rank.get(d).copied(), Some(rank)))
        .chain(
            b_rows
                .iter()
                .filter(|(d, _)| !a_rank.contains_key(d))
                .map(|&(d, rank)| (d, Some(rank), None)),
        )
        .map(|(d, b, a)| RankChange {
            district: d.to_owned(),
            before: b,
            after: a,
            moved: b.zip(a).map(|(b, a)| signed(b).saturating_sub(signed(a))),
            project_ids: ids_by_district.get(d).cloned().unwrap_or_default(),
        })
        .collect();
    Some(rows)
}

/// The districts `b` ranks, each once, in order of rank; `None` when it ranks none.
fn ranked(b: &Bulletin) -> Option<Vec<(&str, u64)>> {
    let list = b.district_ranking.as_ref().filter(|r| !r.is_empty())?;
    let mut rows: Vec<(&str, u64)> = Vec::with_capacity(list.len());
    let mut seen: HashSet<&str> = HashSet::with_capacity(list.len());
    for r in list {
        let name = r.district.trim();
        // A district written twice keeps its first place, as the reader would take it.
        if seen.insert(name) {
            rows.push((name, r.rank));
        }
    }
    // Stable: districts sharing a rank stay in the notice's order.
    rows.sort_by_key(|&(_, rank)| rank);
    Some(rows)
}

fn signed(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn status_counts(before: &Bulletin, after: &Bulletin) -> Option<Vec<CountChange>> {
    let (b, a) = (
        Figures::of(before).status_counts,
        Figures::of(after).status_counts,
    );
    if b.is_empty() || a.is_empty() {
        return None;
    }
    let get = |counts: &[(ItemStatus, u64)], k: ItemStatus| {
        counts.iter().find(|(c, _)| *c == k).map(|&(_, n)| n)
    };
    let rows = ItemStatus::ALL
        .into_iter()
        .filter_map(|class| {
            let (before, after) = (get(&b, class), get(&a, class));
            (before.is_some() || after.is_some()).then(|| CountChange {
                class,
                before,
                after,
                delta: before
                    .zip(after)
                    .map(|(b, a)| signed(a).saturating_sub(signed(b))),
            })
        })
        .collect();
    Some(rows)
}
