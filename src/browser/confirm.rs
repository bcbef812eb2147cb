//! Asking the user to confirm something that cannot be undone.

/// Asks `question`; false where the page cannot ask (then nothing happens).
pub fn ask(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}
