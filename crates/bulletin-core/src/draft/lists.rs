//! Enumerations: the problem types of 存在问题 (一是工作计划性不强。督查发现…) and the work
//! requirements of 工作要求 (一要强化资金保障。…, or 一是…, （一）…, 1.…), a title and its text.

use serde_json::Value;

use super::Reader;
use super::layout::{Section, list_marker, marker};

/// A title (with its chars in the first sentence) and a text (with where it starts).
type TitleAndText = (String, (usize, usize), String, Option<(usize, usize)>);

/// The title and text of an enumerated paragraph running over sentences `first..=last`:
/// the first sentence (its marker left out, its stop too) is the title, the rest the text.
/// A first sentence over 24 characters gives its first clause as the title.
fn title_and_text(r: &Reader, first: usize, last: usize) -> Option<TitleAndText> {
    let c = &r.sents[first].chars;
    let m = marker(c, 0).or_else(|| list_marker(c))?;
    let mut end = c.len();
    while end > m && "。；：".contains(c[end - 1]) {
        end -= 1;
    }
    let mut rest_start: Option<(usize, usize)> = (first < last).then_some((first + 1, 0));
    if end - m > 24
        && let Some(k) = (m..end).find(|&i| c[i] == '，')
    {
        end = k;
        rest_start = Some((first, k + 1));
    }
    if end <= m {
        return None;
    }
    let title = r.sents[first].quote(r.text, m, end).trim().to_owned();
    let text = match rest_start {
        Some((s, from)) => {
            let a = r.sents[s].byte(from);
            let b = r.sents[last].byte(usize::MAX);
            r.text.get(a..b.max(a)).unwrap_or("").trim().to_owned()
        }
        None => String::new(),
    };
    Some((title, (m, end), text, rest_start))
}

pub(crate) fn read(r: &mut Reader) {
    // Problem types: the groups the layout found.
    let groups = r.layout.problem_groups.clone();
    for (k, (first, last)) in groups.into_iter().enumerate() {
        let i = r.push("problem_types");
        debug_assert_eq!(i, k);
        match title_and_text(r, first, last) {
            Some((name, (a, b), text, rest)) => {
                r.put_at(
                    &format!("problem_types[{i}].name"),
                    Value::from(name),
                    first,
                    a,
                    b,
                    None,
                );
                if let Some((s, from)) = rest {
                    let len = r.sents[last].chars.len();
                    r.put_span(
                        &format!("problem_types[{i}].description"),
                        Value::from(text),
                        (s, from),
                        (last, len),
                        None,
                    );
                }
            }
            None => {
                let len = r.sents[first].chars.len();
                let text = r.sents[first].text(r.text).to_owned();
                r.put_at(
                    &format!("problem_types[{i}].description"),
                    Value::from(text),
                    first,
                    0,
                    len,
                    None,
                );
            }
        }
    }
    requirements(r);
}

/// The requirements: each line of the requirements section that opens with a marker, with
/// the lines after it until the next; or, in one paragraph, each sentence opening 一要, 二要.
fn requirements(r: &mut Reader) {
    let n = r.sents.len();
    let mut starts: Vec<usize> = Vec::new();
    for s in 0..n {
        if r.layout.section[s] != Section::Requirements || r.layout.heading[s] {
            continue;
        }
        let c = &r.sents[s].chars;
        let opens = marker(c, 0).is_some() || r.sents[s].line_start && list_marker(c).is_some();
        if opens {
            starts.push(s);
        }
    }
    for (k, &s) in starts.iter().enumerate() {
        let stop = starts.get(k + 1).copied().unwrap_or(n);
        let last = (s..stop)
            .take_while(|&i| r.layout.section[i] == Section::Requirements && !r.layout.heading[i])
            .last()
            .unwrap_or(s);
        let Some((title, (a, b), text, rest)) = title_and_text(r, s, last) else {
            continue;
        };
        let i = r.push("requirements");
        r.put_at(
            &format!("requirements[{i}].title"),
            Value::from(title),
            s,
            a,
            b,
            None,
        );
        if let Some((rs, from)) = rest {
            let len = r.sents[last].chars.len();
            r.put_span(
                &format!("requirements[{i}].text"),
                Value::from(text),
                (rs, from),
                (last, len),
                None,
            );
        }
    }
}
