//! Facet counts as faceted search shows them: each facet's counts apply every other
//! facet's choices (and the text query) but not its own, so its options stay comparable.

use std::collections::{BTreeSet, HashMap};

use super::{Facet, Filter, Query, UNSPECIFIED, or_unspecified, warning_of};
use crate::lang::Lang;
use crate::supervision::{Judge, Warning};
use crate::{Bulletin, Project, ProjectStatus};

/// One choice of a facet, with how many projects it would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// The value in the filter and URL: an id, or a unit or district name.
    pub value: String,
    /// What users read.
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

/// The options of every facet, and the projects that pass the whole filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub facets: Vec<(Facet, Vec<FacetOption>)>,
    /// Indices into `bulletin.projects` of the projects passing the whole filter, in order.
    pub matching: Vec<usize>,
}

impl FacetCounts {
    /// The filter in words, as a printed ledger heads it: each facet with what is chosen in
    /// it (所属领域：交通出行、宜居环境；状态：推进滞后), then the search; `None` when nothing
    /// narrows the ledger.
    pub fn chosen_in_words(&self, query: &str) -> Option<String> {
        let mut parts: Vec<String> = self
            .facets
            .iter()
            .filter_map(|(facet, options)| {
                let chosen: Vec<&str> = options
                    .iter()
                    .filter(|o| o.selected)
                    .map(|o| o.label.as_str())
                    .collect();
                (!chosen.is_empty()).then(|| format!("{}：{}", facet.label(), chosen.join("、")))
            })
            .collect();
        let query = query.trim();
        if !query.is_empty() {
            parts.push(format!("搜索：“{query}”"));
        }
        (!parts.is_empty()).then(|| parts.join("；"))
    }

    /// The options of `facet`, each called as [`Facet::option_label_in`] calls it in `lang`.
    pub fn options_in(&self, facet: Facet, lang: Lang) -> Vec<FacetOption> {
        self.options(facet)
            .iter()
            .map(|o| FacetOption {
                label: facet.option_label_in(o, lang),
                ..o.clone()
            })
            .collect()
    }

    /// The options of `facet`.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        self.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, o)| o.as_slice())
            .unwrap_or(&[])
    }
}

/// Each project's options in each facet, as indices, built once per bulletin so that a
/// filter change costs one pass of integer work over the projects (20,000 in a few ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetIndex {
    /// Per facet (in [`Facet::ALL`] order): its options as (value, label).
    options: Vec<Vec<(String, String)>>,
    /// Per facet: project `i`'s option indices are `values[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<Vec<u32>>,
    values: Vec<Vec<u32>>,
    /// Per project: its searchable text, see [`super::search::haystack`].
    haystacks: Vec<String>,
    /// The day warnings are judged on.
    judge: Option<Judge>,
}

impl FacetIndex {
    /// Indexes the projects of `bulletin`, their warnings judged on its period end.
    pub fn new(bulletin: &Bulletin) -> Self {
        Self::judged(bulletin, Judge::of(bulletin, false, ""))
    }

    /// Indexes the projects of `bulletin`, their warnings judged by `judge`.
    pub fn judged(bulletin: &Bulletin, judge: Option<Judge>) -> Self {
        let j = judge.as_ref();
        let mut options = Vec::new();
        let mut offsets = Vec::new();
        let mut values = Vec::new();
        for facet in Facet::ALL {
            let opts = facet_options(bulletin, facet, j);
            let at: HashMap<&str, u32> = opts
                .iter()
                .enumerate()
                .map(|(i, (v, _))| (v.as_str(), i as u32))
                .collect();
            let mut offs = Vec::with_capacity(bulletin.projects.len() + 1);
            let mut vals = Vec::with_capacity(bulletin.projects.len());
            offs.push(0);
            for p in &bulletin.projects {
                for_each_value(facet, p, j, |v| vals.extend(at.get(v).copied()));
                offs.push(vals.len() as u32);
            }
            options.push(opts);
            offsets.push(offs);
            values.push(vals);
        }
        let haystacks = bulletin
            .projects
            .iter()
            .map(super::search::haystack)
            .collect();
        Self {
            options,
            offsets,
            values,
            haystacks,
            judge,
        }
    }

    /// The judge its warnings were read with.
    pub fn judge(&self) -> Option<&Judge> {
        self.judge.as_ref()
    }

    /// Brings this index of `before` up to date with `after`: in place when only projects'
    /// searchable text changed (a note, an issue, a name: the usual edit), otherwise by
    /// indexing `after` afresh. The result always equals `FacetIndex::judged(after, judge)`
    /// with the judge it had; a new bulletin's judge is read from `after` with `judge_of`.
    pub fn update(&mut self, before: &Bulletin, after: &Bulletin) {
        let judge = self.judge;
        let same_lists = before.projects.len() == after.projects.len()
            && before.sectors == after.sectors
            && before.problem_types == after.problem_types;
        if same_lists {
            let changed: Vec<usize> = (0..after.projects.len())
                .filter(|&i| before.projects[i] != after.projects[i])
                .collect();
            let same_values = changed.iter().all(|&i| {
                Facet::ALL.iter().all(|&facet| {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    for_each_value(facet, &before.projects[i], judge.as_ref(), |v| a.push(v));
                    for_each_value(facet, &after.projects[i], judge.as_ref(), |v| b.push(v));
                    a == b
                })
            });
            if same_values {
                for i in changed {
                    self.haystacks[i] = super::search::haystack(&after.projects[i]);
                }
                return;
            }
        }
        *self = Self::judged(after, judge);
    }

    fn project_values(&self, facet: usize, project: usize) -> &[u32] {
        let offs = &self.offsets[facet];
        &self.values[facet][offs[project] as usize..offs[project + 1] as usize]
    }

    /// Counts every facet's options under `filter` and lists the projects that pass it.
    /// `bulletin` must be the one this index was built from.
    pub fn counts(&self, bulletin: &Bulletin, filter: &Filter) -> FacetCounts {
        let query = Query::new(filter.query());
        // Per facet, which options are chosen; `None` where the facet has no choice.
        let chosen: Vec<Option<Vec<bool>>> = Facet::ALL
            .iter()
            .zip(&self.options)
            .map(|(&f, opts)| {
                let selected: BTreeSet<&str> = filter.selected(f).collect();
                (!selected.is_empty()).then(|| {
                    opts.iter()
                        .map(|(v, _)| selected.contains(v.as_str()))
                        .collect()
                })
            })
            .collect();
        let mut counts: Vec<Vec<usize>> = self.options.iter().map(|o| vec![0; o.len()]).collect();
        let mut matching = Vec::new();
        let n = self.haystacks.len().min(bulletin.projects.len());
        let only = filter.only().map(|c| &c.ids);
        for i in 0..n {
            if !query.is_empty() && !query.matches_haystack(&self.haystacks[i]) {
                continue;
            }
            if only.is_some_and(|ids| !ids.contains(&bulletin.projects[i].id)) {
                continue;
            }
            // Bit k set: the project fails facet k's choice.
            let mut failed = 0u32;
            for (k, chosen) in chosen.iter().enumerate() {
                if let Some(chosen) = chosen
                    && !self
                        .project_values(k, i)
                        .iter()
                        .any(|&v| chosen[v as usize])
                {
                    failed |= 1 << k;
                }
            }
            if failed == 0 {
                matching.push(i);
            }
            for (k, facet_counts) in counts.iter_mut().enumerate() {
                if failed & !(1 << k) == 0 {
                    for &v in self.project_values(k, i) {
                        facet_counts[v as usize] += 1;
                    }
                }
            }
        }
        let facets = Facet::ALL
            .iter()
            .zip(&self.options)
            .zip(counts)
            .map(|((&facet, opts), counts)| {
                let options = opts
                    .iter()
                    .zip(counts)
                    .map(|((value, label), count)| FacetOption {
                        selected: filter.is_selected(facet, value),
                        value: value.clone(),
                        label: label.clone(),
                        count,
                    })
                    .collect();
                (facet, options)
            })
            .collect();
        FacetCounts { facets, matching }
    }
}

/// The options of every facet with their counts under `filter` (builds a throwaway index).
pub fn facet_counts(bulletin: &Bulletin, filter: &Filter) -> FacetCounts {
    FacetIndex::new(bulletin).counts(bulletin, filter)
}

/// Calls `f` with each of `project`'s values in `facet`.
fn for_each_value<'a>(
    facet: Facet,
    project: &'a Project,
    judge: Option<&Judge>,
    mut f: impl FnMut(&'a str),
) {
    match facet {
        Facet::Warning => f(warning_of(judge, project).id()),
        Facet::Sector => project.sector.iter().for_each(|s| f(s)),
        Facet::ProblemType => project.problem_types.iter().for_each(|t| f(t)),
        Facet::Status => f(project.status.id()),
        Facet::Unit => f(or_unspecified(&project.lead_unit)),
        // Counted once in each district the project lists.
        Facet::District => {
            let districts = project.districts();
            if districts.is_empty() {
                f(UNSPECIFIED);
            }
            districts.into_iter().for_each(f);
        }
    }
}

/// A facet's options: every sector, type and status the bulletin knows, and every unit and
/// district its projects name (sorted, "not given" last).
fn facet_options(
    bulletin: &Bulletin,
    facet: Facet,
    judge: Option<&Judge>,
) -> Vec<(String, String)> {
    match facet {
        // Only where supervision has begun: a bulletin no one has set a 整改时限 or 办结日期
        // in would show one option holding every project.
        Facet::Warning => {
            let mut present = BTreeSet::new();
            let mut started = false;
            for p in &bulletin.projects {
                started |= p.deadline.is_some() || p.resolved_on.is_some();
                present.insert(warning_of(judge, p));
            }
            Warning::ALL
                .iter()
                .filter(|w| started && present.contains(*w))
                .map(|w| (w.id().to_owned(), w.label().to_owned()))
                .collect()
        }
        Facet::Sector => bulletin
            .sectors
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect(),
        Facet::ProblemType => bulletin
            .problem_types
            .iter()
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect(),
        // The statuses its projects have: a 2023 bulletin has no 已完成全年, a notice of
        // unfinished items nothing but them.
        Facet::Status => ProjectStatus::ALL
            .iter()
            .filter(|s| bulletin.projects.iter().any(|p| p.status == **s))
            .map(|s| (s.id().to_owned(), s.label().to_owned()))
            .collect(),
        Facet::Unit | Facet::District => {
            let mut names: BTreeSet<&str> = BTreeSet::new();
            for p in &bulletin.projects {
                for_each_value(facet, p, judge, |v| {
                    names.insert(v);
                });
            }
            let unspecified = names.remove(UNSPECIFIED);
            let mut pairs: Vec<(String, String)> = names
                .into_iter()
                .map(|n| (n.to_owned(), n.to_owned()))
                .collect();
            if unspecified {
                pairs.push((
                    UNSPECIFIED.to_owned(),
                    crate::display::NOT_STATED.to_owned(),
                ));
            }
            pairs
        }
    }
}
