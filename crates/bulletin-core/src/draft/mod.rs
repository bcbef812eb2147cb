//! A draft bulletin read from a notice's text (督查通报 as published), by rules only: no
//! network, no model. Every value it finds is a [`Finding`] beside the sentence it came
//! from, to be reviewed (corrected with [`Draft::with`], dropped with [`Draft::without`])
//! before the document is loaded like an import. A figure the text does not give stays
//! `null` (未报告): a wrong figure is worse than none. The wordings it knows are listed in
//! `docs/draft-reader.md`.

mod accept;
mod build;
mod header;
mod layout;
mod lists;
mod mentions;
mod names;
mod numerals;
mod period;
mod phrases;
mod projects;
mod ranking;
pub mod review;
mod sector_lists;
mod sectors;
mod summary;
mod table;
mod text;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use accept::accept;
pub use build::NOT_STATED;
use layout::Layout;
use text::Sent;

/// A bulletin read from text, with what it was read from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The bulletin read, as a document of format version 1 (`null` where the text gives nothing; ids made as slugs; `format`, `version`, `id` filled), ready for `crate::load` after review.
    pub document: Value,
    /// Every value found, in text order.
    pub findings: Vec<Finding>,
    /// Sentences no value was taken from.
    pub unused: Vec<Sentence>,
    /// Every sentence of the text, numbered from 0.
    pub sentences: Vec<Sentence>,
    /// Paths of required fields the text does not give, holding [`NOT_STATED`] or `null` for the reviewer to fill.
    pub missing: Vec<String>,
}

/// One value found, beside the sentence it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The format's path of the value: `summary.items`, `sectors[2].plan_pct`.
    pub path: String,
    /// The value, in the document's form (amounts in the draft's `currency_unit`).
    pub value: Value,
    /// Index into [`Draft::sentences`] of the sentence it was read from ([`Finding::BY_REVIEW`] when the reviewer entered it).
    pub sentence: usize,
    /// The last sentence its words run to (the same as `sentence` within one sentence).
    pub last_sentence: usize,
    /// The words the value was read from, as written.
    pub quote: String,
    /// How it was worked out, in Chinese, when the text does not state it.
    pub worked_out: Option<String>,
}

impl Finding {
    /// The `sentence` of a value the reviewer entered rather than the text gave.
    pub const BY_REVIEW: usize = usize::MAX;
}

/// One sentence of the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Its place in the text, from 0.
    pub index: usize,
    /// The sentence as written.
    pub text: String,
}

/// Reads a notice's text into a draft bulletin; deterministic, and never fails.
pub fn read(text: &str) -> Draft {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sents = text::sentences(text);
    let layout = Layout::of(&sents);
    let mut r = Reader::new(text, sents, layout);
    header::read(&mut r);
    summary::read(&mut r);
    sectors::read(&mut r);
    sector_lists::read(&mut r);
    table::read(&mut r);
    projects::read(&mut r);
    ranking::read(&mut r);
    lists::read(&mut r);
    r.finish()
}

impl Draft {
    fn assemble(findings: Vec<Finding>, sentences: Vec<Sentence>) -> Draft {
        let (document, missing) = build::document(&findings);
        let mut used = HashSet::new();
        for f in &findings {
            if f.sentence != Finding::BY_REVIEW {
                // Bounded by the text's sentence count.
                for i in f.sentence..=f.last_sentence.min(sentences.len()) {
                    used.insert(i);
                }
            }
        }
        let unused = sentences
            .iter()
            .filter(|s| !used.contains(&s.index))
            .cloned()
            .collect();
        Draft {
            document,
            findings,
            unused,
            sentences,
            missing,
        }
    }

    /// The draft without the finding at `path` (and every finding inside it): `sectors[2]`
    /// drops the sector, the later ones move up, and projects filed under it are filed
    /// under none.
    pub fn without(&self, path: &str) -> Draft {
        let inside = |p: &str| {
            p == path
                || p.strip_prefix(path)
                    .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
        };
        let mut findings: Vec<Finding> = self
            .findings
            .iter()
            .filter(|f| !inside(&f.path))
            .cloned()
            .collect();
        // A whole element of a list: renumber the later ones, and the ids made from them.
        if let Some(open) = path.strip_suffix(']').and_then(|p| p.rfind('['))
            && let Ok(i) = path[open + 1..path.len() - 1].parse::<usize>()
        {
            let list = &path[..open];
            for f in &mut findings {
                if let Some(p) = build::renumber(&f.path, list, i) {
                    f.path = p;
                }
            }
            if list == "sectors" || list == "problem_types" {
                let prefix = format!("{}-", build::id_of(list, 0).trim_end_matches("-1"));
                let shift = |v: &Value| -> Option<Value> {
                    let s = v.as_str()?;
                    let j = s
                        .strip_prefix(&prefix)?
                        .parse::<usize>()
                        .ok()?
                        .checked_sub(1)?;
                    match j.cmp(&i) {
                        std::cmp::Ordering::Less => Some(v.clone()),
                        std::cmp::Ordering::Equal => None,
                        std::cmp::Ordering::Greater => {
                            Some(Value::String(build::id_of(list, j - 1)))
                        }
                    }
                };
                for f in &mut findings {
                    if list == "sectors"
                        && f.path.ends_with(".sector")
                        && f.path.starts_with("projects[")
                    {
                        f.value = shift(&f.value).unwrap_or(Value::Null);
                    }
                    if list == "problem_types"
                        && f.path.ends_with(".problem_types")
                        && let Some(a) = f.value.as_array()
                    {
                        f.value = Value::Array(a.iter().filter_map(shift).collect());
                    }
                }
            }
        }
        Draft::assemble(findings, self.sentences.clone())
    }

    /// The draft with `value` at `path`: the finding there corrected (its sentence kept, and
    /// the correction said), or a new one entered by the reviewer.
    pub fn with(&self, path: &str, value: Value) -> Draft {
        let mut findings = self.findings.clone();
        match findings.iter_mut().find(|f| f.path == path) {
            Some(f) => {
                f.worked_out = Some(format!("审核时更正（原读作 {}）", f.value));
                f.value = value;
            }
            None => findings.push(Finding {
                path: path.to_owned(),
                value,
                sentence: Finding::BY_REVIEW,
                last_sentence: Finding::BY_REVIEW,
                quote: String::new(),
                worked_out: Some("审核时填写".to_owned()),
            }),
        }
        Draft::assemble(findings, self.sentences.clone())
    }

    /// Validates the document as an import would ([`crate::validate`]): empty when it loads.
    pub fn check(&self) -> Vec<crate::Diagnostic> {
        crate::validate(&self.document)
    }

    /// The findings at `path`.
    pub fn at(&self, path: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.path == path)
    }
}

/// What the recognisers share: the sentences, the layout and the findings so far.
pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub sents: Vec<Sent>,
    pub layout: Layout,
    found: Vec<(usize, usize, usize, Finding)>,
    taken: HashSet<String>,
    /// The currency unit's power of ten (8 for 亿元, 4 for 万元).
    pub exp: i32,
    counts: std::collections::HashMap<String, usize>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, sents: Vec<Sent>, layout: Layout) -> Self {
        let mut r = Reader {
            text,
            sents,
            layout,
            found: Vec::new(),
            taken: HashSet::new(),
            exp: 8,
            counts: Default::default(),
        };
        r.choose_unit();
        r
    }

    /// 亿元 unless every amount of the text is in 万元 (then 万元).
    fn choose_unit(&mut self) {
        let mut first: Option<(usize, usize, usize, i32)> = None;
        let mut yi = false;
        for s in &self.sents {
            for i in 0..s.chars.len() {
                if let Some(a) = numerals::amount_at(&s.chars, i) {
                    if a.exp == 8 {
                        yi = true;
                    }
                    if first.is_none() && a.exp > 0 {
                        first = Some((s.index, a.num.from, a.to, a.exp));
                    }
                }
            }
        }
        if let Some((s, from, to, exp)) = first {
            self.exp = if yi { 8 } else { 4 };
            let unit = if yi { "亿元" } else { "万元" };
            let how = if yi && exp == 4 {
                "通报金额有亿元也有万元，统一折算为亿元"
            } else if yi {
                "通报金额以亿元计"
            } else {
                "通报金额都以万元计"
            };
            self.put_at(
                "currency_unit",
                Value::from(unit),
                s,
                from,
                to,
                Some(how.to_owned()),
            );
        }
    }

    /// Records a value, unless its path already has one (the first found wins); true if kept.
    pub fn put_at(
        &mut self,
        path: &str,
        value: Value,
        sentence: usize,
        from: usize,
        to: usize,
        worked_out: Option<String>,
    ) -> bool {
        self.put_span(path, value, (sentence, from), (sentence, to), worked_out)
    }

    /// [`Reader::put_at`] for words running from one sentence to another.
    pub fn put_span(
        &mut self,
        path: &str,
        value: Value,
        (s1, from): (usize, usize),
        (s2, to): (usize, usize),
        worked_out: Option<String>,
    ) -> bool {
        if !self.taken.insert(path.to_owned()) {
            return false;
        }
        let quote = match (self.sents.get(s1), self.sents.get(s2)) {
            (Some(a), Some(b)) => {
                let (start, end) = (a.byte(from), b.byte(to));
                self.text
                    .get(start..end.max(start))
                    .unwrap_or("")
                    .to_owned()
            }
            _ => String::new(),
        };
        self.found.push((
            s1,
            from,
            to,
            Finding {
                path: path.to_owned(),
                value,
                sentence: s1,
                last_sentence: s2.max(s1),
                quote,
                worked_out,
            },
        ));
        true
    }

    /// Whether a value is already recorded at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.taken.contains(path)
    }

    /// The index of a new element of the list `list`.
    pub fn push(&mut self, list: &str) -> usize {
        let n = self.counts.entry(list.to_owned()).or_insert(0);
        *n += 1;
        *n - 1
    }

    /// How many elements the list `list` has so far.
    pub fn len(&self, list: &str) -> usize {
        self.counts.get(list).copied().unwrap_or(0)
    }

    /// The value recorded at `path`.
    pub fn get(&self, path: &str) -> Option<&Value> {
        self.found
            .iter()
            .find(|f| f.3.path == path)
            .map(|f| &f.3.value)
    }

    /// Where the value at `path` was read: sentence, first and end char (within its first
    /// sentence when it runs on).
    pub fn found_at(&self, path: &str) -> Option<(usize, usize, usize)> {
        self.found
            .iter()
            .find(|f| f.3.path == path)
            .map(|f| (f.0, f.1, f.2))
    }

    fn finish(self) -> Draft {
        let mut found = self.found;
        found.sort_by_key(|f| (f.0, f.1));
        let sentences = self
            .sents
            .iter()
            .map(|s| Sentence {
                index: s.index,
                text: s.text(self.text).to_owned(),
            })
            .collect();
        Draft::assemble(found.into_iter().map(|f| f.3).collect(), sentences)
    }
}
