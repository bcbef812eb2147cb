//! Facet counts as faceted search shows them: each facet's counts apply every other
//! facet's choices (and the text query) but not its own, so its options stay comparable.

use std::collections::{BTreeMap, HashMap};

use super::{Facet, Filter, Query, UNSPECIFIED, or_unspecified};
use crate::{Bulletin, ProjectStatus};

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

/// The options of every facet, and how many projects pass the whole filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub facets: Vec<(Facet, Vec<FacetOption>)>,
    /// Indices into `bulletin.projects` of the projects passing the whole filter, in order.
    pub matching: Vec<usize>,
}

impl FacetCounts {
    /// The options of `facet`.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        self.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, o)| o.as_slice())
            .unwrap_or(&[])
    }
}

/// The options of every facet with their counts under `filter`, in one pass over the projects.
pub fn facet_counts(bulletin: &Bulletin, filter: &Filter) -> FacetCounts {
    let mut facets: Vec<(Facet, Vec<FacetOption>)> = Facet::ALL
        .iter()
        .map(|&f| (f, options(bulletin, filter, f)))
        .collect();
    let index: Vec<HashMap<String, usize>> = facets
        .iter()
        .map(|(_, opts)| {
            opts.iter()
                .enumerate()
                .map(|(i, o)| (o.value.clone(), i))
                .collect()
        })
        .collect();
    let query = Query::new(filter.query());
    let mut matching = Vec::new();
    for (i, p) in bulletin.projects.iter().enumerate() {
        if !query.matches(p) {
            continue;
        }
        // Which selected facets this project fails; with two or more it counts nowhere.
        let failed: Vec<Facet> = filter
            .selected
            .iter()
            .filter(|(f, set)| !f.matches(p, set))
            .map(|(f, _)| *f)
            .collect();
        if failed.is_empty() {
            matching.push(i);
        }
        for (k, (facet, opts)) in facets.iter_mut().enumerate() {
            if failed.iter().any(|f| f != facet) {
                continue;
            }
            let mut bump = |value: &str| {
                if let Some(&at) = index[k].get(value) {
                    opts[at].count += 1;
                }
            };
            match facet {
                Facet::Sector => bump(&p.sector),
                Facet::ProblemType => p.problem_types.iter().for_each(|t| bump(t)),
                Facet::Status => bump(p.status.id()),
                Facet::Unit => bump(or_unspecified(&p.lead_unit)),
                Facet::District => bump(or_unspecified(&p.district)),
            }
        }
    }
    FacetCounts { facets, matching }
}

/// A facet's options with zero counts: every sector, type and status the bulletin knows,
/// and every unit and district its projects name (sorted, "not given" last).
fn options(bulletin: &Bulletin, filter: &Filter, facet: Facet) -> Vec<FacetOption> {
    let pairs: Vec<(String, String)> = match facet {
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
        Facet::Status => ProjectStatus::ALL
            .iter()
            .map(|s| (s.id().to_owned(), s.label().to_owned()))
            .collect(),
        Facet::Unit | Facet::District => {
            let mut names: BTreeMap<&str, ()> = BTreeMap::new();
            for p in &bulletin.projects {
                let v = if facet == Facet::Unit {
                    &p.lead_unit
                } else {
                    &p.district
                };
                names.insert(or_unspecified(v), ());
            }
            let unspecified = names.remove(UNSPECIFIED).is_some();
            let mut pairs: Vec<(String, String)> = names
                .into_keys()
                .map(|n| (n.to_owned(), n.to_owned()))
                .collect();
            if unspecified {
                pairs.push((UNSPECIFIED.to_owned(), "未注明".to_owned()));
            }
            pairs
        }
    };
    pairs
        .into_iter()
        .map(|(value, label)| FacetOption {
            selected: filter.is_selected(facet, &value),
            value,
            label,
            count: 0,
        })
        .collect()
}
