//! 新建通报 from the office's own notice: its text pasted, or a .txt or .docx file opened,
//! read into a draft in the draft worker, reviewed value by value beside the sentence each
//! came from, and accepted as a new bulletin that keeps the text as 通报原文.

mod line;
mod review;

use bulletin_core::draft::Draft;
use bulletin_core::worker_protocol::{DraftAnswer, Latest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use crate::browser::worker::{DraftSource, read_draft};
use crate::browser::{file, focus};
use crate::i18n::{Say, draft as w, lang};

pub use review::DraftReview;

/// The largest file opened as a notice: a Word document of several hundred pages with its
/// pictures is well under this.
const FILE_MAX: f64 = 64.0 * 1024.0 * 1024.0;

/// A draft under review, with the text it was read from and what was read.
#[derive(Clone, PartialEq)]
pub struct Reviewing {
    pub draft: Draft,
    pub text: String,
    pub note: String,
}

/// Where the notice is given: pasted text (`draft-text`) or a file (`draft-file`), then
/// 读取 (`draft-read`). `pasted` outlives this view, so that going back from the review
/// finds the text as it was.
#[component]
pub fn DraftStart(
    pasted: RwSignal<String>,
    reviewing: RwSignal<Option<Reviewing>>,
) -> impl IntoView {
    let chosen = StoredValue::new_local(None::<File>);
    let chosen_name = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<String>);
    let reading = RwSignal::new(false);
    let latest = StoredValue::new(Latest::default());
    let pick = move |ev: leptos::ev::Event| {
        let Some(f) = file::picked(&ev) else { return };
        refused.set(None);
        chosen_name.set(Some(f.name()));
        chosen.set_value(Some(f));
    };
    let read = move |_| {
        let file = chosen.get_value();
        let source = match &file {
            Some(f) if f.size() > FILE_MAX => {
                return refused.set(Some(w::too_large(
                    &f.name(),
                    &bulletin_core::display::bytes_in(f.size() as u64, lang()),
                )));
            }
            Some(_) => None,
            None if pasted.with_untracked(|t| t.trim().is_empty()) => {
                return refused.set(Some(w::NOTHING_TO_READ.say().to_owned()));
            }
            None => Some(DraftSource::Pasted(pasted.get_untracked())),
        };
        let Some((request, _)) = latest.try_update_value(|l| l.start()) else {
            return;
        };
        refused.set(None);
        reading.set(true);
        spawn_local(async move {
            let source = match (source, file) {
                (Some(s), _) => s,
                (None, Some(f)) => match file::bytes(&f).await {
                    Some(bytes) => DraftSource::File(f.name(), bytes),
                    None => {
                        refused.try_set(Some(w::unreadable(&f.name())));
                        reading.try_set(false);
                        return;
                    }
                },
                (None, None) => return,
            };
            let answer = read_draft(source).await;
            // The dialog may have closed, or a later 读取 replaced this one.
            if latest.try_update_value(|l| l.finish(request)) != Some(true) {
                return;
            }
            reading.try_set(false);
            match answer {
                DraftAnswer::Read { draft, text, note } => {
                    reviewing.try_set(Some(Reviewing { draft, text, note }));
                }
                DraftAnswer::Refused { message } => {
                    refused.try_set(Some(message));
                }
            }
        });
    };
    // Back from the review, whose button had the focus: it goes to the text, so that typing,
    // Tab and Escape go on working in the dialog.
    Effect::new(move |_| {
        if focus::active().is_none_or(|a| a.tag_name() == "BODY") {
            focus::to("draft-text");
        }
    });
    view! {
        <section class="draft-start" aria-labelledby="draft-start-title">
            <h3 id="draft-start-title">{w::START.say()}</h3>
            <p class="section-note">{w::START_NOTE.say()}</p>
            <label class="field">
                <span>{w::TEXT.say()}</span>
                <textarea id="draft-text" data-testid="draft-text" rows="8" prop:value=move || pasted.get()
                    on:input=move |ev| {
                        pasted.set(event_target_value(&ev));
                        // Typing means the text is what is to be read, not the file.
                        chosen.set_value(None);
                        chosen_name.set(None);
                    }></textarea>
            </label>
            <div class="dialog-actions">
                <label class="button-like">
                    {w::OPEN_FILE.say()}
                    <input type="file" class="visually-hidden" data-testid="draft-file"
                        accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        on:change=pick />
                </label>
                <span class="draft-chosen">{move || chosen_name.get().map(|n| w::chosen(&n))}</span>
                // Not disabled while reading: reading again (another text, another file)
                // replaces the reading under way.
                <button type="button" class="primary" data-testid="draft-read" on:click=read
                    aria-busy=move || reading.get().to_string()>
                    {move || if reading.get() { w::READING.say() } else { w::READ.say() }}
                </button>
            </div>
            <p class="field-error" role="alert" data-testid="draft-refused">{move || refused.get()}</p>
        </section>
    }
}
