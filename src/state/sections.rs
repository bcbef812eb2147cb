//! What each section of the board shows, as memos that notify only when that section's part
//! of the bulletin changed: an edit to one project leaves the header, overview, sector table,
//! sector details and requirements mounted as they are (their open details, focus and
//! scroll position with them). Each memo holds the whole current bulletin; its comparison
//! says which part of it the section reads.

use std::sync::Arc;

use bulletin_core::Bulletin;
use leptos::prelude::*;

/// A memo of `current` that notifies only when `$same` says the section's part differs.
macro_rules! section {
    ($current:expr, $same:path) => {{
        let current = $current;
        Memo::new_with_compare(
            move |_| current.get(),
            |a: Option<&Arc<Bulletin>>, b: Option<&Arc<Bulletin>>| match (a, b) {
                (Some(a), Some(b)) => !(Arc::ptr_eq(a, b) || $same(a, b)),
                _ => true,
            },
        )
    }};
}

fn header(a: &Bulletin, b: &Bulletin) -> bool {
    a.title == b.title
        && a.region == b.region
        && a.period == b.period
        && a.snapshot == b.snapshot
        && a.source == b.source
}

fn overview(a: &Bulletin, b: &Bulletin) -> bool {
    a.summary == b.summary
        && a.schedule_target_pct == b.schedule_target_pct
        && a.currency_unit == b.currency_unit
        && a.sectors == b.sectors
        && a.preamble == b.preamble
        && a.schedule_grading == b.schedule_grading
}

fn sectors(a: &Bulletin, b: &Bulletin) -> bool {
    a.sectors == b.sectors
        && a.schedule_grading == b.schedule_grading
        && a.schedule_target_pct == b.schedule_target_pct
        && a.currency_unit == b.currency_unit
}

fn problem_types(a: &Bulletin, b: &Bulletin) -> bool {
    a.problem_types == b.problem_types
        && a.projects.len() == b.projects.len()
        && a.projects
            .iter()
            .zip(&b.projects)
            .all(|(x, y)| x.problem_types == y.problem_types)
}

/// What warnings and 红黑榜 read: each project's status, unit, districts, deadline and
/// resolution, and the day and warning time they are judged by — not its texts, so a note
/// edit in 20,000 projects leaves them be.
fn supervision(a: &Bulletin, b: &Bulletin) -> bool {
    a.period.end == b.period.end
        && a.due_soon_days == b.due_soon_days
        && a.projects.len() == b.projects.len()
        && a.projects.iter().zip(&b.projects).all(|(x, y)| {
            x.id == y.id
                && x.status == y.status
                && x.lead_unit == y.lead_unit
                && x.district == y.district
                && x.districts == y.districts
                && x.deadline == y.deadline
                && x.resolved_on == y.resolved_on
        })
}

fn requirements(a: &Bulletin, b: &Bulletin) -> bool {
    a.requirements == b.requirements && a.attachments == b.attachments
}

fn original(a: &Bulletin, b: &Bulletin) -> bool {
    a.source.as_ref().map(|s| &s.text) == b.source.as_ref().map(|s| &s.text)
}

/// One memo per section of the board.
#[derive(Clone, Copy)]
pub struct Sections {
    pub header: Memo<Arc<Bulletin>>,
    pub overview: Memo<Arc<Bulletin>>,
    pub sectors: Memo<Arc<Bulletin>>,
    pub problem_types: Memo<Arc<Bulletin>>,
    pub requirements: Memo<Arc<Bulletin>>,
    pub supervision: Memo<Arc<Bulletin>>,
    /// The notice's text the bulletin was read from (通报原文).
    pub original: Memo<Arc<Bulletin>>,
}

impl Sections {
    /// The sections' views of `current`.
    pub fn of(current: Memo<Arc<Bulletin>>) -> Self {
        Self {
            header: section!(current, header),
            overview: section!(current, overview),
            sectors: section!(current, sectors),
            problem_types: section!(current, problem_types),
            requirements: section!(current, requirements),
            supervision: section!(current, supervision),
            original: section!(current, original),
        }
    }
}
