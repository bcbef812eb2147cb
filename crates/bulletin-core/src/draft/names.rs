//! Names in running text: a project's name cut from its sentence, lists of names
//! (A、B及C等), districts (赣榆区, 舒城县, 市本级, 灵溪镇) and lead units (市交通局).

use super::text::{at, at_any, is_han};

/// Words no district name ends with (棚户区 is not a district).
const NOT_DISTRICTS: [&str; 17] = [
    "户区", "社区", "园区", "景区", "校区", "城区", "片区", "小区", "山区", "库区", "矿区", "街区",
    "务区", "范区", "护区", "县区", "市区",
];

/// Whether `c` is a district's name: 2–5 characters ending in 县, 区, 镇, 乡 or 街道 (or 市本级).
pub(crate) fn is_district(c: &[char]) -> bool {
    let s: String = c.iter().collect();
    if s == "市本级" || s == "开发区" || s == "市开发区" || s == "县本级" {
        return true;
    }
    let n = c.len();
    // A town is two characters and 镇 or 乡 (特色田园乡村 is no town).
    let town = n == 3 && matches!(c[n - 1], '镇' | '乡');
    (3..=5).contains(&n)
        && c.iter().all(|&ch| is_han(ch))
        && (matches!(c[n - 1], '县' | '区') || town)
        && !c[..n - 1].iter().any(|ch| matches!(ch, '县' | '区'))
        && !NOT_DISTRICTS.iter().any(|w| s.ends_with(w))
        && !s.starts_with("全")
        && !s.starts_with("各")
        && !s.starts_with("部分")
}

/// The district a name starts with (`赣榆区金山中学` → 3), when the rest is a name.
pub(crate) fn district_prefix(c: &[char]) -> Option<usize> {
    (3..=5).find(|&k| k + 2 <= c.len() && is_district(&c[..k]) && !matches!(c[k], '（' | '、'))
}

/// Every district named in `c[from..to]` (split at 、，；。：和及为的有), in order, once.
pub(crate) fn districts(c: &[char], from: usize, to: usize) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let to = to.min(c.len());
    let mut start = from;
    for i in from..=to {
        let sep = i == to || "、，；。：和及为的有（）".contains(c[i]);
        if !sep {
            continue;
        }
        let token = &c[start..i];
        let found = if is_district(token) {
            Some((start, i))
        } else if token.starts_with(&['市', '本', '级']) {
            Some((start, start + 3))
        } else {
            district_prefix(token).map(|k| (start, start + k))
        };
        if let Some((a, b)) = found {
            let name: String = c[a..b].iter().collect();
            if !out.iter().any(|d| d.0 == name) {
                out.push((name, a, b));
            }
        }
        start = i + 1;
    }
    out
}

/// `市交通局`, `县教育局`, `市卫健委`, `玉环经济开发区`: a unit's name (3–14 characters).
pub(crate) fn is_unit(c: &[char]) -> bool {
    let s: String = c.iter().collect();
    let ends = [
        "局",
        "委",
        "办",
        "社",
        "中心",
        "院",
        "厅",
        "部",
        "所",
        "站",
        "公司",
        "集团",
        "管委会",
        "开发区",
        "政府",
        "街道",
        "团委",
        "妇联",
        "总工会",
        "残联",
    ];
    (3..=14).contains(&c.len())
        && c.iter().all(|&ch| is_han(ch) || ch == '、')
        && ends.iter().any(|e| s.ends_with(e))
}

/// Where a subject ends: before the words that say what is wrong with it.
pub(crate) fn subject_end(c: &[char], from: usize, to: usize) -> usize {
    const VERBS: [&str; 24] = [
        "也因",
        "因",
        "存在",
        "推进",
        "未达",
        "影响",
        "资金",
        "进展",
        "融资",
        "涉及",
        "手续",
        "受",
        "备案",
        "尚未",
        "进度",
        "未完成",
        "未开工",
        "未到位",
        "未启动",
        "建设进度",
        "完成进度",
        "较慢",
        "滞后",
        "需",
    ];
    let to = to.min(c.len());
    for i in from..to {
        if matches!(c[i], '，' | '；' | '。' | '：') {
            return i;
        }
        if i >= from + 2 && at_any(c, i, &VERBS).is_some() {
            return i;
        }
    }
    to
}

/// The names of a list `A、B及C等` in `c[from..to]`; `和` separates only in a list that has
/// `、` (秦东门大街东延和内环路东环、北环项目), since it joins two parts of one name elsewhere.
pub(crate) fn list(c: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let to = to.min(c.len());
    let has_comma = c[from..to].contains(&'、');
    let mut out = Vec::new();
    let mut start = from;
    let mut depth = 0i32;
    for i in from..=to {
        if i < to {
            match c[i] {
                '（' | '“' | '《' => depth += 1,
                '）' | '”' | '》' => depth -= 1,
                _ => {}
            }
        }
        let sep = i == to
            || depth <= 0
                && (c[i] == '、' || c[i] == '及' && !at(c, i, "及时") || c[i] == '和' && has_comma);
        if sep {
            let (a, b) = trim(c, start, i);
            if b > a + 1 {
                out.push((a, b));
            }
            start = i + 1;
        }
    }
    out
}

/// `c[from..to]` without the words around a name: spaces, 等, 等事项.
pub(crate) fn trim(c: &[char], mut from: usize, mut to: usize) -> (usize, usize) {
    while from < to && (c[from].is_whitespace() || "，、".contains(c[from])) {
        from += 1;
    }
    loop {
        let before = to;
        for tail in ["等事项", "等项目", "等工程", "等问题", "等"] {
            let n = tail.chars().count();
            if to >= from + n + 2 && at(c, to - n, tail) {
                to -= n;
            }
        }
        while to > from && c[to - 1].is_whitespace() {
            to -= 1;
        }
        if to == before {
            return (from, to);
        }
    }
}

/// The name as a key for matching two mentions of one project: quotes, the district and
/// the words 建设项目, 工程, 项目, 事项, 建设 left out.
pub(crate) fn key(name: &str) -> String {
    let mut s: String = name
        .chars()
        .filter(|c| !"“”\"‘’《》 ".contains(*c))
        .collect();
    let c: Vec<char> = s.chars().collect();
    if let Some(k) = district_prefix(&c) {
        s = c[k..].iter().collect();
    }
    loop {
        let before = s.len();
        for tail in [
            "新建项目",
            "建设项目",
            "续建工程",
            "新建工程",
            "工程",
            "项目",
            "事项",
            "建设",
            "接入",
        ] {
            if s.chars().count() > tail.chars().count() + 2 && s.ends_with(tail) {
                s.truncate(s.len() - tail.len());
            }
        }
        for head in ["完成", "市区"] {
            if s.chars().count() > 6 && s.starts_with(head) {
                s = s[head.len()..].to_owned();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Whether two keys name one project: equal, or one holds the other (four characters or more).
pub(crate) fn same(a: &str, b: &str) -> bool {
    a == b || a.chars().count() >= 4 && b.chars().count() >= 4 && (a.contains(b) || b.contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn districts_and_lists() {
        assert!(
            is_district(&v("舒城县")) && is_district(&v("市本级")) && is_district(&v("灵溪镇"))
        );
        assert!(!is_district(&v("棚户区")) && !is_district(&v("县区")));
        assert_eq!(district_prefix(&v("赣榆区金山中学")), Some(3));
        assert_eq!(
            district_prefix(&v("市开发区昌圩湖九年一贯制学校工程")),
            Some(4)
        );
        assert_eq!(district_prefix(&v("新海高中开发区校区")), None);
        let c = v("全市未完成援助任务的县区为舒城县、霍山县。");
        let d: Vec<String> = districts(&c, 0, c.len()).into_iter().map(|d| d.0).collect();
        assert_eq!(d, ["舒城县", "霍山县"]);
        let c = v("赣榆区金山中学建设项目、新海高中开发区校区及凌州路小学续建工程等");
        let names: Vec<String> = list(&c, 0, c.len())
            .into_iter()
            .map(|(a, b)| c[a..b].iter().collect())
            .collect();
        assert_eq!(
            names,
            [
                "赣榆区金山中学建设项目",
                "新海高中开发区校区",
                "凌州路小学续建工程"
            ]
        );
        assert!(same(&key("金山中学建设项目"), &key("赣榆区金山中学")));
        assert!(same(
            &key("新海初级中学新城校区新建项目"),
            &key("新海初级中学新城校区新建工程")
        ));
        assert!(is_unit(&v("市交通局")) && is_unit(&v("市卫健委")) && !is_unit(&v("舒城县")));
    }
}
