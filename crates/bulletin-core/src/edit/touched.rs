//! Which record of a bulletin something is about — the bulletin's own fields, the summary, a
//! sector, problem type or project by id, a work requirement by place — and which records
//! the change list touches, so that sections mark what was edited without reading paths.

use std::collections::HashSet;

use serde_json::Value;

use super::{Change, ChangeKind, segment_id};

/// One record of a bulletin.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecordRef {
    /// The bulletin's own fields (title, period, source, ranking, …).
    Bulletin,
    Summary,
    Sector(String),
    ProblemType(String),
    /// A work requirement, by its place in the list.
    Requirement(usize),
    Project(String),
}

impl RecordRef {
    /// The record a JSON pointer into `doc` lies in (`/projects/@p-1/note` → that project);
    /// `None` for the document as a whole.
    pub fn of_path(path: &str, doc: &Value) -> Option<Self> {
        let mut parts = path.split('/').skip(1);
        let list = parts.next()?;
        if list == "summary" {
            return Some(Self::Summary);
        }
        let lists = ["sectors", "problem_types", "requirements", "projects"];
        if !lists.contains(&list) {
            return (!list.is_empty()).then_some(Self::Bulletin);
        }
        let item = parts.next()?;
        // Items with ids are named by them (`@id`); by position in older histories.
        let index = item.parse::<usize>().ok();
        let id =
            || segment_id(item).or_else(|| doc[list][index?]["id"].as_str().map(str::to_owned));
        match list {
            "sectors" => id().map(Self::Sector),
            "problem_types" => id().map(Self::ProblemType),
            "projects" => id().map(Self::Project),
            _ => index.map(Self::Requirement),
        }
    }
}

/// The records that `changes` leave different from the original, in `current`; a removed
/// item is no longer there to mark.
pub fn touched(changes: &[Change], current: &Value) -> HashSet<RecordRef> {
    changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Removed)
        .filter_map(|c| RecordRef::of_path(&c.path, current))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_name_their_records() {
        let doc = json!({"projects": [{"id": "p-1"}], "requirements": [{}]});
        let of = |p: &str| RecordRef::of_path(p, &doc);
        assert_eq!(
            of("/projects/@p-1/note"),
            Some(RecordRef::Project("p-1".into()))
        );
        assert_eq!(
            of("/projects/0/note"),
            Some(RecordRef::Project("p-1".into()))
        );
        assert_eq!(of("/projects/5/note"), None);
        assert_eq!(of("/sectors/@edu"), Some(RecordRef::Sector("edu".into())));
        assert_eq!(
            of("/problem_types/@x/name"),
            Some(RecordRef::ProblemType("x".into()))
        );
        assert_eq!(of("/requirements/0/text"), Some(RecordRef::Requirement(0)));
        assert_eq!(of("/summary/items"), Some(RecordRef::Summary));
        assert_eq!(of("/period/start"), Some(RecordRef::Bulletin));
        assert_eq!(of("/title"), Some(RecordRef::Bulletin));
        assert_eq!(of(""), None);
    }

    #[test]
    fn the_records_changes_touch_are_those_still_there() {
        let original = json!({"title": "a", "summary": {"items": 1}, "projects": [{"id": "p", "n": 1}, {"id": "q"}]});
        let current = json!({"title": "b", "summary": {"items": 1}, "projects": [{"id": "p", "n": 2}, {"id": "r"}]});
        let changes = crate::edit::changes_between(&original, &current);
        let got = touched(&changes, &current);
        let want: HashSet<RecordRef> = [
            RecordRef::Bulletin,
            RecordRef::Project("p".into()),
            RecordRef::Project("r".into()),
        ]
        .into();
        // `q` was removed: there is nothing left to mark.
        assert_eq!(got, want);
    }
}
