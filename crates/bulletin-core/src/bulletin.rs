//! The bulletin document as a whole (format version 1).

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::status::Grading;
use crate::{Extra, Project, Sector};

/// The fixed value of the `format` field.
pub const FORMAT: &str = "minsheng-bulletin";

/// Format versions this build can read.
pub const SUPPORTED_VERSIONS: &[u64] = &[1];

/// One progress bulletin (督查通报): what the app loads and what users export and share.
// `remote = "Self"` turns the derived code into the inherent `Bulletin::serialize` and
// `Bulletin::deserialize`, which the trait impls below wrap. A call written
// `Bulletin::deserialize(…)` reaches the inherent one and skips the wrapper: read a bulletin
// through serde_json (`from_str`, `from_value`) instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Bulletin {
    pub format: String,
    pub version: u64,
    pub id: String,
    pub title: String,
    pub region: String,
    pub period: Period,
    /// The series the bulletin belongs to (its 1至7月, 1至8月, … share one slug), ordered by
    /// `period.end`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// How many days before a project's 整改时限 it counts as due soon; 3 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_soon_days: Option<u64>,
    /// 序时进度 at the end of the period, in percent; `None` when the bulletin does not say.
    #[serde(serialize_with = "crate::json_number::optional_whole_if_integral")]
    pub schedule_target_pct: Option<f64>,
    /// Unit of every investment figure, e.g. 亿元.
    pub currency_unit: String,
    /// Thresholds for grading investment against the schedule; the defaults when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_grading: Option<Grading>,
    /// The bulletin's opening paragraph, when transcribed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preamble: Option<String>,
    pub summary: Summary,
    pub sectors: Vec<Sector>,
    pub problem_types: Vec<ProblemType>,
    pub projects: Vec<Project>,
    pub requirements: Vec<Requirement>,
    /// Names of attachments the source bulletin refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    /// How the bulletin ranks the districts (县区综合排名), when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district_ranking: Option<Vec<DistrictRank>>,
    /// Who issued the notice, its number and date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Written on export; absent in an original bulletin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<Snapshot>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Serialize for Bulletin {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Bulletin::serialize(self, serializer)
    }
}

impl<'de> Deserialize<'de> for Bulletin {
    /// Reads the bulletin from its JSON text. From a `serde_json::Value`, the fields that
    /// `#[serde(flatten)]` collects into [`Extra`] would pass through serde's buffer, which
    /// turns `-0` into `0` and refuses integers wider than 64 bits; read from text, they are
    /// kept as written.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        Bulletin::deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
            .map_err(D::Error::custom)
    }
}

/// The reporting period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub year: i64,
    pub label: String,
    /// ISO date, `YYYY-MM-DD`.
    pub start: String,
    /// ISO date, `YYYY-MM-DD`.
    pub end: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Period {
    /// The period as people say it: `2023年上半年`.
    pub fn name(&self) -> String {
        period_name(self.year, &self.label)
    }

    /// The period as people say it in `lang`: `First half of 2023` (see
    /// [`crate::display::period_name_in`]).
    pub fn name_in(&self, lang: crate::lang::Lang) -> String {
        crate::display::period_name_in(self.year, &self.label, lang)
    }
}

/// `2023年上半年` from a year and a label.
pub(crate) fn period_name(year: i64, label: &str) -> String {
    format!("{year}年{label}")
}

/// The bulletin's overall figures (总体情况).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// How many items (实事); `None` when the notice does not say.
    pub items: Option<u64>,
    pub sub_items: Option<u64>,
    #[serde(serialize_with = "crate::json_number::optional_whole_if_integral")]
    pub annual_investment: Option<f64>,
    #[serde(serialize_with = "crate::json_number::optional_whole_if_integral")]
    pub completed_investment: Option<f64>,
    /// Completed share of the annual plan, in percent, when the notice gives it without the
    /// two investments it is worked out from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::json_number::optional_whole_if_integral"
    )]
    pub plan_pct: Option<f64>,
    /// Items on schedule by their milestones; `None` when the notice counts by class instead.
    pub items_on_schedule: Option<u64>,
    /// Items per status class (`crate::status::ItemStatus` keys), as the notice counts them;
    /// they need not add up to `items`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_counts: Option<BTreeMap<String, u64>>,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One district's place in the bulletin's ranking; ties share a rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DistrictRank {
    pub district: String,
    pub rank: u64,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where a notice comes from: issuer, document number (督通〔2021〕37号), date, address.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Source {
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// The notice's text as it was received (通报原文), kept with a bulletin read from it;
    /// absent from a bulletin that has none, so older files are written back as they came.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A kind of problem named in the bulletin's 存在问题 section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemType {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A work requirement (工作要求).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    pub title: String,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Provenance written into an exported snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// RFC 3339 time of export.
    pub exported_at: String,
    pub app_version: String,
    /// Id of the bulletin the snapshot was made from.
    pub based_on: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Bulletin {
    /// The sector with this id.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    /// The problem type with this id.
    pub fn problem_type(&self, id: &str) -> Option<&ProblemType> {
        self.problem_types.iter().find(|p| p.id == id)
    }

    /// Serialises the bulletin as pretty JSON, unknown fields included.
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain structs, strings and finite numbers into a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
