//! The revision record kept beside each stored copy: its number, which grows with every
//! write, and the tokens of its latest writes. A page that closed while a write was under
//! way left its work in a rescue copy; the tokens tell, when it next opens, whether that
//! write reached the store (and so which of the rescued steps are already in it).

/// Tokens kept per copy: far more writes than can happen between a page closing and the
/// bulletin opening again in any realistic use.
pub const KEPT_WRITES: usize = 32;

/// A parsed revision record: `"7 tok-c tok-b tok-a"`, newest token first. Earlier releases
/// wrote `"7"` and `"7 migrated"`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Revision {
    pub number: u64,
    /// Tokens of the latest writes, newest first.
    pub writes: Vec<String>,
}

impl Revision {
    /// Reads a record; anything unreadable is revision 0 with no writes.
    pub fn parse(record: &str) -> Self {
        let mut parts = record.split(' ').filter(|p| !p.is_empty());
        let Some(number) = parts.next().and_then(|n| n.parse().ok()) else {
            return Self::default();
        };
        Self {
            number,
            writes: parts.map(str::to_owned).collect(),
        }
    }

    /// The record after a write of revision `number` with `token` on top of this one.
    pub fn after(&self, number: u64, token: &str) -> Self {
        let mut writes = vec![token.to_owned()];
        writes.extend(
            self.writes
                .iter()
                .filter(|t| t.as_str() != token)
                .take(KEPT_WRITES - 1)
                .cloned(),
        );
        Self { number, writes }
    }

    /// Whether the write with `token` is one of those that made this revision.
    pub fn includes(&self, token: &str) -> bool {
        self.writes.iter().any(|t| t == token)
    }

    /// The record as stored.
    pub fn to_record(&self) -> String {
        std::iter::once(self.number.to_string())
            .chain(self.writes.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A token for a write: unique enough among one bulletin's writes (the page gives the time
/// and a random number; spaces would split the record, so none are kept).
pub fn write_token(time: &str, random: f64) -> String {
    let time: String = time.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    format!(
        "{time}-{:x}",
        (random.clamp(0.0, 1.0) * 4_294_967_295.0) as u64
    )
}
