//! Free-text search for Chinese text: plain substring matching, no word segmentation.
//! Latin letters match regardless of case; nothing in the query is a pattern.

use crate::Project;

/// A parsed query: whitespace-separated terms that must all occur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Terms with ASCII letters lowercased (which keeps byte offsets, so highlights line up).
    terms: Vec<String>,
}

impl Query {
    /// Parses the text typed in the search box.
    pub fn new(text: &str) -> Self {
        let mut terms: Vec<String> = text
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        terms.sort();
        terms.dedup();
        Self { terms }
    }

    /// Whether there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term occurs in the project's name, issue, note, lead unit or district.
    pub fn matches(&self, project: &Project) -> bool {
        self.terms.is_empty() || self.matches_haystack(&haystack(project))
    }

    /// Whether every term occurs in a [`haystack`].
    pub fn matches_haystack(&self, haystack: &str) -> bool {
        self.terms.iter().all(|t| haystack.contains(t.as_str()))
    }
}

/// The searchable text of a project, case-folded, fields apart so no term spans two.
pub fn haystack(project: &Project) -> String {
    let fields = [
        Some(project.name.as_str()),
        Some(project.issue.as_str()),
        Some(project.note.as_str()),
        project.lead_unit.as_deref(),
    ];
    // Every district it lists, and its problem in each.
    let districts = project.districts();
    let problems = project.problems.iter().flatten().map(|p| p.text.as_str());
    let mut text = String::new();
    for f in fields
        .into_iter()
        .flatten()
        .chain(districts)
        .chain(problems)
    {
        text.push_str(&fold(f));
        // Whitespace never occurs inside a term, so it keeps fields apart.
        text.push('\n');
    }
    text
}

/// ASCII-lowercases only when needed, so Chinese text is not copied.
fn fold(text: &str) -> std::borrow::Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(text.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Splits `text` into pieces, each marked whether it matches a term of `query`.
pub fn highlight<'a>(text: &'a str, query: &Query) -> Vec<(&'a str, bool)> {
    if query.is_empty() || text.is_empty() {
        return vec![(text, false)];
    }
    let folded = fold(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in &query.terms {
        let mut from = 0;
        while let Some(at) = folded[from..].find(term.as_str()) {
            let start = from + at;
            ranges.push((start, start + term.len()));
            // Step one character on, so overlapping matches (e.g. "aa" in "aaa") are all seen.
            from = start + folded[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    ranges.sort_unstable();
    // Merge overlapping and touching matches so each marked run is one piece.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in merged {
        if start > at {
            pieces.push((&text[at..start], false));
        }
        pieces.push((&text[start..end], true));
        at = end;
    }
    if at < text.len() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, q: &str) -> String {
        highlight(text, &Query::new(q))
            .into_iter()
            .map(|(t, m)| if m { format!("[{t}]") } else { t.to_owned() })
            .collect()
    }

    #[test]
    fn highlights_every_occurrence_of_every_term() {
        assert_eq!(
            marked("资金未到位,资金问题", "资金"),
            "[资金]未到位,[资金]问题"
        );
        assert_eq!(
            marked("内环路东环(科苑路)", "环 科苑"),
            "内[环]路东[环]([科苑]路)"
        );
        assert_eq!(marked("BRT车道", "brt"), "[BRT]车道");
        assert_eq!(marked("无关", "资金"), "无关");
        assert_eq!(marked("aaa", "aa"), "[aaa]");
    }

    #[test]
    fn regex_characters_are_plain_text() {
        assert_eq!(marked("a.*b (c)", ".*"), "a[.*]b (c)");
        assert_eq!(marked("abc", ".*"), "abc");
        assert_eq!(marked("x[1]", "[1]"), "x[[1]]");
    }

    #[test]
    fn highlight_offsets_stay_on_character_boundaries_with_mixed_text() {
        let text = "İstanbul 项目 ǅ";
        for q in ["i", "项", "ǅ", "bul"] {
            let pieces = highlight(text, &Query::new(q));
            assert_eq!(pieces.iter().map(|(t, _)| *t).collect::<String>(), text);
        }
    }
}
