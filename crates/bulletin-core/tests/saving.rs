//! The save state machine: every transition, and the rescue copy merged by its steps.

mod common;

use bulletin_core::edit::{Edit, Op, Step, Stored, Workbench};
use bulletin_core::lang::Lang;
use bulletin_core::library::Revision;
use bulletin_core::saving::{MAX_TRIES, Recovery, Rescue, SaveStatus, Saver, Why, recover};
use serde_json::json;

fn op(n: u32) -> Op {
    Op::Apply(step_of(n))
}

fn step_of(n: u32) -> Step {
    Step {
        label: format!("第 {n} 步"),
        at: "2026-12-01T08:00:00Z".to_owned(),
        edits: vec![Edit::Set {
            path: "/title".to_owned(),
            before: json!(n),
            after: json!(n + 1),
        }],
    }
}

#[test]
fn nothing_to_write_until_the_user_does_something() {
    let mut s = Saver::new(3, true);
    assert_eq!(s.status(), SaveStatus::Saved);
    assert_eq!(s.next_write("t"), None);
    assert!(s.rescue().is_none());
    s.edited(op(1));
    assert_eq!(s.status(), SaveStatus::Saving);
    let w = s.next_write("t1").expect("due");
    assert_eq!(
        (w.base, w.revision, w.ops, w.token.as_str()),
        (3, 4, 1, "t1")
    );
    assert!(!w.with_original && !w.moved);
    // One write at a time.
    assert_eq!(s.next_write("t2"), None);
    assert!(s.done());
    assert_eq!(s.base(), 4);
    assert_eq!(s.status(), SaveStatus::Saved);
    assert!(s.ops().is_empty());
}

#[test]
fn steps_made_during_a_write_follow_in_the_next_one() {
    let mut s = Saver::new(0, true);
    s.edited(op(1));
    s.next_write("a").unwrap();
    s.edited(op(2));
    s.edited(op(3));
    assert!(!s.done(), "two steps are still unsaved");
    assert_eq!(s.ops(), &[op(2), op(3)]);
    assert_eq!(s.status(), SaveStatus::Saving);
    let w = s.next_write("b").unwrap();
    assert_eq!((w.base, w.revision, w.ops), (1, 2, 2));
    assert!(s.done());
}

#[test]
fn a_failed_write_keeps_the_work_says_why_and_is_tried_again() {
    let mut s = Saver::new(2, true);
    s.edited(op(1));
    s.next_write("a").unwrap();
    s.failed("浏览器存储空间已满");
    assert_eq!(
        s.status(),
        SaveStatus::Failed(Why::Said("浏览器存储空间已满".to_owned()))
    );
    assert!(s.status().warning().unwrap().contains("浏览器存储空间已满"));
    assert_eq!(s.ops(), &[op(1)]);
    // The closing page keeps it.
    let rescue = s.rescue().expect("work to rescue");
    assert_eq!(
        (rescue.base, rescue.in_flight.clone(), rescue.ops.clone()),
        (2, None, vec![op(1)])
    );
    // The next write holds everything, on the same base.
    s.edited(op(2));
    let w = s.next_write("b").unwrap();
    assert_eq!((w.base, w.ops), (2, 2));
    assert!(s.done());
    assert_eq!(
        s.status(),
        SaveStatus::Saved,
        "a success clears the warning"
    );
}

#[test]
fn storage_that_cannot_be_used_is_said_before_any_edit() {
    let s = Saver::unavailable("浏览器禁止了本地存储");
    assert!(matches!(s.status(), SaveStatus::Failed(w) if w.text_in(Lang::Zh).contains("禁止")));
}

#[test]
fn another_tabs_newer_copy_is_taken_never_overwritten() {
    let mut s = Saver::new(1, true);
    s.edited(op(1));
    let w = s.next_write("a").unwrap();
    assert_eq!(w.base, 1);
    s.newer(5);
    assert_eq!(s.base(), 1, "not based on theirs until the page took it");
    assert_eq!(s.ops(), &[op(1)], "the work stays to be replayed");
    s.took(5);
    let w = s.next_write("b").unwrap();
    assert_eq!((w.base, w.revision), (5, 6));
    assert!(s.done());
}

#[test]
fn other_tabs_saving_without_end_is_said_and_tried_again_with_the_next_step() {
    let mut s = Saver::new(0, true);
    s.edited(op(1));
    for i in 0..MAX_TRIES {
        s.next_write("a").expect("tried again");
        s.newer(u64::from(i) + 1);
        s.took(u64::from(i) + 1);
    }
    assert_eq!(s.next_write("a"), None);
    assert!(
        matches!(s.status(), SaveStatus::Failed(w) if w.text_in(Lang::Zh).contains("另一个标签页"))
    );
    s.edited(op(2));
    assert!(s.next_write("b").is_some());
    let mut t = Saver::new(0, true);
    t.edited(op(1));
    for _ in 0..MAX_TRIES {
        t.next_write("a");
        t.newer(1);
    }
    t.retry();
    assert!(t.next_write("c").is_some(), "retry without a new step");
}

#[test]
fn a_revision_without_a_copy_does_not_refuse_every_write() {
    // The record says 7 but no copy is there: write on from 7, once.
    let mut s = Saver::new(0, true);
    s.edited(op(1));
    s.next_write("a").unwrap();
    s.missing(7);
    let w = s.next_write("b").unwrap();
    assert_eq!((w.base, w.revision), (7, 8));
    assert!(s.done());
    assert_eq!(s.status(), SaveStatus::Saved);
}

#[test]
fn an_unreadable_copy_is_set_aside_before_anything_is_written() {
    let mut s = Saver::new(0, true);
    s.edited(op(1));
    s.next_write("a").unwrap();
    s.unreadable();
    assert_eq!(s.next_write("b"), None, "nothing written over it");
    assert_eq!(s.status(), SaveStatus::Saving);
    s.set_aside(true, 4);
    let w = s.next_write("b").unwrap();
    assert_eq!(w.base, 4);

    let mut t = Saver::new(0, true);
    t.edited(op(1));
    t.unreadable();
    t.set_aside(false, 0);
    assert_eq!(t.next_write("b"), None);
    assert!(
        matches!(t.status(), SaveStatus::Stopped(w) if w.text_in(Lang::Zh).contains("无法读取"))
    );
    assert!(
        t.rescue().is_none(),
        "no rescue could be merged onto what is not set aside"
    );
    // A late answer does not undo the refusal.
    t.set_aside(true, 0);
    assert_eq!(t.next_write("c"), None);
}

#[test]
fn a_database_replaced_elsewhere_stops_saving_and_keeps_the_work() {
    let mut s = Saver::new(3, true);
    s.edited(op(1));
    let w = s.next_write("a").unwrap();
    s.replaced();
    assert_eq!(s.next_write("b"), None);
    assert!(matches!(s.status(), SaveStatus::Stopped(w) if w.text_in(Lang::Zh).contains("刷新")));
    let rescue = s.rescue().expect("kept");
    assert_eq!(rescue.ops, vec![op(1)]);
    assert_eq!(rescue.base, 3);
    let _ = w;
}

#[test]
fn a_closed_connection_is_said_and_opened_again_for_the_next_write() {
    let mut s = Saver::new(3, true);
    s.edited(op(1));
    s.next_write("a").unwrap();
    s.closed();
    assert!(matches!(s.status(), SaveStatus::Failed(w) if w.text_in(Lang::Zh).contains("连接")));
    assert!(s.next_write("b").is_some());
    assert!(s.done());
    assert_eq!(s.status(), SaveStatus::Saved);
}

#[test]
fn news_of_another_tabs_save_is_read_unless_a_write_meets_it() {
    let mut s = Saver::new(2, true);
    assert!(!s.heard(2), "not newer");
    assert!(s.heard(3));
    s.took(3);
    assert!(!s.should_read());
    s.edited(op(1));
    s.next_write("a").unwrap();
    assert!(!s.heard(9), "the write under way meets it");
    s.newer(9);
    assert!(s.should_read());
}

#[test]
fn an_imported_bulletin_is_stored_with_its_original_until_once_kept() {
    let mut s = Saver::new(0, false);
    s.edited(op(1));
    assert!(s.next_write("a").unwrap().with_original);
    s.failed("浏览器存储空间已满");
    assert!(
        matches!(s.status(), SaveStatus::Failed(w) if w.text_in(Lang::Zh).contains("这份通报本身"))
    );
    assert!(s.next_write("b").unwrap().with_original);
    s.done();
    s.edited(op(2));
    assert!(!s.next_write("c").unwrap().with_original);
}

#[test]
fn a_copy_moved_onto_a_new_original_is_written_without_any_step() {
    let mut s = Saver::new(4, true);
    s.moved();
    assert!(s.rescue().is_some());
    let w = s.next_write("a").unwrap();
    assert!(w.moved && w.ops == 0);
    assert!(s.done());
    assert_eq!(s.next_write("b"), None);
}

#[test]
fn the_rescue_names_the_write_under_way() {
    let mut s = Saver::new(5, true);
    s.edited(op(1));
    s.next_write("tok").unwrap();
    s.edited(op(2));
    let r = s.rescue().unwrap();
    assert_eq!(r.in_flight, Some(("tok".to_owned(), 1)));
    assert_eq!(r.ops, vec![op(1), op(2)]);
    let text = r.to_text();
    assert_eq!(Rescue::from_text(&text), Some(r.clone()));
    assert_eq!(
        Rescue::from_text("{\"format\":\"other\",\"base\":1,\"in_flight\":null,\"ops\":[]}"),
        None
    );
    assert_eq!(Rescue::from_text("not json"), None);
    // Letters and steps that disagree, or an unknown letter, are not taken for a rescue.
    let tampered = text.replacen("\"kinds\":\"aa\"", "\"kinds\":\"a\"", 1);
    assert_ne!(tampered, text);
    assert_eq!(Rescue::from_text(&tampered), None);
    let unknown = text.replacen("\"kinds\":\"aa\"", "\"kinds\":\"ax\"", 1);
    assert_eq!(Rescue::from_text(&unknown), None);
    let undone = Rescue {
        ops: vec![Op::Undo(step_of(1)), Op::Redo(step_of(2))],
        ..r.clone()
    };
    assert_eq!(Rescue::from_text(&undone.to_text()), Some(undone));
}

fn rescue(base: u64, in_flight: Option<(&str, usize)>, ops: Vec<Op>) -> Rescue {
    Rescue {
        base,
        in_flight: in_flight.map(|(t, n)| (t.to_owned(), n)),
        ops,
        copy: None,
    }
}

#[test]
fn a_rescue_is_replayed_even_when_another_tab_saved_the_same_revision_since() {
    // Tab A closed with one unsaved step at base 1; tab B then saved revision 2.
    let r = rescue(1, None, vec![op(1)]);
    let stored = Revision::parse("2 tab-b");
    assert_eq!(recover(&r, Some(&stored)), Recovery::Replay(vec![op(1)]));
}

#[test]
fn rescued_steps_a_finished_write_stored_are_not_replayed_twice() {
    let r = rescue(1, Some(("a-write", 1)), vec![op(1), op(2)]);
    // The write reached the store, and another tab wrote after it.
    let stored = Revision::parse("3 b-write a-write");
    assert_eq!(recover(&r, Some(&stored)), Recovery::Replay(vec![op(2)]));
    // It did not.
    let stored = Revision::parse("2 b-write");
    assert_eq!(
        recover(&r, Some(&stored)),
        Recovery::Replay(vec![op(1), op(2)])
    );
    // Everything reached the store.
    let all = rescue(1, Some(("a-write", 2)), vec![op(1), op(2)]);
    assert_eq!(
        recover(&all, Some(&Revision::parse("2 a-write"))),
        Recovery::Stored
    );
    // A count beyond the steps is no panic.
    let odd = rescue(1, Some(("a-write", 9)), vec![op(1)]);
    assert_eq!(
        recover(&odd, Some(&Revision::parse("2 a-write"))),
        Recovery::Stored
    );
}

#[test]
fn a_rescue_with_nothing_stored_replays_on_the_original_or_opens_in_full() {
    let r = rescue(0, None, vec![op(1)]);
    assert_eq!(recover(&r, None), Recovery::Replay(vec![op(1)]));
    // Based on revision 4, but the store was cleared: the whole copy, if it fitted.
    let mut lost = rescue(4, None, vec![op(1)]);
    assert_eq!(recover(&lost, None), Recovery::Replay(vec![op(1)]));
    lost.copy = Some("whole".to_owned());
    assert_eq!(recover(&lost, None), Recovery::Whole("whole".to_owned()));
    assert_eq!(
        recover(&lost, Some(&Revision::parse("4"))),
        Recovery::Replay(vec![op(1)])
    );
}

#[test]
fn an_earlier_releases_rescue_is_used_only_when_nothing_newer_is_stored() {
    let old = Rescue {
        base: 2,
        in_flight: None,
        ops: vec![],
        copy: Some("copy".to_owned()),
    };
    assert_eq!(
        recover(&old, Some(&Revision::parse("2"))),
        Recovery::Whole("copy".to_owned())
    );
    assert_eq!(recover(&old, None), Recovery::Whole("copy".to_owned()));
    assert_eq!(
        recover(&old, Some(&Revision::parse("3 x"))),
        Recovery::Unmerged("copy".to_owned())
    );
    assert_eq!(
        recover(&rescue(2, None, vec![]), Some(&Revision::parse("3"))),
        Recovery::Stored
    );
}

#[test]
fn a_write_must_find_nothing_stored_until_the_page_has_read_the_store() {
    // Opened with nothing read (the store could not be read, or was empty).
    let mut s = Saver::new(0, true);
    s.edited(op(1));
    assert!(s.next_write("a").unwrap().fresh);
    // Something was there after all: the page takes it, and may then write over it.
    s.newer(0);
    s.took(0);
    let w = s.next_write("b").unwrap();
    assert!(!w.fresh);
    assert!(s.done());
    s.edited(op(2));
    assert!(!s.next_write("c").unwrap().fresh);
    // Reading that nothing is there counts as reading it; so does setting a copy aside.
    let mut t = Saver::new(0, true);
    t.missing(0);
    t.edited(op(1));
    assert!(!t.next_write("d").unwrap().fresh);
    let mut u = Saver::new(0, true);
    u.unreadable();
    u.set_aside(true, 2);
    u.edited(op(1));
    assert!(!u.next_write("e").unwrap().fresh);
}

#[test]
fn the_write_under_way_is_known_until_it_ends() {
    let mut s = Saver::new(0, true);
    assert_eq!(s.writing(), None);
    s.edited(op(1));
    let w = s.next_write("a").unwrap();
    assert_eq!(s.writing(), Some(&w));
    s.newer(1);
    assert_eq!(s.writing(), None);
    assert_eq!(
        s.status(),
        SaveStatus::Saving,
        "one lost race is no failure yet"
    );
    s.took(1);
    s.next_write("b").unwrap();
    s.failed("浏览器存储空间已满");
    assert_eq!(s.writing(), None);
}

#[test]
fn an_earlier_releases_rescue_text_reads_as_its_whole_copy() {
    let bulletin = bulletin_core::load(common::BUNDLED)
        .expect("valid")
        .bulletin;
    let text = Stored::of(&Workbench::new(&bulletin), 7, "2026-11-30T08:00:00Z").to_text();
    let read = Rescue::from_text(&text).expect("a rescue");
    assert_eq!(read.base, 6, "written at the revision after its base");
    assert!(read.ops.is_empty());
    assert_eq!(read.copy.as_deref(), Some(text.as_str()));
    // A JSON text of some other program is not taken for one.
    assert_eq!(
        Rescue::from_text(r#"{"format":"other","revision":3}"#),
        None
    );
    assert_eq!(Rescue::from_text(r#"{"revision":3}"#), None);
}

#[test]
fn each_warning_is_said_in_the_page_language_with_the_same_reason() {
    let mut s = Saver::new(0, false);
    s.failed("storage full");
    let en = s.status().warning_in(Lang::En).unwrap();
    assert!(
        en.starts_with("Edits could not be saved in the browser: the bulletin itself"),
        "{en}"
    );
    assert!(en.contains("(storage full)"), "{en}");
    assert!(!bulletin_core::lang::has_han(&en), "{en}");
    let zh = s.status().warning_in(Lang::Zh).unwrap();
    assert!(zh.contains("这份通报本身未能保存"), "{zh}");
    assert_eq!(s.status().warning(), Some(zh));
    for why in [Why::Contended, Why::Closed, Why::NotSetAside, Why::Replaced] {
        for status in [
            SaveStatus::Failed(why.clone()),
            SaveStatus::Stopped(why.clone()),
        ] {
            let en = status.warning_in(Lang::En).unwrap();
            assert!(!bulletin_core::lang::has_han(&en), "{en}");
            assert!(bulletin_core::lang::has_han(
                &status.warning_in(Lang::Zh).unwrap()
            ));
        }
    }
    assert_eq!(SaveStatus::Saved.warning_in(Lang::En), None);
}
