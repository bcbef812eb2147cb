//! The status model. A bulletin says two different things, and the page keeps them apart:
//!
//! - **Reported status**: what the bulletin says of each level in its own words: the items
//!   (实事) as counts on or behind schedule, each sector (按序时 / 按序时但存在问题 /
//!   未达序时), each named project (推进滞后 / 存在困难 / …). In the source these are about
//!   implementation milestones (实施节点), not money: [`vocabulary`] is their one table.
//! - **Investment against the schedule**: worked out from the figures, 完成年度计划 − 序时进度
//!   in percentage points, graded by thresholds the bulletin may set ([`Grading`]). It is a
//!   measure of its own, never the colour of a reported status: a sector may be 按序时 by its
//!   milestones with its investment 7 points under the schedule, and the bulletin says so.

mod grade;
mod vocabulary;

pub use grade::{Grade, Grading};
pub use vocabulary::{ItemStatus, Level, Word, vocabulary};
