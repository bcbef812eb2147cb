//! Projects the notice names as lagging, at risk or finished, with their lead units, the
//! districts named with them, the sentence as their problem, and the problem type whose
//! paragraph names them. Each mention is found by one of the wordings below, the mentions
//! are put in text order, and two that name one project (金山中学建设项目 · 赣榆区金山中学)
//! become one.

use serde_json::{Value, json};

use super::Reader;
use super::mentions;
use super::names::{district_prefix, key, same};
use super::numerals::json_number;
use super::phrases::lags;
use super::text::{at, at_any};

/// A value with where it was read: sentence, first and end char.
pub(crate) type At<T> = (T, usize, usize, usize);

/// One mention of a project.
#[derive(Debug, Clone, Default)]
pub(crate) struct Mention {
    pub name: At<String>,
    pub lead: Option<At<String>>,
    pub districts: Vec<At<String>>,
    pub status: Option<At<&'static str>>,
    pub sector: Option<usize>,
    /// The sentences of its problem, first and last.
    pub issue: Option<(usize, usize)>,
    /// Or the words of its problem within one sentence: sentence, first and end char.
    pub issue_words: Option<(usize, usize, usize)>,
    pub figures: Vec<At<(&'static str, String)>>,
    pub problem_type: Option<usize>,
    pub level: Option<At<String>>,
    /// The problem in each district: district, words, and where (sentence, first, end).
    pub problems: Vec<(Option<String>, String, usize, usize, usize)>,
}

/// The project mention for `c[from..to]` of sentence `s`, its district prefix split off.
pub(crate) fn mention(r: &Reader, s: usize, from: usize, to: usize) -> Option<Mention> {
    let c = &r.sents[s].chars;
    let mut from = from;
    let mut districts = Vec::new();
    if let Some(k) = district_prefix(&c[from..to.min(c.len())]) {
        districts.push((r.sents[s].norm(from, from + k), s, from, from + k));
        from += k;
    }
    let words = &c[from..to.min(c.len())];
    let vague = [
        "部分", "有的", "相关", "少数", "个别", "一些", "各", "全市", "其他", "其余",
    ];
    if words.len() < 3 || vague.iter().any(|v| at(words, 0, v)) {
        return None;
    }
    let name = r.sents[s].quote(r.text, from, to).trim().to_owned();
    Some(Mention {
        name: (name, s, from, to),
        districts,
        sector: r.layout.sector[s],
        problem_type: r.layout.problem[s],
        issue: Some((s, s)),
        ..Mention::default()
    })
}

/// The status a sentence gives the projects it names.
pub(crate) fn status_of(r: &Reader, s: usize, default: &'static str) -> At<&'static str> {
    let c = &r.sents[s].chars;
    let n = c.len();
    let st = if lags(c, 0, n) { "behind" } else { default };
    (st, s, 0, n)
}

/// Two mentions of one project become one: the first one's name, the others' lead unit,
/// districts, problem type and a lagging status added.
fn merge(mut all: Vec<Mention>) -> Vec<Mention> {
    all.sort_by_key(|m| (m.name.1, m.name.2));
    let mut out: Vec<Mention> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut exact: std::collections::HashMap<String, usize> = Default::default();
    // Two thousand projects are more than any notice names; past them only equal keys merge,
    // so that a hostile text stays linear.
    let few = all.len() <= 2000;
    for m in all {
        let k = key(&m.name.0);
        let at = exact
            .get(&k)
            .copied()
            .or_else(|| few.then(|| keys.iter().position(|p| same(p, &k))).flatten());
        match at.map(|i| &mut out[i]) {
            Some(p) => {
                if p.lead.is_none() {
                    p.lead = m.lead;
                }
                for d in m.districts {
                    if !p.districts.iter().any(|x| x.0 == d.0) {
                        p.districts.push(d);
                    }
                }
                if m.status.as_ref().is_some_and(|s| s.0 == "behind")
                    && p.status.as_ref().is_none_or(|s| s.0 == "at_risk")
                {
                    p.status = m.status;
                }
                if p.problem_type.is_none() {
                    p.problem_type = m.problem_type;
                }
                if p.sector.is_none() {
                    p.sector = m.sector;
                }
                if p.figures.is_empty() {
                    p.figures = m.figures;
                }
            }
            None => {
                exact.insert(k.clone(), out.len());
                keys.push(k);
                out.push(m);
            }
        }
    }
    out
}

pub(crate) fn read(r: &mut Reader) {
    let mut all = Vec::new();
    mentions::with_lead(r, &mut all);
    mentions::led_by(r, &mut all);
    mentions::in_problems(r, &mut all);
    mentions::class_lists(r, &mut all);
    mentions::in_brackets(r, &mut all);
    for m in merge(all) {
        put(r, m);
    }
}

/// Records a project's findings.
pub(crate) fn put(r: &mut Reader, m: Mention) {
    let j = r.push("projects");
    let p = |f: &str| format!("projects[{j}].{f}");
    let (name, s, a, b) = m.name;
    r.put_at(&p("name"), Value::from(name), s, a, b, None);
    if let Some((v, s, a, b)) = m.lead {
        r.put_at(&p("lead_unit"), Value::from(v), s, a, b, None);
    }
    match m.districts.as_slice() {
        [] => {}
        [(d, s, a, b)] => {
            r.put_at(&p("district"), Value::from(d.clone()), *s, *a, *b, None);
        }
        several => {
            let list: Vec<Value> = several.iter().map(|d| Value::from(d.0.clone())).collect();
            let (_, s, a, _) = several[0];
            let (_, s2, _, b2) = several[several.len() - 1];
            r.put_span(&p("districts"), Value::Array(list), (s, a), (s2, b2), None);
        }
    }
    if let Some((st, s, a, b)) = m.status {
        r.put_at(&p("status"), Value::from(st), s, a, b, None);
    }
    if let Some(k) = m.sector {
        let head = r.layout.sectors[k].clone();
        let how = format!("项目写在“{}”段中", head.name);
        r.put_at(
            &p("sector"),
            Value::from(super::build::id_of("sectors", k)),
            head.sentence,
            head.from,
            head.to,
            Some(how),
        );
    }
    if let Some((s1, a1, b1)) = m.issue_words {
        let text = r.sents[s1].quote(r.text, a1, b1).trim().to_owned();
        r.put_at(&p("issue"), Value::from(text), s1, a1, b1, None);
    } else if let Some((s1, s2)) = m.issue {
        let text = super::header::join(r, s1, s2);
        let len = r.sents[s2].chars.len();
        let text = strip_marker(&text);
        r.put_span(&p("issue"), Value::from(text), (s1, 0), (s2, len), None);
    }
    if !m.figures.is_empty() {
        for ((field, digits), s, a, b) in m.figures {
            r.put_at(
                &p(&format!("figures.{field}")),
                json_number(&digits),
                s,
                a,
                b,
                None,
            );
        }
    }
    if let Some(t) = m.problem_type
        && let Some(&(first, _)) = r.layout.problem_groups.get(t)
    {
        let id = super::build::id_of("problem_types", t);
        let how = format!("项目写在存在问题第{}条中", t + 1);
        let len = r.sents[first].chars.len();
        r.put_at(&p("problem_types"), json!([id]), first, 0, len, Some(how));
    }
    if let (Some(first), Some(last)) = (m.problems.first(), m.problems.last()) {
        let list: Vec<Value> = m
            .problems
            .iter()
            .map(|(d, t, ..)| json!({ "district": d, "text": t }))
            .collect();
        let (from, to) = ((first.2, first.3), (last.2, last.4));
        r.put_span(&p("problems"), Value::Array(list), from, to, None);
    }
    if let Some((v, s, a, b)) = m.level {
        r.put_at(&p("level"), Value::from(v), s, a, b, None);
    }
}

/// The issue without the words in front that are not its own (`存在问题：`, `1、`, `一是`).
fn strip_marker(text: &str) -> String {
    let norm: Vec<char> = text
        .chars()
        .map(|c| super::text::normal(c, None, None))
        .collect();
    let mut k = at_any(&norm, 0, &["存在问题：", "存在的问题：", "主要问题："]).unwrap_or(0);
    k += super::layout::list_marker(&norm[k..])
        .or_else(|| super::layout::marker(&norm, k))
        .unwrap_or(0);
    text.chars().skip(k).collect::<String>().trim().to_owned()
}
