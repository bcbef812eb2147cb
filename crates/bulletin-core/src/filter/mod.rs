//! The ledger's filter state: facet selections and a text query, shared by the facet
//! controls, the charts and the URL.

mod facets;
mod search;
mod sort;
mod url;

use std::collections::{BTreeMap, BTreeSet};

use crate::lang::Lang;
use crate::supervision::{Judge, Warning, is_closed};
use crate::{Bulletin, Project, ProjectStatus};

pub use facets::{FacetCounts, FacetIndex, FacetOption, facet_counts};
pub use search::{Query, highlight};
pub use sort::{Sort, SortColumn, sort_projects};
pub use url::{MAX_QUERY_CHARS, ViewState, parse_query, to_query};

/// Facet value standing for "not given" (a project with no lead unit or district).
pub const UNSPECIFIED: &str = "-";

/// A dimension the ledger can be narrowed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Sector,
    ProblemType,
    Status,
    Unit,
    District,
    /// Where a project stands against its 整改时限 ([`Warning`]).
    Warning,
}

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 6] = [
        Self::Sector,
        Self::ProblemType,
        Self::Status,
        Self::Unit,
        Self::District,
        Self::Warning,
    ];

    /// The URL parameter of this facet.
    pub fn param(self) -> &'static str {
        match self {
            Self::Sector => "sector",
            Self::ProblemType => "problem",
            Self::Status => "status",
            Self::Unit => "unit",
            Self::District => "district",
            Self::Warning => "warning",
        }
    }

    /// The project field the facet reads.
    pub fn field(self) -> &'static str {
        match self {
            Self::Sector => "sector",
            Self::ProblemType => "problem_types",
            Self::Status => "status",
            Self::Unit => "lead_unit",
            Self::District => "districts",
            Self::Warning => "deadline",
        }
    }

    /// The Chinese name shown on the facet's control: the field's label in the field table.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Zh)
    }

    /// The name shown on the facet's control in `lang`: the field's label in the field table.
    pub fn label_in(self, lang: Lang) -> &'static str {
        crate::form::label_in(crate::form::Part::Project, self.field(), lang).unwrap_or_default()
    }

    /// What `option` of this facet is called in `lang`: statuses and warnings in `lang`,
    /// [`UNSPECIFIED`] as `Not stated`, sectors, problem types, units and districts by the
    /// bulletin's names as written.
    pub fn option_label_in(self, option: &FacetOption, lang: Lang) -> String {
        let value = option.value.as_str();
        match self {
            Self::Status => ProjectStatus::from_id(value).map(|s| s.label_in(lang)),
            Self::Warning => Warning::from_id(value).map(|w| w.label_in(lang)),
            Self::Unit | Self::District if value == UNSPECIFIED => {
                Some(crate::display::not_stated_in(lang))
            }
            _ => None,
        }
        .map_or_else(|| option.label.clone(), str::to_owned)
    }

    /// Whether `project` has one of `selected` in this facet, its warning judged by `judge`.
    fn matches(
        self,
        project: &Project,
        selected: &BTreeSet<String>,
        judge: Option<&Judge>,
    ) -> bool {
        match self {
            Self::Sector => project
                .sector
                .as_ref()
                .is_some_and(|s| selected.contains(s)),
            Self::ProblemType => project.problem_types.iter().any(|t| selected.contains(t)),
            Self::Status => selected.contains(project.status.id()),
            Self::Unit => selected.contains(or_unspecified(&project.lead_unit)),
            Self::District => {
                let districts = project.districts();
                if districts.is_empty() {
                    selected.contains(UNSPECIFIED)
                } else {
                    districts.iter().any(|d| selected.contains(*d))
                }
            }
            Self::Warning => selected.contains(warning_of(judge, project).id()),
        }
    }
}

/// The warning of `project` by `judge`; without one (a period end that cannot be read),
/// only whether it is resolved is known.
pub fn warning_of(judge: Option<&Judge>, project: &Project) -> Warning {
    match judge {
        Some(j) => j.warning(project),
        None if is_closed(project) => Warning::Resolved,
        None => Warning::NoDeadline,
    }
}

/// A project's value in the unit and district facets.
pub(crate) fn or_unspecified(value: &Option<String>) -> &str {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or(UNSPECIFIED)
}

/// Facet selections (any of the values within a facet; all facets together) and a text query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    selected: BTreeMap<Facet, BTreeSet<String>>,
    query: String,
    /// Only these projects (by id), as a figure of the compare view or a 红黑榜 row chose
    /// them, with what they are called there.
    only: Option<Chosen>,
}

/// Projects chosen by a figure elsewhere on the page: their ids and what it calls them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chosen {
    pub label: String,
    pub ids: BTreeSet<String>,
}

impl Filter {
    /// Selects `value` in `facet` if it was not selected, and unselects it if it was.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = self.selected.entry(facet).or_default();
        if !set.remove(value) {
            set.insert(value.to_owned());
        }
        if set.is_empty() {
            self.selected.remove(&facet);
        }
    }

    /// Adds `value` to the selection of `facet`.
    pub fn select(&mut self, facet: Facet, value: &str) {
        self.selected
            .entry(facet)
            .or_default()
            .insert(value.to_owned());
    }

    /// Whether `value` is selected in `facet`.
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected.get(&facet).is_some_and(|s| s.contains(value))
    }

    /// The selected values of `facet`, sorted.
    pub fn selected(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.selected
            .get(&facet)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Removes every selection of `facet`.
    pub fn clear_facet(&mut self, facet: Facet) {
        self.selected.remove(&facet);
    }

    /// The free-text query as typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Replaces the free-text query; overly long text is cut to [`MAX_QUERY_CHARS`].
    pub fn set_query(&mut self, query: &str) {
        self.query = query.chars().take(MAX_QUERY_CHARS).collect();
    }

    /// Narrows the ledger to the projects `chosen`, or stops doing so with `None`.
    pub fn set_only(&mut self, chosen: Option<Chosen>) {
        self.only = chosen;
    }

    /// The projects the ledger is narrowed to, if a figure chose them.
    pub fn only(&self) -> Option<&Chosen> {
        self.only.as_ref()
    }

    /// Whether nothing narrows the ledger.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && self.query.trim().is_empty() && self.only.is_none()
    }

    /// Whether `project` passes every facet except `except`, the chosen projects and the
    /// text query.
    fn passes(
        &self,
        project: &Project,
        query: &Query,
        except: Option<Facet>,
        judge: Option<&Judge>,
    ) -> bool {
        query.matches(project)
            && self
                .only
                .as_ref()
                .is_none_or(|c| c.ids.contains(&project.id))
            && self
                .selected
                .iter()
                .filter(|(f, _)| Some(**f) != except)
                .all(|(f, set)| f.matches(project, set, judge))
    }

    /// Indices into `bulletin.projects` of the projects that pass, in the bulletin's order,
    /// warnings judged on its period end.
    pub fn matching(&self, bulletin: &Bulletin) -> Vec<usize> {
        let query = Query::new(&self.query);
        let judge = Judge::of(bulletin, false, "");
        (0..bulletin.projects.len())
            .filter(|&i| self.passes(&bulletin.projects[i], &query, None, judge.as_ref()))
            .collect()
    }
}

/// The status order used in facets and sorting: most urgent first.
pub fn status_rank(status: ProjectStatus) -> usize {
    ProjectStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(usize::MAX)
}
