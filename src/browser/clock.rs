//! The clock: now, for what is stored (RFC 3339 in UTC), and times as the reader reads them,
//! in the local time of their browser, one way everywhere a time is shown.

/// Now, as RFC 3339 in UTC.
pub fn now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// `at` (RFC 3339) in local time, `2026-12-01 15:12`; as written when it is not a time.
pub fn local_time(at: &str) -> String {
    let date = js_sys::Date::new(&at.into());
    if date.get_time().is_nan() {
        return at.to_owned();
    }
    format!(
        "{} {:02}:{:02}",
        local_date(&date),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Today's local date, `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    local_date(&js_sys::Date::new_0())
}

fn local_date(date: &js_sys::Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
