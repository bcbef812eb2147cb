//! The page's language as the browser holds it: `?lang=`, the reader's remembered choice
//! and `<html lang>`.

use bulletin_core::lang::Lang;
use bulletin_core::library::LANGUAGE_KEY;

use super::{address, local};

/// The language to start in: the address's, else the remembered one, else 中文.
pub fn chosen() -> Lang {
    address::lang()
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| local::get(LANGUAGE_KEY).and_then(|code| Lang::from_code(&code)))
        .unwrap_or_default()
}

/// Tells the browser (and screen readers, fonts, hyphenation) the page's language.
pub fn apply(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Remembers `lang` and opens the page again in it. The address says it too, so the switch
/// works where storage is blocked.
pub fn switch_to(lang: Lang) {
    local::set(LANGUAGE_KEY, lang.code());
    address::reload_in(lang.code());
}
