//! One field of an editing form: what it holds, its rules, and how it reads and writes
//! its value. The only place a field's label, unit and limits are written down.

use serde_json::{Value, json};

use crate::PLAN_PCT_MAX;
use crate::{ProjectStatus, SectorStatus};

/// What kind of value a field holds, and its rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Text; `required` rejects blank.
    Text { required: bool },
    /// Text that may be left blank for "not stated" (`null`).
    OptionalText,
    /// Longer text.
    Paragraph,
    /// A non-negative integer; `nullable` allows blank for "not reported".
    Count { nullable: bool },
    /// A non-negative number up to `max`; blank is "not reported" when `nullable`.
    Number { nullable: bool, max: Option<f64> },
    /// One of (value, label).
    Choice(Vec<(String, String)>),
    /// Any of (value, label), as a list of values.
    Many(Vec<(String, String)>),
    /// A list of texts, one per line.
    Lines,
    /// A list of names on one line, separated by 、，or `,` (a project's several 县区).
    Names,
}

/// One field of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The form's name for the field: its input's name, and the key of what was typed.
    pub key: &'static str,
    /// The JSON key it edits: `key`, but for a project's 县区 kept as a list (`districts`).
    pub stored: &'static str,
    pub label: &'static str,
    /// Unit shown after the label (`%`, `件`, the bulletin's currency unit).
    pub unit: Option<String>,
    /// A short hint shown with the field.
    pub help: Option<&'static str>,
    pub kind: Kind,
}

impl Field {
    fn new(key: &'static str, label: &'static str, kind: Kind) -> Self {
        Self {
            key,
            stored: key,
            label,
            unit: None,
            help: match kind {
                Kind::Lines => Some("每行一条"),
                Kind::Names => Some("几个之间用“、”隔开"),
                Kind::Count { nullable: true } | Kind::Number { nullable: true, .. } => {
                    Some("未报告时留空")
                }
                _ => None,
            },
            kind,
        }
    }

    fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    /// The value typed in this field, or what is wrong with it, naming the field where the
    /// message alone would not say which.
    pub fn read(&self, text: &str) -> Result<Value, String> {
        parse(&self.kind, text).map_err(|e| match self.kind {
            Kind::Text { required: true } if text.trim().is_empty() => {
                format!("请填写{}（不能为空）", self.label)
            }
            Kind::Choice(_) => format!("请选择{}", self.label),
            _ => e,
        })
    }

    /// The label with its unit: `占年度计划（%）`.
    pub fn caption(&self) -> String {
        match &self.unit {
            Some(u) => format!("{}（{u}）", self.label),
            None => self.label.to_owned(),
        }
    }

    pub(crate) fn text(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Text { required: true })
    }

    pub(crate) fn optional_text(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::OptionalText)
    }

    /// Names typed on one line into form field `key`, stored as the list `stored`.
    pub(crate) fn names(key: &'static str, stored: &'static str, label: &'static str) -> Self {
        Self {
            stored,
            ..Self::new(key, label, Kind::Names)
        }
    }

    pub(crate) fn paragraph(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Paragraph)
    }

    pub(crate) fn lines(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Lines)
    }

    pub(crate) fn count(
        key: &'static str,
        label: &'static str,
        unit: &str,
        nullable: bool,
    ) -> Self {
        Self::new(key, label, Kind::Count { nullable }).unit(unit)
    }

    pub(crate) fn amount(key: &'static str, label: &'static str, currency: &str) -> Self {
        Self::new(
            key,
            label,
            Kind::Number {
                nullable: true,
                max: None,
            },
        )
        .unit(currency)
    }

    pub(crate) fn plan_pct() -> Self {
        Self::new(
            "plan_pct",
            "占年度计划",
            Kind::Number {
                nullable: true,
                max: Some(PLAN_PCT_MAX),
            },
        )
        .unit("%")
    }

    pub(crate) fn sector_status() -> Self {
        Self::new(
            "status",
            "状态",
            Kind::Choice(
                SectorStatus::ALL
                    .iter()
                    .map(|s| (s.id().to_owned(), s.label().to_owned()))
                    .collect(),
            ),
        )
    }

    pub(crate) fn project_status() -> Self {
        Self::new(
            "status",
            "状态",
            Kind::Choice(
                ProjectStatus::ALL
                    .iter()
                    .map(|s| (s.id().to_owned(), s.label().to_owned()))
                    .collect(),
            ),
        )
    }

    pub(crate) fn choice(
        key: &'static str,
        label: &'static str,
        options: Vec<(String, String)>,
    ) -> Self {
        Self::new(key, label, Kind::Choice(options))
    }

    pub(crate) fn many(
        key: &'static str,
        label: &'static str,
        options: Vec<(String, String)>,
    ) -> Self {
        Self::new(key, label, Kind::Many(options))
    }
}

/// The text shown in a field for a stored value (for [`Kind::Many`], values joined by
/// newlines, one per chosen option; for [`Kind::Names`], joined by 、).
pub fn to_text(kind: &Kind, value: &Value) -> String {
    match (kind, value) {
        (_, Value::Null) => String::new(),
        (Kind::Names, Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("、"),
        (Kind::Lines | Kind::Many(_), Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// A JSON number, whole numbers without a fraction (as the export writes them).
fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

/// The value typed in a field, or what is wrong with it.
pub fn parse(kind: &Kind, text: &str) -> Result<Value, String> {
    let t = text.trim();
    match kind {
        Kind::Text { required: true } if t.is_empty() => Err("不能为空".to_owned()),
        Kind::Text { .. } => Ok(json!(t)),
        Kind::OptionalText if t.is_empty() => Ok(Value::Null),
        Kind::OptionalText => Ok(json!(t)),
        Kind::Paragraph => Ok(json!(text.trim_end())),
        Kind::Count { nullable: true } | Kind::Number { nullable: true, .. } if t.is_empty() => {
            Ok(Value::Null)
        }
        Kind::Count { .. } | Kind::Number { .. } if t.is_empty() => Err("请填写数字".to_owned()),
        Kind::Count { .. } => t
            .parse::<u64>()
            .map(|n| json!(n))
            .map_err(|_| "应为非负整数，如 6".to_owned()),
        Kind::Number { max, .. } => match t.parse::<f64>() {
            Ok(n) if !n.is_finite() || n < 0.0 => Err("应为非负数".to_owned()),
            Ok(n) if max.is_some_and(|m| n > m) => {
                Err(format!("不能超过 {}", max.unwrap_or_default()))
            }
            Ok(n) => Ok(number(n)),
            Err(_) => Err("应为数字，如 21.4".to_owned()),
        },
        // An option whose value is empty stands for "not stated", as a blank text does.
        Kind::Choice(options) => options
            .iter()
            .find(|(v, _)| v == t)
            .map(|(v, _)| if v.is_empty() { Value::Null } else { json!(v) })
            .ok_or_else(|| "请选择".to_owned()),
        Kind::Many(options) => {
            let chosen: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            match chosen
                .iter()
                .find(|c| !options.iter().any(|(v, _)| v == *c))
            {
                Some(_) => Err("有不存在的选项".to_owned()),
                None => Ok(json!(chosen)),
            }
        }
        Kind::Lines => Ok(json!(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        )),
        Kind::Names => Ok(json!(
            text.split(['、', '，', ','])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
        )),
    }
}

/// The label of the field `key` of the list or record named `list` (`projects`,
/// `sectors`, `summary`, … or the top level for `""`), for the change list.
pub fn field_label(list: &str, key: &str) -> &'static str {
    let specific = match (list, key) {
        ("summary", "items") => Some("民生实事件数"),
        ("summary", "sub_items") => Some("细分子项数"),
        ("summary", "text") => Some("总体情况说明"),
        ("summary", "items_on_schedule") => Some("按序时推进件数"),
        ("sectors", "items") => Some("实事件数"),
        ("sectors", "name") => Some("领域名称"),
        ("problem_types", "name") => Some("问题类型名称"),
        ("projects", "name") => Some("项目名称"),
        ("projects", "issue") => Some("存在问题"),
        ("requirements", "text") => Some("内容"),
        _ => None,
    };
    specific.unwrap_or(match key {
        "title" => "标题",
        "region" => "地区",
        "period" => "时段",
        "schedule_target_pct" => "序时进度",
        "currency_unit" => "金额单位",
        "preamble" => "开头段落",
        "summary" => "总体情况",
        "items" => "件数",
        "sub_items" => "事项数",
        "annual_investment" => "年度总投资",
        "completed_investment" => "完成投资",
        "items_on_schedule" => "按序时推进件数",
        "plan_pct" => "占年度计划",
        "status" => "状态",
        "highlights" => "工作进展",
        "problems" => "存在问题",
        "name" => "名称",
        "description" => "说明",
        "sector" => "所属领域",
        "lead_unit" => "牵头单位",
        "district" | "districts" => "县区",
        "problem_types" => "问题类型",
        "issue" => "存在问题",
        "note" => "备注",
        "requirements" => "工作要求",
        "text" => "文字",
        "sectors" => "领域",
        "projects" => "项目",
        "attachments" => "附件",
        "schedule_grading" => "序时评级界限",
        "yellow_from" => "黄色界限",
        "red_from" => "红色界限",
        "format" => "格式标识",
        "version" => "格式版本",
        "id" => "编号",
        "year" => "年份",
        "label" => "名称",
        "start" => "开始日期",
        "end" => "结束日期",
        "snapshot" => "快照信息",
        _ => UNKNOWN_FIELD,
    })
}

/// What [`field_label`] says of a field the format does not know.
pub const UNKNOWN_FIELD: &str = "其他内容";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_follow_the_format_rules() {
        let count = Kind::Count { nullable: false };
        assert_eq!(parse(&count, " 6 "), Ok(json!(6)));
        assert!(parse(&count, "-1").is_err());
        assert!(parse(&count, "").is_err());
        assert_eq!(parse(&Kind::Count { nullable: true }, " "), Ok(Value::Null));
        let pct = Field::plan_pct().kind;
        assert_eq!(parse(&pct, "43"), Ok(json!(43)));
        assert_eq!(parse(&pct, "43.5"), Ok(json!(43.5)));
        assert!(parse(&pct, &format!("{}", PLAN_PCT_MAX + 0.1)).is_err());
        assert!(parse(&pct, &format!("{PLAN_PCT_MAX}")).is_ok());
        assert!(parse(&pct, "inf").is_err());
        assert!(parse(&pct, "NaN").is_err());
        assert_eq!(parse(&Kind::OptionalText, "  "), Ok(Value::Null));
        assert!(parse(&Kind::Text { required: true }, " ").is_err());
        let many = Kind::Many(vec![("a".into(), "甲".into()), ("b".into(), "乙".into())]);
        assert_eq!(parse(&many, "b\na"), Ok(json!(["b", "a"])));
        assert!(parse(&many, "c").is_err());
        assert_eq!(to_text(&many, &json!(["b", "a"])), "b\na");
    }

    #[test]
    fn captions_carry_units_and_labels_agree_with_the_change_list() {
        assert_eq!(Field::plan_pct().caption(), "占年度计划（%）");
        assert_eq!(field_label("sectors", "plan_pct"), Field::plan_pct().label);
        assert_eq!(field_label("projects", "note"), "备注");
        assert_eq!(field_label("x", "unknown_key"), "其他内容");
    }
}
