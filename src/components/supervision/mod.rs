//! Supervision over time on the board: follow-ups (督办) in the editor and from the ledger,
//! what is overdue, the next period, the comparison with another period, and 红黑榜.

mod compare;
mod follow_up_dialog;
mod follow_up_rows;
pub mod next_period;
mod overdue;
mod rankings;

pub use compare::Compare;
pub use follow_up_dialog::FollowUpDialog;
pub use follow_up_rows::FollowUpRows;
pub use overdue::Overdue;
pub use rankings::Rankings;
