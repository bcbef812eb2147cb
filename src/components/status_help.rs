//! 说明: what the statuses and the grades mean, from the core's one vocabulary.

use crate::i18n::{Say, lang, sections as w};
use bulletin_core::status::{Grade, Grading, Level, vocabulary_in};
use leptos::prelude::*;

/// A short explanation the reader can open: the two measures, each status in the
/// bulletin's words, and the grading thresholds in force.
#[component]
pub fn StatusHelp(grading: Grading) -> impl IntoView {
    let words = vocabulary_in(lang());
    // Each word of `level` with its badge, keyed as the page keys it (`data-status`, or
    // `data-warning` for a warning).
    let badges = |level: Level| {
        let (class, warning) = match level {
            Level::Warning => ("warning", true),
            _ => ("status", false),
        };
        words
            .iter()
            .filter(|w| w.level == level)
            .map(|w| {
                view! {
                    <li>
                        <span class=format!("badge {class}-{}", w.key)
                            data-status=(!warning).then_some(w.key) data-warning=warning.then_some(w.key)>
                            {w.label}
                        </span>
                        {w::explained(w.meaning)}
                    </li>
                }
            })
            .collect_view()
    };
    let levels = [Level::Item, Level::Sector, Level::Project]
        .into_iter()
        .map(|level| {
            view! {
                <li>
                    <strong>{level.label_in(lang())}</strong>
                    <ul>{badges(level)}</ul>
                </li>
            }
        })
        .collect_view();
    let warnings = badges(Level::Warning);
    let grades = Grade::ALL
        .into_iter()
        .map(|g| {
            view! {
                <li>
                    <span class=format!("badge grade-{}", g.key()) data-grade=g.key()>{g.label_in(lang())}</span>
                    {w::explained(&grading.meaning_in(g, lang()))}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="status-help" data-testid="status-help">
            <summary>{w::HELP.say()}</summary>
            <p>
                {w::HELP_MEASURES.say()}
                {w::HELP_APART.say()}
            </p>
            <h3>{w::HELP_REPORTED.say()}</h3>
            <ul class="status-levels">{levels}</ul>
            <h3>{w::HELP_GRADES.say()}</h3>
            <p>{w::HELP_GAP.say()}</p>
            <ul>{grades}</ul>
            <h3>{w::HELP_WARNINGS.say()}</h3>
            <ul>{warnings}</ul>
        </details>
    }
}
