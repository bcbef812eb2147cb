//! Validation of an edit that changed only projects: the changed projects and the rules
//! across projects they take part in, instead of the whole document. When the document was
//! valid before the edit, the result is exactly what [`validate`] gives for the whole
//! document — the same errors, paths, messages and order — because every other rule reads
//! parts the edit left as they were (tests/incremental_edit.rs checks this on random edits).

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::checker::Checker;
use super::{MAX_DEPTH, depth, list, problem_type, project, sector, unique, validate};
use crate::{Diagnostic, JsonPath};

/// The errors of `document`, which was a valid bulletin before an edit that changed,
/// inserted or removed projects only: `changed` are the positions, in `document`, of the
/// projects that were changed or inserted (removed ones need no check). Pass
/// `ids_changed = false` only when no project's `id` changed and none was inserted; the
/// check for duplicate ids is then skipped. Anything that does not look like such a
/// document is checked whole.
pub(crate) fn validate_projects(
    document: &Value,
    changed: &[usize],
    ids_changed: bool,
) -> Vec<Diagnostic> {
    let Some(doc) = document.as_object() else {
        return validate(document);
    };
    let Some(items) = doc.get("projects").and_then(Value::as_array) else {
        return validate(document);
    };
    // References are checked against the sectors and problem types; reading their ids the
    // way `validate` does keeps the messages that list them the same. They were valid before
    // the edit and it did not touch them, so errors here mean the premise is wrong.
    let mut scratch = Checker::default();
    let sector_ids = list(&mut scratch, doc, "sectors", sector);
    let type_ids = list(&mut scratch, doc, "problem_types", problem_type);
    if !scratch.errors.is_empty() || sector_ids.is_none() || type_ids.is_none() {
        return validate(document);
    }

    let mut changed: Vec<usize> = changed
        .iter()
        .copied()
        .filter(|i| *i < items.len())
        .collect();
    changed.sort_unstable();
    changed.dedup();

    let path = JsonPath::root().key("projects");
    let mut c = Checker::default();
    // The other projects were shallow enough before, so only a changed one can make the
    // list too deep; `validate` reports that on the list itself, ahead of everything else.
    if changed
        .iter()
        .any(|&i| 1 + depth::depth(&items[i]) >= MAX_DEPTH)
    {
        c.error(&path, format!("嵌套层数过深：整个文件最多 {MAX_DEPTH} 层"));
    }

    // Errors by position, since `validate` reports each project's own errors and then, when
    // its id was used earlier, the duplicate.
    let mut found: BTreeMap<usize, Vec<Diagnostic>> = BTreeMap::new();
    let mut ids: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &changed {
        let mut own = Checker::default();
        let id = project(
            &mut own,
            &items[i],
            &path.index(i),
            sector_ids.as_ref(),
            type_ids.as_ref(),
        );
        found.entry(i).or_default().extend(own.errors);
        if let Some(id) = id {
            ids.entry(id).or_default().push(i);
        }
    }
    if ids_changed && !ids.is_empty() {
        // The other projects' ids were distinct, so a duplicate involves a changed project;
        // the unchanged ones that share its id are found by one pass over the list.
        for (j, item) in items.iter().enumerate() {
            if changed.binary_search(&j).is_ok() {
                continue;
            }
            if let Some(positions) = item
                .get("id")
                .and_then(Value::as_str)
                .and_then(|id| ids.get_mut(id))
            {
                positions.push(j);
            }
        }
        for (id, mut positions) in ids {
            if positions.len() < 2 {
                continue;
            }
            positions.sort_unstable();
            let mut seen = HashMap::new();
            for j in positions {
                let mut dup = Checker::default();
                unique(&mut dup, &mut seen, &id, &path.index(j));
                found.entry(j).or_default().extend(dup.errors);
            }
        }
    }
    c.errors.extend(found.into_values().flatten());
    c.errors
}
