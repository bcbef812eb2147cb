//! The board's sections, one file each. They format data; they hold no domain logic.

mod charts;
mod data_checks;
mod dialog;
mod district_ranking;
mod edit_bar;
mod editor;
mod header;
mod import;
mod ledger;
mod notice_area;
mod overview;
mod problem_types;
mod requirements;
mod sector_details;
mod sector_table;
mod status;
mod status_help;
mod supervision;
mod switcher;

pub use charts::Charts;
pub use data_checks::DataChecks;
pub use district_ranking::DistrictRanking;
pub use edit_bar::EditBar;
pub use editor::{Editor, Open};
pub use header::Header;
pub use import::{Import, ImportControls, ImportDialogs};
pub use ledger::Ledger;
pub use notice_area::NoticeArea;
pub use overview::Overview;
pub use problem_types::ProblemTypes;
pub use requirements::Requirements;
pub use sector_details::SectorDetails;
pub use sector_table::SectorTable;
pub use supervision::{Compare, Overdue, Rankings, next_period};
pub use switcher::{Switcher, SwitcherButton, SwitcherDialog};
