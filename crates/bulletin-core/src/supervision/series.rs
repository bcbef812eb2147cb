//! A bulletin's place in its series among the bulletins kept in this browser: the one
//! before it (compared with by default), those before that (for 连续 N 期), and whether it is
//! the newest (the live copy, whose warnings are judged on today).

use crate::library::Entry;

/// The bulletin a series position is asked of: its id, series and period end.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub id: &'a str,
    pub series: Option<&'a str>,
    pub end: &'a str,
}

/// The other bulletins of `at`'s series, oldest first (by period end, then id).
fn others<'e>(entries: &'e [Entry], at: Place<'_>) -> Vec<&'e Entry> {
    let Some(series) = at.series else {
        return Vec::new();
    };
    let mut same: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.id != at.id && e.series.as_deref() == Some(series) && e.period_end.is_some())
        .collect();
    same.sort_by(|a, b| (&a.period_end, &a.id).cmp(&(&b.period_end, &b.id)));
    same
}

/// The bulletins of the series that end before `at`, oldest first.
pub fn before<'e>(entries: &'e [Entry], at: Place<'_>) -> Vec<&'e Entry> {
    others(entries, at)
        .into_iter()
        .filter(|e| e.period_end.as_deref().is_some_and(|end| end < at.end))
        .collect()
}

/// The bulletin just before `at` in its series, if there is one.
pub fn previous<'e>(entries: &'e [Entry], at: Place<'_>) -> Option<&'e Entry> {
    before(entries, at).pop()
}

/// Whether no bulletin of the series ends after `at`: the one being worked on. A bulletin
/// in no series stands alone, and is the newest of itself.
pub fn is_newest(entries: &[Entry], at: Place<'_>) -> bool {
    others(entries, at)
        .iter()
        .all(|e| e.period_end.as_deref().is_some_and(|end| end <= at.end))
}
