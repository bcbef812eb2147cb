//! Importing snapshots: every class of bad input gets its own message; good ones round-trip.

mod common;

use bulletin_core::import::{MAX_BYTES, Preview, check_size, read};
use bulletin_core::{Bulletin, load};
use common::{BUNDLED, bundled_value, first_difference, set};
use serde_json::{Value, json};

fn message(bytes: &[u8]) -> String {
    let failure = read(bytes).expect_err("refused");
    failure
        .errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn each_class_of_bad_input_has_its_own_message() {
    assert!(message(b"").contains("文件是空的"));
    assert!(message(&[0x89, b'P', b'N', b'G', 0, 1, 2]).contains("不是文本文件"));
    assert!(message(b"{\"a\":\0}").contains("不是文本文件"));
    // A Word document (a zip) is pointed to 新建通报, where it is read.
    let word = message(b"PK\x03\x04\x14\x00\x06\x00");
    assert!(
        word.contains("Word 文档") && word.contains("新建通报"),
        "{word}"
    );
    assert!(message(b"title: x").contains("JSON 语法错误"));
    assert!(message(&BUNDLED.as_bytes()[..500]).contains("文件不完整"));
    let mut doc = bundled_value();
    set(&mut doc, "format", Some(json!("other")));
    assert!(message(doc.to_string().as_bytes()).contains("不是民生实事督查通报文件"));
    let mut doc = bundled_value();
    set(&mut doc, "version", Some(json!(2)));
    assert!(message(doc.to_string().as_bytes()).contains("不支持的格式版本 2"));
    let mut doc = bundled_value();
    set(&mut doc, "projects.3.sector", Some(json!("nowhere")));
    set(
        &mut doc,
        "projects.1.id",
        Some(json!("ganyu-jinshan-middle-school")),
    );
    set(&mut doc, "sectors.0.items", Some(json!("六")));
    let all = message(doc.to_string().as_bytes());
    // The reader's words first, the path after them to find the spot in the file.
    assert!(
        all.contains(
            "第 1 个领域的实事件数：应为非负整数，实际是文本“六”（位置：sectors[0].items）"
        ),
        "{all}"
    );
    assert!(
        all.contains("第 2 个项目的编号：编号“ganyu-jinshan-middle-school”重复（第 1 个项目已用了这个编号）（位置：projects[1].id）"),
        "{all}"
    );
    assert!(
        all.contains("第 4 个项目的所属领域：引用了不存在的领域“nowhere”"),
        "{all}"
    );
    assert!(all.contains("（位置：projects[3].sector）"), "{all}");
    assert!(
        check_size(MAX_BYTES + 1).expect_err("too big").errors[0]
            .message
            .contains("文件太大")
    );
    assert!(check_size(50 * 1024 * 1024).is_err());
}

#[test]
fn a_bom_is_read_and_the_snapshot_block_is_dropped() {
    let mut doc = bundled_value();
    set(
        &mut doc,
        "snapshot",
        Some(
            json!({"exported_at": "2026-11-28T08:00:00Z", "app_version": "0.1.0", "based_on": "lianyungang-2023-h1"}),
        ),
    );
    let text = format!("\u{feff}{doc}");
    let loaded = read(text.as_bytes()).expect("valid");
    assert!(loaded.bulletin.snapshot.is_none());
    assert!(loaded.document.get("snapshot").is_none());
    assert_eq!(
        serde_json::to_value(&loaded.bulletin).expect("value"),
        loaded.document,
        "the document read is the bulletin read"
    );
}

#[test]
fn import_then_export_gives_back_the_document_with_unknown_fields() {
    let mut doc = bundled_value();
    set(&mut doc, "x_office", Some(json!({"contact": "督查科"})));
    set(&mut doc, "sectors.2.x_rank", Some(json!(3)));
    set(&mut doc, "projects.7.x_tags", Some(json!(["重点"])));
    set(&mut doc, "requirements.0.x_due", Some(json!("2023-09-30")));
    let loaded = read(doc.to_string().as_bytes()).expect("valid");
    let exported: Value = serde_json::from_str(&loaded.bulletin.to_json_pretty()).expect("JSON");
    assert_eq!(first_difference(&exported, &doc), None);
}

#[test]
fn the_preview_lists_what_replacing_would_change() {
    let current = load(BUNDLED).expect("valid").bulletin;
    let mut incoming = current.clone();
    incoming.projects[0].note = "对方的备注".into();
    incoming.projects.remove(3);
    let mut extra = incoming.projects[0].clone();
    extra.id = "new-one".into();
    extra.name = "新项目".into();
    incoming.projects.push(extra);
    incoming.summary.completed_investment = Some(120.0);
    let value = |b: &Bulletin| serde_json::to_value(b).expect("value");
    let (current, incoming) = (value(&current), value(&incoming));
    let p = Preview::between(&current, &incoming);
    assert_eq!(p.added, ["新增项目“新项目”"]);
    assert_eq!(p.removed, ["删除项目“凌州路小学续建工程”"]);
    assert_eq!(
        p.changed,
        ["总体情况的已完成投资", "项目“金山中学建设项目”的备注"]
    );
    assert!(Preview::between(&current, &current).is_empty());
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A small deterministic generator: bytes of every kind, and mutations of a real file.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let base = BUNDLED.as_bytes();
    for round in 0..3000 {
        let bytes: Vec<u8> = if round % 2 == 0 {
            (0..(next() % 300)).map(|_| next() as u8).collect()
        } else {
            let mut b = base.to_vec();
            for _ in 0..(1 + next() % 8) {
                let at = (next() as usize) % b.len();
                b[at] = next() as u8;
            }
            b
        };
        let _ = read(&bytes);
    }
}

#[test]
fn a_file_the_worker_accepted_reads_the_same_without_checking_again() {
    let bytes = BUNDLED.as_bytes();
    let read_here = bulletin_core::import::read_checked(bytes).expect("valid");
    assert_eq!(Some(read_here.clone()), read(bytes).ok());
    // What the worker would refuse for its content may still be read, but what is not a
    // bulletin at all is an error here too.
    assert!(bulletin_core::import::read_checked(b"{\"format\": 1}").is_err());
    assert!(bulletin_core::import::read_checked(&bytes[..bytes.len() / 2]).is_err());
}
