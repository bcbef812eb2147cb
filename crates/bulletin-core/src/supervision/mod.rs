//! Supervision over time: each project's 整改时限 and follow-ups judged as a warning, the
//! next bulletin of a series, two bulletins compared, and 红黑榜 by unit and district.

mod compare;
mod day;
mod next_period;
mod ranking;
pub mod series;
mod warning;

pub use compare::{
    Change, Comparison, CountChange, Listed, RankChange, SectorChange, Transition, compare,
};
pub use day::Day;
pub use next_period::{Made, NextPeriod, next_bulletin, next_id, next_period};
pub use ranking::{RankBy, RankRow, RankSort, rankings};
pub use warning::{DUE_SOON_DAYS, Judge, JudgedBy, Warning, is_closed, is_lagging, is_resolved};
