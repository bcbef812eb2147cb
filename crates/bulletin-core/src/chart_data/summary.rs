//! A chart said in one Chinese sentence, for screen readers: how many categories it shows,
//! how they are graded against the schedule, the highest and lowest of each series, and what
//! the bulletin does not report. Every figure in it is one of the chart's own: nothing is
//! summed or averaged, so nothing is said that the data does not give.

use super::ChartData;
use crate::display::{amount_in, percent_in};
use crate::filter::Facet;
use crate::lang::{Lang, plural};

/// Names listed for a tie before the rest are counted (“甲、乙、丙等 5 个领域”).
const NAMES_LISTED: usize = 3;

/// What one series says, found once and worded per language.
enum Told<'a> {
    /// Only one category has a figure.
    One(&'a str, f64),
    /// Every given figure is the same.
    AllEqual(f64),
    /// The highest and the lowest, each with the categories that share it.
    Range {
        high: (Vec<&'a str>, f64),
        low: (Vec<&'a str>, f64),
    },
}

impl ChartData {
    /// What the chart shows, as a sentence: `图中有 8 个领域，其中 4 个投资超序时、4 个投资基本达序时；
    /// 完成年度计划最高的是生态治理（79.5%），最低的是宜居环境（41.4%）；序时进度均为 50%。未报告：就业创业、社会保障。`
    pub fn summary(&self) -> String {
        self.summary_in(Lang::Zh)
    }

    /// [`ChartData::summary`] in `lang`, with the same figures: `The chart shows 8 sectors:
    /// 4 ahead of schedule, 4 broadly on schedule; Share of annual plan is highest for 生态治理
    /// (79.5%) and lowest for 宜居环境 (41.4%).`
    pub fn summary_in(&self, lang: Lang) -> String {
        let n = self.categories.len();
        let graded: Vec<(usize, &'static str)> = self
            .grades()
            .into_iter()
            .map(|g| {
                let k = self
                    .categories
                    .iter()
                    .filter(|c| c.grade == Some(g))
                    .count();
                (k, g.label_in(lang))
            })
            .collect();
        let told: Vec<(&str, &str, Told<'_>)> = (0..self.series.len())
            .filter_map(|k| {
                let unit = self.units.get(k).map_or("", String::as_str);
                Some((self.series[k].name.as_str(), unit, self.told(k)?))
            })
            .collect();
        match lang {
            Lang::Zh => self.say_zh(n, &graded, &told),
            Lang::En => self.say_en(n, &graded, &told),
        }
    }

    /// The extremes of series `k`; `None` for a series with no figure.
    fn told(&self, k: usize) -> Option<Told<'_>> {
        let given: Vec<(&str, f64)> = self
            .categories
            .iter()
            .zip(&self.series.get(k)?.values)
            .filter_map(|(c, v)| v.filter(|v| v.is_finite()).map(|v| (c.label.as_str(), v)))
            .collect();
        let high = given
            .iter()
            .map(|(_, v)| *v)
            .fold(f64::NEG_INFINITY, f64::max);
        let low = given.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
        let at = |x: f64| -> Vec<&str> {
            given
                .iter()
                .filter(|(_, v)| *v == x)
                .map(|(l, _)| *l)
                .collect()
        };
        match given.as_slice() {
            [] => None,
            [(label, v)] => Some(Told::One(label, *v)),
            _ if high == low => Some(Told::AllEqual(high)),
            _ => Some(Told::Range {
                high: (at(high), high),
                low: (at(low), low),
            }),
        }
    }

    fn say_zh(
        &self,
        n: usize,
        graded: &[(usize, &str)],
        told: &[(&str, &str, Told<'_>)],
    ) -> String {
        let (measure, noun) = noun(self.facet);
        let mut text = if n == 0 {
            "图中没有数据".to_owned()
        } else {
            format!("图中有 {n} {measure}{noun}")
        };
        if !graded.is_empty() {
            let graded: Vec<String> = graded
                .iter()
                .map(|(k, label)| format!("{k} {measure}{label}"))
                .collect();
            text.push_str("，其中 ");
            text.push_str(&graded.join("、"));
        }
        let named = |names: &[&str]| {
            if names.len() > NAMES_LISTED {
                format!(
                    "{}等 {} {measure}{noun}",
                    names[..NAMES_LISTED].join("、"),
                    names.len()
                )
            } else {
                names.join("、")
            }
        };
        for (name, unit, told) in told {
            let shown = |v: f64| figure(v, unit, Lang::Zh);
            text.push('；');
            text.push_str(&match told {
                Told::One(label, v) => format!("{name}：{label} {}", shown(*v)),
                Told::AllEqual(v) => format!("{name}均为 {}", shown(*v)),
                Told::Range { high, low } => {
                    // Percentages are high or low; amounts and counts are more or fewer.
                    let (more, less) = if *unit == "%" {
                        ("最高", "最低")
                    } else {
                        ("最多", "最少")
                    };
                    format!(
                        "{name}{more}的是{}（{}），{less}的是{}（{}）",
                        named(&high.0),
                        shown(high.1),
                        named(&low.0),
                        shown(low.1)
                    )
                }
            });
        }
        text.push('。');
        if !self.not_reported.is_empty() {
            text.push_str(&format!("未报告：{}。", self.not_reported.join("、")));
        }
        text
    }

    fn say_en(
        &self,
        n: usize,
        graded: &[(usize, &str)],
        told: &[(&str, &str, Told<'_>)],
    ) -> String {
        let (one, many) = noun_en(self.facet);
        let mut text = if n == 0 {
            "The chart has no data".to_owned()
        } else {
            format!("The chart shows {n} {}", plural(n, one, many))
        };
        if !graded.is_empty() {
            let graded: Vec<String> = graded
                .iter()
                .map(|(k, label)| format!("{k} {}", label.to_lowercase()))
                .collect();
            text.push_str(": ");
            text.push_str(&graded.join(", "));
        }
        let named = |names: &[&str]| {
            if names.len() > NAMES_LISTED {
                format!(
                    "{} and others, {} {many} in all",
                    names[..NAMES_LISTED].join(", "),
                    names.len()
                )
            } else {
                names.join(", ")
            }
        };
        for (name, unit, told) in told {
            let shown = |v: f64| figure(v, unit, Lang::En);
            text.push_str("; ");
            text.push_str(&match told {
                Told::One(label, v) => format!("{name}: {label} {}", shown(*v)),
                Told::AllEqual(v) => format!("{name} is {} for all", shown(*v)),
                Told::Range { high, low } => {
                    let (more, less) = if *unit == "%" {
                        ("highest", "lowest")
                    } else {
                        ("most", "fewest")
                    };
                    format!(
                        "{name} is {more} for {} ({}) and {less} for {} ({})",
                        named(&high.0),
                        shown(high.1),
                        named(&low.0),
                        shown(low.1)
                    )
                }
            });
        }
        text.push('.');
        if !self.not_reported.is_empty() {
            text.push_str(&format!(" Not reported: {}.", self.not_reported.join(", ")));
        }
        text
    }
}

/// A figure of the chart in its unit, as the chart's labels show it.
fn figure(v: f64, unit: &str, lang: Lang) -> String {
    if unit == "%" {
        percent_in(Some(v), lang)
    } else {
        amount_in(Some(v), unit, lang)
    }
}

/// What a chart's categories are, one and many, in English.
fn noun_en(facet: Option<Facet>) -> (&'static str, &'static str) {
    match facet {
        Some(Facet::Sector) => ("sector", "sectors"),
        Some(Facet::ProblemType) => ("problem type", "problem types"),
        Some(Facet::Status) => ("status", "statuses"),
        Some(Facet::Unit) => ("lead unit", "lead units"),
        Some(Facet::District) => ("district", "districts"),
        Some(Facet::Warning) => ("warning", "warnings"),
        None => ("project", "projects"),
    }
}

/// The measure word and the name of what a chart's categories are.
fn noun(facet: Option<Facet>) -> (&'static str, &'static str) {
    match facet {
        Some(Facet::Sector) => ("个", "领域"),
        Some(Facet::ProblemType) => ("种", "问题类型"),
        Some(Facet::Status) => ("种", "状态"),
        Some(Facet::Unit) => ("个", "牵头单位"),
        Some(Facet::District) => ("个", "县区"),
        Some(Facet::Warning) => ("种", "预警"),
        // The one chart without a facet draws projects by their own figures.
        None => ("个", "项目"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Category, Series};
    use super::*;

    fn chart(labels: &[&str], values: &[Option<f64>], unit: &str) -> ChartData {
        ChartData {
            facet: Some(Facet::ProblemType),
            categories: labels
                .iter()
                .map(|l| Category {
                    value: (*l).to_owned(),
                    label: (*l).to_owned(),
                    grade: None,
                    points: None,
                })
                .collect(),
            series: vec![Series {
                name: "项目".into(),
                values: values.to_vec(),
            }],
            units: vec![unit.into()],
            not_reported: vec![],
            grading: None,
        }
    }

    #[test]
    fn ties_are_named_together_and_long_ones_counted() {
        let d = chart(
            &["甲", "乙", "丙", "丁", "戊"],
            &[Some(4.0), Some(4.0), Some(0.0), Some(0.0), Some(0.0)],
            "个",
        );
        assert_eq!(
            d.summary(),
            "图中有 5 种问题类型；项目最多的是甲、乙（4 个），最少的是丙、丁、戊（0 个）。"
        );
        let d = chart(
            &["甲", "乙", "丙", "丁", "戊"],
            &[Some(1.0), Some(0.0), Some(0.0), Some(0.0), Some(0.0)],
            "个",
        );
        assert_eq!(
            d.summary(),
            "图中有 5 种问题类型；项目最多的是甲（1 个），最少的是乙、丙、丁等 4 种问题类型（0 个）。"
        );
    }

    #[test]
    fn equal_single_and_missing_figures() {
        assert_eq!(
            chart(&["甲", "乙"], &[Some(3.0), Some(3.0)], "个").summary(),
            "图中有 2 种问题类型；项目均为 3 个。"
        );
        assert_eq!(
            chart(&["甲", "乙"], &[Some(3.0), None], "个").summary(),
            "图中有 2 种问题类型；项目：甲 3 个。"
        );
        assert_eq!(
            chart(&["甲"], &[None], "个").summary(),
            "图中有 1 种问题类型。"
        );
        assert_eq!(chart(&[], &[], "个").summary(), "图中没有数据。");
    }

    #[test]
    fn english_says_the_same_figures() {
        let d = chart(
            &["A", "B", "C", "D", "E"],
            &[Some(4.0), Some(4.0), Some(1.0), Some(1.0), Some(1.0)],
            "个",
        );
        assert_eq!(
            d.summary_in(Lang::En),
            "The chart shows 5 problem types; 项目 is most for A, B (4 items) and fewest for C, D, E (1 item)."
        );
        assert_eq!(
            chart(&[], &[], "个").summary_in(Lang::En),
            "The chart has no data."
        );
        assert_eq!(d.summary_in(Lang::Zh), d.summary());
    }
}
