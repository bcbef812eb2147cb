//! Numbers as notices write them: Arabic (`166.3`, `1,500`) and Chinese (`十`, `一百二十`,
//! `两千三百零五`) numerals, `1.2万`, percentages (`60%`, `百分之六十`) and amounts in 亿元,
//! 万元 or 元, converted into one unit by moving the decimal point of the figure as written
//! (so `756.9万元` is exactly `0.07569` 亿元).

use super::text::at;

/// A number read at a place in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Num {
    /// The number as a plain decimal (`166.3`, `120`, `12000` for `1.2万`).
    pub digits: String,
    /// Where it starts and ends (chars).
    pub from: usize,
    pub to: usize,
}

impl Num {
    pub fn value(&self) -> f64 {
        self.digits.parse().unwrap_or(0.0)
    }

    /// As a whole number, when it is one.
    pub fn count(&self) -> Option<u64> {
        if self.digits.contains('.') {
            None
        } else {
            self.digits.parse().ok()
        }
    }

    /// As a JSON number, its digits as written.
    pub fn json(&self) -> serde_json::Value {
        json_number(&self.digits)
    }
}

/// A JSON number of a plain decimal string (0 when it is not one).
pub(crate) fn json_number(digits: &str) -> serde_json::Value {
    serde_json::from_str::<serde_json::Number>(digits)
        .map(serde_json::Value::Number)
        .unwrap_or_else(|_| serde_json::Value::from(0))
}

fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cn_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some() || c == '万' || c == '亿'
}

/// Strips `0`s a decimal does not need: `43.0` → `43`, `0.8300` → `0.83`, `007` → `7`.
pub(crate) fn tidy(digits: &str) -> String {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    }
}

/// Moves the decimal point of `digits` by `shift` places (right when positive).
pub(crate) fn shift(digits: &str, shift: i32) -> String {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut all: String = format!("{int}{frac}");
    let mut point = int.len() as i64 + i64::from(shift);
    if point < 0 {
        all = format!("{}{all}", "0".repeat((-point) as usize));
        point = 0;
    }
    let point = point as usize;
    if point > all.len() {
        all.push_str(&"0".repeat(point - all.len()));
    }
    tidy(&format!("{}.{}", &all[..point], &all[point..]))
}

/// The Arabic number starting at `i` (digits, `,` between groups of three, one `.`), with a
/// following `万` or `亿` multiplying it when `multiplier`.
fn arabic(c: &[char], i: usize) -> Option<Num> {
    if !c.get(i)?.is_ascii_digit() || i > 0 && (c[i - 1].is_ascii_digit() || c[i - 1] == '.') {
        return None;
    }
    let mut j = i;
    let mut s = String::new();
    let mut point = false;
    while j < c.len() {
        let ch = c[j];
        if ch.is_ascii_digit() {
            s.push(ch);
        } else if ch == ','
            && c.get(j + 1..j + 4)
                .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !c.get(j + 4).is_some_and(char::is_ascii_digit)
            && !point
        {
            // a thousands separator: skip it
        } else if ch == '.' && !point && c.get(j + 1).is_some_and(char::is_ascii_digit) {
            point = true;
            s.push('.');
        } else {
            break;
        }
        j += 1;
        if s.len() > 40 {
            return None;
        }
    }
    Some(Num {
        digits: tidy(&s),
        from: i,
        to: j,
    })
}

/// The Chinese numeral starting at `i` (`十`, `一百二十`, `两千三百零五`, `五十点五`).
fn chinese(c: &[char], i: usize) -> Option<Num> {
    let first = *c.get(i)?;
    if !(cn_digit(first).is_some() || first == '十') || i > 0 && is_cn_numeral(c[i - 1]) {
        return None;
    }
    let mut total: u64 = 0; // completed 万/亿 groups
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    let mut j = i;
    while j < c.len() && j - i < 24 {
        let ch = c[j];
        if let Some(d) = cn_digit(ch) {
            digit = Some(d);
        } else if let Some(u) = cn_unit(ch) {
            section = section.saturating_add(digit.unwrap_or(1) * u);
            digit = None;
        } else if ch == '万' || ch == '亿' {
            // A numeral's own 万 (一万二千); an amount's 万元 is left to the caller.
            if c.get(j + 1) == Some(&'元') {
                break;
            }
            let m = if ch == '万' { 10_000 } else { 100_000_000 };
            total = total
                .saturating_add(section)
                .saturating_add(digit.unwrap_or(0))
                .saturating_mul(m);
            section = 0;
            digit = None;
        } else {
            break;
        }
        j += 1;
    }
    let whole = total
        .saturating_add(section)
        .saturating_add(digit.unwrap_or(0));
    let mut digits = whole.to_string();
    // 五十点五
    if c.get(j) == Some(&'点') && c.get(j + 1).and_then(|&d| cn_digit(d)).is_some() {
        digits.push('.');
        j += 1;
        while let Some(d) = c.get(j).and_then(|&d| cn_digit(d)) {
            digits.push_str(&d.to_string());
            j += 1;
        }
        digits = tidy(&digits);
    }
    (j > i).then_some(Num {
        digits,
        from: i,
        to: j,
    })
}

/// The number starting exactly at `i`, Arabic or Chinese; `1.2万` is 12000 when `万` is not
/// the start of `万元` (an amount, read by [`amount_at`]).
pub(crate) fn number_at(c: &[char], i: usize) -> Option<Num> {
    let mut n = arabic(c, i).or_else(|| chinese(c, i))?;
    if c.get(n.to).is_some_and(|&m| m == '万' || m == '亿')
        && c.get(n.to + 1) != Some(&'元')
        && c[i].is_ascii_digit()
    {
        let by = if c[n.to] == '万' { 4 } else { 8 };
        n.digits = shift(&n.digits, by);
        n.to += 1;
    }
    Some(n)
}

/// An amount of money read in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    pub num: Num,
    /// Powers of ten of its unit: 8 for 亿元, 4 for 万元, 0 for 元.
    pub exp: i32,
    /// Where it ends, unit included.
    pub to: usize,
}

impl Amount {
    /// The figure in a unit of `10^exp` 元, as a plain decimal.
    pub fn in_unit(&self, exp: i32) -> String {
        shift(&self.num.digits, self.exp - exp)
    }
}

/// The amount (`166.3亿元`, `8300万元`, `０．５亿元`) starting at `i`.
pub(crate) fn amount_at(c: &[char], i: usize) -> Option<Amount> {
    let num = arabic(c, i).or_else(|| chinese(c, i))?;
    let j = num.to;
    let (exp, len) = if at(c, j, "亿元") {
        (8, 2)
    } else if at(c, j, "万元") {
        (4, 2)
    } else if at(c, j, "元") {
        (0, 1)
    } else {
        return None;
    };
    Some(Amount {
        to: j + len,
        num,
        exp,
    })
}

/// The first amount in `c[from..to]`.
pub(crate) fn first_amount(c: &[char], from: usize, to: usize) -> Option<Amount> {
    (from..to.min(c.len())).find_map(|i| amount_at(c, i).filter(|a| a.to <= to))
}

/// A percentage starting at `i`: `60%`, `44.8%`, `百分之六十`; returns the number and where
/// the whole ends.
pub(crate) fn percent_at(c: &[char], i: usize) -> Option<(Num, usize)> {
    if at(c, i, "百分之") {
        let n = number_at(c, i + 3)?;
        let end = n.to;
        return Some((Num { from: i, ..n }, end));
    }
    let n = arabic(c, i)?;
    (c.get(n.to) == Some(&'%')).then(|| {
        let end = n.to + 1;
        (n, end)
    })
}

/// The first percentage in `c[from..to]`.
pub(crate) fn first_percent(c: &[char], from: usize, to: usize) -> Option<(Num, usize)> {
    (from..to.min(c.len())).find_map(|i| percent_at(c, i).filter(|p| p.1 <= to))
}

/// A count: a whole number followed by one of `counters` (`6件`, `十项`, `11个`), with where
/// the counter ends.
pub(crate) fn count_at(c: &[char], i: usize, counters: &[&str]) -> Option<(u64, usize)> {
    let n = number_at(c, i)?;
    let value = n.count()?;
    let len = counters.iter().find(|k| at(c, n.to, k))?.chars().count();
    Some((value, n.to + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn num(s: &str) -> String {
        number_at(&chars(s), 0)
            .map(|n| n.digits)
            .unwrap_or_default()
    }

    #[test]
    fn chinese_and_arabic_numerals() {
        assert_eq!(num("十件"), "10");
        assert_eq!(num("十二项"), "12");
        assert_eq!(num("一百二十"), "120");
        assert_eq!(num("两千三百零五"), "2305");
        assert_eq!(num("一万二千"), "12000");
        assert_eq!(num("五十点五"), "50.5");
        assert_eq!(num("1.2万人"), "12000");
        assert_eq!(num("1,500个"), "1500");
        assert_eq!(num("43.0"), "43");
        assert_eq!(num("0.7"), "0.7");
        assert_eq!(num("是"), "");
    }

    #[test]
    fn amounts_move_the_decimal_point_of_the_figure_as_written() {
        let a = amount_at(&chars("756.9万元"), 0).expect("amount");
        assert_eq!(a.in_unit(8), "0.07569");
        assert_eq!(a.in_unit(4), "756.9");
        let b = amount_at(&chars("0.5亿元"), 0).expect("amount");
        assert_eq!(b.in_unit(4), "5000");
        assert_eq!(
            amount_at(&chars("三亿元"), 0).map(|a| a.in_unit(8)),
            Some("3".into())
        );
        assert_eq!(amount_at(&chars("1400人"), 0), None);
        assert_eq!(shift("2960", -4), "0.296");
        assert_eq!(shift("8300", -4), "0.83");
    }

    #[test]
    fn percentages() {
        let p = |s: &str| percent_at(&chars(s), 0).map(|(n, _)| n.digits);
        assert_eq!(p("百分之六十"), Some("60".into()));
        assert_eq!(p("44.8%"), Some("44.8".into()));
        assert_eq!(p("44.8"), None);
    }
}
