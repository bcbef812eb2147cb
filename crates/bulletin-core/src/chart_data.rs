//! What each chart shows, built from a bulletin and the ledger's facet counts: categories
//! (with the filter value a click selects), series values, and what the bulletin does not
//! report. Drawing is the app's business; this is the part worth testing natively.

use crate::Bulletin;
use crate::display::{amount_in, not_reported_in, number_in, percent_in, signed_points_in};
use crate::filter::{Facet, FacetCounts};
use crate::lang::{Lang, Words};
use crate::status::{Grade, Grading};

// The name of each series a chart draws, in every language.
const INVESTMENT: Words = Words {
    zh: "完成投资",
    en: "Investment completed",
};
const PLAN: Words = Words {
    zh: "完成年度计划",
    en: "Share of annual plan completed",
};
const PROGRESS: Words = Words {
    zh: "完成进度",
    en: "Progress",
};
const SCHEDULE: Words = Words {
    zh: "序时进度",
    en: "Time-elapsed target",
};
const ITEMS: Words = Words {
    zh: "实事",
    en: "Livelihood projects",
};
const SUB_ITEMS: Words = Words {
    zh: "事项",
    en: "Sub-items",
};
const PROJECTS: Words = Words {
    zh: "项目",
    en: "Projects",
};

mod summary;

/// One bar group of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// The filter value a click on this category toggles (a sector, type or status id).
    pub value: String,
    /// The axis label.
    pub label: String,
    /// Where its investment stands against the schedule, when the chart is about that: the
    /// first series is coloured by it, and its words are in the figures.
    pub grade: Option<Grade>,
    /// 完成年度计划 − 序时进度, in points, with the grade.
    pub points: Option<f64>,
}

/// One named row of values, aligned with the categories; `None` is not drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// The data of one chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    /// The facet a click on a category toggles; `None` when its bars filter nothing.
    pub facet: Option<Facet>,
    pub categories: Vec<Category>,
    pub series: Vec<Series>,
    /// Unit of the values, shown with them (亿元, %, 件, 个), in the format's own words in
    /// either language: show it with [`crate::display::unit_in`].
    pub units: Vec<String>,
    /// Categories the bulletin gives no figure for, left out of the bars.
    pub not_reported: Vec<String>,
    /// The thresholds its categories are graded by, when they are.
    pub grading: Option<Grading>,
}

impl ChartData {
    /// Whether there is no bar to draw.
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
            || self
                .series
                .iter()
                .all(|s| s.values.iter().all(|v| v.is_none_or(|v| v == 0.0)))
    }

    /// Whether a chart says more than its table: at least two bars, not all of them for
    /// what the bulletin leaves unstated (未注明). One bar, or 未注明 alone, reads better as
    /// its table or a sentence.
    pub fn worth_drawing(&self) -> bool {
        let drawn: Vec<&Category> = self
            .categories
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                self.series.iter().any(|s| {
                    s.values
                        .get(*i)
                        .copied()
                        .flatten()
                        .is_some_and(|v| v != 0.0)
                })
            })
            .map(|(_, c)| c)
            .collect();
        drawn.len() >= 2 && drawn.iter().any(|c| c.value != crate::filter::UNSPECIFIED)
    }

    /// A category's figures as text, `完成投资 21.4 亿元`, for tooltips and tables.
    pub fn describe(&self, index: usize) -> Vec<String> {
        self.describe_in(index, Lang::Zh)
    }

    /// A category's figures as text in `lang`, for tooltips, tables and a bar's aria-label:
    /// `Investment completed: CNY 2.14bn`, `Livelihood projects: 12`, `Investment behind
    /// schedule (−12 points against the time-elapsed target)`. The series' names are as the
    /// chart was built (build it in `lang` with the `_in` functions).
    pub fn describe_in(&self, index: usize, lang: Lang) -> Vec<String> {
        self.series
            .iter()
            .zip(&self.units)
            .map(|(s, unit)| {
                let v = s.values.get(index).copied().flatten();
                match (lang, v) {
                    (Lang::Zh, Some(v)) if unit == "%" => {
                        format!("{} {}", s.name, percent_in(Some(v), lang))
                    }
                    (Lang::Zh, Some(v)) => format!("{} {}", s.name, amount_in(Some(v), unit, lang)),
                    (Lang::Zh, None) => format!("{} {}", s.name, not_reported_in(lang)),
                    // A count's noun is the series' name: `Sub-items: 30`.
                    (Lang::En, Some(v)) if matches!(unit.as_str(), "件" | "个") => {
                        format!("{}: {}", s.name, number_in(v, 2, lang))
                    }
                    (Lang::En, Some(v)) if unit == "%" => {
                        format!("{}: {}", s.name, percent_in(Some(v), lang))
                    }
                    (Lang::En, Some(v)) => {
                        format!("{}: {}", s.name, amount_in(Some(v), unit, lang))
                    }
                    (Lang::En, None) => format!("{}: {}", s.name, not_reported_in(lang)),
                }
            })
            .chain(self.categories.get(index).and_then(|c| {
                let grade = c.grade?;
                let points = signed_points_in(c.points, 1, lang);
                Some(match lang {
                    Lang::Zh => format!("{}（与序时差 {points} 个百分点）", grade.label()),
                    Lang::En => format!(
                        "{} ({points} points against the time-elapsed target)",
                        grade.label_in(lang)
                    ),
                })
            }))
            .collect()
    }

    /// The grades its bars are coloured by, best first, each once: the legend's entries.
    pub fn grades(&self) -> Vec<Grade> {
        Grade::ALL
            .into_iter()
            .filter(|g| self.categories.iter().any(|c| c.grade == Some(*g)))
            .collect()
    }
}

fn sector_category(s: &crate::Sector) -> Category {
    Category {
        value: s.id.clone(),
        label: s.name.clone(),
        grade: None,
        points: None,
    }
}

/// Completed investment by sector; sectors that report none are listed, not drawn as 0.
pub fn investment_by_sector(b: &Bulletin) -> ChartData {
    investment_by_sector_in(b, Lang::Zh)
}

/// [`investment_by_sector`], its series named in `lang`.
pub fn investment_by_sector_in(b: &Bulletin, lang: Lang) -> ChartData {
    let (given, missing): (Vec<_>, Vec<_>) = b
        .sectors
        .iter()
        .partition(|s| s.completed_investment.is_some());
    ChartData {
        facet: Some(Facet::Sector),
        categories: given.iter().map(|s| sector_category(s)).collect(),
        series: vec![Series {
            name: INVESTMENT.get(lang).into(),
            values: given.iter().map(|s| s.completed_investment).collect(),
        }],
        units: vec![b.currency_unit.clone()],
        not_reported: missing.iter().map(|s| s.name.clone()).collect(),
        grading: None,
    }
}

/// % of annual plan beside the schedule target, by sector, graded against the schedule.
pub fn progress_by_sector(b: &Bulletin) -> ChartData {
    progress_by_sector_in(b, Lang::Zh)
}

/// [`progress_by_sector`], its series named in `lang`.
pub fn progress_by_sector_in(b: &Bulletin, lang: Lang) -> ChartData {
    let (given, missing): (Vec<_>, Vec<_>) = b.sectors.iter().partition(|s| s.plan_pct.is_some());
    let grading = Grading::of(b);
    let graded = |s: &crate::Sector| {
        let points = crate::figures::sector_gap(s, b.schedule_target_pct).filter(|p| p.is_finite());
        Category {
            grade: grading.grade(points),
            points,
            ..sector_category(s)
        }
    };
    ChartData {
        facet: Some(Facet::Sector),
        categories: given.iter().map(|s| graded(s)).collect(),
        series: vec![
            Series {
                name: PLAN.get(lang).into(),
                values: given.iter().map(|s| s.plan_pct).collect(),
            },
            Series {
                name: SCHEDULE.get(lang).into(),
                values: given.iter().map(|_| b.schedule_target_pct).collect(),
            },
        ],
        units: vec!["%".into(), "%".into()],
        not_reported: missing.iter().map(|s| s.name.clone()).collect(),
        grading: Some(grading),
    }
}

/// Items and sub-items per sector.
pub fn items_by_sector(b: &Bulletin) -> ChartData {
    items_by_sector_in(b, Lang::Zh)
}

/// [`items_by_sector`], its series and what it leaves out named in `lang`.
pub fn items_by_sector_in(b: &Bulletin, lang: Lang) -> ChartData {
    ChartData {
        facet: Some(Facet::Sector),
        categories: b.sectors.iter().map(sector_category).collect(),
        series: vec![
            Series {
                name: ITEMS.get(lang).into(),
                values: b.sectors.iter().map(|s| Some(s.items as f64)).collect(),
            },
            Series {
                name: SUB_ITEMS.get(lang).into(),
                values: b
                    .sectors
                    .iter()
                    .map(|s| s.sub_items.map(|n| n as f64))
                    .collect(),
            },
        ],
        units: vec!["件".into(), "个".into()],
        not_reported: b
            .sectors
            .iter()
            .filter(|s| s.sub_items.is_none())
            .map(|s| match lang {
                Lang::Zh => format!("{}（事项）", s.name),
                Lang::En => format!("{} (sub-items)", s.name),
            })
            .collect(),
        grading: None,
    }
}

/// Projects per option of a ledger facet (problem type or status), under the other facets' choices.
pub fn projects_by(counts: &FacetCounts, facet: Facet) -> ChartData {
    projects_by_in(counts, facet, Lang::Zh)
}

/// [`projects_by`], its series and the options' words ([`Facet::option_label_in`]) in `lang`.
pub fn projects_by_in(counts: &FacetCounts, facet: Facet, lang: Lang) -> ChartData {
    let options = counts.options_in(facet, lang);
    ChartData {
        facet: Some(facet),
        categories: options
            .iter()
            .map(|o| Category {
                value: o.value.clone(),
                label: o.label.clone(),
                grade: None,
                points: None,
            })
            .collect(),
        series: vec![Series {
            name: PROJECTS.get(lang).into(),
            values: options.iter().map(|o| Some(o.count as f64)).collect(),
        }],
        units: vec!["个".into()],
        not_reported: Vec::new(),
        grading: None,
    }
}

/// Items with a figure of their own, by % of annual plan (or, where a notice gives only
/// that, % progress), lowest first, beside the schedule when the bulletin states it; at
/// most `limit` of them.
pub fn items_by_progress(b: &Bulletin, limit: usize) -> ChartData {
    items_by_progress_in(b, limit, Lang::Zh)
}

/// [`items_by_progress`], its series named in `lang`.
pub fn items_by_progress_in(b: &Bulletin, limit: usize, lang: Lang) -> ChartData {
    let pct = |p: &crate::Project| {
        let f = p.figures.as_ref()?;
        f.plan_pct.or(f.progress_pct)
    };
    let mut given: Vec<(&crate::Project, f64)> = b
        .projects
        .iter()
        .filter_map(|p| pct(p).filter(|v| v.is_finite()).map(|v| (p, v)))
        .collect();
    given.sort_by(|a, b| a.1.total_cmp(&b.1));
    given.truncate(limit);
    let by_plan = given
        .iter()
        .any(|(p, _)| p.figures.as_ref().is_some_and(|f| f.plan_pct.is_some()));
    let grading = Grading::of(b);
    let mut series = vec![Series {
        name: if by_plan { PLAN } else { PROGRESS }.get(lang).into(),
        values: given.iter().map(|(_, v)| Some(*v)).collect(),
    }];
    if let Some(target) = b.schedule_target_pct {
        series.push(Series {
            name: SCHEDULE.get(lang).into(),
            values: given.iter().map(|_| Some(target)).collect(),
        });
    }
    let units = vec!["%".to_owned(); series.len()];
    ChartData {
        facet: None,
        categories: given
            .iter()
            .map(|(p, v)| {
                let points = b
                    .schedule_target_pct
                    .filter(|_| by_plan)
                    .map(|t| crate::figures::tidy(v - t));
                Category {
                    value: p.id.clone(),
                    label: p.name.clone(),
                    grade: grading.grade(points),
                    points,
                }
            })
            .collect(),
        series,
        units,
        // The card says how many are left out.
        not_reported: Vec::new(),
        grading: b.schedule_target_pct.filter(|_| by_plan).map(|_| grading),
    }
}
