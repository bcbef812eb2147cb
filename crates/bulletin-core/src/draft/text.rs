//! The text as the reader sees it: full-width digits and half-width punctuation made one
//! form, char by char (so every position maps back to the words as written), and split into
//! lines and sentences.

/// One sentence of the text: its normalised characters and where each came from.
#[derive(Debug, Clone)]
pub(crate) struct Sent {
    pub index: usize,
    /// Which line (paragraph) of the text it is in, from 0.
    pub line: usize,
    /// The first sentence of its line.
    pub line_start: bool,
    /// The sentence normalised, one char per char of the original.
    pub chars: Vec<char>,
    /// Byte offset in the original text of each char, and of the end.
    offs: Vec<usize>,
}

impl Sent {
    /// The words as written of chars `from..to` (clamped).
    pub fn quote<'a>(&self, original: &'a str, from: usize, to: usize) -> &'a str {
        let n = self.chars.len();
        let to = to.min(n);
        let from = from.min(to);
        original.get(self.offs[from]..self.offs[to]).unwrap_or("")
    }

    /// The byte offset in the original text of char `i` (clamped to the sentence's end).
    pub fn byte(&self, i: usize) -> usize {
        self.offs[i.min(self.chars.len())]
    }

    /// The whole sentence as written.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        self.quote(original, 0, self.chars.len())
    }

    /// The normalised chars `from..to` as a string (clamped).
    pub fn norm(&self, from: usize, to: usize) -> String {
        let to = to.min(self.chars.len());
        self.chars[from.min(to)..to].iter().collect()
    }
}

/// One char in the reader's form: full-width digits, letters, `％` and `．` to ASCII; ASCII
/// clause punctuation to the Chinese marks (a comma between digits stays, `1,500`).
pub(crate) fn normal(c: char, prev: Option<char>, next: Option<char>) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '％' => '%',
        '．' => '.',
        '，' | '：' | '；' | '（' | '）' => c,
        ',' if prev.is_some_and(|p| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(&n)) =>
        {
            ','
        }
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '!' => '！',
        '?' => '？',
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Splits the text into sentences: at line ends and after 。！？ (a closing quote or bracket
/// right after stays with its sentence). Blank sentences are left out.
pub(crate) fn sentences(text: &str) -> Vec<Sent> {
    let mut out = Vec::new();
    let mut line = 0usize;
    let mut line_start = true;
    let mut chars: Vec<char> = Vec::new();
    let mut offs: Vec<usize> = Vec::new();
    let all: Vec<(usize, char)> = text.char_indices().collect();
    let flush = |chars: &mut Vec<char>,
                 offs: &mut Vec<usize>,
                 end: usize,
                 line: usize,
                 line_start: &mut bool,
                 out: &mut Vec<Sent>| {
        // Trim spaces at both ends.
        let first = chars.iter().position(|c| !c.is_whitespace());
        if let Some(first) = first {
            let last = chars
                .iter()
                .rposition(|c| !c.is_whitespace())
                .unwrap_or(first);
            let mut o: Vec<usize> = offs[first..=last].to_vec();
            o.push(if last + 1 < offs.len() {
                offs[last + 1]
            } else {
                end
            });
            out.push(Sent {
                index: out.len(),
                line,
                line_start: *line_start,
                chars: chars[first..=last].to_vec(),
                offs: o,
            });
            *line_start = false;
        }
        chars.clear();
        offs.clear();
    };
    let mut i = 0;
    while i < all.len() {
        let (at, c) = all[i];
        if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
            flush(&mut chars, &mut offs, at, line, &mut line_start, &mut out);
            if !(c == '\r' && all.get(i + 1).map(|x| x.1) == Some('\n')) {
                line += 1;
                line_start = true;
            }
            i += 1;
            continue;
        }
        let prev = i.checked_sub(1).map(|p| all[p].1);
        let next = all.get(i + 1).map(|x| x.1);
        chars.push(normal(c, prev, next));
        offs.push(at);
        i += 1;
        if matches!(c, '。' | '！' | '？' | '!' | '?') {
            // Keep closing marks with the sentence they close.
            while i < all.len() && matches!(all[i].1, '”' | '’' | '）' | ')' | '」' | '』') {
                let (at2, c2) = all[i];
                chars.push(normal(c2, None, None));
                offs.push(at2);
                i += 1;
            }
            let end = all.get(i).map_or(text.len(), |x| x.0);
            flush(&mut chars, &mut offs, end, line, &mut line_start, &mut out);
        }
    }
    flush(
        &mut chars,
        &mut offs,
        text.len(),
        line,
        &mut line_start,
        &mut out,
    );
    out
}

/// Where `pat` first occurs in `hay` at or after `from`.
pub(crate) fn find(hay: &[char], pat: &str, from: usize) -> Option<usize> {
    let p: Vec<char> = pat.chars().collect();
    if p.is_empty() || hay.len() < p.len() {
        return None;
    }
    (from..=hay.len() - p.len()).find(|&i| hay[i..i + p.len()] == p[..])
}

/// Whether `pat` occurs in `hay`.
pub(crate) fn has(hay: &[char], pat: &str) -> bool {
    find(hay, pat, 0).is_some()
}

/// Whether `hay` has `pat` at `at`.
pub(crate) fn at(hay: &[char], at: usize, pat: &str) -> bool {
    pat.chars()
        .enumerate()
        .all(|(k, c)| hay.get(at + k) == Some(&c))
}

/// Whether `hay` has `pat` ending just before `end`.
pub(crate) fn before(hay: &[char], end: usize, pat: &str) -> bool {
    let n = pat.chars().count();
    end >= n && at(hay, end - n, pat)
}

/// The first of `pats` at `at`, with its length in chars.
pub(crate) fn at_any(hay: &[char], i: usize, pats: &[&str]) -> Option<usize> {
    pats.iter()
        .find(|p| at(hay, i, p))
        .map(|p| p.chars().count())
}

/// Ranges of `chars` between the marks in `seps` (the marks left out), as `(from, to)`.
pub(crate) fn split(chars: &[char], from: usize, to: usize, seps: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let to = to.min(chars.len());
    for (i, c) in chars.iter().enumerate().take(to).skip(from) {
        if seps.contains(c) {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, to));
    out
}

/// Whether `c` is a Chinese character (CJK unified ideographs).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_and_half_width_become_one_form_and_quotes_stay_as_written() {
        let t = "完成投资１２．５亿元,为年度计划的６０％。第二句(附)!";
        let s = sentences(t);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].norm(0, 99), "完成投资12.5亿元，为年度计划的60%。");
        assert_eq!(s[0].text(t), "完成投资１２．５亿元,为年度计划的６０％。");
        assert_eq!(s[0].quote(t, 4, 8), "１２．５");
        assert_eq!(s[1].norm(0, 99), "第二句（附）！");
    }

    #[test]
    fn lines_and_sentences_are_numbered_and_a_digit_comma_stays() {
        let t = "标题\r\n\n一、总体情况\n共1,500人。“好”。\n";
        let s = sentences(t);
        let texts: Vec<String> = s.iter().map(|x| x.norm(0, 99)).collect();
        assert_eq!(texts, ["标题", "一、总体情况", "共1,500人。", "“好”。"]);
        assert_eq!(s.iter().map(|x| x.line).collect::<Vec<_>>(), [0, 2, 3, 3]);
        assert!(s[2].line_start && !s[3].line_start);
    }
}
