//! The bulletin domain of 民生实事督查看板: the bulletin model (format version 1),
//! loading and validation with JSON paths, derived figures and Chinese display
//! formatting. Plain Rust with no browser dependency, so all of it is tested natively.

pub mod blank;
mod bulletin;
pub mod chart_data;
pub mod csv;
mod diagnostic;
pub mod display;
pub mod docx;
pub mod draft;
pub mod edit;
mod figures;
pub mod filter;
pub mod form;
pub mod import;
mod json_number;
mod json_text;
pub mod lang;
pub mod library;
mod load;
mod project;
pub mod report;
pub mod saving;
mod sector;
pub mod status;
pub mod summary_text;
pub mod supervision;
pub mod synthetic;
mod validation;
pub mod worker_protocol;

pub use bulletin::{
    Bulletin, DistrictRank, FORMAT, Period, ProblemType, Requirement, SUPPORTED_VERSIONS, Snapshot,
    Source, Summary,
};
pub use diagnostic::{Diagnostic, JsonPath, Severity};
pub use figures::{Figures, SectorFigures};
pub use load::{LoadFailure, Loaded, check, load, load_checked};
pub use project::{DistrictProblem, FollowUp, Project, ProjectFigures, ProjectStatus};
pub use sector::{Sector, SectorStatus};
pub use validation::{DUE_SOON_DAYS_MAX, PLAN_PCT_MAX, validate};

/// Extra fields this version does not know, kept so that load, edit and export lose nothing.
pub type Extra = serde_json::Map<String, serde_json::Value>;
