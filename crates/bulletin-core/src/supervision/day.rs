//! Calendar days, for deadlines and periods: `YYYY-MM-DD` as a count of days, so that two
//! dates subtract and a period's end moves by whole months.

use crate::validation::parse_date;

/// A calendar date, as days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

impl Day {
    /// The day written `YYYY-MM-DD`, if it is a valid date.
    pub fn parse(s: &str) -> Option<Self> {
        let (y, m, d) = parse_date(s.get(..10)?)?;
        Some(Self::from_ymd(y, m, d))
    }

    /// The day of year `y`, month `m` (1–12), day `d`.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Self {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(y) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(m);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Self(era * 146_097 + doe - 719_468)
    }

    /// Year, month and day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y as i32, m, d)
    }

    /// The last day of month `m` of year `y`.
    pub fn month_end(y: i32, m: u32) -> Self {
        let (ny, nm) = if m >= 12 { (y + 1, 1) } else { (y, m + 1) };
        Self(Self::from_ymd(ny, nm, 1).0 - 1)
    }

    /// `n` days later (earlier when negative).
    pub fn plus(self, n: i64) -> Self {
        Self(self.0.saturating_add(n))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.0 - self.0
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::Day;

    #[test]
    fn days_read_write_and_count() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2023-06-30",
            "2024-12-31",
            "2026-03-01",
        ] {
            assert_eq!(Day::parse(s).map(Day::iso).as_deref(), Some(s));
        }
        assert_eq!(Day::parse("1970-01-02"), Some(Day(1)));
        assert_eq!(Day::parse("2023-02-29"), None);
        let a = Day::parse("2023-12-30").unwrap();
        assert_eq!(a.plus(3).iso(), "2024-01-02");
        assert_eq!(a.days_until(Day::parse("2024-01-02").unwrap()), 3);
        assert_eq!(Day::month_end(2024, 2).iso(), "2024-02-29");
        assert_eq!(Day::month_end(2023, 12).iso(), "2023-12-31");
        assert_eq!(Day::month_end(2023, 9).iso(), "2023-09-30");
        // Every day of three centuries, leap days and century years included, reads back
        // as itself and follows the one before.
        let mut day = Day::from_ymd(1900, 1, 1);
        for _ in 0..(300 * 366) {
            let next = day.plus(1);
            assert_eq!(Day::parse(&next.iso()), Some(next));
            let ((y0, m0, d0), (y1, m1, d1)) = (day.ymd(), next.ymd());
            assert!(
                (y1, m1, d1) == (y0, m0, d0 + 1)
                    || (d1 == 1 && ((y1, m1) == (y0, m0 + 1) || (y1, m1, m0) == (y0 + 1, 1, 12))),
                "{} then {}",
                day.iso(),
                next.iso()
            );
            day = next;
        }
        assert_eq!(Day::parse("2100-02-29"), None);
        assert_eq!(
            Day::parse("2000-02-29").map(|d| d.plus(1).iso()).as_deref(),
            Some("2000-03-01")
        );
        // A time after the date is read as its day.
        assert_eq!(
            Day::parse("2026-12-01T09:00:00+08:00")
                .map(Day::iso)
                .as_deref(),
            Some("2026-12-01")
        );
    }
}
