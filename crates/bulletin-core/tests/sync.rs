//! Two tabs editing one bulletin: a tab that finds a newer stored copy replays its own work
//! on top of it, so neither tab's edits are lost.

mod common;

use std::collections::HashMap;

use bulletin_core::edit::{Op, Step, Workbench, replay};
use bulletin_core::form::{Record, to_text};
use bulletin_core::load;
use common::BUNDLED;

const AT: &str = "2026-11-29T10:00:00+08:00";

fn note_step(w: &Workbench, index: usize, note: &str) -> Step {
    let id = w.bulletin().projects[index].id.clone();
    let record = Record::project(w.bulletin(), w.current(), Some(&id)).unwrap();
    let mut typed: HashMap<&str, String> = record
        .fields
        .iter()
        .map(|f| (f.key, to_text(&f.kind, &record.initial(f.key))))
        .collect();
    typed.insert("note", note.into());
    record.save_step(&typed, w.current(), AT).unwrap().unwrap()
}

fn notes(w: &Workbench) -> Vec<String> {
    w.bulletin()
        .projects
        .iter()
        .map(|p| p.note.clone())
        .collect()
}

#[test]
fn work_of_both_tabs_is_kept() {
    let base = Workbench::new(&load(BUNDLED).unwrap().bulletin);
    let (mut a, mut b) = (base.clone(), base.clone());
    a.apply(note_step(&a, 0, "甲")).unwrap();
    let mine = note_step(&b, 3, "乙");
    b.apply(mine.clone()).unwrap();
    // Tab B finds A's copy stored first: it takes it and replays its own step.
    let mut merged = a.clone();
    assert!(replay(&mut merged, &[Op::Apply(mine)]).is_empty());
    assert_eq!(notes(&merged)[0], "甲");
    assert_eq!(notes(&merged)[3], "乙");
    // Both steps are in the history, and undo takes back B's first.
    assert!(merged.undo());
    assert_eq!(notes(&merged)[3], "");
    assert_eq!(notes(&merged)[0], "甲");
}

#[test]
fn a_clash_is_named_and_the_other_tab_wins_nothing_silently() {
    let base = Workbench::new(&load(BUNDLED).unwrap().bulletin);
    let mut a = base.clone();
    a.apply(note_step(&a, 2, "甲")).unwrap();
    let mine = note_step(&base, 2, "乙");
    let mut merged = a.clone();
    let failed = replay(&mut merged, &[Op::Apply(mine.clone())]);
    assert_eq!(failed, vec![mine.label]);
    assert_eq!(notes(&merged)[2], "甲");
}

#[test]
fn undo_and_redo_replay_as_the_same_change() {
    let mut base = Workbench::new(&load(BUNDLED).unwrap().bulletin);
    let shared = note_step(&base, 1, "共同");
    base.apply(shared.clone()).unwrap();
    // B undid the shared step; A meanwhile added its own step on top of it.
    let mut a = base.clone();
    a.apply(note_step(&a, 5, "甲")).unwrap();
    let mut merged = a.clone();
    assert!(replay(&mut merged, &[Op::Undo(shared.clone())]).is_empty());
    assert_eq!(notes(&merged)[1], "", "B's undo is kept");
    assert_eq!(notes(&merged)[5], "甲", "A's step is kept");
    // Where the other copy ends with the same step, an undo is a real undo (redo-able).
    let mut same = base.clone();
    assert!(replay(&mut same, &[Op::Undo(shared.clone()), Op::Redo(shared)]).is_empty());
    assert_eq!(notes(&same)[1], "共同");
    assert!(same.redo_steps().is_empty());
}

#[test]
fn a_step_the_other_copy_already_has_is_no_conflict() {
    // A rescued step that reached the store before its page closed, replayed again.
    let base = Workbench::new(&load(BUNDLED).unwrap().bulletin);
    let mut stored = base.clone();
    let step = note_step(&stored, 2, "已到存储");
    stored.apply(step.clone()).unwrap();
    let failed = replay(&mut stored, &[Op::Apply(step.clone())]);
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(notes(&stored)[2], "已到存储");
    // A step that really conflicts is still named.
    let mut other = base.clone();
    other.apply(note_step(&other, 2, "另一个标签页")).unwrap();
    let failed = replay(&mut other, &[Op::Apply(step)]);
    assert_eq!(failed.len(), 1);
    assert_eq!(notes(&other)[2], "另一个标签页");
}

#[test]
fn an_undo_or_redo_of_the_other_copys_last_step_moves_its_history() {
    let base = Workbench::new(&load(BUNDLED).unwrap().bulletin);
    let mut theirs = base.clone();
    let step = note_step(&theirs, 1, "两边都有的一步");
    theirs.apply(step.clone()).unwrap();
    // Undone here: replayed there as an undo, so it can be redone, not as a new step.
    let mut undone = theirs.clone();
    assert!(replay(&mut undone, &[Op::Undo(step.clone())]).is_empty());
    assert!(undone.undo_steps().is_empty());
    assert_eq!(undone.redo_steps(), std::slice::from_ref(&step));
    // Redone here too: back on the undo list, the redo list empty again.
    assert!(replay(&mut undone, &[Op::Redo(step.clone())]).is_empty());
    assert_eq!(undone.undo_steps(), std::slice::from_ref(&step));
    assert!(undone.redo_steps().is_empty());
    // A redo of a step that is not the other copy's next is applied as a step of its own.
    let mut other = base.clone();
    let elsewhere = note_step(&other, 2, "另一步");
    assert!(replay(&mut other, &[Op::Redo(elsewhere.clone())]).is_empty());
    assert_eq!(other.undo_steps(), std::slice::from_ref(&elsewhere));
    assert!(other.redo_steps().is_empty());
}
