//! Numbers the app does not own come out as they went in (issue 10, case 10), and numbers it
//! does own are read and validated as before.

mod common;

use bulletin_core::edit::{Edit, Step, Stored, Workbench};
use bulletin_core::{Figures, display, load};
use common::BUNDLED;
use serde_json::{Value, json};

const AT: &str = "2026-11-28T16:00:00+08:00";

/// Unknown fields of every kind of object, holding numbers that an `f64` cannot hold or
/// would write differently.
const UNKNOWN: [(&str, &str); 5] = [
    (
        "\"format\": \"minsheng-bulletin\",",
        "\"x_numbers\": [123456789012345678901234567890, -123456789012345678901234567890, -0, -0.0, 1.50, 0.1, 1e-7, 1e400, 5e-324, 18446744073709551616, -9223372036854775809, 1.0, 100],",
    ),
    ("\"year\": 2023,", "\"x_quarter\": 1E2,"),
    ("\"items\": 50,", "\"x_rate\": -0,"),
    (
        "\"plan_pct\": 43,",
        "\"x_budget\": 123456789012345678901234567890,",
    ),
    (
        "\"id\": \"ganyu-jinshan-middle-school\",",
        "\"x_code\": -123456789012345678901234567890, \"x_ratio\": 2.50,",
    ),
];

/// What the unknown fields above look like in compact JSON.
const WRITTEN: [&str; 6] = [
    "\"x_numbers\":[123456789012345678901234567890,-123456789012345678901234567890,-0,-0.0,1.50,0.1,1e-7,1e400,5e-324,18446744073709551616,-9223372036854775809,1.0,100]",
    "\"x_quarter\":1E2",
    "\"x_rate\":-0",
    "\"x_budget\":123456789012345678901234567890",
    "\"x_code\":-123456789012345678901234567890",
    "\"x_ratio\":2.50",
];

/// The bundled bulletin with the unknown fields added, and its own figures written in
/// unusual but valid ways.
fn document() -> String {
    let mut text = BUNDLED.to_owned();
    for (after, field) in UNKNOWN {
        assert!(text.contains(after), "{after}");
        text = text.replacen(after, &format!("{after} {field}"), 1);
    }
    for (plain, unusual) in [
        (
            "\"schedule_target_pct\": 50,",
            "\"schedule_target_pct\": 5E1,",
        ),
        (
            "\"annual_investment\": 166.3,",
            "\"annual_investment\": 1.663e2,",
        ),
        ("\"plan_pct\": 44.8,", "\"plan_pct\": 44.80,"),
    ] {
        assert!(text.contains(plain), "{plain}");
        text = text.replacen(plain, unusual, 1);
    }
    text
}

fn assert_written(text: &str) {
    for w in WRITTEN {
        assert!(text.contains(w), "{w} missing from {}", &text[..300]);
    }
}

/// As [`assert_written`], for what serde_json's reader made of the text (the typed bulletin
/// is read with it): the same numbers with their digits, each exponent written `e+` or `e-`.
fn assert_read(text: &str) {
    for w in WRITTEN {
        let read = w.replace("1e400", "1e+400").replace("1E2", "1e+2");
        assert!(text.contains(&read), "{read} missing from {}", &text[..300]);
    }
}

fn note_step(w: &Workbench, note: &str) -> Step {
    Step {
        label: "修改备注".into(),
        at: AT.into(),
        edits: vec![Edit::Set {
            path: "/projects/0/note".into(),
            before: w.current()["projects"][0]["note"].clone(),
            after: json!(note),
        }],
    }
}

#[test]
fn unknown_numbers_survive_load_edit_and_export_as_written() {
    let text = document();
    let loaded = load(&text).expect("valid");
    let parsed: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        serde_json::to_string(&loaded.document)
            .unwrap()
            .replace("1E2", "1e+2")
            .replace("1e400", "1e+400")
            .replace("5E1", "5e+1")
            .replace("1.663e2", "1.663e+2"),
        serde_json::to_string(&parsed).unwrap(),
        "the document is kept as written, which differs from what serde_json reads only in exponents"
    );

    let mut w = Workbench::from_loaded(&loaded);
    assert_written(&serde_json::to_string(w.current()).unwrap());
    w.apply(note_step(&w, "已核实")).expect("valid edit");
    let after_edit = serde_json::to_string(w.current()).unwrap();
    assert_written(&after_edit);
    assert_eq!(w.changes().len(), 1, "only the note differs");

    // The owned figures are kept as written too, since the copy is the document.
    assert!(after_edit.contains("\"plan_pct\":44.80"));
    assert!(after_edit.contains("\"annual_investment\":1.663e2"));
    assert!(after_edit.contains("\"schedule_target_pct\":5E1"));

    // The typed bulletin keeps the unknown ones' values and digits as well.
    assert_read(&serde_json::to_string(w.bulletin()).unwrap());
    let exported: Value =
        serde_json::from_str(&w.bulletin().to_json_pretty()).expect("export is JSON");
    assert_eq!(exported["x_numbers"], parsed["x_numbers"]);
    assert_read(&serde_json::to_string(Workbench::new(&loaded.bulletin).current()).unwrap());
}

#[test]
fn owned_figures_read_however_they_are_written() {
    let loaded = load(&document()).expect("valid");
    let b = &loaded.bulletin;
    assert_eq!(b.schedule_target_pct, Some(50.0));
    assert_eq!(b.summary.items, Some(50));
    assert_eq!(b.summary.annual_investment, Some(166.3));
    assert_eq!(b.sectors[0].plan_pct, Some(43.0));
    assert_eq!(b.sectors[3].plan_pct, Some(44.8));
    assert_eq!(b.period.year, 2023);
    let f = Figures::of(b);
    assert_eq!(display::derived_percent(f.completion_pct), "60%");
    // Written back by the typed bulletin in its own form.
    let typed = serde_json::to_string(b).unwrap();
    assert!(typed.contains("\"schedule_target_pct\":50,"), "{typed}");
    assert!(typed.contains("\"plan_pct\":44.8,"));
}

#[test]
fn the_stored_copy_keeps_numbers_as_written_in_the_document_and_its_history() {
    let text = document();
    let loaded = load(&text).expect("valid");
    let mut w = Workbench::from_loaded(&loaded);
    w.apply(note_step(&w, "第一次")).expect("valid");
    // A step whose edits carry the unusual numbers themselves.
    let mut incoming = w.current().clone();
    incoming["x_numbers"] =
        serde_json::from_str("[-0, 98765432109876543210987654321, 3.140]").unwrap();
    let step = w.replace_step(&incoming, "导入快照", AT);
    w.apply(step).expect("valid");
    w.undo();

    let stored = Stored::of(&w, 3, AT).to_text();
    assert!(stored.contains("[-0,98765432109876543210987654321,3.140]"));
    let (_, back, changed) =
        Stored::from_text_with_document(&stored, &loaded.document).expect("readable");
    assert!(!changed);
    assert_eq!(back, w);
    assert_written(&serde_json::to_string(back.current()).unwrap());
    let mut back = back;
    assert!(back.redo());
    assert_eq!(back.current()["x_numbers"], incoming["x_numbers"]);
    assert_eq!(
        serde_json::to_string(&back.current()["x_numbers"]).unwrap(),
        "[-0,98765432109876543210987654321,3.140]"
    );
}

#[test]
fn a_copy_made_from_the_typed_bulletin_still_opens_as_unchanged() {
    // Copies saved before the working copy started from the document were made from the
    // typed bulletin written back out, which writes 5E1 as 50.
    let loaded = load(&document()).expect("valid");
    let mut old = Workbench::new(&loaded.bulletin);
    old.apply(note_step(&old, "旧副本")).expect("valid");
    let stored = Stored::of(&old, 1, AT).to_text();
    let (_, back, changed) =
        Stored::from_text_with_document(&stored, &loaded.document).expect("readable");
    assert!(!changed, "the original has not changed");
    assert_eq!(back.changes().len(), 1, "only the user's edit is listed");
    assert_eq!(back, old);
}

/// Literals each owned number is tried with, and the ones it accepted before numbers kept
/// their text (recorded from the build before the change); every other literal is refused.
#[test]
fn validation_accepts_and_refuses_the_same_numbers_as_before() {
    const LITERALS: &[&str] = &[
        "50",
        "1",
        "0",
        "-0",
        "-0.0",
        "50.0",
        "5e1",
        "5E1",
        "1E2",
        "1e3",
        "1E3",
        "1000",
        "1000.0000000000001",
        "1001",
        "-1",
        "-0.5",
        "-1e-300",
        "1e-300",
        "2023",
        "2023.0",
        "2.023e3",
        "166.3",
        "166.30",
        "1e308",
        "1.7976931348623157e308",
        "1e309",
        "1e400",
        "-1e400",
        "18446744073709551615",
        "18446744073709551616",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "123456789012345678901234567890",
        "-123456789012345678901234567890",
        "1234567890123456789012345678901234567890123",
        "0.1",
        "5e-324",
        "1e-400",
        "100",
    ];
    let accepted: [(&str, &[&str]); 6] = [
        (
            "\"items\": 50,",
            &[
                "50",
                "1000",
                "1001",
                "2023",
                "18446744073709551615",
                "9223372036854775807",
                "9223372036854775808",
                "100",
            ],
        ),
        (
            "\"annual_investment\": 166.3,",
            &[
                "50",
                "1",
                "0",
                "-0",
                "-0.0",
                "50.0",
                "5e1",
                "5E1",
                "1E2",
                "1e3",
                "1E3",
                "1000",
                "1000.0000000000001",
                "1001",
                "1e-300",
                "2023",
                "2023.0",
                "2.023e3",
                "166.3",
                "166.30",
                "1e308",
                "1.7976931348623157e308",
                "18446744073709551615",
                "18446744073709551616",
                "9223372036854775807",
                "9223372036854775808",
                "123456789012345678901234567890",
                "1234567890123456789012345678901234567890123",
                "0.1",
                "5e-324",
                "1e-400",
                "100",
            ],
        ),
        (
            "\"plan_pct\": 43,",
            &[
                "50", "1", "0", "-0", "-0.0", "50.0", "5e1", "5E1", "1E2", "1e3", "1E3", "1000",
                "1e-300", "166.3", "166.30", "0.1", "5e-324", "1e-400", "100",
            ],
        ),
        (
            "\"schedule_target_pct\": 50,",
            &[
                "50", "1", "0", "-0", "-0.0", "50.0", "5e1", "5E1", "1E2", "1e-300", "0.1",
                "5e-324", "1e-400", "100",
            ],
        ),
        ("\"year\": 2023,", &["2023"]),
        ("\"version\": 1,", &["1"]),
    ];
    for (field, ok) in accepted {
        let key = field.split(':').next().unwrap_or_default();
        for literal in LITERALS {
            let text = BUNDLED.replacen(field, &format!("{key}: {literal},"), 1);
            let result = load(&text);
            assert_eq!(
                result.is_ok(),
                ok.contains(literal),
                "{key} = {literal}: {:?}",
                result.err()
            );
            if let Err(failure) = result {
                let message = &failure.errors[0].message;
                assert!(message.chars().count() < 120, "{message}");
            }
        }
    }
}

#[test]
fn an_owned_number_past_f64_is_refused_in_words() {
    let text = BUNDLED.replacen(
        "\"annual_investment\": 166.3,",
        "\"annual_investment\": 1e400,",
        1,
    );
    let failure = load(&text).expect_err("out of range");
    assert_eq!(failure.errors[0].path.as_str(), "summary.annual_investment");
    assert!(
        failure.errors[0].message.contains("数字超出范围"),
        "{}",
        failure.errors[0].message
    );
}

const VERSION: &str = "0.1.0";

/// Numbers written in ways serde_json's reader spells otherwise or that an `f64` would
/// write otherwise, each put at one place of the bulletin: figures the app reads and fields
/// it does not know, in the document, the summary, a sector, a project and its figures.
const SPELLED: [(&str, &str); 20] = [
    ("/schedule_target_pct", "5E1"),
    ("/summary/annual_investment", "12345678901234567890123"),
    ("/summary/completed_investment", "1E2"),
    ("/sectors/0/plan_pct", "1.50"),
    ("/sectors/1/completed_investment", "-0"),
    ("/projects/0/figures/planned_investment", "1e-7"),
    ("/projects/0/figures/plan_pct", "1E2"),
    ("/projects/0/figures/progress_pct", "1.50"),
    ("/x_count", "12345678901234567890123"),
    ("/x_numbers/0", "1E2"),
    ("/x_numbers/1", "1.50"),
    ("/x_numbers/2", "-0"),
    ("/x_numbers/3", "1e-7"),
    ("/x_numbers/4", "1e+2"),
    ("/x_numbers/5", "2E-3"),
    ("/x_numbers/6", "12345678901234567890123"),
    ("/summary/x_rate", "1E2"),
    ("/sectors/2/x_ratio", "-0"),
    ("/projects/0/x_code", "-12345678901234567890123"),
    ("/projects/0/figures/x_share", "1.50"),
];

/// The bundled bulletin as an export writes it (pretty, with its snapshot block), with the
/// numbers of [`SPELLED`] and a note to edit: what the export must give back byte for byte.
fn spelled_document() -> String {
    let mut doc = common::bundled_value();
    doc["projects"][0]["note"] = json!("备注原文");
    doc["projects"][0]["figures"] = json!({});
    doc["x_numbers"] = json!([0, 0, 0, 0, 0, 0, 0]);
    doc["snapshot"] = json!({"exported_at": AT, "app_version": VERSION, "based_on": doc["id"]});
    // Stand-ins, each found once in the text and replaced by its spelling.
    let stand_in = |i: usize| format!("\"@{i}@\"");
    for (i, (pointer, _)) in SPELLED.iter().enumerate() {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let parent = doc.pointer_mut(parent).unwrap();
        let slot = match key.parse::<usize>() {
            Ok(index) => &mut parent[index],
            Err(_) => &mut parent[key],
        };
        *slot = json!(format!("@{i}@"));
    }
    let mut text = serde_json::to_string_pretty(&doc).unwrap();
    for (i, (_, spelled)) in SPELLED.iter().enumerate() {
        assert_eq!(text.matches(&stand_in(i)).count(), 1);
        text = text.replace(&stand_in(i), spelled);
    }
    text
}

fn note_edit(w: &Workbench, note: &str) -> Step {
    Step {
        label: "修改备注".into(),
        at: AT.into(),
        edits: vec![Edit::Set {
            path: format!("/projects/@{}/note", w.bulletin().projects[0].id),
            before: w.current()["projects"][0]["note"].clone(),
            after: json!(note),
        }],
    }
}

#[test]
fn every_number_is_exported_as_its_file_writes_it() {
    let text = spelled_document();
    assert!(text.contains("\"completed_investment\": 1E2,"), "{text}");
    assert!(text.contains("    1E2,\n    1.50,\n    -0,\n"), "{text}");
    let loaded = load(&text).expect("valid");
    assert_eq!(loaded.bulletin.summary.completed_investment, Some(100.0));
    assert_eq!(loaded.bulletin.sectors[0].plan_pct, Some(1.5));
    let mut w = Workbench::from_loaded(&loaded);
    assert_eq!(w.snapshot_text(AT, VERSION), text, "exported byte for byte");

    w.apply(note_edit(&w, "已核实")).expect("valid edit");
    assert_eq!(
        w.snapshot_text(AT, VERSION),
        text.replace("\"备注原文\"", "\"已核实\""),
        "an edit elsewhere changes only what it edits"
    );
    assert_eq!(w.changes().len(), 1, "{:?}", w.changes());
    assert!(w.undo());
    assert_eq!(w.snapshot_text(AT, VERSION), text);
    assert!(w.changes().is_empty());
}

#[test]
fn a_stored_copy_read_back_still_exports_the_numbers_as_written() {
    let text = spelled_document();
    let loaded = load(&text).expect("valid");
    let mut w = Workbench::from_loaded(&loaded);
    w.apply(note_edit(&w, "已核实")).expect("valid edit");
    // A step carrying the spelled numbers in what it replaces: the figures set whole.
    let figures = w.current()["projects"][0]["figures"].clone();
    let mut more = figures.clone();
    more["x_added"] = json!(1);
    let path = format!("/projects/@{}/figures", w.bulletin().projects[0].id);
    w.apply(Step {
        label: "修改数字".into(),
        at: AT.into(),
        edits: vec![Edit::Set {
            path,
            before: figures,
            after: more,
        }],
    })
    .expect("valid edit");
    assert!(w.undo());

    // Stored text is read back by serde_json, which spells exponents its own way.
    let stored = Stored::of(&w, 1, AT).to_text();
    assert!(stored.contains("1E2") && !stored.contains("1e+2,\"x_numbers\""));
    let (_, mut back, changed) =
        Stored::from_text_with_document(&stored, &loaded.document).expect("readable");
    assert!(!changed);
    assert_eq!(back, w);
    assert_eq!(back.changes().len(), 1, "{:?}", back.changes());
    let edited = text.replace("\"备注原文\"", "\"已核实\"");
    assert_eq!(back.snapshot_text(AT, VERSION), edited);
    assert!(back.redo() && back.undo());
    assert_eq!(back.snapshot_text(AT, VERSION), edited);
    assert!(back.undo());
    assert_eq!(back.snapshot_text(AT, VERSION), text);
}

#[test]
fn a_copy_read_back_by_serde_json_is_the_same_document() {
    let text = spelled_document();
    let loaded = load(&text).expect("valid");
    // What the import worker or another tab has: the same text read by serde_json.
    let read: Value = serde_json::from_str(&text).unwrap();
    assert_ne!(read, loaded.document, "spelled otherwise");
    assert!(bulletin_core::edit::edits_between(&read, &loaded.document).is_empty());
    assert!(bulletin_core::edit::changes_between(&read, &loaded.document).is_empty());
    assert!(bulletin_core::import::Preview::between(&read, &loaded.document).is_empty());

    // Edits made against that copy apply to the document as loaded.
    let mut w = Workbench::from_loaded(&loaded);
    let mut summary = read["summary"].clone();
    summary["text"] = json!("改写的总体情况");
    let first = read["projects"][0].clone();
    w.apply(Step {
        label: "导入快照".into(),
        at: AT.into(),
        edits: vec![
            Edit::Set {
                path: "/summary".into(),
                before: read["summary"].clone(),
                after: summary,
            },
            Edit::Remove {
                path: "/projects".into(),
                index: 0,
                value: first,
            },
        ],
    })
    .expect("the edits fit the document as loaded");
    assert_eq!(w.bulletin().summary.text, "改写的总体情况");
    assert!(w.undo());
    assert_eq!(w.snapshot_text(AT, VERSION), text);
}
