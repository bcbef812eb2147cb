//! Requests to the import worker carry ids: an answer reaches the request that asked, and
//! an import started while another runs replaces it.

mod common;

use bulletin_core::import::{Answer, answer};
use bulletin_core::worker_protocol::{Latest, READY, Reply};

#[test]
fn a_later_import_replaces_the_one_under_way_and_its_answer_is_dropped() {
    let mut imports = Latest::default();
    let (first, replaced) = imports.start();
    assert_eq!(replaced, None);
    let (second, replaced) = imports.start();
    assert_eq!(replaced, Some(first));
    assert_ne!(first, second);
    assert_eq!(imports.running(), Some(second));
    assert!(!imports.finish(first), "the earlier answer is not wanted");
    assert!(imports.finish(second));
    assert_eq!(imports.running(), None);
    assert!(!imports.finish(second), "an answer counts once");
    let (third, replaced) = imports.start();
    assert_eq!(replaced, None);
    assert!(third > second);
}

#[test]
fn replies_carry_their_request_id() {
    let refused = answer(b"{", &serde_json::Value::Null, "");
    assert!(matches!(refused, Answer::Refused { .. }));
    let reply = Reply {
        id: 42,
        answer: refused,
    };
    let back = Reply::from_text(&reply.to_text()).expect("reads");
    assert_eq!(back, reply);
    assert_eq!(Reply::from_text(READY), None);
    assert_eq!(Reply::from_text("{\"id\":1}"), None);
}

mod draft_worker {
    use bulletin_core::lang::{Lang, has_han};
    use bulletin_core::worker_protocol::{DraftAnswer, DraftReply, TextFrom};

    const SEED: &str = include_str!("../../../docs/source/bulletin-2023-h1.zh-Hans.txt");

    fn docx(paragraphs: &[&str], table: &[&[&str]]) -> Vec<u8> {
        let p = |t: &str| format!("<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>");
        let rows: String = table
            .iter()
            .map(|row| {
                let cells: String = row
                    .iter()
                    .map(|c| format!("<w:tc>{}</w:tc>", p(c)))
                    .collect();
                format!("<w:tr>{cells}</w:tr>")
            })
            .collect();
        let body: String =
            paragraphs.iter().map(|t| p(t)).collect::<String>() + &format!("<w:tbl>{rows}</w:tbl>");
        super::common::docx(&body)
    }

    #[test]
    fn pasted_text_is_read_with_a_note_of_what_was_read() {
        let DraftAnswer::Read { draft, text, note } =
            DraftAnswer::of_text(SEED, TextFrom::Pasted, Lang::Zh)
        else {
            panic!("the seed is read");
        };
        assert_eq!(text, SEED);
        assert_eq!(draft.document["summary"]["items"], serde_json::json!(50));
        assert!(note.starts_with("已读取粘贴的文本："), "{note}");
        assert!(
            note.contains(&format!("{} 字", SEED.chars().count())),
            "{note}"
        );
        assert!(
            note.contains(&format!("找到 {} 项", draft.findings.len())),
            "{note}"
        );
    }

    #[test]
    fn nothing_to_read_is_said() {
        let DraftAnswer::Refused { message } =
            DraftAnswer::of_text(" \n\u{3000}", TextFrom::Pasted, Lang::Zh)
        else {
            panic!("blank is refused");
        };
        assert!(message.starts_with("粘贴的文本是空的"), "{message}");
    }

    #[test]
    fn a_word_document_is_read_with_its_paragraphs_and_tables() {
        let bytes = docx(
            &[
                "某市民生实事项目1—6月进展情况督查通报",
                "全市20件民生实事完成投资5亿元。",
            ],
            &[&["项目名称", "牵头单位"], &["老旧小区改造", "市住建局"]],
        );
        let DraftAnswer::Read { draft, text, note } = DraftAnswer::of_docx(&bytes, Lang::Zh) else {
            panic!("the docx is read");
        };
        assert!(text.contains("老旧小区改造\t市住建局"), "{text}");
        assert_eq!(draft.document["summary"]["items"], serde_json::json!(20));
        assert!(note.contains("正文 2 段，表格 1 个"), "{note}");
        assert!(note.contains("KB") || note.contains("字节"), "{note}");
    }

    #[test]
    fn a_file_that_is_not_a_word_document_is_refused_in_words() {
        let DraftAnswer::Refused { message } =
            DraftAnswer::of_docx(b"{\"not\": \"a zip\"}", Lang::Zh)
        else {
            panic!("refused");
        };
        assert!(message.contains(".docx"), "{message}");
    }

    #[test]
    fn in_english_the_note_and_every_refusal_are_english() {
        let DraftAnswer::Read { note, .. } = DraftAnswer::of_text(SEED, TextFrom::Pasted, Lang::En)
        else {
            panic!("the seed is read");
        };
        assert!(note.starts_with("The pasted text is read: "), "{note}");
        assert!(
            note.contains(&format!("{} characters", SEED.chars().count())),
            "{note}"
        );
        let bytes = docx(&["某市民生实事项目1—6月进展情况督查通报"], &[&["项目名称"]]);
        let DraftAnswer::Read { note, .. } = DraftAnswer::of_docx(&bytes, Lang::En) else {
            panic!("the docx is read");
        };
        assert!(
            note.starts_with("The Word document is read: ")
                && note.contains("1 paragraph, 1 table)"),
            "{note}"
        );
        let utf8 = |b: &[u8]| String::from_utf8(b.to_vec()).ok();
        let refusals = [
            DraftAnswer::of_text(" ", TextFrom::Pasted, Lang::En),
            DraftAnswer::of_docx(b"not a zip", Lang::En),
            DraftAnswer::of_docx(b"PK\x03\x04 damaged", Lang::En),
            DraftAnswer::of_file(&[0xd0, 0xcf, 0x11, 0xe0, 0], "旧通报.doc", utf8, Lang::En),
            DraftAnswer::of_file(&[0xff, 0xd8, 0xff], "photo.jpg", |_| None, Lang::En),
            DraftAnswer::unrecognised(Lang::En),
        ];
        for answer in refusals {
            let DraftAnswer::Refused { message } = answer else {
                panic!("refused");
            };
            // Only the file's own name may be Chinese.
            assert!(!has_han(&message.replace("旧通报.doc", "")), "{message}");
            assert!(message.starts_with(char::is_uppercase), "{message}");
        }
        // A file that is text is read as text, by its name.
        let DraftAnswer::Read { note, .. } =
            DraftAnswer::of_file(SEED.as_bytes(), "通报.txt", utf8, Lang::Zh)
        else {
            panic!("read");
        };
        assert!(note.starts_with("已读取文件“通报.txt”："), "{note}");
    }

    #[test]
    fn replies_carry_their_id_and_draft_intact() {
        let reply = DraftReply {
            id: 7,
            answer: DraftAnswer::of_text(SEED, TextFrom::Pasted, Lang::Zh),
        };
        assert_eq!(DraftReply::from_text(&reply.to_text()), Some(reply));
        assert_eq!(DraftReply::from_text("ready"), None);
    }

    #[test]
    fn sizes_are_said_in_the_readers_units() {
        use bulletin_core::display::bytes;
        assert_eq!(bytes(0), "0 字节");
        assert_eq!(bytes(1023), "1023 字节");
        assert_eq!(bytes(1024), "1.0 KB");
        assert_eq!(bytes(39_117), "38.2 KB");
        assert_eq!(bytes(1_048_576), "1.0 MB");
    }
}

mod report_worker {
    use bulletin_core::worker_protocol::ReportKind;

    #[test]
    fn kinds_go_through_their_message_and_name_their_files() {
        for kind in [ReportKind::Docx, ReportKind::Xlsx, ReportKind::View] {
            assert_eq!(ReportKind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(ReportKind::from_id("pdf"), None);
        assert_eq!(
            ReportKind::Docx.file_name("民生实事项目上半年进展情况督查通报", "2026-12-01"),
            "民生实事项目上半年进展情况督查通报-2026-12-01.docx"
        );
        assert_eq!(
            ReportKind::Xlsx.file_name("a/b:c*?", "2026-12-01"),
            "a_b_c__-台账-2026-12-01.xlsx"
        );
        assert_eq!(ReportKind::Docx.file_name("  ", "d"), "通报-d.docx");
        assert_eq!(
            ReportKind::Docx
                .file_name(&"长".repeat(100), "d")
                .chars()
                .count(),
            60 + "-d.docx".len()
        );
    }
}
