//! A bulletin's place in its series among the bulletins kept in this browser: the one
//! before it (compared with by default), those before that (for 连续 N 期), and whether it is
//! the newest (the live copy, whose warnings are judged on today). A bulletin that names no
//! series is taken to be in one with the others of its region that name none: two monthly
//! notices of one city, imported as they came, follow each other.

use crate::library::Entry;

/// The bulletin a series position is asked of: its id, series, region and period end.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub id: &'a str,
    pub series: Option<&'a str>,
    pub region: &'a str,
    pub end: &'a str,
}

/// Whether `e` is in the series of `at`.
fn same_series(e: &Entry, at: Place<'_>) -> bool {
    match at.series {
        Some(series) => e.series.as_deref() == Some(series),
        None => {
            let region = at.region.trim();
            e.series.is_none()
                && !region.is_empty()
                && e.region.as_deref().map(str::trim) == Some(region)
        }
    }
}

/// The other bulletins of `at`'s series, oldest first (by period end, then id).
fn others<'e>(entries: &'e [Entry], at: Place<'_>) -> Vec<&'e Entry> {
    let mut same: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.id != at.id && e.period_end.is_some() && same_series(e, at))
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
/// alone in its series is the newest of itself.
pub fn is_newest(entries: &[Entry], at: Place<'_>) -> bool {
    others(entries, at)
        .iter()
        .all(|e| e.period_end.as_deref().is_some_and(|end| end <= at.end))
}
