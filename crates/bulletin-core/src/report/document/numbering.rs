//! Chinese numbering as a 通报 writes it: 一、 for parts, （一） for sectors, 一是 and 一要
//! for points in a row.

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// `n` in Chinese numerals as counted aloud: 一 … 十, 十一, 二十, 一百零一, 一千零一十.
/// 0 is 零. Up to 9999; above, the digits one by one (no 通报 numbers its parts so far).
pub(crate) fn chinese(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    if n >= 10_000 {
        return n
            .to_string()
            .bytes()
            .map(|b| DIGITS[usize::from(b - b'0')])
            .collect();
    }
    // 十一 … 十九: the 一 before 十 is left out when 十 leads.
    if (10..20).contains(&n) {
        return format!(
            "十{}",
            if n == 10 {
                ""
            } else {
                DIGITS[(n % 10) as usize]
            }
        );
    }
    let places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")];
    let mut out = String::new();
    // A 零 stands for a run of missing places between two that are there: 一百零一.
    let mut gap = false;
    for (value, name) in places {
        let digit = (n / value % 10) as usize;
        if digit == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push_str(DIGITS[0]);
            gap = false;
        }
        out.push_str(DIGITS[digit]);
        out.push_str(name);
    }
    out
}

/// The number of a part: `一、`.
pub(crate) fn part(n: u64) -> String {
    format!("{}、", chinese(n))
}

/// The number of a second-level heading: `（一）`.
pub(crate) fn section(n: u64) -> String {
    format!("（{}）", chinese(n))
}

/// The lead of the n-th point of a list: `一是`.
pub(crate) fn point(n: u64) -> String {
    format!("{}是", chinese(n))
}

/// The lead of the n-th requirement: `一要`.
pub(crate) fn requirement(n: u64) -> String {
    format!("{}要", chinese(n))
}

/// Whether `text` already opens with a point's lead (一是, 十二是), so none is added.
pub(crate) fn has_point_lead(text: &str) -> bool {
    let numeral: String = text
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect();
    !numeral.is_empty() && text[numeral.len()..].starts_with('是')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_count_as_spoken_up_to_thirty_and_beyond() {
        let expected = [
            "一",
            "二",
            "三",
            "四",
            "五",
            "六",
            "七",
            "八",
            "九",
            "十",
            "十一",
            "十二",
            "十三",
            "十四",
            "十五",
            "十六",
            "十七",
            "十八",
            "十九",
            "二十",
            "二十一",
            "二十二",
            "二十三",
            "二十四",
            "二十五",
            "二十六",
            "二十七",
            "二十八",
            "二十九",
            "三十",
            "三十一",
        ];
        for (i, e) in expected.iter().enumerate() {
            assert_eq!(chinese(i as u64 + 1), *e, "{}", i + 1);
        }
        assert_eq!(chinese(0), "零");
        assert_eq!(chinese(40), "四十");
        assert_eq!(chinese(99), "九十九");
        assert_eq!(chinese(100), "一百");
        assert_eq!(chinese(101), "一百零一");
        assert_eq!(chinese(110), "一百一十");
        assert_eq!(chinese(111), "一百一十一");
        assert_eq!(chinese(1001), "一千零一");
        assert_eq!(chinese(1010), "一千零一十");
        assert_eq!(chinese(2300), "二千三百");
        assert_eq!(chinese(12_345), "一二三四五");
    }

    #[test]
    fn leads_of_parts_sections_points_and_requirements() {
        assert_eq!(part(1), "一、");
        assert_eq!(part(11), "十一、");
        assert_eq!(section(10), "（十）");
        assert_eq!(section(30), "（三十）");
        assert_eq!(point(2), "二是");
        assert_eq!(requirement(3), "三要");
        assert!(has_point_lead("一是办学条件不断改善。"));
        assert!(has_point_lead("十二是其他。"));
        assert!(!has_point_lead("是否"));
        assert!(!has_point_lead("一要强化"));
        assert!(!has_point_lead("办学条件"));
    }
}
