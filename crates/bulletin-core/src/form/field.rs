//! One field of an editing form: what it holds, its rules, and how it reads and writes
//! its value. The only place a field's label, unit and limits are written down.

use serde_json::{Value, json};

use crate::PLAN_PCT_MAX;
use crate::lang::{Lang, Words};
use crate::{ProjectStatus, SectorStatus};

/// A text in both languages, for the field table.
pub(crate) const fn w(zh: &'static str, en: &'static str) -> Words {
    Words { zh, en }
}

/// What kind of value a field holds, and its rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Text; `required` rejects blank.
    Text { required: bool },
    /// Text that may be left blank for "not stated" (`null`).
    OptionalText,
    /// Longer text.
    Paragraph,
    /// Longer text that may be left blank for "not stated" (`null`).
    OptionalParagraph,
    /// A non-negative integer; `nullable` allows blank for "not reported".
    Count { nullable: bool },
    /// A non-negative number up to `max`; blank is "not reported" when `nullable`.
    Number { nullable: bool, max: Option<f64> },
    /// One of (value, label).
    Choice(Vec<(String, String)>),
    /// Any of (value, label), as a list of values.
    Many(Vec<(String, String)>),
    /// A list of texts, one per line; blank is "not stated" (`null`) when `nullable`.
    Lines { nullable: bool },
    /// A list of names on one line, separated by 、，or `,` (a project's several 县区).
    Names,
    /// A calendar date `YYYY-MM-DD`; blank is "not stated" when `nullable`.
    Date { nullable: bool },
    /// A web address (http or https), or blank for none.
    Link,
    /// Rows of one line each, `名称：值`, read by [`super::rows`].
    Rows(super::rows::Rows),
    /// A project's follow-ups (督办记录), each a date, a text and who, held as their JSON
    /// list (the editor shows one row of inputs per follow-up), read by [`super::follow_ups`].
    FollowUps,
}

/// One field of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The form's name for the field: its input's name, and the key of what was typed.
    pub key: &'static str,
    /// Where its value is in the record: a JSON key, or keys joined by `/` (`period/start`).
    pub path: &'static str,
    pub label: &'static str,
    /// Unit shown after the label (`%`, `件`, the bulletin's currency unit).
    pub unit: Option<String>,
    /// A short hint shown with the field.
    pub help: Option<&'static str>,
    pub kind: Kind,
    /// The label in English ([`Field::label_in`]); empty only for the draft reader's own
    /// fields, which are Chinese.
    label_en: &'static str,
    /// The help in English ([`Field::help_in`]).
    help_en: Option<&'static str>,
    /// The options' labels in English, in the options' order, where they are the page's words
    /// (statuses); `None` where they are the bulletin's names ([`Field::options_in`]).
    options_en: Option<Vec<&'static str>>,
}

impl Field {
    pub(crate) fn new(key: &'static str, label: &'static str, kind: Kind) -> Self {
        let help = match &kind {
            Kind::Lines { .. } => Some(w("每行一条", "One per line")),
            Kind::Names => Some(w(
                "几个之间用“、”或“，”隔开",
                "Separate several with commas",
            )),
            Kind::Date { .. } => Some(w("如 2023-06-30", "Written YYYY-MM-DD, e.g. 2023-06-30")),
            Kind::Link => Some(w(
                "以 http:// 或 https:// 开头",
                "Starting with http:// or https://",
            )),
            Kind::Rows(rows) => Some(w(rows.help(), rows.help_in(Lang::En))),
            Kind::Count { nullable: true } | Kind::Number { nullable: true, .. } => {
                Some(w("未报告时留空", "Leave blank if not reported"))
            }
            _ => None,
        };
        Self {
            key,
            path: key,
            label,
            unit: None,
            help: help.map(|h| h.zh),
            kind,
            label_en: "",
            help_en: help.map(|h| h.en),
            options_en: None,
        }
    }

    /// The same field, called `label` in English.
    pub(crate) fn en(mut self, label: &'static str) -> Self {
        self.label_en = label;
        self
    }

    /// The label in `lang`: `Share of annual plan`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En if !self.label_en.is_empty() => self.label_en,
            _ => self.label,
        }
    }

    /// The help in `lang`, if the field has one.
    pub fn help_in(&self, lang: Lang) -> Option<&'static str> {
        match lang {
            Lang::Zh => self.help,
            Lang::En => self.help_en.or(self.help),
        }
    }

    /// The unit in `lang` (`%`, `number`, `CNY 100m`, `days`); `None` without one, or where
    /// English writes none (after a year).
    pub fn unit_in(&self, lang: Lang) -> Option<String> {
        let unit = self.unit.as_deref()?;
        match lang {
            Lang::Zh => Some(unit.to_owned()),
            Lang::En => Some(crate::display::unit_in(unit, lang)).filter(|u| !u.is_empty()),
        }
    }

    /// The label with its unit in `lang`: `占年度计划（%）`, `Share of annual plan (%)`.
    pub fn caption_in(&self, lang: Lang) -> String {
        match (lang, self.unit_in(lang)) {
            (Lang::Zh, _) => self.caption(),
            (Lang::En, Some(u)) => format!("{} ({u})", self.label_in(lang)),
            (Lang::En, None) => self.label_in(lang).to_owned(),
        }
    }

    /// The options of a [`Kind::Choice`] or [`Kind::Many`] as (value, label in `lang`), in
    /// their order: statuses in `lang`, the option for none (`未注明`) as `Not stated`, the
    /// bulletin's sectors and problem types by their names as written. Empty for other kinds.
    pub fn options_in(&self, lang: Lang) -> Vec<(String, String)> {
        let (Kind::Choice(options) | Kind::Many(options)) = &self.kind else {
            return Vec::new();
        };
        options
            .iter()
            .enumerate()
            .map(|(i, (value, label))| {
                let shown = match (lang, &self.options_en) {
                    (Lang::Zh, _) => label.clone(),
                    (Lang::En, Some(en)) => en.get(i).map_or(label.clone(), |l| (*l).to_owned()),
                    (Lang::En, None) if value.is_empty() => {
                        crate::display::not_stated_in(lang).to_owned()
                    }
                    (Lang::En, None) => label.clone(),
                };
                (value.clone(), shown)
            })
            .collect()
    }

    pub(crate) fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    /// The same field, kept at `path` in its record.
    pub(crate) fn at(mut self, path: &'static str) -> Self {
        self.path = path;
        self
    }

    /// The same field, with this help.
    pub(crate) fn help(mut self, help: Words) -> Self {
        self.help = Some(help.zh);
        self.help_en = Some(help.en);
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

    pub(crate) fn names(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Names)
    }

    pub(crate) fn paragraph(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Paragraph)
    }

    pub(crate) fn lines(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Lines { nullable: false })
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

    /// A share in percent up to `max`, blank for "not reported".
    pub(crate) fn percent(key: &'static str, label: &'static str, max: f64) -> Self {
        Self::new(
            key,
            label,
            Kind::Number {
                nullable: true,
                max: Some(max),
            },
        )
        .unit("%")
    }

    pub(crate) fn plan_pct() -> Self {
        Self::percent("plan_pct", "占年度计划", PLAN_PCT_MAX).en("Share of annual plan")
    }

    pub(crate) fn sector_status() -> Self {
        let mut field = Self::new(
            "status",
            "状态",
            Kind::Choice(
                SectorStatus::ALL
                    .iter()
                    .map(|s| (s.id().to_owned(), s.label().to_owned()))
                    .collect(),
            ),
        )
        .en("Status");
        field.options_en = Some(
            SectorStatus::ALL
                .iter()
                .map(|s| s.label_in(Lang::En))
                .collect(),
        );
        field
    }

    pub(crate) fn project_status() -> Self {
        let mut field = Self::new(
            "status",
            "状态",
            Kind::Choice(
                ProjectStatus::ALL
                    .iter()
                    .map(|s| (s.id().to_owned(), s.label().to_owned()))
                    .collect(),
            ),
        )
        .en("Status");
        field.options_en = Some(
            ProjectStatus::ALL
                .iter()
                .map(|s| s.label_in(Lang::En))
                .collect(),
        );
        field
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
    to_text_in(kind, value, Lang::Zh)
}

/// [`to_text`] for a form in `lang`: rows of counts name their classes in `lang`
/// (`Completed for the year: 14`), names are joined by `, ` in English. [`parse`] reads what
/// either writes.
pub fn to_text_in(kind: &Kind, value: &Value, lang: Lang) -> String {
    match (kind, value) {
        (Kind::Names, Value::Array(items)) if lang == Lang::En => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        (Kind::Rows(rows), value) => rows.to_text_in(value, lang),
        (_, Value::Null) => String::new(),
        (Kind::Names, Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("、"),
        (Kind::FollowUps, value) => super::follow_ups::to_text(value),
        (Kind::Lines { .. } | Kind::Many(_), Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// Whether `text` is an http or https address, the only links the page makes from data.
pub fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    ["http://", "https://"]
        .iter()
        .any(|p| lower.len() > p.len() && lower.starts_with(p))
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
        Kind::OptionalParagraph if t.is_empty() => Ok(Value::Null),
        Kind::OptionalParagraph => Ok(json!(text.trim_end())),
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
        Kind::Lines { nullable } => {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            Ok(if lines.is_empty() && *nullable {
                Value::Null
            } else {
                json!(lines)
            })
        }
        Kind::Date { nullable: true } if t.is_empty() => Ok(Value::Null),
        Kind::Date { .. } if t.is_empty() => Err("请填写日期".to_owned()),
        Kind::Date { .. } => match crate::validation::parse_date(t) {
            Some(_) => Ok(json!(t)),
            None => Err("应为有效日期，写作 YYYY-MM-DD，如 2023-06-30".to_owned()),
        },
        Kind::Link if t.is_empty() => Ok(Value::Null),
        Kind::Link if is_web_address(t) => Ok(json!(t)),
        Kind::Link => Err("应为以 http:// 或 https:// 开头的网址".to_owned()),
        Kind::Rows(rows) => rows.parse(text),
        Kind::FollowUps => super::follow_ups::parse(text),
        Kind::Names => Ok(json!(
            text.split(['、', '，', ','])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
        )),
    }
}

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
    fn captions_carry_units() {
        assert_eq!(Field::plan_pct().caption(), "占年度计划（%）");
    }

    #[test]
    fn dates_and_links_are_checked_as_typed() {
        let date = Kind::Date { nullable: false };
        assert_eq!(parse(&date, " 2023-06-30 "), Ok(json!("2023-06-30")));
        assert!(parse(&date, "2023-02-30").is_err());
        assert!(parse(&date, "2023-6-30").is_err());
        assert!(parse(&date, "").is_err());
        assert_eq!(parse(&Kind::Date { nullable: true }, ""), Ok(Value::Null));
        assert_eq!(
            parse(&Kind::Link, "https://a.cn/x"),
            Ok(json!("https://a.cn/x"))
        );
        assert_eq!(parse(&Kind::Link, "HTTP://a.cn"), Ok(json!("HTTP://a.cn")));
        assert!(parse(&Kind::Link, "javascript:alert(1)").is_err());
        assert!(parse(&Kind::Link, "https://").is_err());
        assert_eq!(parse(&Kind::Link, " "), Ok(Value::Null));
        assert_eq!(
            parse(&Kind::Lines { nullable: true }, "\n "),
            Ok(Value::Null)
        );
        assert_eq!(parse(&Kind::Lines { nullable: false }, ""), Ok(json!([])));
    }
}
