//! Pairing the records of two bulletins (projects, sectors) one to one: by id, else by a
//! name that tells them apart.

use std::collections::HashMap;

use crate::{Project, Sector};

/// A record that keeps its id from one bulletin to the next, or at least its name.
pub(super) trait Keyed {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
}

impl Keyed for Project {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Keyed for Sector {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
}

/// Each record of a later bulletin paired with its record in an earlier one.
pub(super) struct Matching {
    /// Per record of the later bulletin: its index in the earlier one, and whether the pair
    /// was made by name.
    pub of_after: Vec<Option<(usize, bool)>>,
    /// Per record of the earlier bulletin: whether a later one took it.
    pub taken: Vec<bool>,
}

impl Matching {
    /// Pairs by id first (an id written twice pairs once); then, among those left on both
    /// sides, by trimmed name where each side has that name left only once: two records of
    /// one name cannot be told apart, and pairing either would be a guess.
    pub fn new<T: Keyed>(before: &[T], after: &[T]) -> Self {
        let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(before.len());
        for (i, r) in before.iter().enumerate() {
            by_id.entry(r.id()).or_insert(i);
        }
        let mut taken = vec![false; before.len()];
        let mut of_after: Vec<Option<(usize, bool)>> = after
            .iter()
            .map(|r| {
                let i = by_id.get(r.id()).copied().filter(|&i| !taken[i])?;
                taken[i] = true;
                Some((i, false))
            })
            .collect();
        let before_names = unique_names(
            before
                .iter()
                .enumerate()
                .filter(|&(i, _)| !taken[i])
                .map(|(i, r)| (r.name().trim(), i)),
        );
        let after_names = unique_names(
            after
                .iter()
                .enumerate()
                .filter(|&(j, _)| of_after[j].is_none())
                .map(|(j, r)| (r.name().trim(), j)),
        );
        for (name, j) in after_names {
            if let (Some(j), Some(&Some(i))) = (j, before_names.get(name)) {
                of_after[j] = Some((i, true));
                taken[i] = true;
            }
        }
        Self { of_after, taken }
    }
}

/// Each non-blank name with the one index that has it, or `None` when several do.
fn unique_names<'a>(
    names: impl Iterator<Item = (&'a str, usize)>,
) -> HashMap<&'a str, Option<usize>> {
    let mut out: HashMap<&str, Option<usize>> = HashMap::new();
    for (name, i) in names.filter(|(n, _)| !n.is_empty()) {
        out.entry(name).and_modify(|v| *v = None).or_insert(Some(i));
    }
    out
}
