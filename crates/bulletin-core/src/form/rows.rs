//! Fields typed as rows of `名称：值`, one per line: the counts per status class, the
//! district ranking, a project's problems by district. One line per row reads on a phone and
//! on paper as the notice writes it, and adding, removing, reordering or tying rows is editing
//! lines.

use serde_json::{Map, Value, json};

use crate::lang::{Lang, Words};

/// Which rows a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Rows {
    /// `{class: count}`: each line `类别：件数`, the class by its label in either language (or
    /// its id) in options.
    Counts(Vec<(String, Words)>),
    /// `[{district, rank}]`: each line `县区：名次`; ties share a rank.
    Ranking,
    /// `[{district, text}]`: each line `县区：问题`, or only the problem for none.
    Problems,
}

/// The longest text before `：` read as a district; anything longer is part of the problem.
const DISTRICT_CHARS: usize = 12;

fn split(line: &str) -> Option<(&str, &str)> {
    line.split_once(['：', ':'])
        .map(|(a, b)| (a.trim(), b.trim()))
}

/// Whether `name` reads as a district before `：`, not as the start of a sentence.
fn district_like(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= DISTRICT_CHARS
        && !name.contains(['，', '。', '；', ',', ';'])
}

impl Rows {
    /// How to type the rows, shown with the field.
    pub fn help(&self) -> &'static str {
        self.help_in(Lang::Zh)
    }

    /// How to type the rows, shown with the field, in `lang`.
    pub fn help_in(&self, lang: Lang) -> &'static str {
        match self {
            Rows::Counts(_) => Words {
                zh: "每行一类，写作“类别：件数”，如“已完成全年：14”；未报告时留空",
                en: "One class per line, written “class: count”, e.g. “Completed for the year: 14”; leave blank if not reported",
            },
            Rows::Ranking => Words {
                zh: "每行一个县区，写作“县区：名次”，如“海州区：1”；并列时名次相同",
                en: "One district per line, written “district: rank”, e.g. “Haizhou: 1”; districts tied share a rank",
            },
            Rows::Problems => Words {
                zh: "每行一条，写作“县区：问题”；不分县区的只写问题",
                en: "One per line, written “district: problem”; only the problem where it names no district",
            },
        }
        .get(lang)
    }

    /// The rows of a stored value, one per line.
    pub fn to_text(&self, value: &Value) -> String {
        self.to_text_in(value, Lang::Zh)
    }

    /// The rows of a stored value, one per line, classes named in `lang`
    /// (`Completed for the year: 14`); districts and problems as written.
    pub fn to_text_in(&self, value: &Value, lang: Lang) -> String {
        let lines: Vec<String> = match (self, value) {
            (Rows::Counts(options), Value::Object(map)) => map
                .iter()
                .map(|(id, n)| {
                    let label = options
                        .iter()
                        .find(|(v, _)| v == id)
                        .map_or(id.as_str(), |(_, l)| l.get(lang));
                    match lang {
                        Lang::Zh => format!("{label}：{n}"),
                        Lang::En => format!("{label}: {n}"),
                    }
                })
                .collect(),
            (Rows::Ranking, Value::Array(items)) => items
                .iter()
                .map(|r| format!("{}：{}", text(r, "district"), number(r, "rank")))
                .collect(),
            (Rows::Problems, Value::Array(items)) => items
                .iter()
                .map(|p| {
                    let problem = text(p, "text");
                    match p.get("district").and_then(Value::as_str) {
                        Some(d) => format!("{d}：{problem}"),
                        // A leading ： keeps a problem whose own words start like a district
                        // from being read back as one.
                        None if split(&problem).is_some_and(|(a, _)| district_like(a)) => {
                            format!("：{problem}")
                        }
                        None => problem,
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        lines.join("\n")
    }

    /// The value of the rows typed, `null` for none, or what is wrong, line first.
    pub fn parse(&self, typed: &str) -> Result<Value, String> {
        let lines: Vec<(usize, &str)> = typed
            .lines()
            .map(str::trim)
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
            .collect();
        if lines.is_empty() {
            return Ok(Value::Null);
        }
        let at = |n: usize, why: String| format!("第 {} 行：{why}", n + 1);
        match self {
            Rows::Counts(options) => {
                let mut out = Map::new();
                for (n, line) in lines {
                    let (name, count) =
                        split(line).ok_or_else(|| at(n, "应写作“类别：件数”".to_owned()))?;
                    let id = options
                        .iter()
                        .find(|(v, l)| l.zh == name || l.en.eq_ignore_ascii_case(name) || v == name)
                        .map(|(v, _)| v.clone())
                        .ok_or_else(|| {
                            let known: Vec<&str> = options.iter().map(|(_, l)| l.zh).collect();
                            at(n, format!("不认识“{name}”；可以写：{}", known.join("、")))
                        })?;
                    let count: u64 = count
                        .parse()
                        .map_err(|_| at(n, "件数应为非负整数，如 14".to_owned()))?;
                    if out.insert(id, json!(count)).is_some() {
                        return Err(at(n, format!("“{name}”已经写过")));
                    }
                }
                Ok(Value::Object(out))
            }
            Rows::Ranking => {
                let mut out: Vec<Value> = Vec::new();
                for (n, line) in lines {
                    let (district, rank) =
                        split(line).ok_or_else(|| at(n, "应写作“县区：名次”".to_owned()))?;
                    if district.is_empty() {
                        return Err(at(n, "缺少县区".to_owned()));
                    }
                    let rank: u64 = rank
                        .parse()
                        .ok()
                        .filter(|r| *r >= 1)
                        .ok_or_else(|| at(n, "名次应为从 1 开始的整数".to_owned()))?;
                    if out.iter().any(|r| r["district"] == district) {
                        return Err(at(n, format!("“{district}”已经写过")));
                    }
                    out.push(json!({"district": district, "rank": rank}));
                }
                Ok(Value::Array(out))
            }
            Rows::Problems => Ok(Value::Array(
                lines
                    .into_iter()
                    .map(|(n, line)| match line.strip_prefix(['：', ':']) {
                        Some(rest) => Ok(json!({"district": null, "text": rest.trim()})),
                        None => match split(line) {
                            Some((d, t)) if district_like(d) && !t.is_empty() => {
                                Ok(json!({"district": d, "text": t}))
                            }
                            Some((d, _)) if district_like(d) => {
                                Err(at(n, format!("“{d}”后缺少问题")))
                            }
                            _ => Ok(json!({"district": null, "text": line})),
                        },
                    })
                    .collect::<Result<_, _>>()?,
            )),
        }
    }

    /// `typed` (as [`Rows::parse`] made it) keeping what the rows of `stored` held beyond
    /// the fields typed: a row that names the same district keeps its other members.
    pub(crate) fn keep_members(&self, stored: Option<&Value>, typed: Value) -> Value {
        let (Some(Value::Array(old)), Value::Array(new)) = (stored, &typed) else {
            return typed;
        };
        let mut used = vec![false; old.len()];
        let rows = new
            .iter()
            .map(|row| {
                let found = old
                    .iter()
                    .enumerate()
                    .position(|(i, o)| !used[i] && o.get("district") == row.get("district"));
                let (Some(i), Some(fields)) = (found, row.as_object()) else {
                    return row.clone();
                };
                used[i] = true;
                let mut kept = old[i].as_object().cloned().unwrap_or_default();
                for (k, v) in fields {
                    kept.insert(k.clone(), v.clone());
                }
                Value::Object(kept)
            })
            .collect();
        Value::Array(rows)
    }
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn number(v: &Value, key: &str) -> String {
    v.get(key).map(Value::to_string).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> Rows {
        Rows::Counts(vec![
            (
                "completed".into(),
                Words {
                    zh: "已完成全年",
                    en: "Completed for the year",
                },
            ),
            (
                "ahead".into(),
                Words {
                    zh: "超序时",
                    en: "Ahead of schedule",
                },
            ),
        ])
    }

    #[test]
    fn counts_read_and_write_english_labels_too() {
        let c = counts();
        let v = json!({"completed": 14, "ahead": 7});
        let en = c.to_text_in(&v, Lang::En);
        assert_eq!(en, "Completed for the year: 14\nAhead of schedule: 7");
        assert_eq!(c.parse(&en), Ok(v.clone()));
        assert_eq!(c.parse("ahead of schedule: 7"), Ok(json!({"ahead": 7})));
        assert_eq!(c.to_text(&v), "已完成全年：14\n超序时：7");
    }

    #[test]
    fn counts_read_by_label_or_id_and_refuse_what_is_unknown() {
        let c = counts();
        assert_eq!(
            c.parse("已完成全年：14\n\n ahead: 7 "),
            Ok(json!({"completed": 14, "ahead": 7}))
        );
        assert_eq!(c.parse(" \n"), Ok(Value::Null));
        assert!(
            c.parse("已完成全年：-1")
                .unwrap_err()
                .starts_with("第 1 行")
        );
        assert!(
            c.parse("超序时：1\n落后：2")
                .unwrap_err()
                .starts_with("第 2 行")
        );
        assert!(c.parse("超序时：1\n超序时：2").is_err());
        assert!(c.parse("超序时 1").is_err());
        let v = json!({"completed": 14, "ahead": 7});
        assert_eq!(c.parse(&c.to_text(&v)), Ok(v));
    }

    #[test]
    fn rankings_allow_ties_and_refuse_rank_zero_and_repeats() {
        let r = Rows::Ranking;
        let v = r.parse("海州区：1\n连云区：1\n赣榆区：3").unwrap();
        assert_eq!(v[1], json!({"district": "连云区", "rank": 1}));
        assert_eq!(r.parse(&r.to_text(&v)), Ok(v));
        assert!(r.parse("海州区：0").is_err());
        assert!(r.parse("：1").is_err());
        assert!(
            r.parse("海州区：1\n海州区：2")
                .unwrap_err()
                .starts_with("第 2 行")
        );
    }

    #[test]
    fn problems_name_a_district_only_where_one_is_written() {
        let p = Rows::Problems;
        let v = p
            .parse("灵溪镇：推进缓慢\n资金未到位，原因是：审批慢\n：用地：未落实")
            .unwrap();
        assert_eq!(v[0], json!({"district": "灵溪镇", "text": "推进缓慢"}));
        assert_eq!(v[1]["district"], Value::Null);
        assert_eq!(v[1]["text"], "资金未到位，原因是：审批慢");
        assert_eq!(v[2], json!({"district": null, "text": "用地：未落实"}));
        assert_eq!(
            p.to_text(&v),
            "灵溪镇：推进缓慢\n资金未到位，原因是：审批慢\n：用地：未落实",
            "a leading ： only where the problem would read as a district"
        );
        assert_eq!(p.parse(&p.to_text(&v)), Ok(v));
        assert!(p.parse("灵溪镇：").is_err());
    }

    #[test]
    fn each_kind_of_rows_says_how_to_type_it() {
        assert!(counts().help().contains("类别：件数"));
        assert!(Rows::Ranking.help().contains("县区：名次"));
        assert!(Rows::Problems.help().contains("县区：问题"));
    }

    #[test]
    fn rows_keep_what_they_held_beyond_the_typed_fields() {
        let stored = json!([{"district": "海州区", "rank": 2, "score": 91.5}]);
        let typed = Rows::Ranking.parse("连云区：1\n海州区：1").unwrap();
        let kept = Rows::Ranking.keep_members(Some(&stored), typed);
        assert_eq!(
            kept[1],
            json!({"district": "海州区", "rank": 1, "score": 91.5})
        );
        assert_eq!(kept[0], json!({"district": "连云区", "rank": 1}));
    }
}
