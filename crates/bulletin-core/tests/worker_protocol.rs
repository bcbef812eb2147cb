//! Requests to the import worker carry ids: an answer reaches the request that asked, and
//! an import started while another runs replaces it.

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
