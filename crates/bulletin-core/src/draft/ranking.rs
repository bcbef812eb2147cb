//! District rankings: `第一名金寨县；第二名霍邱县；第三名金安区、裕安区；第五名叶集区` (ties
//! share the place written) and `1、金寨县；2、金安区；…`, in a ranking section or a sentence
//! that says 排名.

use serde_json::json;

use super::Reader;
use super::layout::Section;
use super::numerals::number_at;
use super::text::{at, has};

/// The places of one sentence: (district, rank, from, to).
fn places(c: &[char]) -> Vec<(String, u64, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        // 第一名 / 第1名 / 1、 / 1.
        let (rank, after) = if at(c, i, "第") {
            match number_at(c, i + 1) {
                Some(n) if c.get(n.to) == Some(&'名') && n.count().is_some() => {
                    (n.count(), n.to + 1)
                }
                _ => (None, i + 1),
            }
        } else if c[i].is_ascii_digit() && (i == 0 || "；;，。：、 ".contains(c[i - 1])) {
            match number_at(c, i) {
                Some(n) if matches!(c.get(n.to), Some('、' | '.')) && n.count().is_some() => {
                    (n.count(), n.to + 1)
                }
                _ => (None, i + 1),
            }
        } else {
            (None, i + 1)
        };
        let Some(rank) = rank.filter(|r| (1..=1000).contains(r)) else {
            i = after;
            continue;
        };
        // The names up to the next place: split at 、，和 and 并列.
        let end = (after..c.len())
            .find(|&j| "；。".contains(c[j]) || at(c, j, "第") && j > after)
            .unwrap_or(c.len());
        let mut start = after;
        for j in after..=end {
            if j == end || "、，和".contains(c[j]) {
                let mut b = j;
                if b >= start + 2 && at(c, b - 2, "并列") {
                    b -= 2;
                }
                let name: String = c[start..b].iter().collect::<String>().trim().to_owned();
                if !name.is_empty() && name.chars().count() <= 10 {
                    out.push((name, rank, start, b));
                }
                start = j + 1;
            }
        }
        i = end.max(after);
    }
    out
}

pub(crate) fn read(r: &mut Reader) {
    for s in 0..r.sents.len() {
        let ranking = r.layout.section[s] == Section::Ranking && !r.layout.heading[s]
            || has(&r.sents[s].chars, "排名") && r.layout.section[s] != Section::Closing;
        if !ranking || r.len("district_ranking") > 0 {
            continue;
        }
        let found = places(&r.sents[s].chars);
        if found.len() < 2 {
            continue;
        }
        for (district, rank, from, to) in found {
            let i = r.push("district_ranking");
            let v = json!({ "district": district, "rank": rank });
            r.put_at(&format!("district_ranking[{i}]"), v, s, from, to, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::places;

    #[test]
    fn places_and_ties() {
        let c: Vec<char> = "第一名金寨县；第二名霍邱县；第三名金安区、裕安区；第五名叶集区。"
            .chars()
            .collect();
        let p: Vec<(String, u64)> = places(&c).into_iter().map(|p| (p.0, p.1)).collect();
        assert_eq!(
            p,
            [
                ("金寨县".into(), 1),
                ("霍邱县".into(), 2),
                ("金安区".into(), 3),
                ("裕安区".into(), 3),
                ("叶集区".into(), 5)
            ]
        );
        let c: Vec<char> = "1、金寨县；2、金安区；3、裕安区。".chars().collect();
        assert_eq!(places(&c).len(), 3);
    }
}
