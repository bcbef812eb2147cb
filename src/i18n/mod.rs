//! The page's own words in 中文 and English: one catalogue, in this folder, by area.
//!
//! The language is chosen once as the page starts (`?lang=`, else the reader's remembered
//! choice, else 中文) and switching reloads the page, so each text is a plain
//! `&'static str` and no view has to redraw for it. A text is a [`Words`] constant written
//! with [`words!`], which cannot be written without both languages: a missing translation
//! does not build. The bulletin's own text is shown as written; reports stay Chinese.

use std::cell::Cell;

pub use bulletin_core::lang::{Lang, Words};

/// Defines `Words` constants, each from its Chinese and its English, and `ALL`, the list
/// the catalogue's tests walk.
macro_rules! words {
    ($($(#[$meta:meta])* $name:ident = $zh:literal, $en:literal;)*) => {
        $($(#[$meta])* pub const $name: $crate::i18n::Words =
            $crate::i18n::Words { zh: $zh, en: $en };)*
        /// Every text of this part of the catalogue, by name.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, $crate::i18n::Words)] = &[$((stringify!($name), $name)),*];
    };
}

pub mod board;
pub mod charts;
pub mod draft;
pub mod editor;
pub mod files;
pub mod ledger;
pub mod notices;
pub mod overview;
pub mod reports;
pub mod sections;
pub mod supervision;
pub mod toolbar;

thread_local! {
    static CHOSEN: Cell<Lang> = const { Cell::new(Lang::Zh) };
}

/// The page's language.
pub fn lang() -> Lang {
    CHOSEN.with(Cell::get)
}

/// Sets the page's language; called once, before the page is drawn.
pub fn choose(lang: Lang) {
    CHOSEN.with(|c| c.set(lang));
}

/// Whether the page speaks English.
pub fn english() -> bool {
    lang() == Lang::En
}

/// A catalogue text in the page's language.
pub trait Say {
    /// The text in the page's language.
    fn say(self) -> &'static str;
}

impl Say for Words {
    fn say(self) -> &'static str {
        self.get(lang())
    }
}

#[cfg(test)]
mod tests {
    use bulletin_core::lang::has_han;

    /// Every part of the catalogue, by name.
    fn parts() -> Vec<(&'static str, &'static [(&'static str, super::Words)])> {
        vec![
            ("board", super::board::ALL),
            ("charts", super::charts::ALL),
            ("draft", super::draft::ALL),
            ("editor", super::editor::ALL),
            ("files", super::files::ALL),
            ("ledger", super::ledger::ALL),
            ("notices", super::notices::ALL),
            ("overview", super::overview::ALL),
            ("reports", super::reports::ALL),
            ("sections", super::sections::ALL),
            ("supervision", super::supervision::ALL),
            ("toolbar", super::toolbar::ALL),
        ]
    }

    #[test]
    fn every_text_has_both_languages_and_english_has_no_han() {
        for (part, all) in parts() {
            assert!(!all.is_empty(), "{part}");
            for (name, w) in all {
                assert!(!w.zh.trim().is_empty(), "{part}::{name} has no Chinese");
                assert!(!w.en.trim().is_empty(), "{part}::{name} has no English");
                assert!(!has_han(w.en), "{part}::{name}: English {:?} has Han", w.en);
            }
        }
    }
}
