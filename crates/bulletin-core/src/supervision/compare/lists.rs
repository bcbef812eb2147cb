//! The projects of two bulletins matched one to one, and the lists the comparison makes of
//! them: newly behind, recovered, still behind, added and removed, and the status matrix.

use super::Transition;
use super::matching::Matching;
use crate::supervision::{Day, is_closed, is_lagging, is_resolved};
use crate::{Bulletin, Project, ProjectStatus};

/// A project named in one of the comparison's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Its id in the later bulletin; for a removed project, in the earlier one.
    pub id: String,
    pub name: String,
    /// Matched by its name, its id having changed (the page says 按名称对应).
    pub by_name: bool,
    /// For a project still behind: how many bulletins in a row, ending with the later one,
    /// it has been lagging in.
    pub periods_behind: Option<usize>,
}

/// What [`super::compare`] takes from the projects.
pub(super) struct ProjectLists {
    pub transitions: Vec<Transition>,
    pub newly_behind: Vec<Listed>,
    pub recovered: Vec<Listed>,
    pub still_behind: Vec<Listed>,
    pub added: Vec<Listed>,
    pub removed: Vec<Listed>,
}

/// How a bulletin judges its projects: on its period end, or with no readable end, by
/// whether they are closed at all.
#[derive(Clone, Copy)]
struct Judged(Option<Day>);

impl Judged {
    fn of(b: &Bulletin) -> Self {
        Self(Day::parse(&b.period.end))
    }

    fn resolved(self, p: &Project) -> bool {
        match self.0 {
            Some(day) => is_resolved(p, day),
            None => is_closed(p),
        }
    }

    /// Lagging and not resolved: a project given its 办结日期 but still marked behind has
    /// recovered, and is not also counted as still behind.
    fn lagging(self, p: &Project) -> bool {
        is_lagging(p) && !self.resolved(p)
    }
}

fn listed(p: &Project, by_name: bool) -> Listed {
    Listed {
        id: p.id.clone(),
        name: p.name.clone(),
        by_name,
        periods_behind: None,
    }
}

/// The projects of `before` and `after` paired and listed; `earlier` only extends the
/// counts of those still behind.
pub(super) fn compare_projects(
    before: &Bulletin,
    after: &Bulletin,
    earlier: &[&Bulletin],
) -> ProjectLists {
    let m = Matching::new(&before.projects, &after.projects);
    let (jb, ja) = (Judged::of(before), Judged::of(after));
    let mut out = ProjectLists {
        transitions: Vec::new(),
        newly_behind: Vec::new(),
        recovered: Vec::new(),
        still_behind: Vec::new(),
        added: Vec::new(),
        removed: Vec::new(),
    };
    const N: usize = ProjectStatus::ALL.len();
    let status_at = |s: ProjectStatus| ProjectStatus::ALL.iter().position(|x| *x == s);
    // Cell `from * N + to`, so that the cells come out in the statuses' order.
    let mut matrix: Vec<Vec<String>> = vec![Vec::new(); N * N];
    // Still-behind projects: their slot in the list and their index in `before`.
    let mut chains: Vec<(usize, usize)> = Vec::new();
    for (a, pair) in after.projects.iter().zip(&m.of_after) {
        let lagging_now = ja.lagging(a);
        let Some((i, by_name)) = *pair else {
            if lagging_now {
                out.newly_behind.push(listed(a, false));
            }
            out.added.push(listed(a, false));
            continue;
        };
        let b = &before.projects[i];
        if let (Some(from), Some(to)) = (status_at(b.status), status_at(a.status)) {
            matrix[from * N + to].push(a.id.clone());
        }
        let lagging_then = jb.lagging(b);
        if lagging_now && !lagging_then {
            out.newly_behind.push(listed(a, by_name));
        }
        if (ja.resolved(a) && !jb.resolved(b)) || (lagging_then && !lagging_now) {
            out.recovered.push(listed(a, by_name));
        }
        if lagging_now && lagging_then {
            chains.push((out.still_behind.len(), i));
            out.still_behind.push(Listed {
                periods_behind: Some(2),
                ..listed(a, by_name)
            });
        }
    }
    count_back(before, earlier, chains, &mut out.still_behind);
    out.removed = before
        .projects
        .iter()
        .zip(&m.taken)
        .filter(|(_, taken)| !**taken)
        .map(|(b, _)| listed(b, false))
        .collect();
    out.transitions = matrix
        .into_iter()
        .enumerate()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(cell, ids)| Transition {
            from: ProjectStatus::ALL[cell / N],
            to: ProjectStatus::ALL[cell % N],
            ids,
        })
        .collect();
    out
}

/// Walks back from `before` through `earlier`, newest first, adding one to each chain's
/// count for every bulletin further back its project was lagging in, until it was not.
fn count_back(
    before: &Bulletin,
    earlier: &[&Bulletin],
    mut chains: Vec<(usize, usize)>,
    still_behind: &mut [Listed],
) {
    let mut newer = before;
    for &older in earlier.iter().rev() {
        if chains.is_empty() {
            break;
        }
        let m = Matching::new(&older.projects, &newer.projects);
        let judged = Judged::of(older);
        chains.retain_mut(|(slot, at)| {
            let Some((i, _)) = m.of_after[*at] else {
                return false;
            };
            if !judged.lagging(&older.projects[i]) {
                return false;
            }
            *at = i;
            if let Some(n) = still_behind[*slot].periods_behind.as_mut() {
                *n += 1;
            }
            true
        });
        newer = older;
    }
}
