//! Whether a sentence of the source still tells the truth: every number in it is one of the
//! current data's figures, read as what the word after it says it is (亿元, %, 个百分点, or a
//! count). A sentence that quotes a figure since edited is not reused; the report says the
//! figures in its own sentence instead.

/// What a number in a text is, by the word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Followed by the currency unit (or 元, 万元, 亿元, converted).
    Amount,
    /// Followed by % or ％.
    Percent,
    /// Followed by 个百分点.
    Points,
    /// Anything else: 件, 个, 项, 大领域 …
    Count,
}

#[derive(Debug, Clone, Copy)]
struct Fact {
    /// `None`: a number that may stand anywhere (the period's year, the 7 of 1至7月).
    kind: Option<Kind>,
    value: f64,
    /// A figure worked out from others (a share, a gap) matches a text that rounds it; a
    /// given one only as given.
    worked_out: bool,
    /// The text must quote it: a sentence silent on a figure the data gives would leave
    /// that figure out of the report.
    required: bool,
}

/// The figures a text may quote, and those it must.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    unit: String,
    facts: Vec<Fact>,
    /// Whether the figures added now are ones the text must quote.
    required: bool,
}

/// Amount units a text may use besides the bulletin's, in 元.
const UNITS: [(&str, f64); 3] = [("亿元", 1e8), ("万元", 1e4), ("元", 1.0)];

impl Facts {
    /// No figures yet, amounts in `unit`.
    pub(crate) fn new(unit: &str) -> Self {
        Self {
            unit: unit.to_owned(),
            facts: Vec::new(),
            required: false,
        }
    }

    /// The figures added from here on must be quoted by the text.
    pub(crate) fn must_quote(&mut self) -> &mut Self {
        self.required = true;
        self
    }

    /// The figures added from here on may be quoted, or not.
    pub(crate) fn may_quote(&mut self) -> &mut Self {
        self.required = false;
        self
    }

    /// A figure the data gives.
    pub(crate) fn given(&mut self, kind: Kind, value: Option<f64>) -> &mut Self {
        self.push(Some(kind), value, false)
    }

    /// A figure worked out from the data; a text may round it.
    pub(crate) fn worked_out(&mut self, kind: Kind, value: Option<f64>) -> &mut Self {
        self.push(Some(kind), value, true)
    }

    /// A count the data gives or counts.
    pub(crate) fn count(&mut self, n: Option<u64>) -> &mut Self {
        self.given(Kind::Count, n.map(|n| n as f64))
    }

    /// A number that may stand before any word: the year, the digits of the period's label.
    pub(crate) fn anywhere(&mut self, value: f64) -> &mut Self {
        self.push(None, Some(value), false)
    }

    fn push(&mut self, kind: Option<Kind>, value: Option<f64>, worked_out: bool) -> &mut Self {
        if let Some(value) = value.filter(|v| v.is_finite()) {
            self.facts.push(Fact {
                kind,
                value,
                worked_out,
                required: self.required,
            });
        }
        self
    }

    /// Whether every number in `text` is one of the figures, and every figure it must quote
    /// is among its numbers.
    pub(crate) fn hold_in(&self, text: &str) -> bool {
        let quoted = numbers(text, &self.unit);
        quoted
            .iter()
            .all(|n| self.facts.iter().any(|f| f.matches(n)))
            && self
                .facts
                .iter()
                .filter(|f| f.required)
                .all(|f| quoted.iter().any(|n| f.matches(n)))
    }
}

impl Fact {
    fn matches(&self, n: &Quoted) -> bool {
        if self.kind.is_some_and(|k| k != n.kind) {
            return false;
        }
        let value = if self.worked_out {
            let scale = 10f64.powi(n.decimals as i32);
            (self.value * scale).round() / scale
        } else {
            self.value
        };
        close(value, n.value)
    }
}

/// Equal but for binary noise (0.1 + 0.2, 2760 万元 read as 0.276 亿元).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A number as a text writes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quoted {
    pub value: f64,
    pub decimals: usize,
    pub kind: Kind,
}

/// The numbers in `text` in Arabic digits (ASCII or full-width), each with its kind; amounts
/// in 元/万元/亿元 converted to `unit` when it is one of them.
pub(crate) fn numbers(text: &str, unit: &str) -> Vec<Quoted> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        _ => None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let mut written = String::new();
        while let Some(d) = chars.get(i).copied().and_then(digit) {
            written.push(d);
            i += 1;
        }
        let mut decimals = 0;
        if matches!(chars.get(i), Some('.' | '．'))
            && chars.get(i + 1).copied().and_then(digit).is_some()
        {
            written.push('.');
            i += 1;
            while let Some(d) = chars.get(i).copied().and_then(digit) {
                written.push(d);
                decimals += 1;
                i += 1;
            }
        }
        let Ok(value) = written.parse::<f64>() else {
            continue;
        };
        let rest: String = chars[i..].iter().take(8).collect();
        let rest = rest.trim_start();
        let (kind, value) = if rest.starts_with(['%', '％']) {
            (Kind::Percent, value)
        } else if rest.starts_with("个百分点") {
            (Kind::Points, value)
        } else if !unit.is_empty() && rest.starts_with(unit) {
            (Kind::Amount, value)
        } else if let Some(v) = in_unit(value, rest, unit) {
            (Kind::Amount, v)
        } else {
            (Kind::Count, value)
        };
        out.push(Quoted {
            value,
            decimals,
            kind,
        });
    }
    out
}

/// `value` followed by `rest` (2760 then 万元…) as an amount in `unit` (0.276 亿元), when
/// both units are known.
fn in_unit(value: f64, rest: &str, unit: &str) -> Option<f64> {
    let (_, written) = UNITS.iter().find(|(name, _)| rest.starts_with(name))?;
    let (_, wanted) = UNITS.iter().find(|(name, _)| *name == unit)?;
    Some(value * written / wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_with_their_kind() {
        let found = numbers(
            "50件民生实事，年度总投资166.3亿元，为年度计划的60%，超序时10个百分点，２７６０万元",
            "亿元",
        );
        let kinds: Vec<(f64, Kind)> = found.iter().map(|q| (q.value, q.kind)).collect();
        assert_eq!(
            kinds,
            [
                (50.0, Kind::Count),
                (166.3, Kind::Amount),
                (60.0, Kind::Percent),
                (10.0, Kind::Points),
                (0.276, Kind::Amount),
            ]
        );
        assert_eq!(found[1].decimals, 1);
        assert!(numbers("没有数字。", "亿元").is_empty());
        assert_eq!(numbers("第3.", "亿元")[0].value, 3.0);
    }

    #[test]
    fn a_text_holds_only_while_every_number_is_a_figure_of_its_kind() {
        let mut facts = Facts::new("亿元");
        facts
            .count(Some(50))
            .given(Kind::Amount, Some(100.1))
            .worked_out(Kind::Percent, Some(100.1 / 166.3 * 100.0))
            .given(Kind::Percent, Some(50.0));
        assert!(facts.hold_in("50件，完成投资100.1亿元，为年度计划的60%。"));
        assert!(
            facts.hold_in("为年度计划的60.2%。"),
            "a worked-out share may be rounded"
        );
        assert!(facts.hold_in("没有数字。"));
        // An edited figure, a figure of another kind, a given figure rounded.
        assert!(!facts.hold_in("完成投资100.2亿元。"));
        assert!(!facts.hold_in("100.1件。"), "an amount is not a count");
        assert!(!facts.hold_in("50个百分点。"), "a percent is not a gap");
        assert!(!facts.hold_in("61%。"));
        let mut given = Facts::new("亿元");
        given.given(Kind::Percent, Some(43.4));
        assert!(!given.hold_in("43%"), "a given figure is not rounded");
        let mut anywhere = Facts::new("亿元");
        anywhere.anywhere(2023.0);
        assert!(anywhere.hold_in("2023年"));
        assert!(anywhere.hold_in("2023%"));
    }

    #[test]
    fn a_text_silent_on_a_figure_it_must_quote_does_not_hold() {
        let mut facts = Facts::new("亿元");
        facts
            .count(Some(6))
            .must_quote()
            .given(Kind::Amount, Some(21.4));
        assert!(facts.hold_in("涉及6件实事，完成投资21.4亿元。"));
        assert!(facts.hold_in("完成投资21.4亿元。"), "6 may be left out");
        assert!(!facts.hold_in("涉及6件实事。"), "21.4 may not");
        facts.may_quote().count(Some(11));
        assert!(facts.hold_in("完成投资21.4亿元。"));
    }
}
